import Foundation
import SQLKit
import SkillnadGovernance

/// Indicators, their goals and their values. Values are written with their audit entry in one
/// transaction: after a crash both are there or neither.
public struct IndicatorRepository: Sendable {
    let storage: Storage
    var db: any SQLDatabase { storage.sql }

    /// Repository on a storage.
    public init(_ storage: Storage) {
        self.storage = storage
    }

    /// Creates an indicator with its goal links; returns it with its id.
    public func create(_ indicator: Indicator, by userId: Int64?) async throws -> Indicator {
        try await storage.transaction { db in
            let now = Storage.now
            let row = try await db.insert(into: "indicators")
                .columns("name", "content", "created_by", "created_at", "updated_at")
                .values(
                    SQLBind(indicator.name), SQLBind(try Self.json(indicator)), SQLBind(userId), SQLBind(now),
                    SQLBind(now)
                )
                .returning("id").first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw StorageError.corrupt("nytt indikator-id")
            }
            var created = indicator
            created.id = id
            try await db.update("indicators").set("content", to: SQLBind(try Self.json(created)))
                .where("id", .equal, SQLBind(id)).run()
            try await Self.link(created, db)
            return created
        }
    }

    /// Saves a changed indicator and its goal links.
    public func update(_ indicator: Indicator) async throws {
        try await storage.transaction { db in
            try await db.update("indicators").set("name", to: SQLBind(indicator.name))
                .set("content", to: SQLBind(try Self.json(indicator))).set("updated_at", to: SQLBind(Storage.now))
                .where("id", .equal, SQLBind(indicator.id)).run()
            try await db.delete(from: "indicator_goals").where("indicator_id", .equal, SQLBind(indicator.id)).run()
            try await Self.link(indicator, db)
        }
    }

    static func link(_ indicator: Indicator, _ db: any SQLDatabase) async throws {
        for goal in Set(indicator.goalIds) {
            try await db.insert(into: "indicator_goals").columns("indicator_id", "goal_id")
                .values(SQLBind(indicator.id), SQLBind(goal)).run()
        }
    }

    /// One indicator.
    public func get(_ id: Int64) async throws -> IndicatorRecord? {
        try await db.select().columns("id", "content", "fetched_at", "created_at", "updated_at").from("indicators")
            .where("id", .equal, SQLBind(id)).first().map(Self.record)
    }

    /// Every indicator, by name.
    public func all() async throws -> [IndicatorRecord] {
        try await db.select().columns("id", "content", "fetched_at", "created_at", "updated_at").from("indicators")
            .orderBy("name").all().map(Self.record)
    }

    /// Deletes an indicator with its values.
    public func delete(_ id: Int64) async throws {
        try await storage.transaction { db in
            try await db.delete(from: "indicator_values").where("indicator_id", .equal, SQLBind(id)).run()
            try await db.delete(from: "indicator_goals").where("indicator_id", .equal, SQLBind(id)).run()
            try await db.delete(from: "indicators").where("id", .equal, SQLBind(id)).run()
        }
    }

    /// Every stored value of an indicator.
    public func values(_ id: Int64) async throws -> [IndicatorValue] {
        try await db.select()
            .columns("unit", "period", "sex", "value", "n", "origin", "entered_by", "entered_at", "note")
            .from("indicator_values").where("indicator_id", .equal, SQLBind(id)).all()
            .map { row in
                var value = IndicatorValue(
                    unit: try row.decode(column: "unit", as: String.self),
                    period: try row.decode(column: "period", as: String.self),
                    sex: try row.decode(column: "sex", as: String.self),
                    value: try row.decode(column: "value", as: Double?.self),
                    n: try row.decode(column: "n", as: Double?.self),
                    origin: IndicatorValue.Origin(rawValue: try row.decode(column: "origin", as: String.self))
                        ?? .manual,
                    enteredBy: try row.decode(column: "entered_by", as: String.self),
                    enteredAt: try row.decode(column: "entered_at", as: Int64.self))
                value.note = try row.decode(column: "note", as: String.self)
                return value
            }
    }

    /// Saves values (replacing those of the same unit, period and kön) with the audit entry, in one
    /// transaction; `fetched` also records the fetch time.
    public func save(
        _ values: [IndicatorValue], indicator id: Int64, fetched: Bool = false, audit: AuditEntry?
    )
        async throws
    {
        try await storage.transaction { db in
            let now = Storage.now
            for value in values {
                try await db.delete(from: "indicator_values").where("indicator_id", .equal, SQLBind(id))
                    .where("unit", .equal, SQLBind(value.unit)).where("period", .equal, SQLBind(value.period))
                    .where("sex", .equal, SQLBind(value.sex)).run()
                try await db.insert(into: "indicator_values")
                    .columns(
                        "indicator_id", "unit", "period", "sex", "value", "n", "origin", "entered_by", "entered_at",
                        "note"
                    )
                    .values(
                        SQLBind(id), SQLBind(value.unit), SQLBind(value.period), SQLBind(value.sex),
                        SQLBind(value.value), SQLBind(value.n), SQLBind(value.origin.rawValue),
                        SQLBind(value.enteredBy), SQLBind(now), SQLBind(value.note)
                    ).run()
            }
            if fetched {
                try await db.update("indicators").set("fetched_at", to: SQLBind(now)).where("id", .equal, SQLBind(id))
                    .run()
            }
            if var entry = audit {
                entry.object = "indicator \(id)"
                try await AuditLog(db).append(entry)
            }
        }
    }

    static func record(_ row: any SQLRow) throws -> IndicatorRecord {
        let content = try row.decode(column: "content", as: String.self)
        var indicator = try JSONDecoder().decode(Indicator.self, from: Data(content.utf8))
        indicator.id = try row.decode(column: "id", as: Int64.self)
        return IndicatorRecord(
            indicator: indicator, fetchedAt: try row.decode(column: "fetched_at", as: Int64?.self),
            createdAt: try row.decode(column: "created_at", as: Int64.self),
            updatedAt: try row.decode(column: "updated_at", as: Int64.self))
    }

    static func json(_ indicator: Indicator) throws -> String {
        String(decoding: try JSONEncoder().encode(indicator), as: UTF8.self)
    }
}
