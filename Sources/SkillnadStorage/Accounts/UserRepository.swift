import SQLKit
import SkillnadCore

/// User accounts.
public struct UserRepository: Sendable {
    let db: any SQLDatabase

    /// Repository on a storage.
    public init(_ storage: Storage) {
        db = storage.sql
    }

    static let columns = ["id", "username", "display_name", "password_hash", "role", "active", "created_at"]

    /// An account as stored: `active` as 0 or 1, the role by name.
    private struct Row: Decodable {
        var id: Int64
        var username: String
        var displayName: String
        var passwordHash: String
        var role: UserRole
        var active: Int
        var createdAt: Int64
    }

    static func record(_ row: any SQLRow) throws -> UserRecord {
        let stored = try row.model(Row.self)
        return UserRecord(
            id: stored.id, username: stored.username, displayName: stored.displayName,
            passwordHash: stored.passwordHash, role: stored.role, active: stored.active != 0,
            createdAt: stored.createdAt)
    }

    /// Creates a user; throws ``StorageError/duplicate(_:)`` when the name is taken.
    public func create(
        username: String, displayName: String, passwordHash: String, role: UserRole
    ) async throws
        -> UserRecord
    {
        if try await find(username: username) != nil { throw StorageError.duplicate("Användaren \(username)") }
        let now = Storage.now
        let row = try await db.insert(into: "users")
            .columns("username", "display_name", "password_hash", "role", "active", "created_at")
            .values(
                SQLBind(username), SQLBind(displayName), SQLBind(passwordHash), SQLBind(role.rawValue), SQLBind(1),
                SQLBind(now)
            )
            .returning("id")
            .first()
        guard let id = try row?.decode(column: "id", as: Int64.self) else {
            throw StorageError.corrupt("nytt användar-id")
        }
        return UserRecord(
            id: id, username: username, displayName: displayName, passwordHash: passwordHash, role: role, active: true,
            createdAt: now)
    }

    /// The user with a login name (case-insensitive).
    public func find(username: String) async throws -> UserRecord? {
        try await db.select().columns(Self.columns).from("users")
            .where(SQLFunction("LOWER", args: SQLColumn("username")), .equal, SQLBind(username.lowercased()))
            .first().map(Self.record)
    }

    /// The user with an id.
    public func find(id: Int64) async throws -> UserRecord? {
        try await db.select().columns(Self.columns).from("users").where("id", .equal, SQLBind(id)).first().map(
            Self.record)
    }

    /// Every user, by name.
    public func all() async throws -> [UserRecord] {
        try await db.select().columns(Self.columns).from("users").orderBy("username").all().map(Self.record)
    }

    /// Number of users.
    public func count() async throws -> Int {
        let row = try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("users")
            .first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Number of active administrators.
    public func activeAdminCount() async throws -> Int {
        let row = try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("users")
            .where("role", .equal, SQLBind(UserRole.admin.rawValue)).where("active", .equal, SQLBind(1)).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Changes role, active flag and display name.
    public func update(id: Int64, role: UserRole, active: Bool, displayName: String) async throws {
        try await db.update("users")
            .set("role", to: SQLBind(role.rawValue)).set("active", to: SQLBind(active ? 1 : 0))
            .set("display_name", to: SQLBind(displayName))
            .where("id", .equal, SQLBind(id)).run()
    }

    /// Sets a new password hash.
    public func setPassword(id: Int64, hash: String) async throws {
        try await db.update("users").set("password_hash", to: SQLBind(hash)).where("id", .equal, SQLBind(id)).run()
    }
}
