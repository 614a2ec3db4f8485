import SkillnadCore

/// A dataset: named data with versions.
public struct DatasetRecord: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// Name.
    public var name: String
    /// Description.
    public var description: String
    /// Where the data comes from (e.g. "Kolada", "Verksamhetssystemet Lifecare").
    public var source: String
    /// Period the data covers (e.g. "2021–2025").
    public var period: String
    /// Who created it.
    public var createdBy: Int64?
    /// When created.
    public var createdAt: Int64
    /// When last changed (a new version or new metadata).
    public var updatedAt: Int64
}

/// One imported version of a dataset.
public struct DatasetVersionRecord: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// The dataset.
    public var datasetId: Int64
    /// Version number, 1, 2, …
    public var version: Int
    /// The file it was imported from.
    public var fileName: String
    /// Rows.
    public var rowCount: Int
    /// Columns.
    public var columnCount: Int
    /// Individual level or aggregated.
    public var shape: DataShape
    /// Column set-up.
    public var columns: [StoredColumn]
    /// Stored size in bytes.
    public var byteSize: Int
    /// Who imported it.
    public var createdBy: Int64?
    /// When imported.
    public var createdAt: Int64
}

/// A dataset with its latest version, for lists.
public struct DatasetSummary: Sendable, Hashable {
    /// The dataset.
    public var dataset: DatasetRecord
    /// Its latest version.
    public var latest: DatasetVersionRecord?
    /// Number of versions.
    public var versionCount: Int
}
