import Foundation
import Hummingbird
import SkillnadCore
import SkillnadGovernance
import SkillnadReport
import SkillnadStorage

/// Governance in the JSON API: the goal tree and the indicators with their signals. Readers'
/// keys get the values the cockpit shows readers (none resting on fewer people than the threshold).
extension APIRoutes {
    struct GoalJSON: Encodable {
        var id: Int64
        var name: String
        var level: String
        var owner: String
        var period: String
        var indicators: [Int64]
        var children: [GoalJSON]
    }

    struct IndicatorJSON: Encodable {
        var id: Int64
        var name: String
        var unit: String
        var category: String
        var higherIsBetter: Bool?
        var goals: [Int64]
        var status: StatusSignal.Colour
        var trend: TrendSignal.Meaning
        var quartile: QuartileSignal.Quartile
        var quartilesBySex: IndicatorSignals.SexQuartiles?
        var comparisonSet: IndicatorSignals.ComparisonSetInfo?
        var value: Double?
        var women: Double?
        var men: Double?
        var target: String?
        var period: String?
        var gap: IndicatorSignals.Gap?
        var warnings: [String]
        var values: [ValueJSON]?
    }

    struct ValueJSON: Encodable {
        var period: String
        var value: Double?
        var women: Double?
        var men: Double?
        var n: Double?
    }

    func registerGovernance(_ api: APIGroups) {
        api.authenticated.get("goals") { _, context in try await self.goals(context) }
        api.authenticated.get("indicators") { _, context in try await self.indicators(context, id: nil) }
        api.authenticated.get("indicators/{id}") { _, context in
            guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else { throw WebError.notFound }
            return try await self.indicators(context, id: id)
        }
    }

    func goals(_ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let records = try await services.goals.all()
        let indicators = try await services.indicators.all()
        let byId = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
        func json(_ node: GoalTree.Node) -> GoalJSON {
            let record = byId[node.goal.id]
            return GoalJSON(
                id: node.goal.id, name: node.goal.text, level: node.goal.level.rawValue, owner: record?.owner ?? "",
                period: record?.period ?? "",
                indicators: indicators.filter { $0.indicator.goalIds.contains(node.goal.id) }.map(\.indicator.id),
                children: node.children.map(json))
        }
        let tree = GoalTree(records.map(GovernanceRoutes.governanceGoal)).roots.map(json)
        return Responses.json(try JSONRenderer.render(["goals": tree]))
    }

    func indicators(_ context: AppContext, id: Int64?) async throws -> Response {
        let user = try context.requireUser()
        let service = GovernanceService(services: services)
        func json(_ e: GovernanceService.Evaluated, values: Bool) -> IndicatorJSON {
            let s = e.signals
            return IndicatorJSON(
                id: e.indicator.id, name: e.indicator.name, unit: e.indicator.unit,
                category: e.indicator.category.rawValue, higherIsBetter: e.indicator.higherIsBetter,
                goals: e.indicator.goalIds, status: s.status, trend: s.trend, quartile: s.quartile,
                quartilesBySex: s.quartilesBySex,
                comparisonSet: s.comparisonSet, value: s.value,
                women: e.observations.last { $0.period == s.period }?.women,
                men: e.observations.last { $0.period == s.period }?.men, target: s.target, period: s.period, gap: s.gap,
                warnings: e.warnings,
                values: values
                    ? e.observations.map {
                        ValueJSON(period: $0.period, value: $0.value, women: $0.women, men: $0.men, n: $0.n)
                    } : nil)
        }
        if let id {
            guard let one = try await service.one(id, for: user) else { throw WebError.notFound }
            return Responses.json(try JSONRenderer.render(json(one, values: true)))
        }
        let all = try await service.all(for: user).map { json($0, values: false) }
        return Responses.json(try JSONRenderer.render(["indicators": all]))
    }
}
