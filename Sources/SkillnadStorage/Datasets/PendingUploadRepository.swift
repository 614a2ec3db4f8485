import Foundation
import SQLKit

/// Uploaded files waiting for the analyst to confirm roles and metadata. Kept in the database
/// (not on one server's disk) so any app instance can finish the import; removed after import
/// and after a day at the latest.
public struct PendingUploadRepository: Sendable {
    let db: any SQLDatabase

    /// Repository on a storage.
    public init(_ storage: Storage) {
        db = storage.sql
    }

    /// A waiting upload.
    public struct Upload: Sendable {
        /// Random token naming it.
        public var token: String
        /// Who uploaded it.
        public var userId: Int64
        /// The dataset it becomes a new version of, if any.
        public var datasetId: Int64?
        /// File name.
        public var fileName: String
        /// Excel sheet ("" for the first).
        public var sheet: String
        /// The file.
        public var bytes: [UInt8]

        /// Creates an upload.
        public init(token: String, userId: Int64, datasetId: Int64?, fileName: String, sheet: String, bytes: [UInt8]) {
            self.token = token
            self.userId = userId
            self.datasetId = datasetId
            self.fileName = fileName
            self.sheet = sheet
            self.bytes = bytes
        }
    }

    /// Saves an upload.
    public func save(_ upload: Upload) async throws {
        try await purge()
        try await db.insert(into: "pending_uploads")
            .columns("token", "user_id", "dataset_id", "file_name", "sheet", "data", "created_at")
            .values(
                SQLBind(upload.token), SQLBind(upload.userId), SQLBind(upload.datasetId), SQLBind(upload.fileName),
                SQLBind(upload.sheet), SQLBind(Data(upload.bytes)), SQLBind(Storage.now)
            ).run()
    }

    /// The upload with a token, if it belongs to the user.
    public func load(token: String, userId: Int64) async throws -> Upload? {
        guard
            let row = try await db.select().columns("token", "user_id", "dataset_id", "file_name", "sheet", "data")
                .from("pending_uploads").where("token", .equal, SQLBind(token)).where(
                    "user_id", .equal, SQLBind(userId)
                )
                .first()
        else { return nil }
        let stored = try row.model(Row.self)
        return Upload(
            token: stored.token, userId: stored.userId, datasetId: stored.datasetId, fileName: stored.fileName,
            sheet: stored.sheet, bytes: [UInt8](stored.data))
    }

    /// An upload as stored.
    private struct Row: Decodable {
        var token: String
        var userId: Int64
        var datasetId: Int64?
        var fileName: String
        var sheet: String
        var data: Data
    }

    /// Removes an upload.
    public func delete(token: String) async throws {
        try await db.delete(from: "pending_uploads").where("token", .equal, SQLBind(token)).run()
    }

    /// Removes uploads older than a day.
    public func purge() async throws {
        try await db.delete(from: "pending_uploads").where("created_at", .lessThan, SQLBind(Storage.now - 86_400)).run()
    }
}
