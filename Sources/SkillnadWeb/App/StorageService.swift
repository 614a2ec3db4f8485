import ServiceLifecycle
import SkillnadStorage

/// Closes the database when the application shuts down gracefully.
struct StorageService: Service {
    let storage: Storage

    func run() async throws {
        try? await gracefulShutdown()
        try await storage.close()
    }
}
