import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadWeb

@Suite(.serialized) struct ExplorerTests {
    static let query =
        "dataset=1&outcome=beviljad_insats&outcome=uppfoljning_genomford&by=k%C3%B6n&by=omr%C3%A5de&cross=2&period=senaste"

    @Test func rankedDifferencesDetailCrossingAndFilters() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let list = try await browser.get("/explore?\(Self.query)")
                #expect(list.status == .ok)
                #expect(list.body.contains("Rangordnade skillnader"))
                #expect(list.body.contains("K × Bruksorten"))
                let filtered = try await browser.get("/explore?\(Self.query)&fk=twoGroups&sig=1")
                #expect(filtered.body.contains("efter kön: K"))
                #expect(!filtered.body.contains("för alla andra"), "only two-group comparisons")
                let id =
                    "beviljad_insats|kön|twoGroups|K|M".addingPercentEncoding(withAllowedCharacters: .alphanumerics)
                    ?? ""
                let detail = try await browser.get("/explore/difference?\(Self.query)&id=\(id)&adjust=risk_bbic")
                #expect(detail.status == .ok)
                #expect(detail.body.contains("<svg"))
                #expect(detail.body.contains("Justerad jämförelse"))
                #expect(
                    detail.body.contains("förklaras av «Risk att fara illa (BBIC)»"), "the link's code finds the label")
                #expect(detail.body.contains("Differens (D)"), "HEAT measures")
                let crossing = try await browser.get(
                    "/explore/crossing?\(Self.query)&table=uppfoljning_genomford&rows=k%C3%B6n&cols=omr%C3%A5de")
                #expect(crossing.status == .ok)
                #expect(crossing.body.contains("Värmekarta"))
                #expect(crossing.body.contains("Bruksorten"))
                #expect(try await browser.get("/explore/difference?\(Self.query)&id=finns-inte").status == .notFound)
            }
        }
    }

    @Test func exportsInEveryFormat() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let csv = try await browser.get("/export/differences.csv?\(Self.query)")
                #expect(csv.status == .ok)
                #expect(csv.headers[.contentDisposition]?.contains("attachment") == true)
                #expect(csv.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
                #expect(csv.body.contains(";"))
                let xlsx = try await browser.get("/export/differences.xlsx?\(Self.query)")
                #expect(xlsx.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip archive")
                let report = try await browser.get("/export/report.html?\(Self.query)")
                #expect(report.body.hasPrefix("<!doctype html>"))
                #expect(report.body.contains("<svg"))
                let id =
                    "beviljad_insats|kön|twoGroups|K|M".addingPercentEncoding(withAllowedCharacters: .alphanumerics)
                    ?? ""
                let svg = try await browser.get("/export/chart.svg?\(Self.query)&id=\(id)")
                #expect(svg.body.hasPrefix("<svg"))
                let crossing = "&table=uppfoljning_genomford&rows=k%C3%B6n&cols=omr%C3%A5de"
                #expect(try await browser.get("/export/crossing.svg?\(Self.query)\(crossing)").body.hasPrefix("<svg"))
                #expect(
                    try await browser.get("/export/crossing.csv?\(Self.query)\(crossing)").body.contains("Bruksorten"))
                #expect(try await browser.get("/export/tables.xlsx?\(Self.query)").bytes.starts(with: [0x50, 0x4B]))
                #expect(
                    try await browser.get("/export/tables.csv?\(Self.query)").body.contains("Uppföljning genomförd"))
            }
            let exports = try await harness.services.audit.entries(.init(action: "export"))
            #expect(exports.count >= 8)
        }
    }

    @Test func analystsMayTurnOffDisclosureControlAndPagesAreStamped() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let page = try await browser.get("/explore?\(Self.query)&uncontrolled=1")
                #expect(page.body.contains("EJ RÖJANDEKONTROLLERAD"))
                let csv = try await browser.get("/export/differences.csv?\(Self.query)&uncontrolled=1")
                #expect(csv.body.contains("EJ RÖJANDEKONTROLLERAD"))
            }
        }
    }

    @Test func firstVisitShowsOnlyWhatHoldsAcrossOutcomesAndGroups() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let first = try await browser.get("/explore?dataset=1")
                #expect(first.status == .ok)
                #expect(first.body.contains("håller efter kontroll för många jämförelser"))
                #expect(first.body.contains("<input type=\"checkbox\" name=\"by\" value=\"kön\" checked>"))
                #expect(
                    first.body.contains("<input type=\"checkbox\" name=\"by\" value=\"könsidentitet\">"),
                    "sensitive columns are not scanned unasked")
                #expect(first.body.contains("Visa även de "))
                #expect(first.body.contains(">Håller<"))
                #expect(!first.body.contains(">Håller inte<"), "uncertain differences wait behind a link")
                let all = try await browser.get("/explore?dataset=1&alla=1")
                #expect(all.body.contains(">Håller inte<"))
                let firstRows = first.body.components(separatedBy: "<tr").count
                #expect(all.body.components(separatedBy: "<tr").count > firstRows)
            }
        }
    }

    @Test func aTrendIsDrawnAsLinesAndTheAdjustHintNamesOfferedColumns() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let all = try await browser.get("/explore?dataset=1&alla=1")
                let link = try #require(
                    all.body.range(
                        of: #"href="/explore/difference\?[^"]*%7Ctrend%7C[^"]*""#, options: .regularExpression))
                let path = String(all.body[link].dropFirst(6).dropLast()).replacingOccurrences(of: "&amp;", with: "&")
                let trend = try await browser.get(path)
                #expect(trend.status == .ok)
                #expect(trend.body.contains("över tid"))
                #expect(trend.body.contains("Linjer: respektive grupps värde per period"))
                #expect(trend.body.contains("<path d="), "a line chart, not the latest year's bars")

                let id = "beviljad_insats|kön|twoGroups|K|M".addingPercentEncoding(
                    withAllowedCharacters: .alphanumerics)
                let detail = try await browser.get(
                    "/explore/difference?dataset=1&outcome=beviljad_insats&by=k%C3%B6n&id=\(id ?? "")")
                let hint = try #require(
                    detail.body.range(of: #"Välj till exempel [^:]*:"#, options: .regularExpression))
                let named = detail.body[hint].components(separatedBy: "«").dropFirst().compactMap {
                    $0.components(separatedBy: "»").first
                }
                #expect(!named.isEmpty)
                for column in named {
                    #expect(detail.body.contains("name=\"adjust\" value=\"\(column)\""), "\(column) is offered")
                }
            }
        }
    }
}
