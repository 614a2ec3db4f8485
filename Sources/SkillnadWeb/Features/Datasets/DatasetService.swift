import Foundation
import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// The datasets' use cases without HTTP: receive an upload (read once, kept for the preview and
/// the import), start an import with the confirmed column set-up, change metadata, delete.
struct DatasetService: Sendable {
    let services: Services

    /// What the longest dataset name may be.
    static let nameLimit = 200

    /// Reads an uploaded file (an `ImportError` when it cannot be read) and keeps it for its
    /// preview; returns the upload's token.
    func receive(
        fileName: String, bytes: [UInt8], sheet: String, datasetId: Int64?, by user: UserRecord
    ) async throws -> String {
        let parsed = try FileImporter.read(bytes: bytes, name: fileName, sheet: sheet.isEmpty ? nil : sheet)
        let token = WebSession.newToken()
        await services.cache.remember(upload: parsed, token: token)
        try await services.uploads.save(
            .init(token: token, userId: user.id, datasetId: datasetId, fileName: fileName, sheet: sheet, bytes: bytes))
        return token
    }

    /// The parsed file of an upload (read again only when another server received it).
    func parsed(_ upload: PendingUploadRepository.Upload) async throws -> FileImporter.Result {
        try await services.cache.upload(token: upload.token) {
            try FileImporter.read(
                bytes: upload.bytes, name: upload.fileName, sheet: upload.sheet.isEmpty ? nil : upload.sheet)
        }
    }

    /// Why a name cannot be used, or nil when it can (`required` for a new dataset).
    static func nameProblem(_ name: String, required: Bool) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if required && trimmed.isEmpty { return "Ge datasetet ett namn." }
        if trimmed.count > nameLimit { return "Namnet får vara högst \(nameLimit) tecken." }
        return nil
    }

    /// Starts importing an upload in the background with the analyst's column set-up.
    func startImport(
        _ upload: PendingUploadRepository.Upload, metadata: DatasetRepository.Metadata, columns: [StoredColumn],
        by user: UserRecord, address: String
    ) async throws {
        if let datasetId = upload.datasetId, !metadata.name.isEmpty {
            try await services.datasets.update(id: datasetId, metadata: metadata)
            await services.cache.forgetMetadata(datasetId)
        }
        await ImportJobs.start(
            services,
            .init(
                token: upload.token, upload: upload, metadata: metadata, columns: columns, user: user, address: address)
        )
    }

    /// Deletes a dataset with every version, and forgets what was cached of it.
    func delete(_ dataset: DatasetRecord) async throws {
        let versionIds = try await services.datasets.versions(datasetId: dataset.id).map(\.id)
        try await services.datasets.delete(id: dataset.id)
        await services.cache.forget(versionIds: versionIds)
    }
}
