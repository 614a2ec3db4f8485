import SQLKit

extension Storage {
    /// Every migration, in order.
    public static var migrations: [Migration] {
        [Schema.v001, Schema.v002, Schema.v003, Schema.v004, Schema.v005, Schema.v006]
    }

    /// Applies the migrations not yet applied, each in its own transaction; with `version`, only
    /// those up to it (to build a database as an earlier release left it).
    public func migrate(upTo version: Int? = nil) async throws {
        try await sql.create(table: "schema_migrations").ifNotExists()
            .column("version", type: .bigint, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .column("applied_at", type: .bigint, .notNull)
            .run()
        let applied = Set(
            try await sql.select().column("version").from("schema_migrations").all().map {
                try $0.decode(column: "version", as: Int.self)
            })
        let engine = self.engine
        for migration in Self.migrations.sorted(by: { $0.version < $1.version })
        where !applied.contains(migration.version) && migration.version <= version ?? Int.max {
            try await transaction { db in
                try await migration.apply(db, engine)
                try await db.insert(into: "schema_migrations")
                    .columns("version", "name", "applied_at")
                    .values(SQLBind(migration.version), SQLBind(migration.name), SQLBind(Storage.now))
                    .run()
            }
        }
    }

    /// The highest applied migration.
    public func schemaVersion() async throws -> Int {
        let rows = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "v").from(
            "schema_migrations"
        ).all()
        return try rows.first?.decodeNil(column: "v") == false ? rows[0].decode(column: "v", as: Int.self) : 0
    }
}
