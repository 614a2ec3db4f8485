import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SkillnadWeb

/// Labels, roles, totals and directions changed after import: each save is a new version with
/// the same rows, and pages show labels, not codes.
@Suite(.serialized) struct DatasetColumnsTests {
    static let vabTitle = "Tillfälliga föräldrapenningdagar (VAB) som tas ut av män, andel av antal dagar (%)"

    @Test func aCodebookAndTheColumnPageGiveLabelsDirectionsAndNewVersions() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let first = try await RealDataWebTests.importAndExplore(
                    browser, file: "kolada_n00945_vab_man.csv", name: "VAB")
                let dataset = try #require(
                    first.body.firstMatch(of: /name="dataset" value="([0-9]+)"/).map { String($0.1) })
                #expect(first.body.contains("N00945"), "before: the KPI's code")

                let page = try await browser.get("/datasets/\(dataset)/columns")
                #expect(page.status == .ok)
                #expect(page.body.contains("Etiketter från en kodlista"))

                // Kolada's KPI list (id, title, description) as the codebook.
                let uploaded = try await browser.upload(
                    "/datasets/\(dataset)/codebook", fileName: "kolada_kpi_sample.csv",
                    bytes: try RealDataWebTests.realFile("kolada_kpi_sample.csv"))
                #expect(uploaded.location == "/datasets/\(dataset)/columns?sparat=2")
                let labelled = try await browser.get("/datasets/\(dataset)")
                #expect(labelled.body.contains(Self.vabTitle), "after: the KPI's title")
                let columns = try await browser.get("/datasets/\(dataset)/columns")
                #expect(columns.body.contains("N00945 = \(Self.vabTitle)"), "the code is kept beside the label")

                // A file that is no codebook is refused on the page, nothing saved.
                let wrong = try await browser.upload(
                    "/datasets/\(dataset)/codebook", fileName: "kommuner.csv",
                    bytes: Array("bara_en_kolumn\nx\n".utf8))
                #expect(wrong.status == .badRequest)
                #expect(wrong.body.contains("två kolumner"))

                // Rename a column, mark the direction unknown.
                var form = Self.fields(of: columns.body)
                form.removeAll { $0.0 == "label_7" || $0.0.hasPrefix("dir_0") }
                form += [("label_7", "Kommun"), ("dir_0", "okand")]
                let saved = try await browser.post("/datasets/\(dataset)/columns", form)
                #expect(saved.location == "/datasets/\(dataset)/columns?sparat=3")
                let show = try await browser.get("/datasets/\(dataset)")
                #expect(show.body.contains("Kommun <span class=\"hint\">(municipality)</span>"))
                let explore = try await browser.get(
                    "/explore?dataset=\(dataset)&by=Kommun")
                #expect(explore.status == .ok)
                let link = try #require(
                    explore.body.firstMatch(of: /<a href="(\/explore\/difference[^"]*)"/).map {
                        DatasetColumnsTests.unescape(String($0.1))
                    })
                let detail = try await browser.get(link)
                #expect(detail.body.contains("Lägre värde:"), "no worse group when the direction is unknown")
                #expect(!detail.body.contains("Sämre utfall:"))
                #expect(detail.body.contains("riktning okänd") || detail.body.contains("gruppen med lägre värde"))

                // A duplicate name is refused with the form kept; nothing saved.
                var duplicate = Self.fields(of: try await browser.get("/datasets/\(dataset)/columns").body)
                duplicate.removeAll { $0.0 == "label_0" }
                duplicate.append(("label_0", "Kommun"))
                let refused = try await browser.post("/datasets/\(dataset)/columns", duplicate)
                #expect(refused.status == .badRequest)
                #expect(refused.body.contains("Två kolumner kan inte ha samma namn."))
                let versions = try await browser.get("/datasets/\(dataset)")
                #expect(versions.body.contains("Senaste version</dt><dd>3"))

                // Next year's file, with raw codes again, as a new version: the labels and the
                // chosen direction come with it.
                let again = try await browser.upload(
                    "/datasets/upload", fileName: "kolada_n00945_vab_man.csv",
                    bytes: try RealDataWebTests.realFile("kolada_n00945_vab_man.csv"), fields: [("dataset", dataset)])
                let preview = try await browser.get(try #require(again.location))
                #expect(preview.body.contains("visas som Kommun"), "the preview names the label the column will get")
                let token = try #require(again.location?.split(separator: "=").last.map(String.init))
                let started = try await browser.post("/datasets/import", [("token", token), ("name", "")])
                _ = try await DatasetFlowTests.finish(browser, try #require(started.location))
                let fourth = try await browser.get("/datasets/\(dataset)")
                #expect(fourth.body.contains("Senaste version</dt><dd>4"))
                #expect(fourth.body.contains(Self.vabTitle), "the KPI's title, not N00945")
                #expect(fourth.body.contains("Kommun <span class=\"hint\">(municipality)</span>"))
                let explored = try await browser.get("/explore?dataset=\(dataset)&by=Kommun")
                let newLink = try #require(
                    explored.body.firstMatch(of: /<a href="(\/explore\/difference[^"]*)"/).map {
                        DatasetColumnsTests.unescape(String($0.1))
                    })
                #expect(try await browser.get(newLink).body.contains("Lägre värde:"), "the direction kept: okänd")
            }
        }
    }

    /// A total the names do not reveal ("Hela Storköping") is chosen on the review page before
    /// import; the scan then uses it as the margin, never as a group, and the column page keeps it.
    @Test func aTotalChosenOnTheReviewPage() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                var csv = "område;kön;antal\n"
                for (area, women, men) in [
                    ("Norr", 1_200, 1_000), ("Söder", 900, 1_100), ("Hela Storköping", 2_100, 2_100),
                ] {
                    csv += "\(area);K;\(women)\n\(area);M;\(men)\n"
                }
                _ = try await browser.get("/datasets/new")
                let uploaded = try await browser.upload(
                    "/datasets/upload", fileName: "omraden.csv", bytes: Array(csv.utf8))
                let preview = try await browser.get(try #require(uploaded.location))
                #expect(preview.body.contains("name=\"total_0\" value=\"Hela Storköping\""))
                #expect(!preview.body.contains("value=\"Hela Storköping\" checked"), "not detected from its name")
                let token = try #require(uploaded.location?.split(separator: "=").last.map(String.init))
                #expect(preview.body.contains("name=\"totals_shown_0\" value=\"1\""))
                let started = try await browser.post(
                    "/datasets/import",
                    [("token", token), ("name", "Områden"), ("totals_shown_0", "1"), ("total_0", "Hela Storköping")])
                let done = try await DatasetFlowTests.finish(browser, try #require(started.location))
                let dataset = try #require(done.location?.split(separator: "/").last.map(String.init))
                let stored = try #require(
                    try await harness.services.datasets.versions(datasetId: Int64(dataset) ?? 0).last)
                #expect(stored.columns[0].totals == ["Hela Storköping"])
                let explore = try await browser.get("/explore?dataset=\(dataset)&outcome=k%C3%B6n%3DK&by=omr%C3%A5de")
                #expect(explore.status == .ok)
                #expect(explore.body.contains("Norr"))
                #expect(explore.body.contains("Rader med område = Hela Storköping (summarader) räknas inte som grupp."))
                let differences = explore.body.split(separator: "\n").filter { $0.contains("/explore/difference") }
                #expect(!differences.isEmpty)
                #expect(!differences.contains { $0.contains("Hela Storköping") }, "the total is never a group")
                let columns = try await browser.get("/datasets/\(dataset)/columns")
                #expect(columns.body.contains("value=\"Hela Storköping\" checked"))
            }
        }
    }

    /// The form's current fields (text inputs, selected options, checked boxes, hidden fields).
    static func fields(of html: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        let form = html.range(of: "action=\"/datasets/").flatMap { start in
            html[start.lowerBound...].range(of: "/columns\"").map { html[$0.lowerBound...] }
        }
        guard let body = form else { return [] }
        for match in body.matches(of: /<input type="(?:hidden|text)"[^>]* name="([^"]+)" value="([^"]*)"/) {
            fields.append((String(match.1), Self.unescape(String(match.2))))
        }
        for match in body.matches(of: /<input type="checkbox" name="([^"]+)" value="([^"]*)" checked>/) {
            fields.append((String(match.1), Self.unescape(String(match.2))))
        }
        for match in body.matches(of: /<select id="[^"]+" name="([^"]+)">(.*?)<\/select>/) {
            if let selected = String(match.2).firstMatch(of: /<option value="([^"]*)" selected>/) {
                fields.append((String(match.1), Self.unescape(String(selected.1))))
            }
        }
        return fields.filter { $0.0 != "_csrf" }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
