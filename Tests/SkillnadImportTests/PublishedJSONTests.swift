import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadImport

/// JSON as the national sources publish it: SCB's PxWebApi v2 (JSON-stat 2.0) and Kolada's API;
/// anything else that is not a table is refused with a clear message.
@Suite struct PublishedJSONTests {
    /// TAB6471 (folkmängd per månad, 21 län × 11 åldersklasser × kön × 4 månader). Reference values
    /// computed in Python from the same file (row-major expansion of `value`, latest month 2026M04,
    /// kön ≠ totalt, all län): share aged 70–79 kvinnor 0,098379 (n 5 276 318), män 0,091418
    /// (n 5 329 376); Stockholms län kvinnor 0,080110, män 0,071680.
    @Test func pxwebJSONStatReadsAsALongCountTable() throws {
        let result = try FileImporter.read(path: fixturePath("TAB6471_data.json"))
        #expect(result.format == "JSON-stat")
        let table = result.table
        #expect(table.rowCount == 21 * 11 * 3 * 4)
        #expect(table.columnNames == ["region", "ålder", "kön", "tabellinnehåll", "månad", "värde"])
        let roles = RoleDetector.detect(table)
        #expect(roles.roles[5] == .count, "the published totals confirm the counts (noised by SCB's CKM)")
        #expect(roles.roles[4] == .period)
        let scan = try Scanner.scan(table, request: AnalysisRequest(outcomes: ["ålder=70-79 år"], dimensions: ["kön"]))
        #expect(scan.period == "2026M04")
        let groups = Dictionary(
            (scan.tables.first?.groups ?? []).map { ($0.label, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(abs((groups["kvinnor"]?.estimate ?? 0) - 0.098379) < 1e-6)
        #expect(abs((groups["män"]?.estimate ?? 0) - 0.091418) < 1e-6)
        #expect(abs((groups["kvinnor"]?.n ?? 0) - 5_276_318) < 0.5)
        // Python on the same file, 2026M04, every län and age band: kön TotSa sums to 10 605 724,
        // kvinnor + män to 10 605 694 — the CKM noise the table's note describes.
        #expect(
            scan.notes.contains {
                $0.contains("kön i senaste perioden (10605724) skiljer sig från summan av delarna (10605694) med 30")
            })
        let stockholm = try Scanner.scan(
            table,
            request: AnalysisRequest(
                outcomes: ["ålder=70-79 år"], dimensions: ["kön"], filters: ["region": ["Stockholms län"]]))
        let inStockholm = Dictionary(
            (stockholm.tables.first?.groups ?? []).map { ($0.label, $0.estimate ?? 0) }, uniquingKeysWith: { a, _ in a }
        )
        #expect(abs((inStockholm["kvinnor"] ?? 0) - 0.080110) < 1e-6)
        #expect(abs((inStockholm["män"] ?? 0) - 0.071680) < 1e-6)
    }

    /// Kolada's API shape (documented at api.kolada.se): per KPI, municipality and period a list
    /// of values by gender K/M/T; null values are missing. Two KPIs are two outcomes.
    @Test func koladaAPIValuesByGender() throws {
        let json = """
            {"count": 4, "values": [
              {"kpi": "N00945", "municipality": "0180", "period": 2020, "values": [
                {"gender": "K", "count": 1, "status": "", "value": 31.3},
                {"gender": "M", "count": 1, "status": "", "value": 28.1},
                {"gender": "T", "count": 1, "status": "", "value": 29.7}]},
              {"kpi": "N00945", "municipality": "1480", "period": 2020, "values": [
                {"gender": "K", "count": 1, "status": "", "value": 30.0},
                {"gender": "M", "count": 1, "status": "", "value": null},
                {"gender": "T", "count": 1, "status": "", "value": 29.0}]},
              {"kpi": "N01951", "municipality": "0180", "period": 2020, "values": [
                {"gender": "T", "count": 1, "status": "", "value": 7.5}]}
            ], "next_page": null}
            """
        let result = try FileImporter.read(bytes: Array(json.utf8), name: "kolada.json")
        #expect(result.format == "Kolada-JSON")
        let table = result.table
        #expect(table.columnNames == ["kpi", "kommun", "år", "kön", "värde"])
        #expect(table.rowCount == 7)
        let roles = RoleDetector.detect(table)
        #expect(roles.roles[0] == .indicator, "two KPIs: one outcome each")
        // The K–M gap per KPI and municipality; T is the total, not a group.
        let scan = try Scanner.scan(
            table, request: AnalysisRequest(outcomes: ["N00945"], dimensions: ["kön"], filters: ["kommun": ["0180"]]))
        let groups = Dictionary(
            (scan.tables.first?.groups ?? []).map { ($0.label, $0.estimate ?? 0) }, uniquingKeysWith: { a, _ in a })
        #expect(groups == ["K": 31.3, "M": 28.1])
        #expect(scan.notes.contains { $0.contains("summarader") })
        #expect(throws: AnalysisError.self) {
            try Scanner.scan(table, request: AnalysisRequest(outcomes: ["värde"], dimensions: ["kön"]))
        }
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?><data><row/></data>", "ett XML-dokument"),
        ("<!DOCTYPE html><html><body><table></table></body></html>", "en webbsida (HTML)"),
        ("{\"name\": \"inte data\"}", "JSON av ett annat slag"),
        ("[1, 2, 3]", "JSON som inte är ett objekt"),
        ("{ trasig", "text som inte går att läsa som JSON"),
    ])
    func filesThatAreNotTablesAreRefused(content: String, found: String) {
        #expect {
            _ = try FileImporter.read(bytes: Array(content.utf8), name: "fil.csv")
        } throws: { error in
            (error as? ImportError)?.found.contains(found) == true
        }
    }
}
