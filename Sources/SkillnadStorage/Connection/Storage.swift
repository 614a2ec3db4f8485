@preconcurrency import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// The database: a SQLKit database over SQLite or PostgreSQL, its migrations, and transactions.
///
/// ```swift
/// let storage = try await Storage.open(.sqlite(path: "data/skillnad.sqlite"), logger: logger)
/// try await storage.migrate()
/// let users = UserRepository(storage)
/// ```
public final class Storage: Sendable {
    /// Which engine.
    public enum Engine: String, Sendable {
        case sqlite, postgres
    }

    /// The database for queries.
    public let sql: any SQLDatabase
    /// The engine.
    public let engine: Engine
    /// One writing transaction at a time on SQLite.
    let gate = WriteGate()
    private let shutdownHook: @Sendable () async throws -> Void

    init(sql: any SQLDatabase, engine: Engine, shutdown: @escaping @Sendable () async throws -> Void) {
        self.sql = sql
        self.engine = engine
        self.shutdownHook = shutdown
    }

    /// Opens the database (creating the SQLite file and its folder if needed).
    public static func open(_ configuration: StorageConfiguration, logger: Logger) async throws -> Storage {
        let group = MultiThreadedEventLoopGroup.singleton
        switch configuration {
        case .sqlite(let path):
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let source = SQLiteSource(path: path, threadPool: .singleton)
            let pool = EventLoopGroupConnectionPool(
                source: source, maxConnectionsPerEventLoop: 2, logger: logger, on: group)
            let database = PooledSQLiteDatabase(pool: pool, logger: logger)
            let storage = Storage(sql: database.sql(queryLogLevel: .trace), engine: .sqlite) {
                try await pool.shutdownAsync()
            }
            // Open one connection now so a bad path fails at start, not on the first request.
            _ = try await storage.sql.raw("SELECT 1").all()
            return storage
        case .postgres(let url):
            let configuration = try SQLPostgresConfiguration(url: url)
            let source = PostgresConnectionSource(sqlConfiguration: configuration)
            // A burst of writers waits for a connection (up to a minute) rather than failing after
            // the default ten seconds: every save holds one for its whole transaction.
            let pool = EventLoopGroupConnectionPool(
                source: source, maxConnectionsPerEventLoop: 4, requestTimeout: .seconds(60), logger: logger, on: group)
            let database = pool.database(logger: logger).sql(queryLogLevel: .trace)
            let storage = Storage(sql: database, engine: .postgres) { try await pool.shutdownAsync() }
            _ = try await storage.sql.raw("SELECT 1").all()
            return storage
        }
    }

    /// Runs `body` in one transaction on one connection: committed if it returns, rolled back
    /// if it throws (or the process dies).
    public func transaction<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        guard engine == .sqlite else { return try await run(body) }
        // SQLite has one writer: queue here, before a connection is leased.
        return try await gate.run { try await self.run(body) }
    }

    private func run<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let begin: SQLQueryString = engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN"
        return try await sql.withSession { session in
            try await session.raw(begin).run()
            do {
                let result = try await body(session)
                try await session.raw("COMMIT").run()
                return result
            } catch {
                try? await session.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Closes all connections.
    public func close() async throws {
        try await shutdownHook()
    }

    /// Seconds since 1970, the timestamp format of every table.
    public static var now: Int64 { Int64(Date().timeIntervalSince1970) }
}
