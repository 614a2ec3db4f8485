import SQLKit

extension Schema {
    /// Uploads waiting for import.
    static let v002 = Migration(version: 2, name: "uppladdningar som väntar på import") { db, _ in
        try await db.create(table: "pending_uploads")
            .column("token", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("dataset_id", type: .bigint, .references("datasets", "id", onDelete: .cascade))
            .column("file_name", type: .text, .notNull)
            .column("sheet", type: .text, .notNull)
            .column("data", type: .blob, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
    }
}
