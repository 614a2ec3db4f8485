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
        "id", "name", "level", "source", "period", "description", "created_by", "created_at", "updated_at",
    ]

    /// Creates a goal.
    public func create(_ goal: GoalRecord, by userId: Int64?) async throws -> GoalRecord {
        let now = Storage.now
        let row = try await db.insert(into: "goals")
            .columns("name", "level", "source", "period", "description", "created_by", "created_at", "updated_at")
            .values(
                SQLBind(goal.name), SQLBind(goal.level.rawValue), SQLBind(goal.source), SQLBind(goal.period),
                SQLBind(goal.description), SQLBind(userId), SQLBind(now), SQLBind(now)
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

    /// Updates name, level, source, period and description.
    public func update(_ goal: GoalRecord) async throws {
        try await db.update("goals")
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
        try row.model(GoalRecord.self)
    }
}
