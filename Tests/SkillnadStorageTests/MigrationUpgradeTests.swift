import Foundation
import SQLKit
import Testing

@testable import SkillnadCore
@testable import SkillnadDemo
@testable import SkillnadStorage

extension StorageContractTests {
    /// A database left at every earlier schema version, holding data of that version, migrates to
    /// the current one with nothing lost.
    @Test(arguments: StorageContract.engines)
    func everyEarlierVersionMigratesToTheCurrentOne(engine: String) async throws {
        let latest = Storage.migrations.map(\.version).max() ?? 0
        for start in 0..<latest {
            try await StorageContract.withStorage(engine, migrated: false) { storage in
                try await storage.migrate(upTo: start)
                #expect(try await storage.schemaVersion() == start)
                var userId: Int64?
                var datasetId: Int64?
                if start >= 1 {
                    let anna = try await UserRepository(storage).create(
                        username: "anna", displayName: "Anna", passwordHash: "h", role: .analyst)
                    userId = anna.id
                    let table = Storkoping.areaIndicators()
                    let roles = RoleDetector.detect(table)
                    let imported = try await DatasetRepository(storage).importVersion(
                        datasetId: nil,
                        metadata: .init(name: "Områden", description: "", source: "demo", period: "2021–2025"),
                        table: table,
                        columns: table.columns.indices.map {
                            StoredColumn(
                                name: table.columns[$0].name, role: roles.roles[$0], ordered: false, sensitive: false)
                        }, shape: roles.shape, fileName: "områden.csv", userId: anna.id, audit: nil)
                    datasetId = imported.dataset
                    try await AuditLog(storage).append(
                        AuditEntry(
                            at: 1, userId: anna.id, username: "anna", action: .login, object: "", detail: "",
                            address: "test"))
                }
                if start >= 2, let userId {
                    try await PendingUploadRepository(storage).save(
                        .init(token: "t", userId: userId, datasetId: nil, fileName: "a.csv", sheet: "", bytes: [1, 2]))
                }
                if start == 3 {
                    // A goal as version 3 stored it (before the goal tree).
                    try await storage.sql.insert(into: "goals")
                        .columns("name", "level", "source", "period", "description", "created_at", "updated_at")
                        .values(
                            SQLBind("Trygg uppväxt"), SQLBind("namnd"), SQLBind("Budget 2026"), SQLBind("2026"),
                            SQLBind(""), SQLBind(1), SQLBind(1)
                        ).run()
                }
                try await storage.migrate()
                if start == 3 {
                    // It becomes a top goal of the tree, nothing lost.
                    let kept = try #require(
                        try await GoalRepository(storage).all().first { $0.name == "Trygg uppväxt" })
                    #expect(kept.level == .committee && kept.source == "Budget 2026" && kept.period == "2026")
                    #expect(kept.parentId == nil && kept.owner == "" && kept.details == GoalDetails())
                }
                #expect(try await storage.schemaVersion() == latest)
                if let userId, let datasetId {
                    #expect(try await UserRepository(storage).find(id: userId)?.username == "anna")
                    let versions = try await DatasetRepository(storage).versions(datasetId: datasetId)
                    #expect(versions.count == 1)
                    let table = try await DatasetRepository(storage).table(versionId: try #require(versions.first).id)
                    #expect(table.rowCount == Storkoping.areaIndicators().rowCount)
                    #expect(try await AuditLog(storage).entries(AuditFilter()).count == 1)
                    // The later tables work on the upgraded database.
                    let goal = try await GoalRepository(storage).create(
                        GoalRecord(name: "Mål", level: .council, source: "", period: ""), by: userId)
                    #expect(try await GoalRepository(storage).get(goal.id)?.name == "Mål")
                }
                if start >= 2, let userId {
                    #expect(
                        try await PendingUploadRepository(storage).load(token: "t", userId: userId)?.bytes == [1, 2])
                }
            }
        }
    }
}
