import Crypto
import Foundation
import SQLKit

/// API bearer tokens. The token itself is shown once; only its SHA-256 hash is stored.
public struct APITokenRepository: Sendable {
    let db: any SQLDatabase

    /// Repository on a storage.
    public init(_ storage: Storage) {
        db = storage.sql
    }

    /// SHA-256 of a token, hex.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Issues a token for a user; returns the record and the secret (shown once).
    public func issue(userId: Int64, name: String) async throws -> (record: APITokenRecord, token: String) {
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
        let token = "sk_" + bytes.map { String(format: "%02x", $0) }.joined()
        let prefix = String(token.prefix(10))
        let now = Storage.now
        let row = try await db.insert(into: "api_tokens")
            .columns("user_id", "name", "token_hash", "prefix", "created_at")
            .values(SQLBind(userId), SQLBind(name), SQLBind(Self.hash(token)), SQLBind(prefix), SQLBind(now))
            .returning("id").first()
        guard let id = try row?.decode(column: "id", as: Int64.self) else {
            throw StorageError.corrupt("nytt token-id")
        }
        return (APITokenRecord(id: id, userId: userId, name: name, prefix: prefix, createdAt: now), token)
    }

    /// The active token and its user id for a presented secret.
    public func authenticate(_ token: String) async throws -> APITokenRecord? {
        guard
            let row = try await db.select()
                .columns("id", "user_id", "name", "prefix", "created_at", "revoked_at", "last_used_at")
                .from("api_tokens").where("token_hash", .equal, SQLBind(Self.hash(token))).first()
        else { return nil }
        let record = try Self.record(row)
        guard record.revokedAt == nil else { return nil }
        // Recorded at most once a minute, so heavy API use does not write on every request.
        guard (record.lastUsedAt ?? 0) < Storage.now - 60 else { return record }
        try await db.update("api_tokens").set("last_used_at", to: SQLBind(Storage.now)).where(
            "id", .equal, SQLBind(record.id)
        )
        .run()
        return record
    }

    /// Every token (optionally one user's), newest first.
    public func all(userId: Int64? = nil) async throws -> [APITokenRecord] {
        var query = db.select().columns("id", "user_id", "name", "prefix", "created_at", "revoked_at", "last_used_at")
            .from("api_tokens")
        if let userId { query = query.where("user_id", .equal, SQLBind(userId)) }
        return try await query.orderBy("id", .descending).all().map(Self.record)
    }

    /// Revokes a token.
    public func revoke(id: Int64) async throws {
        try await db.update("api_tokens").set("revoked_at", to: SQLBind(Storage.now)).where("id", .equal, SQLBind(id))
            .run()
    }

    static func record(_ row: any SQLRow) throws -> APITokenRecord {
        try row.model(APITokenRecord.self)
    }
}
