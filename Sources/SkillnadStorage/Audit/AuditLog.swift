import SQLKit

/// The append-only audit log.
public struct AuditLog: Sendable {
    let db: any SQLDatabase

    /// Log on a storage.
    public init(_ storage: Storage) {
        db = storage.sql
    }

    /// Log on a database session (inside a transaction).
    public init(_ db: any SQLDatabase) {
        self.db = db
    }

    /// Appends an entry.
    public func append(_ entry: AuditEntry) async throws {
        try await Self.append(entry, to: db)
    }

    /// Appends within a transaction (`db` is its session).
    static func append(_ entry: AuditEntry, to db: any SQLDatabase) async throws {
        try await db.insert(into: "audit_log")
            .columns("at", "user_id", "username", "action", "object", "detail", "address")
            .values(
                SQLBind(entry.at), SQLBind(entry.userId), SQLBind(entry.username), SQLBind(entry.action),
                SQLBind(entry.object), SQLBind(entry.detail), SQLBind(entry.address)
            ).run()
    }

    /// Entries matching a filter, newest first.
    public func entries(_ filter: AuditFilter, limit: Int = 100, offset: Int = 0) async throws -> [AuditEntry] {
        var query = db.select().columns("id", "at", "user_id", "username", "action", "object", "detail", "address")
            .from("audit_log")
        query = apply(filter, to: query)
        return try await query.orderBy("id", .descending).limit(limit).offset(offset).all().map {
            try $0.model(AuditEntry.self)
        }
    }

    /// Number of entries matching a filter.
    public func count(_ filter: AuditFilter) async throws -> Int {
        var query = db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("audit_log")
        query = apply(filter, to: query)
        return try await query.first()?.decode(column: "n", as: Int.self) ?? 0
    }

    func apply(_ filter: AuditFilter, to query: SQLSelectBuilder) -> SQLSelectBuilder {
        var q = query
        if let username = filter.username, !username.isEmpty { q = q.where("username", .equal, SQLBind(username)) }
        if let action = filter.action, !action.isEmpty { q = q.where("action", .like, SQLBind(action + "%")) }
        if !filter.actions.isEmpty { q = q.where("action", .in, SQLBind.group(filter.actions)) }
        if let from = filter.from { q = q.where("at", .greaterThanOrEqual, SQLBind(from)) }
        if let until = filter.until { q = q.where("at", .lessThanOrEqual, SQLBind(until)) }
        if let text = filter.text, !text.isEmpty {
            let pattern = "%" + text + "%"
            q = q.where { group in
                group.where("object", .like, SQLBind(pattern)).orWhere("detail", .like, SQLBind(pattern))
            }
        }
        return q
    }
}
