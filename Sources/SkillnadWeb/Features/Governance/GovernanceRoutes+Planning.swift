import Foundation
import Hummingbird
import SkillnadCharts
import SkillnadCore
import SkillnadGovernance
import SkillnadStorage

/// The planning frame with the mission description (F-4, F-5) and the guide's yearly checklists
/// (F-3, F-5.2, F-11.2, F-12.6), each answered per year and compared with the year before.
extension GovernanceRoutes {
    struct PlanningModel {
        var csrf: String
        var canEdit: Bool
        var year: String
        var budgetYear: String
        var planYears: String
        var fields: [PlanningField]
        var checklists: [LinkItem]
        var saved: Bool
        var explore: String
        var wheel: String
        var system: String
        var steps: [StepParticipation]
    }

    struct StepParticipation {
        var index: Int
        var step: String
        var options: [Choice]
        var chosen: String?
    }

    struct PlanningField {
        var key: String
        var label: String
        var text: String
    }

    static func planningKey(_ year: String) -> String { "planning.\(year)" }
    static func checklistKey(_ list: Checklist, _ year: String) -> String { "checklist.\(list.rawValue).\(year)" }

    static func currentYear() -> String { String(Calendar(identifier: .gregorian).component(.year, from: Date())) }

    /// A year written as four digits ("2026"), else nil.
    static func year(_ text: String?) -> String? {
        text.flatMap { $0.count == 4 && GovernanceService.Entry.isPeriod($0) ? $0 : nil }
    }

    /// A form's year, or the Swedish message that it needs one.
    static func requireYear(_ form: Form) throws -> String {
        guard let year = year(form["ar"]) else { throw WebError.badRequest("Ange året som fyra siffror, t.ex. 2026.") }
        return year
    }

    /// Stores a value as JSON under `key` (read back with ``decode(_:key:)``).
    func store<T: Encodable>(_ value: T, key: String) async throws {
        try await services.store.set(
            key: key, value: String(decoding: try JSONEncoder().encode(value), as: UTF8.self), expiresAt: nil)
    }

    func decode<T: Decodable>(_ type: T.Type, key: String) async throws -> T? {
        guard let text = try await services.store.get(key: key)?.value else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    func planning(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let query = Form.query(request)
        let year =
            Self.year(query["ar"]) ?? Self.currentYear()
        let stored =
            try await decode(MissionDescription.self, key: Self.planningKey(year))
            ?? MissionDescription(budgetYear: year, planYears: "\((Int(year) ?? 0) + 1)–\((Int(year) ?? 0) + 2)")
        let datasets = try await services.datasets.list()
        let model = PlanningModel(
            csrf: context.csrf, canEdit: user.role.canAnalyse, year: year, budgetYear: stored.budgetYear,
            planYears: stored.planYears,
            fields: MissionDescription.Field.allCases.map {
                PlanningField(key: $0.rawValue, label: $0.label, text: stored.fields[$0] ?? "")
            },
            checklists: Checklist.allCases.map {
                LinkItem(href: "/styrning/checklistor/\($0.rawValue)?ar=\(year)", label: $0.title, detail: $0.step)
            }, saved: query["sparat"] == "1",
            explore: datasets.first.map { "/explore?dataset=\($0.dataset.id)" } ?? "/datasets",
            wheel: GovernanceWheel.skl.svg(), system: GovernanceSystemFigure.svg(),
            steps: ParticipationLevel.steps.enumerated().map { index, step in
                let chosen = stored.participation?[step]
                return StepParticipation(
                    index: index, step: step,
                    options: [Choice(value: "", label: "Inte angivet", checked: chosen == nil)]
                        + ParticipationLevel.allCases.map {
                            Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == chosen)
                        }, chosen: chosen?.swedishName)
            })
        return Responses.html(
            services.pages.page(
                .governancePlanning, title: "Planering \(year)", model: model, context: context, path: Paths.governance)
        )
    }

    func savePlanning(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await Form.body(request)
        let year = try Self.requireYear(form)
        var fields: [MissionDescription.Field: String] = [:]
        for field in MissionDescription.Field.allCases {
            let text = (form[field.rawValue] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { fields[field] = String(text.prefix(20_000)) }
        }
        var description = MissionDescription(
            budgetYear: (form["budget"] ?? year).trimmingCharacters(in: .whitespaces),
            planYears: (form["plan"] ?? "").trimmingCharacters(in: .whitespaces), fields: fields)
        var participation: [String: ParticipationLevel] = [:]
        for (index, step) in ParticipationLevel.steps.enumerated() {
            if let level = form["steg\(index)"].flatMap(ParticipationLevel.init(rawValue:)) {
                participation[step] = level
            }
        }
        description.participation = participation.isEmpty ? nil : participation
        try await store(description, key: Self.planningKey(year))
        try await services.log(context, .goalUpdate, "planering \(year)", "uppdragsbeskrivning")
        return Responses.redirect("/styrning/planering?ar=\(year)&sparat=1")
    }

    struct ChecklistModel {
        var csrf: String
        var canEdit: Bool
        var key: String
        var title: String
        var step: String
        var year: String
        var previousYear: String
        var rows: [ChecklistQuestion]
        var summary: String
        var saved: Bool
    }

    struct ChecklistQuestion {
        var number: Int
        var question: String
        var options: [Choice]
        var comment: String
        var responsible: String
        var date: String
        var suggestion: String?
        var previous: String?
        var answer: String?
    }

    func checklist(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        guard let list = context.parameters.get("id").flatMap(Checklist.init(rawValue:)) else {
            throw WebError.notFound
        }
        let query = Form.query(request)
        let year =
            Self.year(query["ar"]) ?? Self.currentYear()
        let previousYear = String((Int(year) ?? 1) - 1)
        let answers = try await decode(ChecklistAnswers.self, key: Self.checklistKey(list, year)) ?? .init()
        let previous = try await decode(ChecklistAnswers.self, key: Self.checklistKey(list, previousYear)) ?? .init()
        let suggestions = list.suggestions(indicators: try await services.indicators.all().map(\.indicator))
        let rows = list.questions.enumerated().map { index, question -> ChecklistQuestion in
            let number = index + 1
            let entry = answers.entries[number]
            return ChecklistQuestion(
                number: number, question: question,
                options: [Choice(value: "", label: "Inte besvarad", checked: entry?.answer == nil)]
                    + GoalChecklist.Answer.allCases.map {
                        Choice(value: $0.rawValue, label: $0.swedishName, checked: entry?.answer == $0)
                    },
                comment: entry?.comment ?? "", responsible: entry?.responsible ?? "", date: entry?.date ?? "",
                suggestion: suggestions[number].map { "Förslag: \($0.answer.swedishName) – \($0.evidence)" },
                previous: previous.entries[number]?.answer.map { "\(previousYear): \($0.swedishName)" },
                answer: entry?.answer?.swedishName)
        }
        let summary = answers.summary(questions: list.questions.count)
        let model = ChecklistModel(
            csrf: context.csrf, canEdit: user.role.canAnalyse, key: list.rawValue, title: list.title, step: list.step,
            year: year, previousYear: previousYear, rows: rows,
            summary: summary.counts.map { "\($0.0.swedishName) \($0.1)" }.joined(separator: " · ")
                + " · inte besvarade \(summary.unanswered)", saved: query["sparat"] == "1")
        return Responses.html(
            services.pages.page(
                .governanceChecklist, title: "Checklista \(list.title) \(year)", model: model, context: context,
                path: Paths.governance))
    }

    func saveChecklistAnswers(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        guard let list = context.parameters.get("id").flatMap(Checklist.init(rawValue:)) else {
            throw WebError.notFound
        }
        let form = try await Form.body(request)
        let year = try Self.requireYear(form)
        var answers = ChecklistAnswers()
        for number in 1...list.questions.count {
            let date = (form["d\(number)"] ?? "").trimmingCharacters(in: .whitespaces)
            if !date.isEmpty, date.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) == nil {
                throw WebError.badRequest("Fråga \(number): skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-06-30.")
            }
            let entry = ChecklistAnswers.Entry(
                answer: form["q\(number)"].flatMap(GoalChecklist.Answer.init(rawValue:)),
                comment: String((form["c\(number)"] ?? "").prefix(2_000)),
                responsible: String((form["r\(number)"] ?? "").prefix(200)), date: date)
            if entry.answer != nil || !entry.comment.isEmpty || !entry.responsible.isEmpty || !entry.date.isEmpty {
                answers.entries[number] = entry
            }
        }
        try await store(answers, key: Self.checklistKey(list, year))
        try await services.log(
            context, .goalUpdate, "checklista \(list.rawValue) \(year)", "\(answers.entries.count) svar")
        return Responses.redirect("/styrning/checklistor/\(list.rawValue)?ar=\(year)&sparat=1")
    }
}
