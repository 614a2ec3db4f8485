import Testing

@testable import SkillnadCore
@testable import SkillnadDemo

/// Aggregated tables: counts with numerators, values with and without n, totals rows, nesting.
@Suite struct AggregatedScanTests {
    @Test func schoolTableDetectsCountAndNumerator() throws {
        let table = Storkoping.schoolResults()
        let roles = RoleDetector.detect(table)
        #expect(roles.shape == .aggregated)
        #expect(roles.roles[try #require(table.columnIndex(named: "antal_elever"))] == .count)
        #expect(roles.roles[try #require(table.columnIndex(named: "behöriga_gymnasiet"))] == .numerator)
        #expect(roles.roles[try #require(table.columnIndex(named: "meritvärde_medel"))] == .value)
        #expect(roles.roles[try #require(table.columnIndex(named: "år"))] == .period)
    }

    @Test func numeratorOverCountIsAProportionWithTests() throws {
        let result = try Scanner.scan(
            Storkoping.schoolResults(),
            request: AnalysisRequest(outcomes: ["behöriga_gymnasiet"], dimensions: ["skola", "kön"], crossDepth: 2))
        #expect(result.outcomes.first?.kind == .proportion)
        let school = try #require(
            result.differences.first { $0.comparison == .groupVsRest && $0.groups.first?.label == "Bruksskolan" })
        #expect(school.estimate < -0.1)
        #expect((school.pValue ?? 1) < 0.01)
        #expect(school.rank == 1)
        // Cells with fewer than 5 pupils without eligibility are withheld, with their comparisons.
        #expect(result.suppressedComparisons.contains { $0.groups.first == "Bruksskolan × M" })
        // Lärkskolan has 3–6 pupils per sex: its cells must be withheld.
        let table = try #require(result.tables.first { $0.dimensions == ["skola", "kön"] })
        let lark = table.groups.filter { $0.label.hasPrefix("Lärkskolan") }
        #expect(lark.contains { $0.suppressed })
    }

    @Test func valueWithCountIsAWeightedMeanWithoutTests() throws {
        let result = try Scanner.scan(
            Storkoping.schoolResults(),
            request: AnalysisRequest(outcomes: ["meritvärde_medel"], dimensions: ["kön"]))
        #expect(result.outcomes.first?.kind == .value)
        let d = try #require(result.differences.first { $0.comparison == .twoGroups })
        #expect(d.pValue == nil)
        #expect(d.test == "ingen")
        #expect(d.estimate > 10, "girls' merit values are higher")
    }

    @Test func valueWithoutCountNeedsOneRowPerGroup() throws {
        var table = Storkoping.areaIndicators()
        table.columns.removeAll { $0.name == "invånare_20_64" }
        #expect(throws: AnalysisError.self) {
            try Scanner.scan(
                table, request: AnalysisRequest(outcomes: ["ohälsotal"], dimensions: ["kön"], period: .all))
        }
        do {
            _ = try Scanner.scan(table, request: AnalysisRequest(outcomes: ["ohälsotal"], dimensions: ["kön"]))
            Issue.record("område varies within kön, so rows are ambiguous")
        } catch let error as AnalysisError {
            #expect(error.description.contains("\"område\""))
        }
        let ok = try Scanner.scan(
            table, request: AnalysisRequest(outcomes: ["ohälsotal"], dimensions: ["kön", "område"], crossDepth: 2))
        #expect(ok.tables.count == 3)
    }

    @Test func totalRowsAreNotCountedTwice() throws {
        var rows: [(String, String, Double, Double)] = []
        for area in ["Norr", "Söder"] {
            rows.append((area, "K", 100, 60))
            rows.append((area, "M", 100, 40))
            rows.append((area, "T", 200, 100))
        }
        let table = DataTable(
            source: "t.csv",
            columns: [
                Column(name: "område", text: rows.map { $0.0 }), Column(name: "kön", text: rows.map { $0.1 }),
                Column(name: "antal", numbers: rows.map { $0.2 }), Column(name: "behöriga", numbers: rows.map { $0.3 }),
            ])
        let bySex = try Scanner.scan(table, request: AnalysisRequest(outcomes: ["behöriga"], dimensions: ["kön"]))
        #expect(bySex.tables[0].total.n == 400)
        let byArea = try Scanner.scan(table, request: AnalysisRequest(outcomes: ["behöriga"], dimensions: ["område"]))
        #expect(byArea.tables[0].total.n == 400, "only the T rows are used when kön is not compared")
        #expect(byArea.tables[0].groups.first?.n == 200)
    }

    @Test func nestedAreasAreProtectedWithoutACrossing() throws {
        // Areas nest in municipalities; one area is small. Publishing both single tables would let
        // the small area be recomputed as municipality − other areas, unless the sums are linked.
        var municipality: [String?] = []
        var area: [String?] = []
        var outcome: [Double?] = []
        let layout: [(String, String, Int)] = [
            ("Ort A", "A1", 40), ("Ort A", "A2", 3), ("Ort A", "A3", 50), ("Ort B", "B1", 60), ("Ort B", "B2", 45),
        ]
        for (m, a, n) in layout {
            for i in 0..<n {
                municipality.append(m)
                area.append(a)
                outcome.append(i % 2 == 0 ? 1 : 0)
            }
        }
        let table = DataTable(
            source: "nest.csv",
            columns: [
                Column(name: "kommun", text: municipality), Column(name: "område", text: area),
                Column(name: "utfall", numbers: outcome),
            ])
        let scan = try Scanner.scan(
            table, request: AnalysisRequest(outcomes: ["utfall"], dimensions: ["kommun", "område"]))
        let areas = try #require(scan.tables.first { $0.dimensions == ["område"] })
        let hiddenAreas = areas.groups.filter(\.suppressed).map(\.label)
        #expect(hiddenAreas.contains("A2"))
        let municipalities = try #require(scan.tables.first { $0.dimensions == ["kommun"] })
        let ortA = try #require(municipalities.groups.first { $0.label == "Ort A" })
        #expect(hiddenAreas.count >= 2 || ortA.suppressed, "A2 = Ort A − A1 − A3 must not be computable")
    }
}
