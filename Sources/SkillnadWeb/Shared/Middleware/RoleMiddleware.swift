import Hummingbird
import SkillnadCore

/// Lets through users with at least a role: no user gives the login page (or 401 in the API), a
/// lower role gives "behörighet saknas". Route groups carry it, so handlers need not check.
struct RoleMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let minimum: UserRole

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws -> Response {
        guard let user = context.user else { throw WebError.loginRequired }
        guard user.role.includes(minimum) else { throw WebError.forbidden }
        return try await next(request, context)
    }
}
