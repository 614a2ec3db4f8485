import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import ServiceLifecycle
import SkillnadCore
import SkillnadStorage

/// Builds the web application.
public enum WebApplication {
    /// Opens storage, migrates, loads demo data if asked, and returns the application.
    public static func build(
        configuration: WebConfiguration, logger: Logger
    ) async throws -> (
        application: some ApplicationProtocol, services: Services
    ) {
        let storage = try await Storage.open(
            .resolve(dataDirectory: configuration.dataDirectory, databaseURL: configuration.databaseURL), logger: logger
        )
        try await storage.migrate()
        var services = try await Services(storage: storage, configuration: configuration, logger: logger)
        if configuration.demo { services.startupMessages = try await DemoSetup.loadIfEmpty(services) }
        let application = Application(
            router: router(services),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "Skillnad"),
            services: [StorageService(storage: storage)], logger: logger)
        return (application, services)
    }

    /// The router with every middleware and route.
    public static func router(_ services: Services) -> Router<AppContext> {
        let router = Router(context: AppContext.self)
        router.add(middleware: SecurityHeadersMiddleware(https: services.configuration.secureCookies))
        router.add(middleware: ErrorPageMiddleware(services: services))
        router.add(
            middleware: SessionMiddleware(
                storage: SQLPersistDriver(store: services.store),
                configuration: .init(
                    sessionCookieParameters: .init(
                        name: "skillnad_session", path: "/", secure: services.configuration.secureCookies,
                        sameSite: .lax),
                    keyPrefix: "session.", defaultSessionExpiration: CurrentUserMiddleware.sessionLifetime)))
        router.add(middleware: CurrentUserMiddleware(services: services))
        router.add(middleware: ErrorPageMiddleware(services: services))
        router.add(middleware: CSRFMiddleware())
        AssetRoutes().register(on: router)
        AuthRoutes(services: services).register(on: router)
        HomeRoutes(services: services).register(on: router)
        DatasetRoutes(services: services).register(on: router)
        ExplorerRoutes(services: services).register(on: router)
        ExportRoutes(services: services).register(on: router)
        AdminRoutes(services: services).register(on: router)
        AnalysisRoutes(services: services).register(on: router)
        GoalRoutes(services: services).register(on: router)
        APIRoutes(services: services).register(on: router)
        return router
    }
}
