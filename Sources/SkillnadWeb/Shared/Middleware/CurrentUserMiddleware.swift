import Hummingbird
import SkillnadStorage

/// Loads the logged-in user from the session (or an API bearer token under /api), and gives
/// every browser visitor a session holding a CSRF token.
struct CurrentUserMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let services: Services

    static let sessionLifetime: Duration = .seconds(8 * 60 * 60)

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws
        -> Response
    {
        var context = context
        let path = request.uri.path
        if path.hasPrefix("/assets/") { return try await next(request, context) }
        if path.hasPrefix("/api/"), let header = request.headers[.authorization],
            header.lowercased().hasPrefix("bearer ")
        {
            let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            guard let record = try await services.tokens.authenticate(token),
                let user = try await services.users.find(id: record.userId), user.active
            else {
                throw WebError.loginRequired
            }
            context.user = user
            context.viaToken = true
            return try await next(request, context)
        }
        if let session = context.sessions.session {
            if let id = session.userId, let user = try await services.users.find(id: id), user.active {
                context.user = user
            }
        } else if !path.hasPrefix("/api/") {
            context.sessions.createSession(WebSession(), expiresIn: Self.sessionLifetime)
        }
        return try await next(request, context)
    }
}
