import Foundation
import Logging
import SQLKit
import Testing

@testable import SkillnadCore
@testable import SkillnadDemo
@testable import SkillnadStorage

/// The storage contract: the same checks against every engine.
enum StorageContract {
    /// Engines to test: SQLite always; PostgreSQL when `SKILLNAD_TEST_POSTGRES_URL` is set (CI).
    static var engines: [String] {
        ProcessInfo.processInfo.environment["SKILLNAD_TEST_POSTGRES_URL"] == nil ? ["sqlite"] : ["sqlite", "postgres"]
    }

    /// A fresh, migrated database of the engine; PostgreSQL's schema is emptied first.
    static func withStorage(_ engine: String, _ body: (Storage) async throws -> Void) async throws {
        try await withStorage(engine, migrated: true, body)
    }

    /// A fresh database of the engine, migrated or empty.
    static func withStorage(_ engine: String, migrated: Bool, _ body: (Storage) async throws -> Void) async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .error
        let storage: Storage
        if engine == "postgres", let url = ProcessInfo.processInfo.environment["SKILLNAD_TEST_POSTGRES_URL"] {
            storage = try await Storage.open(.postgres(url: url), logger: logger)
            try await storage.sql.raw("DROP SCHEMA public CASCADE").run()
            try await storage.sql.raw("CREATE SCHEMA public").run()
        } else {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent(
                "skillnad-\(UUID().uuidString)/db.sqlite"
            ).path
            storage = try await Storage.open(.sqlite(path: path), logger: logger)
        }
        do {
            if migrated { try await storage.migrate() }
            try await body(storage)
        } catch {
            try? await storage.close()
            throw error
        }
        try await storage.close()
    }
}
