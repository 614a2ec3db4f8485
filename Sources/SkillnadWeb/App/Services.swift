import Foundation
import Logging
import SkillnadCore
import SkillnadStorage

/// Everything route handlers need: storage, repositories, views and caches.
public struct Services: Sendable {
    /// The database.
    public let storage: Storage
    /// Users.
    public let users: UserRepository
    /// Datasets.
    public let datasets: DatasetRepository
    /// The audit log.
    public let audit: AuditLog
    /// Settings.
    public let settings: SettingsRepository
    /// API tokens.
    public let tokens: APITokenRepository
    /// Login attempts.
    public let attempts: LoginAttemptRepository
    /// Key/value store (sessions, import progress).
    public let store: KeyValueStore
    /// Uploads waiting for import.
    public let uploads: PendingUploadRepository
    /// Analyses.
    public let analyses: AnalysisRepository
    /// Goals.
    public let goals: GoalRepository
    /// Indicators and their values.
    public let indicators: IndicatorRepository
    /// Action plans.
    public let plans: ActionPlanRepository
    /// Page templates.
    let pages: PageRenderer
    /// Loaded tables and scan results.
    let cache: AnalysisCache
    /// Live import progress.
    let progress = ProgressBoard()
    /// Configuration.
    public let configuration: WebConfiguration
    /// Logger.
    let logger: Logger
    /// This server process (import jobs record which process runs them).
    let instanceId = UUID().uuidString
    /// Lines to print when the server starts (demo accounts).
    public var startupMessages: [String] = []

    init(storage: Storage, configuration: WebConfiguration, logger: Logger) async throws {
        self.storage = storage
        users = UserRepository(storage)
        datasets = DatasetRepository(storage)
        audit = AuditLog(storage)
        settings = SettingsRepository(storage)
        tokens = APITokenRepository(storage)
        attempts = LoginAttemptRepository(storage)
        store = KeyValueStore(storage)
        uploads = PendingUploadRepository(storage)
        analyses = AnalysisRepository(storage)
        goals = GoalRepository(storage)
        indicators = IndicatorRepository(storage)
        plans = ActionPlanRepository(storage)
        pages = try await PageRenderer()
        cache = AnalysisCache(datasets: datasets)
        self.configuration = configuration
        self.logger = logger
    }

    /// Appends to the audit log.
    func log(_ context: AppContext, _ action: AuditAction, _ object: String, _ detail: String = "") async throws {
        try await audit.append(
            AuditEntry(
                at: Storage.now, userId: context.user?.id, username: context.user?.username ?? "–", action: action,
                object: object, detail: detail, address: context.address))
    }

    /// Display names of every account by id.
    func displayNames() async throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: try await users.all().map { ($0.id, $0.displayName) })
    }

    /// Goal names by id.
    func goalNames() async throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: try await goals.all().map { ($0.id, $0.name) })
    }

    /// The disclosure threshold from the settings.
    func threshold() async throws -> Int {
        try await settings.threshold()
    }
}
