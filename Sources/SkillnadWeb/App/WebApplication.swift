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
            services: [HousekeepingService(services: services), StorageService(storage: storage)], logger: logger)
        return (application, services)
    }

    /// The router: security headers on everything; browser routes with the session, the user,
    /// Swedish error pages and CSRF, grouped by role; the JSON API under `/api/v1` with JSON
    /// errors and bearer keys. Every feature of ``FeatureRegistry`` registers into these groups.
    public static func router(_ services: Services) -> Router<AppContext> {
        let router = Router(context: AppContext.self)
        router.add(middleware: SecurityHeadersMiddleware(https: services.configuration.secureCookies))
        let html = router.group()
            .add(
                middleware: SessionMiddleware(
                    storage: SQLPersistDriver(store: services.store),
                    configuration: .init(
                        sessionCookieParameters: .init(
                            name: "skillnad_session", path: "/", secure: services.configuration.secureCookies,
                            sameSite: .lax),
                        keyPrefix: "session.", defaultSessionExpiration: SessionUserMiddleware.sessionLifetime))
            )
            .add(middleware: SessionUserMiddleware(services: services))
            .add(middleware: ErrorPageMiddleware(services: services))
            .add(middleware: CSRFMiddleware())
        let routes = FeatureRoutes(
            plain: router.group(), open: html.group(),
            readers: html.group().add(middleware: RoleMiddleware(minimum: .reader)),
            analysts: html.group().add(middleware: RoleMiddleware(minimum: .analyst)),
            admins: html.group().add(middleware: RoleMiddleware(minimum: .admin)))
        let api = router.group("api/v1").add(middleware: APIErrorMiddleware())
        let groups = APIGroups(
            open: api.group(), authenticated: api.group().add(middleware: BearerUserMiddleware(services: services)))
        for type in FeatureRegistry.all {
            let feature = type.init(services: services)
            feature.routes(routes)
            feature.api(groups)
        }
        // Anything else is a Swedish 404 page (or JSON under the API).
        routes.open.on("**", method: .get) { _, _ -> Response in throw WebError.notFound }
        routes.open.on("**", method: .post) { _, _ -> Response in throw WebError.notFound }
        groups.open.on("**", method: .get) { _, _ -> Response in throw WebError.notFound }
        return router
    }
}
