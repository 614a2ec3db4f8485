import SQLKit

extension Schema {
    /// Accounts, sessions, login attempts, API keys, settings, datasets with versions and chunks, and the append-only audit log.
    static let v001 = Migration(version: 1, name: "konton, sessioner, dataset, granskningslogg") { db, engine in
        try await db.create(table: "users")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("username", type: .text, .notNull, .unique)
            .column("display_name", type: .text, .notNull)
            .column("password_hash", type: .text, .notNull)
            .column("role", type: .text, .notNull)
            .column("active", type: .int, .notNull, .default(1))
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await db.create(table: "kv_store")
            .column("key", type: .text, .primaryKey(autoIncrement: false))
            .column("value", type: .text, .notNull)
            .column("expires_at", type: .bigint)
            .run()
        try await db.create(table: "login_attempts")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("username", type: .text, .notNull)
            .column("address", type: .text, .notNull)
            .column("success", type: .int, .notNull)
            .column("at", type: .bigint, .notNull)
            .run()
        try await db.create(index: "login_attempts_user").on("login_attempts").column("username").column("at").run()
        try await db.create(index: "login_attempts_address").on("login_attempts").column("address").column("at").run()
        try await db.create(table: "api_tokens")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("name", type: .text, .notNull)
            .column("token_hash", type: .text, .notNull, .unique)
            .column("prefix", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("revoked_at", type: .bigint)
            .column("last_used_at", type: .bigint)
            .run()
        try await db.create(table: "settings")
            .column("key", type: .text, .primaryKey(autoIncrement: false))
            .column("value", type: .text, .notNull)
            .run()
        try await db.create(table: "datasets")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("name", type: .text, .notNull)
            .column("description", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .column("period", type: .text, .notNull)
            .column("created_by", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("created_at", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .run()
        try await db.create(table: "dataset_versions")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("dataset_id", type: .bigint, .notNull, .references("datasets", "id", onDelete: .cascade))
            .column("version", type: .int, .notNull)
            .column("file_name", type: .text, .notNull)
            .column("row_count", type: .bigint, .notNull)
            .column("column_count", type: .int, .notNull)
            .column("shape", type: .text, .notNull)
            .column("columns_json", type: .text, .notNull)
            .column("byte_size", type: .bigint, .notNull)
            .column("chunk_count", type: .int, .notNull)
            .column("created_by", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("created_at", type: .bigint, .notNull)
            .unique("dataset_id", "version")
            .run()
        try await db.create(table: "dataset_chunks")
            .column("version_id", type: .bigint, .notNull, .references("dataset_versions", "id", onDelete: .cascade))
            .column("seq", type: .int, .notNull)
            .column("data", type: .blob, .notNull)
            .primaryKey("version_id", "seq")
            .run()
        try await db.create(table: "audit_log")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("at", type: .bigint, .notNull)
            .column("user_id", type: .bigint)
            .column("username", type: .text, .notNull)
            .column("action", type: .text, .notNull)
            .column("object", type: .text, .notNull)
            .column("detail", type: .text, .notNull)
            .column("address", type: .text, .notNull)
            .run()
        try await db.create(index: "audit_log_at").on("audit_log").column("at").run()
        // The audit log is append-only: the database itself refuses changes and deletions.
        switch engine {
        case .sqlite:
            try await db.raw(
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            ).run()
            try await db.raw(
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            ).run()
        case .postgres:
            try await db.raw(
                """
                CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$
                """
            ).run()
            try await db.raw(
                "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
            ).run()
        }
    }
}
