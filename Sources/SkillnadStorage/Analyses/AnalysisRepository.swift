import SQLKit
import SkillnadCore

/// Analyses: documents saved with optimistic concurrency, every version kept in the history, with
/// participants, comments and links to goals and explorer differences.
///
/// ```swift
/// let outcome = try await analyses.save(id: 7, expectedVersion: 3, title: t, ownerId: o, document: doc,
///                                       by: user, summary: "Steg 2 sparat")
/// if case .conflict(let current) = outcome { /* show both versions */ }
/// ```
public struct AnalysisRepository: Sendable {
    let storage: Storage
    var db: any SQLDatabase { storage.sql }

    /// Repository on a storage.
    public init(_ storage: Storage) {
        self.storage = storage
    }

    static let columns = [
        "id", "title", "owner_id", "dataset_id", "content", "version", "created_at", "updated_at", "updated_by",
    ]

    /// Creates an analysis at version 1.
    public func create(
        title: String, ownerId: Int64, datasetId: Int64?, document: AnalysisDocument, by user: (id: Int64, name: String)
    ) async throws -> AnalysisRecord {
        let json = try document.encoded()
        let now = Storage.now
        return try await storage.transaction { db in
            let row = try await db.insert(into: "analyses")
                .columns(
                    "method", "title", "owner_id", "dataset_id", "content", "version", "created_at", "updated_at",
                    "updated_by"
                )
                .values(
                    SQLBind(document.method.rawValue), SQLBind(title), SQLBind(ownerId), SQLBind(datasetId),
                    SQLBind(json), SQLBind(1), SQLBind(now), SQLBind(now), SQLBind(user.id)
                )
                .returning("id").first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw StorageError.corrupt("nytt analys-id")
            }
            try await db.insert(into: "analysis_participants").columns("analysis_id", "user_id")
                .values(SQLBind(id), SQLBind(ownerId)).run()
            let record = AnalysisRecord(
                id: id, title: title, ownerId: ownerId, datasetId: datasetId, document: document, version: 1,
                createdAt: now, updatedAt: now, updatedBy: user.id)
            try await Self.recordVersion(db, record, user: user, summary: "Analysen skapad", json: json)
            try await Self.refreshLinks(db, record)
            return record
        }
    }

    /// Saves a new version if the stored one is still `expectedVersion`; otherwise reports the conflict
    /// and changes nothing.
    public func save(
        id: Int64, expectedVersion: Int, title: String, ownerId: Int64?, document: AnalysisDocument,
        by user: (id: Int64, name: String), summary: String, audit: AuditEntry? = nil
    ) async throws -> AnalysisSaveOutcome {
        let json = try document.encoded()
        let now = Storage.now
        let saved: AnalysisRecord? = try await storage.transaction { db in
            let rows = try await db.update("analyses")
                .set("title", to: SQLBind(title)).set("owner_id", to: SQLBind(ownerId))
                .set("content", to: SQLBind(json)).set("version", to: SQLBind(expectedVersion + 1))
                .set("updated_at", to: SQLBind(now)).set("updated_by", to: SQLBind(user.id))
                .where("id", .equal, SQLBind(id)).where("version", .equal, SQLBind(expectedVersion))
                .returning("created_at", "dataset_id").all()
            guard let row = rows.first else { return nil }
            let record = AnalysisRecord(
                id: id, title: title, ownerId: ownerId,
                datasetId: try row.decode(column: "dataset_id", as: Int64?.self),
                document: document, version: expectedVersion + 1,
                createdAt: try row.decode(column: "created_at", as: Int64.self), updatedAt: now, updatedBy: user.id)
            try await Self.recordVersion(db, record, user: user, summary: summary, json: json)
            try await Self.refreshLinks(db, record)
            // The audit entry commits with the version it describes, or not at all.
            if var audit {
                audit.detail = "version \(record.version): " + audit.detail
                try await AuditLog.append(audit, to: db)
            }
            return record
        }
        if let saved { return .saved(saved) }
        guard let current = try await get(id) else { throw StorageError.notFound("Analysen") }
        return .conflict(current: current)
    }

    /// One analysis.
    public func get(_ id: Int64) async throws -> AnalysisRecord? {
        try await db.select().columns(Self.columns).from("analyses").where("id", .equal, SQLBind(id)).first()
            .map(Self.record)
    }

    /// Every analysis, most recently saved first.
    public func all() async throws -> [AnalysisRecord] {
        try await db.select().columns(Self.columns).from("analyses").orderBy("updated_at", .descending)
            .orderBy("id", .descending).all().map(Self.record)
    }

    /// Id, title and method of every analysis, most recently saved first, without reading the documents.
    public func titles() async throws -> [(id: Int64, title: String, method: AnalysisMethod)] {
        try await db.select().columns("id", "title", "method").from("analyses").orderBy("updated_at", .descending)
            .orderBy("id", .descending).all().map { row in
                let title = try row.model(TitleRow.self)
                return (title.id, title.title, title.method)
            }
    }

    /// Analyses that took up a given explorer difference of a dataset.
    public func forDifference(datasetId: Int64, differenceId: String) async throws -> [AnalysisRecord] {
        let ids = try await db.select().distinct().column("analysis_id").from("analysis_differences")
            .where("dataset_id", .equal, SQLBind(datasetId)).where("difference_id", .equal, SQLBind(differenceId))
            .all().map { try $0.decode(column: "analysis_id", as: Int64.self) }
        return try await records(ids)
    }

    /// Analyses that concern a dataset (as main dataset or through a difference).
    public func forDataset(_ datasetId: Int64) async throws -> [AnalysisRecord] {
        let linked = try await db.select().distinct().column("analysis_id").from("analysis_differences")
            .where("dataset_id", .equal, SQLBind(datasetId)).all()
            .map { try $0.decode(column: "analysis_id", as: Int64.self) }
        let direct = try await db.select().column("id").from("analyses").where("dataset_id", .equal, SQLBind(datasetId))
            .all().map { try $0.decode(column: "id", as: Int64.self) }
        return try await records(Array(Set(linked + direct)))
    }

    /// Analyses linking a goal.
    public func forGoal(_ goalId: Int64) async throws -> [AnalysisRecord] {
        let ids = try await db.select().column("analysis_id").from("analysis_goals")
            .where("goal_id", .equal, SQLBind(goalId)).all().map {
                try $0.decode(column: "analysis_id", as: Int64.self)
            }
        return try await records(ids)
    }

    /// How many analyses link each goal (goals without analyses are absent).
    public func countsByGoal() async throws -> [Int64: Int] {
        let rows = try await db.select().column("goal_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("analysis_goals").groupBy("goal_id").all()
        var counts: [Int64: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "goal_id", as: Int64.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    func records(_ ids: [Int64]) async throws -> [AnalysisRecord] {
        guard !ids.isEmpty else { return [] }
        return try await db.select().columns(Self.columns).from("analyses").where("id", .in, SQLBind.group(ids))
            .orderBy("updated_at", .descending).all().map(Self.record)
    }

    /// Deletes an analysis with its history, comments and links.
    public func delete(_ id: Int64) async throws {
        try await db.delete(from: "analyses").where("id", .equal, SQLBind(id)).run()
    }

    /// An analysis's id, title and method.
    private struct TitleRow: Decodable {
        var id: Int64
        var title: String
        var method: AnalysisMethod
    }

    /// An analysis as stored: its document as JSON.
    private struct Row: Decodable {
        var id: Int64
        var title: String
        var ownerId: Int64?
        var datasetId: Int64?
        var content: String
        var version: Int
        var createdAt: Int64
        var updatedAt: Int64
        var updatedBy: Int64?
    }

    static func record(_ row: any SQLRow) throws -> AnalysisRecord {
        let stored = try row.model(Row.self)
        return AnalysisRecord(
            id: stored.id, title: stored.title, ownerId: stored.ownerId, datasetId: stored.datasetId,
            document: try AnalysisDocument.decode(stored.content), version: stored.version,
            createdAt: stored.createdAt, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy)
    }
}
