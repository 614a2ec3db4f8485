import Foundation
import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// Imports that run in the background with their progress in the database, so any instance
/// can report it and a page can poll it.
enum ImportJobs {
    /// Where an import is.
    enum State: String, Codable, Sendable {
        case running, done, failed
    }

    struct Status: Codable {
        var state: State
        var progress: Double
        var message: String
        var location: String?
        var updatedAt: Int64
        /// The server process running the import.
        var instance: String?
    }

    static func key(_ token: String) -> String { "import.\(token)" }

    static func write(_ services: Services, _ token: String, _ status: Status) async {
        var status = status
        status.updatedAt = Storage.now
        status.instance = services.instanceId
        guard let json = try? JSONEncoder().encode(status) else { return }
        try? await services.store.set(
            key: key(token), value: String(decoding: json, as: UTF8.self), expiresAt: Storage.now + 86_400)
    }

    static func read(_ services: Services, _ token: String) async throws -> Status? {
        guard let (json, _) = try await services.store.get(key: key(token)) else { return nil }
        var status = try JSONDecoder().decode(Status.self, from: Data(json.utf8))
        if status.state == .running, let live = await services.progress.get(token) {
            status.progress = live.progress
            status.message = live.message
            status.updatedAt = Storage.now
        }
        // A job that stopped reporting (the server was stopped) did not commit anything. With
        // SQLite only one server runs, so a job of an earlier process died with it: say so at once.
        let orphaned = services.storage.engine == .sqlite && status.instance != services.instanceId
        if status.state == .running && (orphaned || Storage.now - status.updatedAt > 120) {
            status.state = .failed
            status.message = "Importen avbröts innan den blev klar. Inget sparades; försök igen."
        }
        return status
    }

    /// What the analyst confirmed on the preview page.
    struct Request: Sendable {
        var token: String
        var upload: PendingUploadRepository.Upload
        var metadata: DatasetRepository.Metadata
        var columns: [StoredColumn]
        var user: UserRecord
        var address: String
    }

    /// Starts the import in the background.
    static func start(_ services: Services, _ request: Request) async {
        await write(
            services, request.token,
            Status(state: .running, progress: 0, message: "Läser filen …", location: nil, updatedAt: 0))
        Task {
            await run(services, request)
        }
    }

    static func run(_ services: Services, _ request: Request) async {
        let token = request.token
        do {
            let imported = try await services.cache.upload(token: token) {
                try FileImporter.read(
                    bytes: request.upload.bytes, name: request.upload.fileName,
                    sheet: request.upload.sheet.isEmpty ? nil : request.upload.sheet)
            }
            var overrides: [Int: ColumnRole] = [:]
            for (i, column) in request.columns.enumerated() where i < imported.table.columns.count {
                overrides[i] = column.role
            }
            let shape = RoleDetector.detect(imported.table, overrides: overrides).shape
            // A new version keeps the labels the dataset's columns and codes were given.
            var table = imported.table
            var columns = request.columns
            // Labels the file carries (a Kolada fetch: KPI titles, municipality names), codes kept.
            if let book = imported.codebook, columns.count == table.columns.count {
                ColumnSetup.applyCodebook(book, table: &table, columns: &columns)
            }
            if let datasetId = request.upload.datasetId,
                let previous = try await services.datasets.versions(datasetId: datasetId).last?.columns
            {
                ColumnSetup.carryLabels(from: previous, table: &table, columns: &columns)
            }
            await services.progress.set(token, progress: 0.3, message: "Sparar …")
            let audit = AuditEntry(
                at: Storage.now, userId: request.user.id, username: request.user.username, action: .datasetImport,
                object: "", detail: "\(request.upload.fileName), \(Text.rows(imported.table.rowCount))",
                address: request.address)
            let progress = ProgressReporter(services: services, token: token)
            let result = try await services.datasets.importVersion(
                datasetId: request.upload.datasetId, metadata: request.metadata, table: table,
                columns: columns,
                shape: shape, fileName: request.upload.fileName, userId: request.user.id, audit: audit,
                progress: { share in progress.report(share) })
            await services.cache.forgetMetadata(result.dataset)
            try await services.uploads.delete(token: token)
            await services.cache.forgetUpload(token)
            await services.progress.remove(token)
            await write(
                services, token,
                Status(
                    state: .done, progress: 1, message: "Klart: \(Text.rows(imported.table.rowCount)) sparade.",
                    location: Paths.dataset(result.dataset), updatedAt: 0))
        } catch {
            let message = UserMessage.of(error)
            await services.progress.remove(token)
            await write(
                services, token, Status(state: .failed, progress: 0, message: message, location: nil, updatedAt: 0))
        }
    }
}

/// Writes progress at most every few percent.
final class ProgressReporter: Sendable {
    let services: Services
    let token: String

    init(services: Services, token: String) {
        self.services = services
        self.token = token
    }

    /// Records progress in memory: while the import transaction holds SQLite's write lock, the
    /// database cannot take progress writes.
    func report(_ share: Double) {
        let board = services.progress
        let token = self.token
        Task { await board.set(token, progress: 0.3 + 0.7 * share, message: "Sparar …") }
    }
}

/// Live progress of imports running in this instance.
actor ProgressBoard {
    private var entries: [String: (progress: Double, message: String)] = [:]

    func set(_ token: String, progress: Double, message: String) {
        entries[token] = (progress, message)
    }

    func get(_ token: String) -> (progress: Double, message: String)? {
        entries[token]
    }

    func remove(_ token: String) {
        entries[token] = nil
    }
}
