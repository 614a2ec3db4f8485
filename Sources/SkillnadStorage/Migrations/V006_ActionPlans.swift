import SQLKit

extension Schema {
    /// Action plans (handlingsplaner): the plan with its activities as one document, the goal it
    /// serves, and a revision so a save over someone else's change is caught.
    static let v006 = Migration(version: 6, name: "handlingsplaner") { db, _ in
        try await db.create(table: "action_plans")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("area", type: .text, .notNull)
            .column("content", type: .text, .notNull)
            .column("goal_id", type: .bigint, .references("goals", "id", onDelete: .setNull))
            .column("revision", type: .bigint, .notNull)
            .column("created_by", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("created_at", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .run()
    }
}
