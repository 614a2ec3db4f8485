import Foundation
import Testing

@testable import SkillnadStorage
@testable import SkillnadWeb

/// Saves under concurrency through the whole web stack on SQLite: fifty parallel saves of one
/// analysis step each end as saved or as a conflict page — never an error page, a false "form
/// expired" or a lost session — and the history and audit log agree one to one.
@Suite(.serialized) struct ConcurrencyTests {
    @Test func fiftyParallelStepSavesEndSavedOrConflict() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/analyses/new?method=huddinge")
                let created = try await browser.post("/analyses", [("method", "huddinge"), ("title", "Samtidigt")])
                let location = try #require(created.location)
                _ = try await browser.get(location + "/steps/2")
                let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                    for editor in 0..<50 {
                        group.addTask {
                            let page = try await browser.post(
                                location + "/steps/2",
                                [("version", "1"), ("target_summary", "Redaktör \(editor)"), ("status", "pagar")])
                            return Int(page.status.code)
                        }
                    }
                    return try await group.reduce(into: [Int]()) { $0.append($1) }
                }
                #expect(
                    statuses.allSatisfy { $0 == 303 || $0 == 409 },
                    "\(Dictionary(grouping: statuses) { $0 }.mapValues(\.count))")
                #expect(statuses.filter { $0 == 303 }.count == 1, "all fifty opened version 1: one saves")
                // Still logged in.
                #expect(try await browser.get(location).status == .ok)
                let id = try #require(Int64(location.split(separator: "/").last ?? ""))
                let history = try await harness.services.analyses.history(id)
                let audit = try await harness.services.audit.entries(AuditFilter(action: "analysis.save"), limit: 1000)
                #expect(history.count == 2)
                #expect(audit.count == 1)
                // A save that does not say which version it was made on is refused.
                let unversioned = try await browser.post(location + "/steps/2", [("target_summary", "x")])
                #expect(unversioned.status == .badRequest)
                #expect(unversioned.body.contains("versionsnummer"))
            }
        }
    }
}
