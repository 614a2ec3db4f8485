import Foundation
import Hummingbird
import SkillnadCore
import SkillnadGovernance
import SkillnadStorage

/// "Kommunens Kvalitet i Korthet": the year's overview per KKiK area with the three signals per
/// indicator and a text on what happened in the area (F-12.9), and the 2014 catalogue an
/// administrator adds to the goal tree in one step (F-2.2).
extension GovernanceRoutes {
    struct KKiKModel {
        var municipality: String
        var year: String
        var years: [Choice]
        var areas: [KKiKAreaModel]
        var isAdmin: Bool
        var canEdit: Bool
        var csrf: String
        var catalogue: [CatalogueArea]
        var goals: [Choice]
        var hasGoals: Bool
        var added: String?
    }

    struct KKiKAreaModel {
        var key: String
        var name: String
        var index: String?
        var indexClass: String
        var rows: [CockpitRow]
        var hasRows: Bool
        var text: String
    }

    struct CatalogueArea {
        var name: String
        var entries: [CatalogueEntry]
    }

    struct CatalogueEntry {
        var index: Int
        var label: String
        var present: Bool
    }

    static func kkikKey(_ year: String, _ area: KKiKArea) -> String { "kkik.\(year).\(area.rawValue)" }

    func kkik(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let service = GovernanceService(services: services)
        let all = try await service.all(for: user).filter { $0.indicator.kkikArea != nil }
        let own = try await service.municipality()
        let years = Set(all.flatMap { $0.observations.map(\.period) }).filter { $0.count == 4 }
            .sorted(by: >)
        let query = Form.query(request)
        let year = query["ar"].flatMap { years.contains($0) ? $0 : nil } ?? years.first ?? ""
        var areas: [KKiKAreaModel] = []
        for area in KKiKArea.allCases {
            let rows = all.filter { $0.indicator.kkikArea == area }.map { e -> CockpitRow in
                // The signals as they stood that year.
                let upTo = e.observations.filter { !PeriodOrder.before(year, $0.period) }
                let values = e.values.filter { !PeriodOrder.before(year, $0.period) }
                let comparison = GovernanceService.comparison(
                    e.indicator, values: values, period: year, unit: GovernanceService.unit(of: e.indicator, own: own))
                let signals = IndicatorSignals.evaluate(e.indicator, observations: upTo, comparison: comparison)
                return CockpitRow(
                    id: e.indicator.id, name: e.indicator.name,
                    signal: SignalView(
                        signals, unit: e.indicator.unit, kind: e.indicator.valueKind,
                        latest: upTo.last { $0.value != nil }),
                    spark: "", warning: !e.warnings.isEmpty)
            }
            let text = try await services.store.get(key: Self.kkikKey(year, area))?.value ?? ""
            // The area's result index among every municipality with values that year.
            let measures = all.filter { $0.indicator.kkikArea == area }.compactMap { e -> ResultIndex.Measure? in
                guard let higher = e.indicator.higherIsBetter else { return nil }
                let values = e.values.totals(period: year)
                return values.count > 1 ? ResultIndex.Measure(higherIsBetter: higher, values: values) : nil
            }
            let indices = ResultIndex.indices(measures)
            var indexText: String?
            var indexClass = "q-none"
            if let mine = indices[own] {
                let box = QuartileSignal.evaluate(
                    own: mine, others: indices.filter { $0.key != own }.map(\.value), higherIsBetter: true,
                    comparisonSet: "alla kommuner med värden")
                indexText =
                    "Resultatindex \(SwedishFormat.number(mine, decimals: 0)) av 100 (medelvärdet av \(measures.count) måtts "
                    + "percentilrang, bäst = 100): \(box.quartile.label) bland \(box.setSize) kommuner."
                indexClass = SignalView.quartileClass(box.quartile)
            }
            areas.append(
                KKiKAreaModel(
                    key: area.rawValue, name: area.swedishName, index: indexText, indexClass: indexClass, rows: rows,
                    hasRows: !rows.isEmpty, text: text))
        }
        let names = Set(all.map { $0.indicator.name })
        let catalogue = KKiKArea.allCases.map { area in
            CatalogueArea(
                name: area.swedishName,
                entries: KKiKCatalogue.entries.enumerated().filter { $0.element.area == area }.map { index, entry in
                    CatalogueEntry(
                        index: index, label: (entry.number.map { "\($0). " } ?? "") + entry.question,
                        present: names.contains(entry.question))
                })
        }
        let goals = try await services.goals.all()
        let model = KKiKModel(
            municipality: own, year: year,
            years: years.map { Choice(value: $0, label: $0, checked: $0 == year) }, areas: areas,
            isAdmin: user.role == .admin, canEdit: user.role.canAnalyse, csrf: context.csrf, catalogue: catalogue,
            goals: GoalTree(goals.map(Self.governanceGoal)).flattened.map {
                Choice(
                    value: String($0.goal.id), label: String(repeating: "– ", count: $0.depth) + $0.goal.text,
                    checked: false)
            }, hasGoals: !goals.isEmpty, added: query["tillagda"].map { "\($0) indikatorer lades till." })
        return Responses.html(
            services.pages.page(
                .governanceKKiK, title: "Kommunens Kvalitet i Korthet \(year)", model: model, context: context,
                path: Paths.governance))
    }

    /// Saves the year's text for an area.
    func saveKKiKText(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await Form.body(request)
        guard let year = form["ar"], GovernanceService.Entry.isPeriod(year),
            let area = form["omrade"].flatMap(KKiKArea.init(rawValue:))
        else { throw WebError.badRequest("Välj år och område.") }
        let text = String((form["text"] ?? "").prefix(10_000))
        try await services.store.set(key: Self.kkikKey(year, area), value: text, expiresAt: nil)
        try await services.log(context, .goalUpdate, "kkik \(year) \(area.rawValue)", "redogörelse")
        return Responses.redirect(Paths.kkik + "?ar=\(year)#\(area.rawValue)")
    }

    /// Adds the chosen catalogue measures as indicators of a goal (administrators).
    func addFromCatalogue(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await Form.body(request)
        guard let goal = form["goal"].flatMap({ Int64($0) }), try await services.goals.get(goal) != nil else {
            throw WebError.badRequest("Välj målet som KKiK-måtten ska följa upp.")
        }
        let chosen = form.all("matt").compactMap { Int($0) }.filter { KKiKCatalogue.entries.indices.contains($0) }
        guard !chosen.isEmpty else { throw WebError.badRequest("Välj minst ett mått ur katalogen.") }
        let existing = Set(try await services.indicators.all().map(\.indicator.name))
        var added = 0
        for index in chosen {
            let entry = KKiKCatalogue.entries[index]
            guard !existing.contains(entry.question) else { continue }
            let kpi = (form["kpi_\(index)"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
            let source: Indicator.Source =
                kpi.wholeMatch(of: /[A-Z][0-9]{5}/) != nil
                ? .kolada(kpi: kpi, municipality: (form["kpi_unit"] ?? "").trimmingCharacters(in: .whitespaces))
                : .manual
            let created = try await services.indicators.create(
                Indicator(
                    id: 0, name: entry.question, category: entry.category, higherIsBetter: entry.higherIsBetter,
                    source: source, goalIds: [goal], kkikArea: entry.area),
                by: user.id)
            try await services.log(context, .indicatorCreate, "indicator \(created.id)", "KKiK: \(entry.question)")
            added += 1
        }
        return Responses.redirect(Paths.kkik + "?tillagda=\(added)")
    }
}
