import Hummingbird
import SkillnadStorage

/// Authenticates API requests by bearer key only: `Authorization: Bearer sk_…` of an active user.
struct BearerUserMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let services: Services

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw WebError.loginRequired
        }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        guard let record = try await services.tokens.authenticate(token),
            let user = try await services.users.find(id: record.userId), user.active
        else {
            throw WebError.loginRequired
        }
        var context = context
        context.user = user
        context.viaToken = true
        return try await next(request, context)
    }
}
