import SQLKit

extension Schema {
    /// Results-based governance: goals get a parent, an owner and the guide's details (existing
    /// goals become top goals of the tree, nothing else changes); indicators with their goals and
    /// values per period and kön, each value with who entered or fetched it.
    static let v004 = Migration(version: 4, name: "styrning: målträd, indikatorer och värden") { db, _ in
        // One column per statement: SQLite adds one column at a time.
        try await db.alter(table: "goals").column("parent_id", type: .bigint).run()
        try await db.alter(table: "goals").column("owner", type: .text, .notNull, .default("")).run()
        try await db.alter(table: "goals").column("details", type: .text, .notNull, .default("{}")).run()
        try await db.create(table: "indicators")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("name", type: .text, .notNull)
            .column("content", type: .text, .notNull)
            .column("fetched_at", type: .bigint)
            .column("created_by", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("created_at", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .run()
        try await db.create(table: "indicator_goals")
            .column("indicator_id", type: .bigint, .notNull, .references("indicators", "id", onDelete: .cascade))
            .column("goal_id", type: .bigint, .notNull, .references("goals", "id", onDelete: .cascade))
            .primaryKey("indicator_id", "goal_id")
            .run()
        try await db.create(table: "indicator_values")
            .column("indicator_id", type: .bigint, .notNull, .references("indicators", "id", onDelete: .cascade))
            .column("unit", type: .text, .notNull)
            .column("period", type: .text, .notNull)
            .column("sex", type: .text, .notNull)
            .column("value", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("n", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("origin", type: .text, .notNull)
            .column("entered_by", type: .text, .notNull)
            .column("entered_at", type: .bigint, .notNull)
            .primaryKey("indicator_id", "unit", "period", "sex")
            .run()
    }
}
