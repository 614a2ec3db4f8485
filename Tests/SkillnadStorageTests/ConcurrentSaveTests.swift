import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadStorage

extension StorageContractTests {
    /// Fifty editors save the same analysis at once, each retrying on a conflict from the version
    /// it then sees. Every attempt ends saved or as a conflict — never an error — and the
    /// history and the audit log agree one to one, because each save commits with its entry.
    @Test(arguments: StorageContract.engines)
    func fiftyParallelSavesEndSavedOrConflictAndAgreeWithTheAuditLog(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let users = UserRepository(storage)
            let anna = try await users.create(username: "anna", displayName: "Anna", passwordHash: "h", role: .analyst)
            let repo = AnalysisRepository(storage)
            let created = try await repo.create(
                title: "Samtidigt", ownerId: anna.id, datasetId: nil,
                document: AnalysisDocument(content: .huddinge(DifferenceAnalysis()), stepStatus: [:]),
                by: (anna.id, "anna"))
            let conflicts = try await withThrowingTaskGroup(of: Int.self) { group in
                for editor in 0..<50 {
                    group.addTask {
                        var expected = 1
                        var conflicts = 0
                        while true {
                            var d = DifferenceAnalysis()
                            d.notes = "Redaktör \(editor)"
                            let audit = AuditEntry(
                                at: Storage.now, userId: anna.id, username: "anna", action: .analysisSave,
                                object: "analys \(created.id)", detail: "redaktör \(editor)", address: "test")
                            switch try await repo.save(
                                id: created.id, expectedVersion: expected, title: "Samtidigt", ownerId: anna.id,
                                document: AnalysisDocument(content: .huddinge(d), stepStatus: [:]),
                                by: (anna.id, "anna"), summary: "redaktör \(editor)", audit: audit)
                            {
                            case .saved: return conflicts
                            case .conflict(let current):
                                conflicts += 1
                                expected = current.version
                            }
                        }
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(conflicts > 0, "editors that opened the same version must meet conflicts")
            let history = try await repo.history(created.id)
            #expect(history.count == 51, "the created version and fifty saves")
            #expect(try await repo.get(created.id)?.version == 51)
            let audit = try await AuditLog(storage).entries(AuditFilter(action: "analysis.save"), limit: 1000)
            #expect(audit.count == 50)
            let saved = Set(history.filter { $0.version > 1 }.map { "version \($0.version): \($0.summary)" })
            #expect(Set(audit.map(\.detail)) == saved)
        }
    }
}
