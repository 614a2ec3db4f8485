import SQLKit

/// Login attempts, for rate limiting per account and per address.
public struct LoginAttemptRepository: Sendable {
    let db: any SQLDatabase

    /// Repository on a storage.
    public init(_ storage: Storage) {
        db = storage.sql
    }

    /// Records an attempt.
    public func record(username: String, address: String, success: Bool, at: Int64 = Storage.now) async throws {
        try await db.insert(into: "login_attempts").columns("username", "address", "success", "at")
            .values(SQLBind(username.lowercased()), SQLBind(address), SQLBind(success ? 1 : 0), SQLBind(at)).run()
    }

    /// Failed attempts for a user name since a time.
    public func failures(username: String, since: Int64) async throws -> Int {
        try await count(column: "username", value: username.lowercased(), since: since)
    }

    /// Failed attempts from an address since a time.
    public func failures(address: String, since: Int64) async throws -> Int {
        try await count(column: "address", value: address, since: since)
    }

    func count(column: String, value: String, since: Int64) async throws -> Int {
        let row = try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(
            "login_attempts"
        )
        .where(SQLColumn(column), .equal, SQLBind(value)).where("success", .equal, SQLBind(0))
        .where("at", .greaterThanOrEqual, SQLBind(since)).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}
