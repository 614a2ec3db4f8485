import Foundation
import SQLKit
import SkillnadCore

/// Datasets and their versions. A version's table is stored in chunks, all written in one
/// transaction: after a crash the database holds the whole version or none of it.
public struct DatasetRepository: Sendable {
    let storage: Storage
    var db: any SQLDatabase { storage.sql }

    /// Chunk size for stored tables.
    public static let chunkSize = 1 << 20

    /// Repository on a storage.
    public init(_ storage: Storage) {
        self.storage = storage
    }

    /// Metadata of a new dataset.
    public struct Metadata: Sendable, Hashable {
        /// Name.
        public var name: String
        /// Description.
        public var description: String
        /// Source.
        public var source: String
        /// Period.
        public var period: String

        /// Creates metadata.
        public init(name: String, description: String, source: String, period: String) {
            self.name = name
            self.description = description
            self.source = source
            self.period = period
        }
    }

    /// Creates a dataset with its first version, or adds a version to `datasetId`, in one
    /// transaction. `progress` is called with the share of chunks written (0–1).
    public func importVersion(
        datasetId: Int64?, metadata: Metadata, table: DataTable, columns: [StoredColumn], shape: DataShape,
        fileName: String, userId: Int64?, audit: AuditEntry?,
        progress: @escaping @Sendable (Double) -> Void = { _ in }
    ) async throws -> (dataset: Int64, version: DatasetVersionRecord) {
        let bytes = DataTableCodec.encode(table)
        let columnsJSON = String(decoding: try JSONEncoder().encode(columns), as: UTF8.self)
        let chunkCount = max(1, (bytes.count + Self.chunkSize - 1) / Self.chunkSize)
        return try await storage.transaction { db in
            let now = Storage.now
            var id = datasetId ?? 0
            if let datasetId {
                try await db.update("datasets").set("updated_at", to: SQLBind(now))
                    .where("id", .equal, SQLBind(datasetId)).run()
            } else {
                let row = try await db.insert(into: "datasets")
                    .columns("name", "description", "source", "period", "created_by", "created_at", "updated_at")
                    .values(
                        SQLBind(metadata.name), SQLBind(metadata.description), SQLBind(metadata.source),
                        SQLBind(metadata.period), SQLBind(userId), SQLBind(now), SQLBind(now)
                    ).returning("id").first()
                id = try row?.decode(column: "id", as: Int64.self) ?? 0
            }
            let max = try await db.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "v")
                .from("dataset_versions").where("dataset_id", .equal, SQLBind(id)).first()
            let next = (try max?.decode(column: "v", as: Int?.self) ?? 0) + 1
            let versionRow = try await db.insert(into: "dataset_versions")
                .columns(
                    "dataset_id", "version", "file_name", "row_count", "column_count", "shape", "columns_json",
                    "byte_size",
                    "chunk_count", "created_by", "created_at"
                )
                .values(
                    SQLBind(id), SQLBind(next), SQLBind(fileName), SQLBind(table.rowCount),
                    SQLBind(table.columns.count),
                    SQLBind(shape.rawValue), SQLBind(columnsJSON), SQLBind(bytes.count), SQLBind(chunkCount),
                    SQLBind(userId),
                    SQLBind(now)
                ).returning("id").first()
            guard let versionId = try versionRow?.decode(column: "id", as: Int64.self) else {
                throw StorageError.corrupt("nytt versions-id")
            }
            for seq in 0..<chunkCount {
                let start = seq * Self.chunkSize
                let chunk = Data(bytes[start..<min(bytes.count, start + Self.chunkSize)])
                try await db.insert(into: "dataset_chunks").columns("version_id", "seq", "data")
                    .values(SQLBind(versionId), SQLBind(seq), SQLBind(chunk)).run()
                progress(Double(seq + 1) / Double(chunkCount))
            }
            if var entry = audit {
                entry.object = "dataset \(id) version \(next)"
                try await AuditLog(db).append(entry)
            }
            let version = DatasetVersionRecord(
                id: versionId, datasetId: id, version: next, fileName: fileName, rowCount: table.rowCount,
                columnCount: table.columns.count, shape: shape, columns: columns, byteSize: bytes.count,
                createdBy: userId, createdAt: now)
            return (id, version)
        }
    }

    static let datasetColumns = [
        "id", "name", "description", "source", "period", "created_by", "created_at", "updated_at",
    ]
    static let versionColumns = [
        "id", "dataset_id", "version", "file_name", "row_count", "column_count", "shape", "columns_json", "byte_size",
        "created_by", "created_at",
    ]

    static func dataset(_ row: any SQLRow) throws -> DatasetRecord {
        try row.model(DatasetRecord.self)
    }

    /// A version as stored: the column set-up as JSON.
    private struct VersionRow: Decodable {
        var id: Int64
        var datasetId: Int64
        var version: Int
        var fileName: String
        var rowCount: Int
        var columnCount: Int
        var shape: DataShape
        var columnsJson: String
        var byteSize: Int
        var createdBy: Int64?
        var createdAt: Int64
    }

    static func version(_ row: any SQLRow) throws -> DatasetVersionRecord {
        let stored = try row.model(VersionRow.self)
        return DatasetVersionRecord(
            id: stored.id, datasetId: stored.datasetId, version: stored.version, fileName: stored.fileName,
            rowCount: stored.rowCount, columnCount: stored.columnCount, shape: stored.shape,
            columns: try JSONDecoder().decode([StoredColumn].self, from: Data(stored.columnsJson.utf8)),
            byteSize: stored.byteSize, createdBy: stored.createdBy, createdAt: stored.createdAt)
    }

    /// Every dataset with its latest version, most recently changed first.
    public func list() async throws -> [DatasetSummary] {
        let datasets = try await db.select().columns(Self.datasetColumns).from("datasets").orderBy(
            "updated_at", .descending
        )
        .orderBy("id", .descending).all().map(Self.dataset)
        let versions = try await db.select().columns(Self.versionColumns).from("dataset_versions").orderBy("version")
            .all()
            .map(Self.version)
        let byDataset = Dictionary(grouping: versions, by: \.datasetId)
        return datasets.map { d in
            DatasetSummary(dataset: d, latest: byDataset[d.id]?.last, versionCount: byDataset[d.id]?.count ?? 0)
        }
    }

    /// A dataset.
    public func dataset(id: Int64) async throws -> DatasetRecord? {
        try await db.select().columns(Self.datasetColumns).from("datasets").where("id", .equal, SQLBind(id)).first()
            .map(Self.dataset)
    }

    /// A dataset's versions, oldest first.
    public func versions(datasetId: Int64) async throws -> [DatasetVersionRecord] {
        try await db.select().columns(Self.versionColumns).from("dataset_versions")
            .where("dataset_id", .equal, SQLBind(datasetId)).orderBy("version").all().map(Self.version)
    }

    /// One version.
    public func version(id: Int64) async throws -> DatasetVersionRecord? {
        try await db.select().columns(Self.versionColumns).from("dataset_versions").where("id", .equal, SQLBind(id))
            .first()
            .map(Self.version)
    }

    /// Loads a version's table.
    public func table(versionId: Int64) async throws -> DataTable {
        let rows = try await db.select().column("data").from("dataset_chunks").where(
            "version_id", .equal, SQLBind(versionId)
        )
        .orderBy("seq").all()
        guard !rows.isEmpty else { throw StorageError.notFound("Dataversionen \(versionId)") }
        var bytes: [UInt8] = []
        for row in rows { bytes += try row.decode(column: "data", as: Data.self) }
        do {
            return try DataTableCodec.decode(bytes)
        } catch {
            throw StorageError.corrupt("dataversion \(versionId)")
        }
    }

    /// Changes a dataset's metadata.
    public func update(id: Int64, metadata: Metadata) async throws {
        try await db.update("datasets").set("name", to: SQLBind(metadata.name))
            .set("description", to: SQLBind(metadata.description)).set("source", to: SQLBind(metadata.source))
            .set("period", to: SQLBind(metadata.period)).set("updated_at", to: SQLBind(Storage.now))
            .where("id", .equal, SQLBind(id)).run()
    }

    /// Deletes a dataset with every version and its data.
    public func delete(id: Int64) async throws {
        try await storage.transaction { db in
            let versions = try await db.select().column("id").from("dataset_versions").where(
                "dataset_id", .equal, SQLBind(id)
            )
            .all().map { try $0.decode(column: "id", as: Int64.self) }
            for v in versions {
                try await db.delete(from: "dataset_chunks").where("version_id", .equal, SQLBind(v)).run()
            }
            try await db.delete(from: "dataset_versions").where("dataset_id", .equal, SQLBind(id)).run()
            try await db.delete(from: "datasets").where("id", .equal, SQLBind(id)).run()
        }
    }
}
