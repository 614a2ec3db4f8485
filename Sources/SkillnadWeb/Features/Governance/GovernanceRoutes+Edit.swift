import Foundation
import Hummingbird
import SkillnadCore
import SkillnadGovernance
import SkillnadStorage

/// Creating and changing an indicator (analysts). An indicator is attached to goals already
/// saved: "först formulera målet och därefter identifiera indikatorer" (seed 001, E-7.2).
extension GovernanceRoutes {
    struct FormPage {
        var csrf: String
        var action: String
        var title: String
        var isNew: Bool
        var id: Int64
        var name: String
        var definition: String
        var unit: String
        var categories: [Choice]
        var categoryHelp: [Choice]
        var influences: [Choice]
        var equalities: [Choice]
        var directions: [Choice]
        var periodicities: [Choice]
        var sources: [Choice]
        var kpi: String
        var kpiUnit: String
        var datasets: [Choice]
        var outcome: String
        var individ: Bool
        var waiver: String
        var goals: [Choice]
        var hasGoals: Bool
        var targets: String
        var baselinePeriod: String
        var baselineValue: String
        var tolerance: String
        var areas: [Choice]
        var setName: String
        var setMembers: String
        var errors: [String]
        var hasErrors: Bool
        var knowledge: [KnowledgeField]
        var published: Bool
        var targetOnGap: Bool
        var kinds: [Choice]
        var subgroups: [Choice]
        var actors: [Choice]
        var actorHelp: String
        var costs: [Choice]
        var influenceReason: String
    }

    struct KnowledgeField {
        var key: String
        var question: String
        var answer: String
    }

    func indicatorForm(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        if context.parameters.get("id") != nil {
            guard let record = try await services.indicators.get(try indicatorId(context)) else {
                throw WebError.notFound
            }
            return try await formPage(record.indicator, form: nil, errors: [], context: context)
        }
        let goal = Form.query(request)["mal"].flatMap { Int64($0) }
        let blank = Indicator(
            id: 0, name: "", category: .objectiveResult, higherIsBetter: true, goalIds: goal.map { [$0] } ?? [])
        return try await formPage(blank, form: nil, errors: [], context: context)
    }

    func formPage(_ i: Indicator, form: Form?, errors: [String], context: AppContext) async throws -> Response {
        let goals = try await services.goals.all()
        let datasets = try await services.datasets.list()
        var kpi = ""
        var kpiUnit = try await GovernanceService(services: services).municipality()
        var datasetId: Int64?
        var outcome = ""
        let sourceKind: String
        switch i.source {
        case .manual: sourceKind = "manuell"
        case .kolada(let k, let u):
            sourceKind = "kolada"
            kpi = k
            kpiUnit = u
        case .dataset(let id, let o, _):
            sourceKind = "dataset"
            datasetId = id
            outcome = o
        }
        let targets = i.targets.sorted { PeriodOrder.before($0.key, $1.key) }.map { period, target -> String in
            switch target {
            case .value(let v): "\(period): \(SwedishFormat.plain(v))"
            case .direction(let d): "\(period): \(d.swedishName)"
            }
        }.joined(separator: "\n")
        let page = FormPage(
            csrf: context.csrf, action: i.id == 0 ? Paths.indicatorsSection : Paths.indicator(i.id),
            title: i.id == 0 ? "Ny indikator" : "Ändra \(i.name)", isNew: i.id == 0, id: i.id,
            name: form?["name"] ?? i.name, definition: form?["definition"] ?? i.definition,
            unit: form?["unit"] ?? i.unit,
            categories: IndicatorCategory.allCases.map {
                Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == i.category)
            },
            categoryHelp: IndicatorCategory.allCases.map {
                Choice(value: $0.swedishName, label: $0.definition, checked: false)
            },
            influences: [Choice(value: "", label: "Inte bedömd", checked: i.influence == nil)]
                + InfluenceDegree.allCases.map {
                    Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == i.influence)
                },
            equalities: [
                Choice(value: "", label: "Ingen (inte en jämlikhetsindikator)", checked: i.equalityLevel == nil)
            ]
                + EqualityLevel.allCases.map {
                    Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == i.equalityLevel)
                },
            directions: [
                ("hogre", "Högre är bättre", i.higherIsBetter == true),
                ("lagre", "Lägre är bättre", i.higherIsBetter == false), ("okand", "Okänd", i.higherIsBetter == nil),
            ].map {
                Choice(value: $0.0, label: $0.1, checked: $0.2)
            },
            periodicities: Indicator.Periodicity.allCases.map {
                Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == i.periodicity)
            },
            sources: [("manuell", "Inmatas per period"), ("kolada", "Kolada"), ("dataset", "Ett dataset")].map {
                Choice(value: $0.0, label: $0.1, checked: sourceKind == $0.0)
            }, kpi: kpi, kpiUnit: kpiUnit,
            datasets: datasets.map {
                Choice(value: String($0.dataset.id), label: $0.dataset.name, checked: $0.dataset.id == datasetId)
            }, outcome: outcome, individ: i.individBased, waiver: i.sexSplitWaiver ?? "",
            goals: GoalTree(goals.map(Self.governanceGoal)).flattened.map { item in
                Choice(
                    value: String(item.goal.id),
                    label: String(repeating: "– ", count: item.depth) + item.goal.text
                        + " (\(item.goal.level.swedishName))",
                    checked: i.goalIds.contains(item.goal.id))
            }, hasGoals: !goals.isEmpty, targets: form?["targets"] ?? targets,
            baselinePeriod: form?["baseline_period"] ?? i.baseline?.period ?? "",
            baselineValue: form?["baseline_value"] ?? i.baseline?.value.map { SwedishFormat.plain($0) } ?? "",
            tolerance: form?["tolerance"] ?? SwedishFormat.plain(i.tolerance * 100),
            areas: [Choice(value: "", label: "Inte en KKiK-indikator", checked: i.kkikArea == nil)]
                + KKiKArea.allCases.map { Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == i.kkikArea) },
            setName: i.comparisonSet?.name ?? "", setMembers: i.comparisonSet?.members.joined(separator: ", ") ?? "",
            errors: errors, hasErrors: !errors.isEmpty,
            knowledge: KnowledgeQuestion.allCases.map {
                KnowledgeField(
                    key: $0.rawValue, question: $0.text, answer: form?["k_\($0.rawValue)"] ?? i.knowledge?[$0] ?? "")
            }, published: i.publishedToResidents ?? false, targetOnGap: i.targetOnGap ?? false,
            kinds: Indicator.ValueKind.allCases.map {
                Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == (i.valueKind ?? .number))
            },
            subgroups: [Choice(value: "", label: "Ingen", checked: i.resultSubgroup == nil)]
                + ResultSubgroup.allCases.map {
                    Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == i.resultSubgroup)
                },
            actors: [Choice(value: "", label: "Inte bedömd", checked: i.actorLevel == nil)]
                + ActorLevel.allCases.map {
                    Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == i.actorLevel)
                },
            actorHelp: ActorLevel.explanation,
            costs: [Choice(value: "", label: "Ingen", checked: i.costIndicatorId == nil)]
                + (try await services.indicators.all()).filter {
                    $0.indicator.category == .resources && $0.indicator.id != i.id
                }
                .map {
                    Choice(
                        value: String($0.indicator.id), label: $0.indicator.name,
                        checked: $0.indicator.id == i.costIndicatorId)
                }, influenceReason: i.smallInfluenceReason ?? "")
        return Responses.html(
            services.pages.page(
                .governanceIndicatorForm, title: page.title, model: page, context: context, path: Paths.governance),
            status: errors.isEmpty ? .ok : .badRequest)
    }

    func createIndicator(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await Form.body(request)
        let base = Indicator(id: 0, name: "", category: .objectiveResult, higherIsBetter: true)
        let parsed = IndicatorForm(form, base: base)
        var errors = Array(parsed.errors.values).sorted()
        if parsed.indicator.goalIds.isEmpty {
            errors.append(
                "Välj målet indikatorn följer upp. Formulera målet först och identifiera sedan indikatorerna, så att tillgången på data inte styr målet."
            )
        }
        guard errors.isEmpty else {
            return try await formPage(parsed.indicator, form: form, errors: errors, context: context)
        }
        let created = try await services.indicators.create(parsed.indicator, by: user.id)
        try await services.log(context, .indicatorCreate, "indicator \(created.id)", created.name)
        return Responses.redirect(Paths.indicator(created.id))
    }

    func updateIndicator(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        guard let record = try await services.indicators.get(try indicatorId(context)) else { throw WebError.notFound }
        let form = try await Form.body(request)
        let parsed = IndicatorForm(form, base: record.indicator)
        var errors = Array(parsed.errors.values).sorted()
        if parsed.indicator.goalIds.isEmpty { errors.append("Välj minst ett mål som indikatorn följer upp.") }
        guard errors.isEmpty else {
            return try await formPage(parsed.indicator, form: form, errors: errors, context: context)
        }
        try await services.indicators.update(parsed.indicator)
        try await services.log(context, .indicatorUpdate, "indicator \(record.indicator.id)", parsed.indicator.name)
        return Responses.redirect(Paths.indicator(record.indicator.id))
    }
}
