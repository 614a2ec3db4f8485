import SQLKit
import SkillnadCore

/// History, links, participants and comments of analyses.
extension AnalysisRepository {
    static func recordVersion(
        _ db: any SQLDatabase, _ record: AnalysisRecord, user: (id: Int64, name: String), summary: String, json: String
    ) async throws {
        try await db.insert(into: "analysis_history")
            .columns("analysis_id", "version", "user_id", "username", "at", "summary", "title", "content")
            .values(
                SQLBind(record.id), SQLBind(record.version), SQLBind(user.id), SQLBind(user.name),
                SQLBind(record.updatedAt), SQLBind(summary), SQLBind(record.title), SQLBind(json)
            ).run()
    }

    /// Rewrites the goal and difference links from the document.
    static func refreshLinks(_ db: any SQLDatabase, _ record: AnalysisRecord) async throws {
        try await db.delete(from: "analysis_goals").where("analysis_id", .equal, SQLBind(record.id)).run()
        for goal in record.document.goalIds {
            try await db.insert(into: "analysis_goals").columns("analysis_id", "goal_id")
                .values(SQLBind(record.id), SQLBind(goal)).run()
        }
        try await db.delete(from: "analysis_differences").where("analysis_id", .equal, SQLBind(record.id)).run()
        var seen = Set<String>()
        for s in record.document.snapshots where seen.insert("\(s.datasetId)/\(s.difference.id)").inserted {
            try await db.insert(into: "analysis_differences").columns("analysis_id", "dataset_id", "difference_id")
                .values(SQLBind(record.id), SQLBind(s.datasetId), SQLBind(s.difference.id)).run()
        }
    }

    /// Every saved version, newest first.
    public func history(_ id: Int64) async throws -> [AnalysisHistoryEntry] {
        try await db.select().columns("version", "user_id", "username", "at", "summary", "title", "content")
            .from("analysis_history").where("analysis_id", .equal, SQLBind(id)).orderBy("version", .descending).all()
            .map { row in
                let stored = try row.model(HistoryRow.self)
                return AnalysisHistoryEntry(
                    version: stored.version, userId: stored.userId, username: stored.username, at: stored.at,
                    summary: stored.summary, title: stored.title, document: try AnalysisDocument.decode(stored.content))
            }
    }

    /// A saved version as stored: its document as JSON.
    private struct HistoryRow: Decodable {
        var version: Int
        var userId: Int64?
        var username: String
        var at: Int64
        var summary: String
        var title: String
        var content: String
    }

    /// The participants' user ids (the owner included).
    public func participants(_ id: Int64) async throws -> [Int64] {
        try await db.select().column("user_id").from("analysis_participants").where("analysis_id", .equal, SQLBind(id))
            .orderBy("user_id").all().map { try $0.decode(column: "user_id", as: Int64.self) }
    }

    /// Replaces the participants.
    public func setParticipants(_ id: Int64, userIds: [Int64]) async throws {
        try await storage.transaction { db in
            try await db.delete(from: "analysis_participants").where("analysis_id", .equal, SQLBind(id)).run()
            for user in Set(userIds).sorted() {
                try await db.insert(into: "analysis_participants").columns("analysis_id", "user_id")
                    .values(SQLBind(id), SQLBind(user)).run()
            }
        }
    }

    /// Adds a comment.
    public func addComment(_ id: Int64, step: String, user: (id: Int64, name: String), text: String) async throws {
        try await db.insert(into: "analysis_comments").columns(
            "analysis_id", "step", "user_id", "username", "at", "text"
        )
        .values(SQLBind(id), SQLBind(step), SQLBind(user.id), SQLBind(user.name), SQLBind(Storage.now), SQLBind(text))
        .run()
    }

    /// The comments, oldest first.
    public func comments(_ id: Int64) async throws -> [AnalysisComment] {
        try await db.select().columns("id", "step", "username", "at", "text").from("analysis_comments")
            .where("analysis_id", .equal, SQLBind(id)).orderBy("id").all().map { try $0.model(AnalysisComment.self) }
    }
}
