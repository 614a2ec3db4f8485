import SQLKit

/// Expiring key/value pairs (sessions), shared by every app instance using the same database.
public struct KeyValueStore: Sendable {
    let db: any SQLDatabase

    /// Store on a storage.
    public init(_ storage: Storage) {
        db = storage.sql
    }

    /// Inserts or replaces a value. With `expiresAt` nil an existing expiry is kept.
    public func set(key: String, value: String, expiresAt: Int64?) async throws {
        if expiresAt == nil, try await get(key: key) != nil {
            try await db.update("kv_store").set("value", to: SQLBind(value)).where("key", .equal, SQLBind(key)).run()
            return
        }
        try await db.insert(into: "kv_store").columns("key", "value", "expires_at")
            .values(SQLBind(key), SQLBind(value), SQLBind(expiresAt))
            .onConflict(with: ["key"]) { $0.set(excludedValueOf: "value").set(excludedValueOf: "expires_at") }
            .run()
    }

    /// Inserts a value; returns false when the key exists.
    public func create(key: String, value: String, expiresAt: Int64?) async throws -> Bool {
        if try await get(key: key) != nil { return false }
        try await db.insert(into: "kv_store").columns("key", "value", "expires_at")
            .values(SQLBind(key), SQLBind(value), SQLBind(expiresAt)).run()
        return true
    }

    /// The value and its expiry, if present and not expired.
    public func get(key: String) async throws -> (value: String, expiresAt: Int64?)? {
        guard
            let row = try await db.select().columns("value", "expires_at").from("kv_store")
                .where("key", .equal, SQLBind(key)).first()
        else { return nil }
        let expires = try row.decode(column: "expires_at", as: Int64?.self)
        if let expires, expires <= Storage.now {
            try await remove(key: key)
            return nil
        }
        return (try row.decode(column: "value", as: String.self), expires)
    }

    /// Removes a key.
    public func remove(key: String) async throws {
        try await db.delete(from: "kv_store").where("key", .equal, SQLBind(key)).run()
    }

    /// Removes keys starting with a prefix (e.g. every session of a user).
    public func removeAll(prefix: String) async throws {
        try await db.delete(from: "kv_store").where("key", .like, SQLBind(prefix + "%")).run()
    }

    /// Removes the keys with a prefix whose value satisfies a condition (e.g. the sessions of one
    /// user, whose id is inside the stored value).
    public func removeAll(prefix: String, where matches: (String) -> Bool) async throws {
        let rows = try await db.select().columns("key", "value").from("kv_store")
            .where("key", .like, SQLBind(prefix + "%")).all()
        for row in rows {
            let key = try row.decode(column: "key", as: String.self)
            if matches(try row.decode(column: "value", as: String.self)) { try await remove(key: key) }
        }
    }

    /// Deletes expired values.
    public func purgeExpired() async throws {
        try await db.delete(from: "kv_store").where("expires_at", .lessThanOrEqual, SQLBind(Storage.now)).run()
    }
}
