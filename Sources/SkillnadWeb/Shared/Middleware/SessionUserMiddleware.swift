import Hummingbird
import SkillnadStorage

/// Loads the logged-in user from the browser session, and gives every visitor a session holding
/// a CSRF token.
struct SessionUserMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let services: Services

    static let sessionLifetime: Duration = .seconds(8 * 60 * 60)

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws
        -> Response
    {
        var context = context
        if let session = context.sessions.session {
            if let id = session.userId, let user = try await services.users.find(id: id), user.active {
                context.user = user
            }
        } else {
            context.sessions.createSession(WebSession(), expiresIn: Self.sessionLifetime)
        }
        return try await next(request, context)
    }
}
