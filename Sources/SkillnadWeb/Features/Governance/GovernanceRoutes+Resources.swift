import Foundation
import Hummingbird
import SkillnadCore
import SkillnadGovernance
import SkillnadStorage

/// Resource allocation for a planning year (F-8): the amount per nämnd or verksamhet with the
/// principle behind it and the goal it funds, the volume and unforeseen-event rules, and the
/// resource indicators followed up by kön (the checklist's question 5).
extension GovernanceRoutes {
    struct ResourcesModel {
        var csrf: String
        var canEdit: Bool
        var year: String
        var saved: Bool
        var errors: [String]
        var hasErrors: Bool
        var rows: [AllocationRow]
        var lastRow: Int
        var total: String
        var unlinked: String
        var hasUnlinked: Bool
        var principles: String
        var volumeModel: String
        var unforeseen: String
        var indicators: [ResourceIndicatorRow]
        var hasIndicators: Bool
        var checklist: String
        var explore: String
    }

    struct AllocationRow {
        var index: Int
        var blank: Bool
        var unit: String
        var area: String
        var amount: String
        var principle: String
        var goals: [Choice]
        var goalNames: String
    }

    struct ResourceIndicatorRow {
        var href: String
        var name: String
        var value: String
        var period: String
        var sexes: String?
        var gap: String?
        var note: String?
    }

    static func resourcesKey(_ year: String) -> String { "resources.\(year)" }

    func resources(_ request: Request, context: AppContext) async throws -> Response {
        let query = Form.query(request)
        let year = Self.year(query["ar"])
        return try await resources(
            year: year ?? Self.currentYear(), draft: nil, errors: [], saved: query["sparat"] == "1", context: context)
    }

    func resources(
        year: String, draft: ResourceAllocation?, errors: [String], saved: Bool, context: AppContext
    ) async throws -> Response {
        let user = try context.requireUser()
        let stored = try await decode(ResourceAllocation.self, key: Self.resourcesKey(year))
        let allocation = draft ?? stored ?? ResourceAllocation()
        let goals = try await services.goals.all()
        let names = Dictionary(uniqueKeysWithValues: goals.map { ($0.id, $0.name) })
        var rows = allocation.rows.enumerated().map { index, row in
            AllocationRow(
                index: index, blank: false, unit: row.unit, area: row.area,
                amount: row.amount.map { SwedishFormat.number($0, decimals: 0) } ?? "", principle: row.principle,
                goals: Self.goalChoices(goals, chosen: row.goalIds.first),
                goalNames: row.goalIds.compactMap { names[$0] }.joined(separator: "; "))
        }
        if user.role.canAnalyse {
            rows.append(
                AllocationRow(
                    index: rows.count, blank: true, unit: "", area: "", amount: "", principle: "",
                    goals: Self.goalChoices(goals, chosen: nil), goalNames: ""))
        }
        let evaluated = try await GovernanceService(services: services).all(for: user)
            .filter { $0.indicator.category == .resources }
        let indicators = evaluated.map { e in
            let view = SignalView(
                e.signals, unit: e.indicator.unit, kind: e.indicator.valueKind, latest: e.observations.last)
            return ResourceIndicatorRow(
                href: Paths.indicator(e.indicator.id), name: e.indicator.name, value: view.value, period: view.period,
                sexes: view.sexes, gap: view.gap,
                note: view.sexes == nil ? "Redovisas inte efter kön." : nil)
        }
        let datasets = try await services.datasets.list()
        let model = ResourcesModel(
            csrf: context.csrf, canEdit: user.role.canAnalyse, year: year,
            saved: saved, errors: errors, hasErrors: !errors.isEmpty, rows: rows,
            lastRow: max(0, rows.count - 1), total: SwedishFormat.number(allocation.total, decimals: 0),
            unlinked: allocation.withoutGoal.map { $0.unit + ($0.area.isEmpty ? "" : " (\($0.area))") }
                .joined(separator: "; "),
            hasUnlinked: !allocation.withoutGoal.isEmpty, principles: allocation.principles,
            volumeModel: allocation.volumeModel, unforeseen: allocation.unforeseen, indicators: indicators,
            hasIndicators: !indicators.isEmpty,
            checklist: "/styrning/checklistor/\(Checklist.resourceAllocation.rawValue)?ar=\(year)",
            explore: datasets.first.map { "/explore?dataset=\($0.dataset.id)" } ?? "/datasets")
        return Responses.html(
            services.pages.page(
                .governanceResources, title: "Resursfördelning \(year)", model: model, context: context,
                path: Paths.governance),
            status: errors.isEmpty ? .ok : .badRequest)
    }

    static func goalChoices(_ goals: [GoalRecord], chosen: Int64?) -> [Choice] {
        [Choice(value: "", label: "Inget mål valt", checked: chosen == nil)]
            + goals.map { Choice(value: String($0.id), label: $0.name, checked: $0.id == chosen) }
    }

    func saveResources(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await Form.body(request)
        let year = try Self.requireYear(form)
        var errors: [String] = []
        var allocation = ResourceAllocation(
            principles: form.text("principles"), volumeModel: form.text("volumeModel"),
            unforeseen: form.text("unforeseen"))
        let last = min(max(form["rows"].flatMap { Int($0) } ?? 0, 0), 200)
        for i in 0...last {
            let unit = form.text("r\(i)_unit", limit: 200)
            guard !unit.isEmpty else { continue }
            let amountText = form.text("r\(i)_amount", limit: 40)
            var amount: Double?
            if !amountText.isEmpty {
                let cleaned = amountText.filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
                if let value = Double(cleaned), value.isFinite, value >= 0 {
                    amount = value
                } else {
                    errors.append("\(unit): beloppet ”\(amountText)” är inget tal. Skriv tusen kronor, t.ex. 12 500.")
                }
            }
            allocation.rows.append(
                ResourceAllocation.Row(
                    unit: unit, area: form.text("r\(i)_area", limit: 200), amount: amount,
                    principle: form.text("r\(i)_principle"),
                    goalIds: form["r\(i)_goal"].flatMap { Int64($0) }.map { [$0] } ?? []
                ))
        }
        guard errors.isEmpty else {
            return try await resources(year: year, draft: allocation, errors: errors, saved: false, context: context)
        }
        try await store(allocation, key: Self.resourcesKey(year))
        try await services.log(
            context, .goalUpdate, "resursfördelning \(year)", "\(allocation.rows.count) rader")
        return Responses.redirect("/styrning/resurser?ar=\(year)&sparat=1")
    }
}
