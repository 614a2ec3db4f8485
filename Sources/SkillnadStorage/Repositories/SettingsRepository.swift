import SQLKit

/// Application settings set by administrators.
public struct SettingsRepository: Sendable {
    let db: any SQLDatabase

    /// Repository on a storage.
    public init(_ storage: Storage) {
        db = storage.sql
    }

    /// Known settings.
    public enum Key: String, Sendable {
        /// Disclosure-control threshold.
        case threshold = "disclosure.threshold"
        /// Largest upload in megabytes.
        case uploadLimit = "upload.limit.mb"
    }

    /// A setting's value.
    public func get(_ key: Key) async throws -> String? {
        try await db.select().column("value").from("settings").where("key", .equal, SQLBind(key.rawValue)).first()?
            .decode(column: "value", as: String.self)
    }

    /// Sets a value.
    public func set(_ key: Key, _ value: String) async throws {
        try await db.insert(into: "settings").columns("key", "value").values(SQLBind(key.rawValue), SQLBind(value))
            .onConflict(with: ["key"]) { $0.set(excludedValueOf: "value") }.run()
    }

    /// The disclosure threshold (default 5, never below 3).
    public func threshold() async throws -> Int {
        max(3, Int(try await get(.threshold) ?? "") ?? 5)
    }
}
