import Foundation
import Hummingbird
import SkillnadCore
import SkillnadGovernance
import SkillnadStorage

/// Goals the analyses link to: list, create, view with the analyses that use it, edit.
struct GoalRoutes {
    let services: Services

    func register(_ routes: FeatureRoutes) {
        routes.readers.get("/goals") { request, context in
            // An example goal chosen as the starting point fills the form.
            let chosen = Form.query(request)["mall"].flatMap { Int($0) }.flatMap {
                EqualityTemplates.examples.indices.contains($0) ? EqualityTemplates.examples[$0] : nil
            }
            let form = chosen.map {
                Form(
                    encoded: Form.encode([
                        ("name", $0.text), ("equality", $0.level.rawValue), ("level", "kommunfullmaktige"),
                    ]))
            }
            return try await self.list(context, form: form, error: nil)
        }
        routes.analysts.post("/goals/botkyrka") { _, context in try await self.addBotkyrka(context) }
        routes.analysts.post("/goals") { request, context in try await self.create(request, context: context) }
        routes.readers.get("/goals/{id}") { _, context in try await self.show(context, form: nil, error: nil) }
        routes.analysts.post("/goals/{id}") { request, context in try await self.update(request, context: context) }
        routes.analysts.post("/goals/{id}/checklista") { request, context in
            try await self.saveChecklist(request, context: context)
        }
    }

    struct ListModel {
        var examples: [ExampleGroup]
        var tooMany: String?
        var csrf: String
        var canEdit: Bool
        var groups: [LevelGroup]
        var empty: Bool
        var form: FormModel
    }

    struct ExampleGroup {
        var level: String
        var items: [LinkItem]
    }

    /// Botkyrka's three goals with their seven indicators (seed 001), as a starting point.
    func addBotkyrka(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        for template in EqualityTemplates.botkyrka {
            let goal = try await services.goals.create(
                GoalRecord(
                    name: template.text, level: .council,
                    source: "Mall: Botkyrkas exempel (SKL, jämlikhet i styrningen)",
                    details: GoalDetails(perspectives: ["jämlikhet", "jämställdhet"])),
                by: user.id)
            try await services.log(context, .goalCreate, "mål \(goal.id)", goal.name)
            for indicator in template.indicators {
                let created = try await services.indicators.create(
                    Indicator(
                        id: 0, name: indicator.name, category: .objectiveResult, equalityLevel: .result,
                        higherIsBetter: indicator.higherIsBetter, individBased: indicator.individBased,
                        goalIds: [goal.id]),
                    by: user.id)
                try await services.log(context, .indicatorCreate, "indicator \(created.id)", created.name)
            }
        }
        return Responses.redirect(Paths.goals)
    }

    struct LevelGroup {
        var level: String
        var goals: [GoalRow]
    }

    struct GoalRow {
        var id: Int64
        var depth: Int
        var level: String
        var owner: String
        var indicators: Int
        var name: String
        var source: String
        var period: String
        var analyses: Int
    }

    struct FormModel {
        var decidedBy: String
        var decidedOn: String
        var decisionDocument: String
        var equalities: [Choice]
        var need: String
        var followUp: String
        var ambition: String
        var parents: [Choice]
        var owner: String
        var horizons: [Choice]
        var reasons: [Choice]
        var perspectives: [Choice]
        var scopes: [Choice]
        var name: String
        var source: String
        var period: String
        var description: String
        var levels: [Choice]
        var error: String?
    }

    static let perspectiveNames = [
        "jämställdhet", "jämlikhet", "folkhälsa", "barnrätt", "hållbarhet", "tillgänglighet",
    ]

    static func formModel(_ goal: GoalRecord?, all: [GoalRecord] = [], form: Form?, error: String?) -> FormModel {
        let level = form?["level"].flatMap(GoalLevel.init(rawValue:)) ?? goal?.level ?? .council
        let parent = form?["parent"].flatMap { Int64($0) } ?? goal?.parentId
        let details = goal?.details ?? GoalDetails()
        let tree = GoalTree(all.map(GovernanceRoutes.governanceGoal)).flattened.filter { $0.goal.id != goal?.id }
        let equality = form?["equality"] ?? details.equalityLevel ?? ""
        return FormModel(
            decidedBy: form?["decided_by"] ?? details.decidedBy ?? "",
            decidedOn: form?["decided_on"] ?? details.decidedOn ?? "",
            decisionDocument: form?["decision_document"] ?? details.decisionDocument ?? "",
            equalities: [Choice(value: "", label: "Inte ett jämlikhetsmål", checked: equality.isEmpty)]
                + EqualityLevel.allCases.map {
                    Choice(
                        value: $0.rawValue, label: "Jämlikhetsmål – \($0.rawValue)nivå",
                        checked: equality == $0.rawValue)
                },
            need: form?["need"] ?? details.need ?? "", followUp: form?["followup"] ?? details.followUp ?? "",
            ambition: form?["ambition"] ?? details.ambition ?? "",
            parents: [Choice(value: "", label: "Inget – ett övergripande mål", checked: parent == nil)]
                + tree.map {
                    Choice(
                        value: String($0.goal.id), label: String(repeating: "– ", count: $0.depth) + $0.goal.text,
                        checked: $0.goal.id == parent)
                },
            owner: form?["owner"] ?? goal?.owner ?? "",
            horizons: [("", "Inte angivet"), ("kort", "Kortsiktigt"), ("lang", "Långsiktigt")].map {
                Choice(value: $0.0, label: $0.1, checked: (details.horizon ?? "") == $0.0)
            },
            reasons: [("", "Inte angivet"), ("strategiskt", "Strategiskt viktigt"), ("problemomrade", "Problemområde")]
                .map {
                    Choice(value: $0.0, label: $0.1, checked: (details.reason ?? "") == $0.0)
                },
            perspectives: Self.perspectiveNames.map {
                Choice(value: $0, label: $0, checked: details.perspectives.contains($0))
            },
            scopes: [("", "Inte angivet"), ("flera", "Alla eller de flesta verksamheter"), ("en", "En verksamhet")].map
            {
                let chosen = details.concernsMostActivities.map { $0 ? "flera" : "en" } ?? ""
                return Choice(value: $0.0, label: $0.1, checked: chosen == $0.0)
            },
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
        let indicators = try await services.indicators.all()
        let byId = Dictionary(uniqueKeysWithValues: goals.map { ($0.id, $0) })
        let rows = GoalTree(goals.map(GovernanceRoutes.governanceGoal)).flattened.compactMap { item -> GoalRow? in
            guard let goal = byId[item.goal.id] else { return nil }
            return GoalRow(
                id: goal.id, depth: min(item.depth, 5), level: goal.level.swedishName, owner: goal.owner,
                indicators: indicators.filter { $0.indicator.goalIds.contains(goal.id) }.count, name: goal.name,
                source: goal.source, period: goal.period, analyses: counts[goal.id] ?? 0)
        }
        let groups = rows.isEmpty ? [] : [LevelGroup(level: "Den röda tråden", goals: rows)]
        let model = ListModel(
            examples: EqualityLevel.allCases.map { level in
                ExampleGroup(
                    level: level.swedishName.replacingOccurrences(of: "indikator", with: "nivå"),
                    items: EqualityTemplates.examples.enumerated().filter { $0.element.level == level }.map {
                        LinkItem(
                            href: Paths.goals + "?mall=\($0.offset)#h-new-goal", label: $0.element.text, detail: "")
                    })
            },
            tooMany: GoalTree(goals.map(GovernanceRoutes.governanceGoal)).tooManyCouncilGoals(), csrf: context.csrf,
            canEdit: user.role.canAnalyse, groups: groups, empty: goals.isEmpty,
            form: Self.formModel(nil, all: goals, form: form, error: error))
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
        if let problem = fields.equalityProblem { return try await list(context, form: form, error: problem) }
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
        var indicators: [LinkItem]
        var owner: String
        var parent: LinkItem?
        var form: FormModel
        var warnings: [String]
        var checklist: [ChecklistRow]
        var checklistSaved: Bool
    }

    struct ChecklistRow {
        var number: Int
        var question: String
        var options: [Choice]
        var comment: String
        var suggestion: String?
        var answer: String?
    }

    func show(_ context: AppContext, form: Form?, error: String?) async throws -> Response {
        let user = try context.requireUser()
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }), let goal = try await services.goals.get(id)
        else { throw WebError.notFound }
        let analyses = try await services.analyses.forGoal(id)
        var parent: GoalRecord?
        if let parentId = goal.parentId { parent = try await services.goals.get(parentId) }
        let indicators = try await services.indicators.all().map(\.indicator)
        let governance = GovernanceRoutes.governanceGoal(goal)
        let suggestions = GoalChecklist.suggestions(governance, indicators: indicators)
        let answers = goal.details.checklist ?? [:]
        let checklist = GoalChecklist.questions.enumerated().map { index, question -> ChecklistRow in
            let number = index + 1
            let answer = answers[String(number)]
            return ChecklistRow(
                number: number, question: question,
                options: [Choice(value: "", label: "Inte besvarad", checked: answer == nil)]
                    + GoalChecklist.Answer.allCases.map {
                        Choice(value: $0.rawValue, label: $0.swedishName, checked: answer == $0.rawValue)
                    },
                comment: goal.details.checklistComments?[String(number)] ?? "",
                suggestion: suggestions[number].map { "Förslag: \($0.answer.swedishName) – \($0.evidence)" },
                answer: answer.flatMap(GoalChecklist.Answer.init(rawValue:))?.swedishName)
        }
        let model = ShowModel(
            id: id, csrf: context.csrf, canEdit: user.role.canAnalyse, name: goal.name, level: goal.level.swedishName,
            source: goal.source, period: goal.period, description: goal.description,
            analyses: analyses.map {
                LinkItem(href: Paths.analysis($0.id), label: $0.title, detail: $0.method.swedishName)
            },
            indicators: try await services.indicators.all().filter { $0.indicator.goalIds.contains(id) }.map {
                LinkItem(
                    href: Paths.indicator($0.indicator.id), label: $0.indicator.name,
                    detail: $0.indicator.category.swedishName)
            }, owner: goal.owner,
            parent: parent.map { LinkItem(href: Paths.goal($0.id), label: $0.name, detail: $0.level.swedishName) },
            form: Self.formModel(goal, all: try await services.goals.all(), form: form, error: error),
            warnings: GovernanceRules.goalWarnings(governance, indicators: indicators), checklist: checklist,
            checklistSaved: false)
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
        if let problem = fields.equalityProblem { return try await show(context, form: form, error: problem) }
        try await GoalService(services: services).update(goal, with: fields, by: user, address: context.address)
        return Responses.redirect(Paths.goal(id))
    }

    /// Saves the goal's answers to "CHECKLISTA Sätta mål".
    func saveChecklist(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }), var goal = try await services.goals.get(id)
        else { throw WebError.notFound }
        let form = try await Form.body(request)
        var answers: [String: String] = [:]
        var comments: [String: String] = [:]
        for number in 1...GoalChecklist.questions.count {
            if let answer = form["q\(number)"].flatMap(GoalChecklist.Answer.init(rawValue:)) {
                answers[String(number)] = answer.rawValue
            }
            let comment = (form["c\(number)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !comment.isEmpty { comments[String(number)] = String(comment.prefix(2_000)) }
        }
        goal.details.checklist = answers
        goal.details.checklistComments = comments
        try await services.goals.update(goal)
        try await services.audit.append(
            AuditEntry(
                at: Storage.now, userId: user.id, username: user.username, action: .goalUpdate, object: "mål \(id)",
                detail: "checklista Sätta mål: \(answers.count) svar", address: context.address))
        return Responses.redirect(Paths.goal(id) + "#checklista")
    }
}
