import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadReport

/// The four renderers of a scan on one small, fixed scan: 40 girls of whom 30 were granted and 40
/// boys of whom 20 were — a difference of 25 percentage points (75 % vs 50 %).
@Suite struct RendererTests {
    static func makeScan() throws -> ScanResult {
        var sex: [String?] = []
        var granted: [String?] = []
        for i in 0..<80 {
            sex.append(i < 40 ? "K" : "M")
            granted.append((i < 40 ? i < 30 : i < 60) ? "Ja" : "Nej")
        }
        let table = DataTable(
            source: "fast.csv", columns: [Column(name: "kön", text: sex), Column(name: "beviljad", text: granted)])
        var request = AnalysisRequest(outcomes: ["beviljad"], dimensions: ["kön"])
        request.roleOverrides = ["beviljad": .binaryOutcome]
        return try Scanner.scan(table, request: request)
    }

    @Test func theTableNamesTheDifferenceInSwedish() throws {
        let text = ScanTableRenderer(top: 5).render(try Self.makeScan())
        #expect(text.contains("Skillnad – skanning av fast.csv"))
        #expect(text.contains("Rangordnade skillnader (1 av 1)"))
        #expect(text.contains("75,0") && text.contains("50,0"))
        #expect(text.contains("+25,0"))
    }

    @Test func jsonCarriesTheNumbersAsNumbers() throws {
        let json = try JSONRenderer.render(try Self.makeScan())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let first = try #require((object["differences"] as? [[String: Any]])?.first)
        #expect(abs((first["estimate"] as? Double ?? 0) - 0.25) < 1e-12)
        #expect(object["disclosureControlled"] as? Bool == true)
        #expect(object["published"] as? Bool == false)
    }

    @Test func csvIsSwedishExcelFriendly() throws {
        let csv = ScanCSVRenderer.render(try Self.makeScan())
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.contains(";"))
        #expect(csv.contains("0,25"))
        #expect(csv.contains("\r\n"))
    }

    @Test func htmlIsAStandaloneEscapedReport() throws {
        let html = ScanHTMLRenderer(generatedAt: "2026-12-02 12:00", name: "Fast <test>").render(try Self.makeScan())
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("Skillnader i Fast &lt;test&gt;"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(html.contains("Röjandekontroll per tabell"))
    }
}
