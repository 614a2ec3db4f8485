import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadWeb

/// Walks every page, export and API route as a reader and checks that no group below the
/// threshold, and no small count with or without the outcome, is visible anywhere.
@Suite(.serialized) struct ReaderPrivacyTests {
    /// A sparse scan: three-way crossings of small groups and a rare outcome.
    static let query =
        "dataset=1&outcome=behov_natverk&outcome=beviljad_insats&by=k%C3%B6n&by=omr%C3%A5de&by=f%C3%B6delseland&cross=3&uncontrolled=1"

    static func checkJSON(_ value: Any, path: String) {
        if let dict = value as? [String: Any] {
            if dict["suppressed"] as? Bool == false, let n = dict["n"] as? Double {
                #expect(n == 0 || n >= 5, "\(path): n = \(n)")
                if let count = dict["count"] as? Double, n > 0 {
                    #expect(count == 0 || count >= 5, "\(path): count = \(count)")
                    #expect(n - count == 0 || n - count >= 5, "\(path): without = \(n - count)")
                }
            }
            for (key, child) in dict { checkJSON(child, path: path + "." + key) }
        } else if let array = value as? [Any] {
            for (i, child) in array.enumerated() { checkJSON(child, path: path + "[\(i)]") }
        }
    }

    static func checkText(_ text: String, path: String) {
        let pattern = #"n(\s|&nbsp;|\u{00A0})=(\s|\u{00A0})([1-4])\b"#
        #expect(
            text.range(of: pattern, options: .regularExpression) == nil, "\(path) shows a group below the threshold")
    }

    @Test func readerSeesOnlyControlledAggregatesEverywhere() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("lasare")
                let pages = [
                    "/", "/datasets", "/datasets/1", "/explore", "/explore?dataset=1", "/explore?\(Self.query)",
                    "/explore/crossing?\(Self.query)&table=behov_natverk&rows=k%C3%B6n&cols=f%C3%B6delseland",
                ]
                for path in pages {
                    let page = try await browser.get(path)
                    #expect(page.status == .ok, "\(path)")
                    #expect(!page.body.contains("EJ RÖJANDEKONTROLLERAD"), "\(path)")
                    Self.checkText(page.body, path: path)
                }
                let list = try await browser.get("/explore?\(Self.query)&limit=1000&alla=1")
                let links = list.body.components(separatedBy: "href=\"").dropFirst().compactMap {
                    $0.split(separator: "\"").first
                }
                .map { String($0).replacingOccurrences(of: "&amp;", with: "&") }
                .filter { $0.hasPrefix("/explore/difference") }
                #expect(links.count > 20)
                for link in links.prefix(60) {
                    let page = try await browser.get(link)
                    #expect(page.status == .ok)
                    Self.checkText(page.body, path: link)
                }
                #expect(list.body.contains(".."), "something is suppressed in this sparse scan")
                for path in [
                    "/export/differences.csv?\(Self.query)", "/export/tables.csv?\(Self.query)",
                    "/export/report.html?\(Self.query)",
                    "/export/crossing.csv?\(Self.query)&table=behov_natverk&rows=k%C3%B6n&cols=f%C3%B6delseland",
                ] {
                    let page = try await browser.get(path)
                    #expect(page.status == .ok, "\(path)")
                    #expect(!page.body.contains("EJ RÖJANDEKONTROLLERAD"))
                    Self.checkText(page.body, path: path)
                    if path.contains("tables.csv") { Self.checkCSVCounts(page.body) }
                }
                // The API with the reader's key (the API takes bearer keys only).
                let reader = try #require(try await harness.services.users.find(username: "lasare"))
                let key = try await harness.services.tokens.issue(userId: reader.id, name: "test").token
                for path in ["/api/v1/datasets/1/scan?\(Self.query)", "/api/v1/datasets/1/differences?\(Self.query)"] {
                    let page = try await browser.request(.get, path, headers: [.authorization: "Bearer \(key)"])
                    #expect(page.status == .ok, "\(path)")
                    let json = try JSONSerialization.jsonObject(with: Data(page.bytes))
                    Self.checkJSON(json, path: path)
                    #expect((json as? [String: Any])?["disclosureControlled"] as? Bool == true)
                }
                for path in ["/datasets/1/rows", "/datasets/new", "/admin/audit"] {
                    #expect(try await browser.get(path).status == .forbidden, "\(path)")
                }
            }
        }
    }

    /// Analyses started from sparse differences (an analyst asking for uncontrolled output) and criteria
    /// over many columns show a reader only controlled numbers, in every step, the report and the history.
    @Test func analysesShowReadersOnlyControlledNumbers() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                // Analyses are shared with readers, so they start from what readers may see.
                let controlled = Self.query.replacingOccurrences(of: "&uncontrolled=1", with: "")
                let list = try await browser.get("/explore?\(controlled)&visning=publicering&limit=1000&alla=1")
                let ids = list.body.components(separatedBy: "&amp;id=").dropFirst().compactMap {
                    $0.split(separator: "\"").first.map { String($0).removingPercentEncoding ?? String($0) }
                }
                #expect(ids.count > 20)
                var analyses: [String] = []
                for (i, id) in ids.suffix(6).enumerated() {
                    let created = try await browser.post(
                        "/analyses",
                        [
                            ("method", i.isMultiple(of: 2) ? "huddinge" : "isu"), ("title", "Gles \(i)"),
                            ("q", Self.query.removingPercentEncoding ?? Self.query), ("difference", id),
                        ])
                    analyses.append(try #require(created.location))
                }
                // Criteria over many columns leave strata with one group only: a small count of left-out people.
                let isu = analyses[1]
                _ = try await browser.post(
                    isu + "/steps/kriterier",
                    [
                        ("version", "1"), ("kind", "beslut"), ("dataset", "1"), ("outcome", "behov_natverk"),
                        ("group_column", "kön"), ("crit_behov", "utsatthet"), ("crit_behov", "risk_bbic"),
                        ("crit_annat-satt", "annan_verksamhet"), ("crit_samtycke", "samtycke"),
                        ("crit_samtycke", "onskar_stod"),
                        ("action", "compute"),
                    ])
                _ = try await browser.get("/analyses")
                _ = try await browser.post("/logout", [])
                try await browser.login("lasare")
                for url in analyses {
                    for path in [url, url + "/report", url + "/history", url + "/steps/1", url + "/steps/kriterier"] {
                        let page = try await browser.get(path)
                        if page.status == .notFound { continue }  // Huddinge has no criteria step.
                        #expect(page.status == .ok, "\(path)")
                        Self.checkText(page.body, path: path)
                        #expect(
                            page.body.range(of: #"<td class="num">[1-4]</td></tr>"#, options: .regularExpression)
                                == nil,
                            "\(path) shows a left-out count below the threshold")
                    }
                }
            }
        }
    }

    /// In the tables CSV, columns 4 and 5 are n and the count with the outcome.
    static func checkCSVCounts(_ text: String) {
        for line in text.split(separator: "\r\n").dropFirst() {
            let cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 5, let n = Double(cells[3].replacingOccurrences(of: ",", with: ".")) else { continue }
            #expect(n == 0 || n >= 5, "CSV row \(line)")
            if let count = Double(cells[4].replacingOccurrences(of: ",", with: ".")), n > 0 {
                #expect(count == 0 || count >= 5, "CSV row \(line)")
                #expect(n - count == 0 || n - count >= 5, "CSV row \(line)")
            }
        }
    }
}
