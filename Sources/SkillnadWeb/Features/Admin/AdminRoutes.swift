import Foundation
import Hummingbird
import SkillnadCore
import SkillnadStorage

/// Administration: users and roles, API tokens, the audit log, settings.
struct AdminRoutes {
    let services: Services

    func register(_ routes: FeatureRoutes) {
        routes.admins.get("/admin/users") { request, context in try await self.users(request, context) }
        routes.admins.post("/admin/users") { request, context in try await self.createUser(request, context) }
        routes.admins.post("/admin/users/{id}") { request, context in try await self.updateUser(request, context) }
        routes.admins.get("/admin/tokens") { request, context in try await self.tokens(request, context) }
        routes.admins.post("/admin/tokens") { request, context in try await self.issueToken(request, context) }
        routes.admins.post("/admin/tokens/{id}/revoke") { request, context in
            try await self.revokeToken(request, context)
        }
        routes.admins.get("/admin/audit") { request, context in try await self.audit(request, context) }
        routes.admins.get("/admin/audit.csv") { request, context in try await self.auditCSV(request, context) }
        routes.admins.get("/admin/settings") { request, context in try await self.settings(request, context) }
        routes.admins.post("/admin/settings") { request, context in try await self.saveSettings(request, context) }
    }

    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    struct UserRow {
        var id: Int64
        var username: String
        var displayName: String
        var roles: [Option]
        var active: Bool
        var created: String
        var isSelf: Bool
    }

    struct UsersModel {
        var csrf: String
        var users: [UserRow]
        var roles: [Option]
        var username: String
        var displayName: String
        var errors: [String: String]
        var usernameError: String?
        var passwordError: String?
        var displayNameError: String?
        var minimum: Int
    }

    func users(
        _ request: Request, _ context: AppContext, form: Form? = nil, errors: [String: String] = [:],
        flash: String? = nil
    )
        async throws -> Response
    {
        let admin = try context.requireUser()
        let all = try await services.users.all()
        let rows = all.map { u in
            UserRow(
                id: u.id, username: u.username, displayName: u.displayName,
                roles: UserRole.allCases.map {
                    Option(value: $0.rawValue, label: $0.swedishName, selected: $0 == u.role)
                },
                active: u.active, created: Text.dateTime(u.createdAt), isSelf: u.id == admin.id)
        }
        let chosen = form?["role"] ?? UserRole.analyst.rawValue
        let model = UsersModel(
            csrf: context.csrf, users: rows,
            roles: UserRole.allCases.map {
                Option(value: $0.rawValue, label: $0.swedishName, selected: $0.rawValue == chosen)
            },
            username: form?["username"] ?? "", displayName: form?["display_name"] ?? "", errors: errors,
            usernameError: errors["username"], passwordError: errors["password"],
            displayNameError: errors["display_name"],
            minimum: Passwords.minimumLength)
        return Responses.html(
            services.pages.page(
                .adminUsers, title: "Användare", model: model, context: context, path: Paths.adminUsers, flash: flash),
            status: errors.isEmpty ? .ok : .badRequest)
    }

    func createUser(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await Form.body(request)
        let username = form["username"] ?? ""
        let password = form.values["password"]?.first ?? ""
        var errors: [String: String] = [:]
        if username.isEmpty || username.count > 64 || username.contains(where: { $0.isWhitespace }) {
            errors["username"] = "Ange ett användarnamn utan mellanslag (högst 64 tecken)."
        } else if try await services.users.find(username: username) != nil {
            errors["username"] = "Användarnamnet är upptaget."
        }
        if (form["display_name"] ?? "").isEmpty { errors["display_name"] = "Ange ett namn." }
        if let problem = Passwords.problem(password, username: username) { errors["password"] = problem }
        guard errors.isEmpty, let role = form["role"].flatMap(UserRole.init(rawValue:)) else {
            return try await users(
                request, context, form: form, errors: errors.isEmpty ? ["role": "Välj en roll."] : errors)
        }
        let user = try await services.users.create(
            username: username, displayName: form["display_name"] ?? username,
            passwordHash: try await Passwords.hash(password),
            role: role)
        try await services.log(context, .userCreate, "user \(user.username)", "roll: \(role.rawValue)")
        return try await users(request, context, flash: "Kontot \(user.username) är skapat.")
    }

    func updateUser(_ request: Request, _ context: AppContext) async throws -> Response {
        let admin = try context.requireUser()
        guard let text = context.parameters.get("id"), let id = Int64(text),
            let user = try await services.users.find(id: id)
        else {
            throw WebError.notFound
        }
        let form = try await Form.body(request)
        let outcome = try await AdminService(services: services).update(
            user, role: form["role"].flatMap(UserRole.init(rawValue:)) ?? user.role, active: form["active"] == "1",
            displayName: form["display_name"] ?? user.displayName, password: form.values["password"]?.first,
            by: admin)
        switch outcome {
        case .refused(let reason):
            return try await users(request, context, flash: reason)
        case .updated(let detail):
            try await services.log(context, .userUpdate, "user \(user.username)", detail)
            return try await users(request, context, flash: "Kontot \(user.username) är uppdaterat.")
        }
    }

    struct TokenRow {
        var id: Int64
        var user: String
        var name: String
        var prefix: String
        var created: String
        var lastUsed: String
        var revoked: String?
    }

    struct TokensModel {
        var csrf: String
        var tokens: [TokenRow]
        var users: [Option]
        var newToken: String?
        var nameError: String?
    }

    func tokens(
        _ request: Request, _ context: AppContext, newToken: String? = nil, nameError: String? = nil
    ) async throws
        -> Response
    {
        _ = try context.requireUser()
        let users = try await services.users.all()
        let names = Dictionary(
            uniqueKeysWithValues: users.map { ($0.id, "\($0.displayName) (\($0.role.swedishName))") })
        let rows = try await services.tokens.all().map { t in
            TokenRow(
                id: t.id, user: names[t.userId] ?? "–", name: t.name, prefix: t.prefix + "…",
                created: Text.dateTime(t.createdAt),
                lastUsed: t.lastUsedAt.map(Text.dateTime) ?? "aldrig", revoked: t.revokedAt.map(Text.dateTime))
        }
        let model = TokensModel(
            csrf: context.csrf, tokens: rows,
            users: users.filter(\.active).map {
                Option(value: String($0.id), label: names[$0.id] ?? $0.username, selected: false)
            },
            newToken: newToken, nameError: nameError)
        return Responses.html(
            services.pages.page(
                .adminTokens, title: "API-nycklar", model: model, context: context, path: Paths.adminTokens),
            status: nameError == nil ? .ok : .badRequest)
    }

    func issueToken(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await Form.body(request)
        guard let name = form["name"], name.count <= 100 else {
            return try await tokens(request, context, nameError: "Ge nyckeln ett namn, till exempel \"Power BI\".")
        }
        guard let userId = form["user"].flatMap({ Int64($0) }), let user = try await services.users.find(id: userId),
            user.active
        else {
            throw WebError.badRequest("Välj en aktiv användare.")
        }
        let (record, token) = try await services.tokens.issue(userId: userId, name: name)
        try await services.log(context, .tokenIssue, "token \(record.id)", "för \(user.username): \(name)")
        return try await tokens(request, context, newToken: token)
    }

    func revokeToken(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        guard let text = context.parameters.get("id"), let id = Int64(text) else { throw WebError.notFound }
        try await services.tokens.revoke(id: id)
        try await services.log(context, .tokenRevoke, "token \(id)")
        return Responses.redirect(Paths.adminTokens)
    }
}
