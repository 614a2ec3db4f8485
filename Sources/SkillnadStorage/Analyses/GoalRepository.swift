import Foundation
import SQLKit
import SkillnadCore

/// Goals: the records analyses link to in their goal linkage.
public struct GoalRepository: Sendable {
    let db: any SQLDatabase

    /// Repository on a storage.
    public init(_ storage: Storage) {
        db = storage.sql
    }

    static let columns = [
        "id", "name", "level", "source", "period", "description", "parent_id", "owner", "details", "created_by",
        "created_at", "updated_at",
    ]

    /// Creates a goal.
    public func create(_ goal: GoalRecord, by userId: Int64?) async throws -> GoalRecord {
        let now = Storage.now
        let row = try await db.insert(into: "goals")
            .columns(
                "name", "level", "source", "period", "description", "parent_id", "owner", "details", "created_by",
                "created_at", "updated_at"
            )
            .values(
                SQLBind(goal.name), SQLBind(goal.level.rawValue), SQLBind(goal.source), SQLBind(goal.period),
                SQLBind(goal.description), SQLBind(goal.parentId), SQLBind(goal.owner),
                SQLBind(try Self.json(goal.details)),
                SQLBind(userId), SQLBind(now), SQLBind(now)
            )
            .returning("id").first()
        guard let id = try row?.decode(column: "id", as: Int64.self) else { throw StorageError.corrupt("nytt mål-id") }
        var created = goal
        created.id = id
        created.createdBy = userId
        created.createdAt = now
        created.updatedAt = now
        return created
    }

    /// Updates everything but the creation.
    public func update(_ goal: GoalRecord) async throws {
        try await db.update("goals")
            .set("parent_id", to: SQLBind(goal.parentId)).set("owner", to: SQLBind(goal.owner))
            .set("details", to: SQLBind(try Self.json(goal.details)))
            .set("name", to: SQLBind(goal.name)).set("level", to: SQLBind(goal.level.rawValue))
            .set("source", to: SQLBind(goal.source)).set("period", to: SQLBind(goal.period))
            .set("description", to: SQLBind(goal.description)).set("updated_at", to: SQLBind(Storage.now))
            .where("id", .equal, SQLBind(goal.id)).run()
    }

    /// One goal.
    public func get(_ id: Int64) async throws -> GoalRecord? {
        try await db.select().columns(Self.columns).from("goals").where("id", .equal, SQLBind(id)).first()
            .map(Self.record)
    }

    /// Every goal, by level then name.
    public func all() async throws -> [GoalRecord] {
        let goals = try await db.select().columns(Self.columns).from("goals").orderBy("name").all().map(Self.record)
        let order = Dictionary(uniqueKeysWithValues: GoalLevel.allCases.enumerated().map { ($1, $0) })
        return goals.sorted { (order[$0.level] ?? 0, $0.name) < (order[$1.level] ?? 0, $1.name) }
    }

    static func record(_ row: any SQLRow) throws -> GoalRecord {
        let details = try row.decode(column: "details", as: String.self)
        return GoalRecord(
            id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self),
            level: GoalLevel(rawValue: try row.decode(column: "level", as: String.self)) ?? .council,
            source: try row.decode(column: "source", as: String.self),
            period: try row.decode(column: "period", as: String.self),
            description: try row.decode(column: "description", as: String.self),
            parentId: try row.decode(column: "parent_id", as: Int64?.self),
            owner: try row.decode(column: "owner", as: String.self),
            details: (try? JSONDecoder().decode(GoalDetails.self, from: Data(details.utf8))) ?? .init(),
            createdBy: try row.decode(column: "created_by", as: Int64?.self),
            createdAt: try row.decode(column: "created_at", as: Int64.self),
            updatedAt: try row.decode(column: "updated_at", as: Int64.self))
    }

    static func json(_ details: GoalDetails) throws -> String {
        String(decoding: try JSONEncoder().encode(details), as: UTF8.self)
    }

    /// Deletes a goal; goals under it move up to its parent, links to analyses and indicators go.
    public func delete(_ id: Int64) async throws {
        let parent = try await get(id)?.parentId
        try await db.update("goals").set("parent_id", to: SQLBind(parent)).where("parent_id", .equal, SQLBind(id)).run()
        try await db.delete(from: "goals").where("id", .equal, SQLBind(id)).run()
    }
}
