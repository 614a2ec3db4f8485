import Logging
import ServiceLifecycle
import SkillnadStorage

/// Removes what has expired — sessions, import statuses, uploads never imported — at start-up
/// and then every hour, so they do not pile up in the database.
struct HousekeepingService: Service {
    let services: Services
    var interval: Duration = .seconds(3600)

    func run() async throws {
        await purge()
        while !Task.isCancelledOrShuttingDown {
            try? await Task.sleep(for: interval)
            guard !Task.isCancelledOrShuttingDown else { break }
            await purge()
        }
    }

    /// One pass; failures are logged, and the next pass tries again.
    func purge() async {
        do {
            try await Self.purge(services.store, services.uploads)
        } catch {
            services.logger.warning("Städningen av utgångna sessioner och uppladdningar misslyckades: \(error)")
        }
    }

    /// Deletes expired key/value entries (sessions, import statuses) and uploads older than a day.
    static func purge(_ store: KeyValueStore, _ uploads: PendingUploadRepository) async throws {
        try await store.purgeExpired()
        try await uploads.purge()
    }
}

extension Task where Success == Never, Failure == Never {
    /// Whether the current task is cancelled or the service group is shutting down.
    static var isCancelledOrShuttingDown: Bool { Task.isCancelled || Task.isShuttingDownGracefully }
}
