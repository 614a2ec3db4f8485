import Foundation
import Hummingbird
import HummingbirdBcrypt
import SkillnadStorage

/// Login and logout.
struct AuthRoutes {
    let services: Services

    /// Failed attempts allowed per account within the window.
    static let accountLimit = 5
    /// Failed attempts allowed per address within the window.
    static let addressLimit = 20
    /// The window, in seconds.
    static let window: Int64 = 15 * 60

    func register(_ routes: FeatureRoutes) {
        routes.open.get("/login") { request, context in try await self.loginPage(request, context: context) }
        routes.open.post("/login") { request, context in try await self.login(request, context: context) }
        routes.open.post("/logout") { request, context in try await self.logout(request, context: context) }
    }

    struct LoginModel {
        var csrf: String
        var next: String
        var username: String
        var error: String?
    }

    func loginPage(_ request: Request, context: AppContext) async throws -> Response {
        try await loginPage(next: Self.safeNext(Form.query(request)["next"]), context: context)
    }

    func loginPage(
        next: String, context: AppContext, error: String? = nil, username: String = ""
    ) async throws
        -> Response
    {
        if context.user != nil && error == nil { return Responses.redirect(next) }
        let model = LoginModel(csrf: context.csrf, next: next, username: username, error: error)
        let html = services.pages.page(.login, title: "Logga in", model: model, context: context, path: Paths.login)
        return Responses.html(html, status: error == nil ? .ok : .unauthorized)
    }

    func login(_ request: Request, context: AppContext) async throws -> Response {
        let form = try await Form.body(request)
        let username = form["username"] ?? ""
        let password = form.values["password"]?.first ?? ""
        let next = Self.safeNext(form["next"])
        let since = Storage.now - Self.window
        let userFailures = try await services.attempts.failures(username: username, since: since)
        let addressFailures = try await services.attempts.failures(address: context.address, since: since)
        if userFailures >= Self.accountLimit || addressFailures >= Self.addressLimit {
            try await services.log(context, .loginBlocked, "user \(username)", "för många misslyckade försök")
            throw WebError.tooManyRequests("För många misslyckade inloggningar. Vänta 15 minuter och försök igen.")
        }
        guard !username.isEmpty, !password.isEmpty else {
            return try await loginPage(
                next: next, context: context, error: "Fyll i användarnamn och lösenord.", username: username)
        }
        let user = try await services.users.find(username: username)
        // Verify on a thread pool: bcrypt is deliberately slow. Unknown users cost the same.
        let hash = user?.passwordHash ?? Self.dummyHash
        let verified = try await Passwords.verify(password, hash: hash)
        guard let user, verified, user.active else {
            try await services.attempts.record(username: username, address: context.address, success: false)
            try await services.log(context, .loginFailed, "user \(username)")
            return try await loginPage(
                next: next, context: context, error: "Fel användarnamn eller lösenord, eller så är kontot avstängt.",
                username: username)
        }
        try await services.attempts.record(username: username, address: context.address, success: true)
        // A new session (new id and CSRF token) at login.
        context.sessions.createSession(WebSession(userId: user.id), expiresIn: SessionUserMiddleware.sessionLifetime)
        var logged = context
        logged.user = user
        try await services.log(logged, .login, "user \(user.username)")
        return Responses.redirect(next)
    }

    func logout(_ request: Request, context: AppContext) async throws -> Response {
        if context.user != nil { try await services.log(context, .logout, "user \(context.user?.username ?? "")") }
        context.sessions.clearSession()
        return Responses.redirect(Paths.login)
    }

    /// A valid bcrypt hash of a random string, checked for unknown users so they take as long.
    static let dummyHash: String = Bcrypt.hash(Passwords.generate(), cost: Passwords.cost)

    /// Only local paths are followed after login.
    /// A same-site path to return to after login: one of the application's own sections, made
    /// only of printable characters (no tab, newline or backslash, which browsers may read as
    /// `//host`); anything else goes to the start page.
    /// Where a login may lead back to.
    static var allowedSections: [String] { FeatureRegistry.sections }

    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"),
            next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "\\" }),
            allowedSections.contains(where: { next == $0 || next.hasPrefix($0 + "/") || next.hasPrefix($0 + "?") })
        else { return "/" }
        return next
    }
}
