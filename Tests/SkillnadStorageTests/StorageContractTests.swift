import Foundation
import SQLKit
import Testing

@testable import SkillnadCore
@testable import SkillnadDemo
@testable import SkillnadStorage

@Suite(.serialized) struct StorageContractTests {
    @Test(arguments: StorageContract.engines)
    func migrationsAreVersionedAndIdempotent(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            #expect(try await storage.schemaVersion() == Storage.migrations.count)
            try await storage.migrate()
            #expect(try await storage.schemaVersion() == Storage.migrations.count)
        }
    }

    @Test(arguments: StorageContract.engines)
    func users(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let users = UserRepository(storage)
            let anna = try await users.create(
                username: "anna", displayName: "Anna Å", passwordHash: "h", role: .analyst)
            await #expect(throws: StorageError.self) {
                try await users.create(username: "ANNA", displayName: "x", passwordHash: "h", role: .reader)
            }
            #expect(try await users.find(username: "Anna")?.id == anna.id)
            try await users.update(id: anna.id, role: .admin, active: false, displayName: "Anna Ö")
            let updated = try #require(try await users.find(id: anna.id))
            #expect(updated.role == .admin && !updated.active && updated.displayName == "Anna Ö")
            try await users.setPassword(id: anna.id, hash: "ny")
            #expect(try await users.find(id: anna.id)?.passwordHash == "ny")
            #expect(try await users.count() == 1)
            #expect(try await users.activeAdminCount() == 0)
        }
    }

    @Test(arguments: StorageContract.engines)
    func keyValueStoreExpiresValues(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let store = KeyValueStore(storage)
            try await store.set(key: "session.a", value: "{\"x\":1}", expiresAt: Storage.now + 60)
            #expect(try await store.get(key: "session.a")?.value == "{\"x\":1}")
            #expect(try await store.create(key: "session.a", value: "{}", expiresAt: nil) == false)
            try await store.set(key: "session.a", value: "{\"x\":2}", expiresAt: nil)
            let kept = try #require(try await store.get(key: "session.a"))
            #expect(kept.value == "{\"x\":2}" && kept.expiresAt != nil, "expiry kept when none is given")
            try await store.set(key: "session.old", value: "{}", expiresAt: Storage.now - 1)
            #expect(try await store.get(key: "session.old") == nil)
            try await store.removeAll(prefix: "session.")
            #expect(try await store.get(key: "session.a") == nil)
        }
    }

    @Test(arguments: StorageContract.engines)
    func loginAttemptsTokensAndSettings(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let attempts = LoginAttemptRepository(storage)
            for _ in 0..<3 { try await attempts.record(username: "Bo", address: "10.0.0.1", success: false) }
            try await attempts.record(username: "bo", address: "10.0.0.1", success: true)
            #expect(try await attempts.failures(username: "BO", since: Storage.now - 60) == 3)
            #expect(try await attempts.failures(address: "10.0.0.1", since: Storage.now + 10) == 0)
            let user = try await UserRepository(storage).create(
                username: "bo", displayName: "Bo", passwordHash: "h", role: .reader)
            let tokens = APITokenRepository(storage)
            let (record, secret) = try await tokens.issue(userId: user.id, name: "Power BI")
            #expect(try await tokens.authenticate(secret)?.id == record.id)
            #expect(try await tokens.authenticate(secret + "x") == nil)
            try await tokens.revoke(id: record.id)
            #expect(try await tokens.authenticate(secret) == nil)
            let settings = SettingsRepository(storage)
            #expect(try await settings.threshold() == 5)
            try await settings.set(.threshold, "8")
            try await settings.set(.threshold, "2")
            #expect(try await settings.threshold() == 3, "never below 3")
        }
    }

    @Test(arguments: StorageContract.engines)
    func auditLogIsAppendOnlyAndFilterable(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let log = AuditLog(storage)
            for (i, action) in [AuditAction.login, .exportCSV, .rowsView].enumerated() {
                try await log.append(
                    AuditEntry(
                        at: 1_000 + Int64(i), userId: nil, username: "eva", action: action, object: "dataset 1",
                        detail: "skäl \(i)", address: "::1"))
            }
            #expect(try await log.entries(.init(action: "export")).map(\.action) == ["export.csv"])
            #expect(
                try await log.entries(.init(actions: [.login, .rowsView])).map(\.action) == ["rows.view", "login"])
            #expect(try await log.entries(.init(from: 1_001, until: 1_001)).count == 1)
            #expect(try await log.count(.init(text: "skäl 2")) == 1)
            #expect(try await log.entries(.init()).first?.action == "rows.view", "newest first")
            await #expect(throws: (any Error).self) {
                try await storage.sql.raw("UPDATE audit_log SET detail = 'ändrad'").run()
            }
            await #expect(throws: (any Error).self) { try await storage.sql.raw("DELETE FROM audit_log").run() }
            #expect(try await log.count(.init()) == 3)
        }
    }

    @Test(arguments: StorageContract.engines)
    func datasetsRoundTripTheirTables(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let repository = DatasetRepository(storage)
            let table = Storkoping.schoolResults()
            let roles = RoleDetector.detect(table)
            let columns = table.columns.indices.map {
                StoredColumn(name: table.columns[$0].name, role: roles.roles[$0], ordered: false, sensitive: $0 == 1)
            }
            let metadata = DatasetRepository.Metadata(
                name: "Skolor", description: "åäö", source: "Demo", period: "2021–2025")
            let (id, v1) = try await repository.importVersion(
                datasetId: nil, metadata: metadata, table: table, columns: columns, shape: roles.shape,
                fileName: "skolor.csv",
                userId: nil,
                audit: AuditEntry(
                    at: 1, userId: nil, username: "x", action: .datasetImport, object: "", detail: "", address: "-"))
            let (_, v2) = try await repository.importVersion(
                datasetId: id, metadata: metadata, table: table, columns: columns, shape: roles.shape,
                fileName: "skolor2.csv",
                userId: nil, audit: nil)
            #expect(v1.version == 1 && v2.version == 2)
            let loaded = try await repository.table(versionId: v2.id)
            #expect(loaded.rowCount == table.rowCount)
            #expect(loaded.columnNames == table.columnNames)
            #expect(DataTableCodec.encode(loaded) == DataTableCodec.encode(table))
            let summary = try #require(try await repository.list().first)
            #expect(summary.versionCount == 2 && summary.latest?.columns[1].sensitive == true)
            #expect(try await AuditLog(storage).entries(.init()).first?.object == "dataset \(id) version 1")
            try await repository.delete(id: id)
            #expect(try await repository.list().isEmpty)
            let row = try await storage.sql.raw("SELECT COUNT(*) AS n FROM dataset_chunks").first()
            #expect(try row?.decode(column: "n", as: Int.self) == 0)
        }
    }

    @Test(arguments: StorageContract.engines)
    func failedTransactionsLeaveNothing(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                try await storage.transaction { db in
                    try await db.insert(into: "settings").columns("key", "value").values(SQLBind("x"), SQLBind("1"))
                        .run()
                    throw Boom()
                }
            }
            let row = try await storage.sql.raw("SELECT COUNT(*) AS n FROM settings").first()
            #expect(try row?.decode(column: "n", as: Int.self) == 0)
        }
    }

    @Test(arguments: StorageContract.engines)
    func pendingUploadsBelongToTheirUser(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let user = try await UserRepository(storage).create(
                username: "u", displayName: "U", passwordHash: "h", role: .analyst)
            let uploads = PendingUploadRepository(storage)
            try await uploads.save(
                .init(token: "t1", userId: user.id, datasetId: nil, fileName: "f.csv", sheet: "", bytes: [1, 2, 3]))
            #expect(try await uploads.load(token: "t1", userId: user.id)?.bytes == [1, 2, 3])
            #expect(try await uploads.load(token: "t1", userId: user.id + 1) == nil)
            try await uploads.delete(token: "t1")
            #expect(try await uploads.load(token: "t1", userId: user.id) == nil)
        }
    }
}
