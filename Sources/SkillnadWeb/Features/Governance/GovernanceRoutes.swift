import Foundation
import Hummingbird
import SkillnadCharts
import SkillnadCore
import SkillnadGovernance
import SkillnadStorage

/// The cockpit ("kontrollrummet"): one row per indicator with status face, trend arrow,
/// quartile box, women–men gap, latest value against target and a sparkline; grouped by goal,
/// owner or KKiK area; deviations first.
struct GovernanceRoutes {
    let services: Services

    func register(_ routes: FeatureRoutes) {
        routes.readers.get("/styrning") { request, context in try await self.cockpit(request, context: context) }
        routes.readers.get("/styrning/planering") { request, context in
            try await self.planning(request, context: context)
        }
        routes.analysts.post("/styrning/planering") { request, context in
            try await self.savePlanning(request, context: context)
        }
        routes.readers.get("/styrning/resurser") { request, context in
            try await self.resources(request, context: context)
        }
        routes.analysts.post("/styrning/resurser") { request, context in
            try await self.saveResources(request, context: context)
        }
        routes.readers.get("/styrning/checklistor/{id}") { request, context in
            try await self.checklist(request, context: context)
        }
        routes.analysts.post("/styrning/checklistor/{id}") { request, context in
            try await self.saveChecklistAnswers(request, context: context)
        }
        routes.readers.get("/styrning/kkik") { request, context in try await self.kkik(request, context: context) }
        routes.analysts.post("/styrning/kkik/text") { request, context in
            try await self.saveKKiKText(request, context: context)
        }
        routes.admins.post("/styrning/kkik/katalog") { request, context in
            try await self.addFromCatalogue(request, context: context)
        }
        routes.analysts.get("/styrning/indikatorer/ny") { request, context in
            try await self.indicatorForm(request, context: context)
        }
        routes.analysts.post("/styrning/indikatorer") { request, context in
            try await self.createIndicator(request, context: context)
        }
        routes.readers.get("/styrning/indikatorer/{id}") { request, context in
            try await self.indicator(request, context: context)
        }
        routes.analysts.get("/styrning/indikatorer/{id}/andra") { request, context in
            try await self.indicatorForm(request, context: context)
        }
        routes.analysts.post("/styrning/indikatorer/{id}") { request, context in
            try await self.updateIndicator(request, context: context)
        }
        routes.analysts.post("/styrning/indikatorer/{id}/varden") { request, context in
            try await self.saveValues(request, context: context)
        }
        routes.analysts.post("/styrning/indikatorer/{id}/hamta") { request, context in
            try await self.refresh(request, context: context)
        }
    }

    struct CockpitModel {
        var municipality: String
        var groups: [CockpitGroup]
        var empty: Bool
        var canEdit: Bool
        var groupings: [Choice]
        var filters: [Choice]
        var shown: String
        var counts: String
    }

    struct CockpitGroup {
        var title: String
        var rows: [CockpitRow]
    }

    struct CockpitRow {
        var id: Int64
        var name: String
        var signal: SignalView
        var spark: String
        var warning: Bool
    }

    func cockpit(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let query = Form.query(request)
        let grouping = query["grupp"] ?? "mal"
        let filter = query["visa"] ?? "alla"
        let service = GovernanceService(services: services)
        let evaluated = try await service.all(for: user)
        let goals = try await services.goals.all()
        let tree = GoalTree(goals.map(Self.governanceGoal))
        var topOf: [Int64: GovernanceGoal] = [:]
        for root in tree.roots {
            func mark(_ node: GoalTree.Node) {
                topOf[node.goal.id] = root.goal
                node.children.forEach(mark)
            }
            mark(root)
        }
        let shown = evaluated.filter { e in
            switch filter {
            case "avvikelser": SignalView.isDeviation(e.signals)
            case "positiva": SignalView.isPositive(e.signals)
            default: true
            }
        }.sorted {
            (SignalView.severity($0.signals), $0.indicator.name) < (SignalView.severity($1.signals), $1.indicator.name)
        }
        var groups: [CockpitGroup] = []
        func add(_ title: String, _ e: GovernanceService.Evaluated) {
            let row = CockpitRow(
                id: e.indicator.id, name: e.indicator.name,
                signal: SignalView(
                    e.signals, unit: e.indicator.unit, kind: e.indicator.valueKind,
                    latest: e.observations.last { $0.value != nil }),
                spark: Sparkline(
                    values: e.observations.suffix(6).map(\.value),
                    label: e.observations.suffix(6).map {
                        "\($0.period): \($0.value.map { SwedishFormat.number($0, decimals: 1) } ?? "–")"
                    }.joined(separator: ", ")
                ).svg(), warning: !e.warnings.isEmpty)
            if let i = groups.firstIndex(where: { $0.title == title }) {
                groups[i].rows.append(row)
            } else {
                groups.append(CockpitGroup(title: title, rows: [row]))
            }
        }
        for e in shown {
            switch grouping {
            case "kkik": add(e.indicator.kkikArea?.swedishName ?? "Utanför KKiK", e)
            case "agare":
                let owners = e.indicator.goalIds.compactMap { id in goals.first { $0.id == id }?.owner }
                    .filter { !$0.isEmpty }
                add(owners.first ?? "Ingen ansvarig angiven", e)
            default:
                let tops = e.indicator.goalIds.compactMap { topOf[$0]?.text }
                add(tops.first ?? "Inte kopplad till något mål", e)
            }
        }
        let deviations = evaluated.filter { SignalView.isDeviation($0.signals) }.count
        let model = CockpitModel(
            municipality: try await service.municipality(), groups: groups, empty: evaluated.isEmpty,
            canEdit: user.role.canAnalyse,
            groupings: [("mal", "Målområde"), ("agare", "Nämnd/ansvarig"), ("kkik", "KKiK-område")].map {
                Choice(value: $0.0, label: $0.1, checked: grouping == $0.0)
            },
            filters: [("alla", "Alla"), ("avvikelser", "Bara avvikelser"), ("positiva", "Positiva avvikelser")].map {
                Choice(value: $0.0, label: $0.1, checked: filter == $0.0)
            }, shown: Text.count(shown.count),
            counts: "\(Text.count(evaluated.count)) indikatorer, \(Text.count(deviations)) med avvikelse")
        return Responses.html(
            services.pages.page(
                .governanceCockpit, title: "Styrning", model: model, context: context, path: Paths.governance))
    }

    static func governanceGoal(_ record: GoalRecord) -> GovernanceGoal {
        GovernanceGoal(
            id: record.id, text: record.name, level: record.level, parentId: record.parentId, owner: record.owner,
            period: record.period, concernsMostActivities: record.details.concernsMostActivities)
    }
}
