import Foundation
import Hummingbird
import SkillnadCore
import SkillnadStorage

/// Goals the analyses link to: list, create, view with the analyses that use it, edit.
struct GoalRoutes {
    let services: Services

    func register(_ routes: FeatureRoutes) {
        routes.readers.get("/goals") { _, context in try await self.list(context, form: nil, error: nil) }
        routes.analysts.post("/goals") { request, context in try await self.create(request, context: context) }
        routes.readers.get("/goals/{id}") { _, context in try await self.show(context, form: nil, error: nil) }
        routes.analysts.post("/goals/{id}") { request, context in try await self.update(request, context: context) }
    }

    struct ListModel {
        var csrf: String
        var canEdit: Bool
        var groups: [LevelGroup]
        var empty: Bool
        var form: FormModel
    }

    struct LevelGroup {
        var level: String
        var goals: [GoalRow]
    }

    struct GoalRow {
        var id: Int64
        var name: String
        var source: String
        var period: String
        var analyses: Int
    }

    struct FormModel {
        var name: String
        var source: String
        var period: String
        var description: String
        var levels: [Choice]
        var error: String?
    }

    static func formModel(_ goal: GoalRecord?, form: Form?, error: String?) -> FormModel {
        let level = form?["level"].flatMap(GoalLevel.init(rawValue:)) ?? goal?.level ?? .council
        return FormModel(
            name: form?["name"] ?? goal?.name ?? "", source: form?["source"] ?? goal?.source ?? "",
            period: form?["period"] ?? goal?.period ?? "", description: form?["description"] ?? goal?.description ?? "",
            levels: GoalLevel.allCases.map {
                Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == level)
            }, error: error)
    }

    func list(_ context: AppContext, form: Form?, error: String?) async throws -> Response {
        let user = try context.requireUser()
        let goals = try await services.goals.all()
        let counts = try await services.analyses.countsByGoal()
        let groups = GoalLevel.allCases.compactMap { level -> LevelGroup? in
            let rows = goals.filter { $0.level == level }.map {
                GoalRow(id: $0.id, name: $0.name, source: $0.source, period: $0.period, analyses: counts[$0.id] ?? 0)
            }
            return rows.isEmpty ? nil : LevelGroup(level: level.swedishName, goals: rows)
        }
        let model = ListModel(
            csrf: context.csrf, canEdit: user.role.canAnalyse, groups: groups, empty: goals.isEmpty,
            form: Self.formModel(nil, form: form, error: error))
        return Responses.html(
            services.pages.page(.goalList, title: "Mål", model: model, context: context, path: Paths.goals),
            status: error == nil ? .ok : .badRequest)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await Form.body(request)
        guard let fields = GoalService.Fields(form) else {
            return try await list(context, form: form, error: "Skriv målet.")
        }
        let goal = try await GoalService(services: services).create(fields, by: user, address: context.address)
        if let back = form["back"], back.hasPrefix(Paths.analyses + "/") { return Responses.redirect(back) }
        return Responses.redirect(Paths.goal(goal.id))
    }

    struct ShowModel {
        var id: Int64
        var csrf: String
        var canEdit: Bool
        var name: String
        var level: String
        var source: String
        var period: String
        var description: String
        var analyses: [LinkItem]
        var form: FormModel
    }

    func show(_ context: AppContext, form: Form?, error: String?) async throws -> Response {
        let user = try context.requireUser()
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }), let goal = try await services.goals.get(id)
        else { throw WebError.notFound }
        let analyses = try await services.analyses.forGoal(id)
        let model = ShowModel(
            id: id, csrf: context.csrf, canEdit: user.role.canAnalyse, name: goal.name, level: goal.level.swedishName,
            source: goal.source, period: goal.period, description: goal.description,
            analyses: analyses.map {
                LinkItem(href: Paths.analysis($0.id), label: $0.title, detail: $0.method.swedishName)
            }, form: Self.formModel(goal, form: form, error: error))
        return Responses.html(
            services.pages.page(.goalShow, title: goal.name, model: model, context: context, path: Paths.goals),
            status: error == nil ? .ok : .badRequest)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }), let goal = try await services.goals.get(id)
        else { throw WebError.notFound }
        let form = try await Form.body(request)
        guard let fields = GoalService.Fields(form, level: goal.level) else {
            return try await show(context, form: form, error: "Skriv målet.")
        }
        try await GoalService(services: services).update(goal, with: fields, by: user, address: context.address)
        return Responses.redirect(Paths.goal(id))
    }
}
