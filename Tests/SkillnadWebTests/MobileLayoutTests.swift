import Foundation
import Testing

@testable import SkillnadWeb

/// Pages stay usable at phone width: every table scrolls inside its own container instead of
/// being cut off, and the navigation wraps.
@Suite(.serialized) struct MobileLayoutTests {
    static let difference =
        "beviljad_insats|kön|twoGroups|K|M".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""

    static let pages = [
        "/datasets", "/datasets/1", "/datasets/1/rows", "/explore?dataset=1",
        "/explore/difference?dataset=1&outcome=beviljad_insats&by=k%C3%B6n&id=\(difference)&adjust=risk_bbic",
        "/explore/crossing?dataset=1&outcome=beviljad_insats&by=k%C3%B6n&by=omr%C3%A5de&cross=2"
            + "&table=beviljad_insats&rows=k%C3%B6n&cols=omr%C3%A5de",
        "/analyses", "/goals", "/admin/audit", "/admin/users", "/admin/tokens",
    ]

    @Test func everyTableScrollsInsideItsContainer() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("admin")
                for path in Self.pages {
                    let page = try await browser.get(path)
                    #expect(page.status == .ok, "\(path)")
                    let tables = page.body.components(separatedBy: "<table").dropFirst()
                    let preceding = page.body.components(separatedBy: "<table").dropLast()
                    #expect(!tables.isEmpty || path == "/analyses" || path == "/goals", "\(path) has a table")
                    for before in preceding {
                        #expect(
                            before.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(
                                "<div class=\"table-scroll\">"),
                            "a table on \(path) is not in a scrolling container")
                    }
                }
                let css = try await browser.get("/assets/skillnad.css")
                #expect(css.body.contains(".table-scroll { overflow-x: auto; }"))
                #expect(css.body.contains("header.site nav ul { list-style: none; display: flex; gap: 14px;"))
                #expect(css.body.contains("flex-wrap: wrap"))
                // A fieldset grows to its widest content unless told otherwise (the analysis steps
                // put tables in fieldsets).
                #expect(css.body.contains("fieldset { min-width: 0; }"))
            }
        }
    }
}
