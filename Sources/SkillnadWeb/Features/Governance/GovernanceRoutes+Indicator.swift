import Foundation
import Hummingbird
import SkillnadCharts
import SkillnadCore
import SkillnadGovernance
import SkillnadStorage

/// The indicator page: its definition, the signals, the history with target, women and men,
/// the values with where they came from, and (for analysts) a form to enter a period's values.
extension GovernanceRoutes {
    struct IndicatorModel {
        var id: Int64
        var csrf: String
        var canEdit: Bool
        var name: String
        var definition: String
        var facts: [Fact]
        var goals: [LinkItem]
        var warnings: [String]
        var suggestions: [String]
        var signal: SignalView
        var chart: String?
        var rows: [ValueRow]
        var hasRows: Bool
        var hidden: String?
        var fetched: String?
        var error: String?
        var entry: EntryModel
        var starts: [LinkItem]
        var hasStarts: Bool
        var fromKolada: Bool
        var fromDataset: Bool
        var isNumber: Bool
        var isYesNo: Bool
        var isText: Bool
        var areas: AreaPanel?
        var caption: String
        var crossing: String?
    }

    struct Fact {
        var label: String
        var value: String
    }

    struct ValueRow {
        var period: String
        var total: String
        var note: String
        var women: String
        var men: String
        var n: String
        var origin: String
    }

    struct EntryModel {
        var period: String
        var total: String
        var totalN: String
        var women: String
        var womenN: String
        var men: String
        var menN: String
    }

    func indicatorId(_ context: AppContext) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else { throw WebError.notFound }
        return id
    }

    func indicator(
        _ request: Request, context: AppContext, form: Form? = nil, error: String? = nil
    ) async throws
        -> Response
    {
        let user = try context.requireUser()
        guard let e = try await GovernanceService(services: services).one(try indicatorId(context), for: user) else {
            throw WebError.notFound
        }
        let indicator = e.indicator
        let goals = try await services.goals.all().filter { indicator.goalIds.contains($0.id) }
        let unit = GovernanceService.unit(
            of: indicator, own: try await GovernanceService(services: services).municipality())
        let observations = e.observations
        let periods = observations.map(\.period)
        var series = [LineChart.Series(label: "Totalt", values: observations.map(\.value))]
        if observations.contains(where: \.isDividedBySex) {
            series.append(LineChart.Series(label: "Kvinnor", values: observations.map(\.women)))
            series.append(LineChart.Series(label: "Män", values: observations.map(\.men)))
        }
        let targets = periods.map { period -> Double? in
            if case .value(let v) = indicator.target(for: period) { return v }
            return nil
        }
        // The comparison set's median per period, where other municipalities' values exist.
        let medians = periods.map { period -> Double? in
            guard
                let chosen = GovernanceService.comparison(indicator, values: e.values, period: period, unit: unit)?
                    .values,
                !chosen.isEmpty
            else { return nil }
            let sorted = chosen.sorted()
            return sorted.count % 2 == 1
                ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        if medians.contains(where: { $0 != nil }) {
            series.append(LineChart.Series(label: "Median bland jämförda", values: medians, dashed: true))
        }
        if targets.contains(where: { $0 != nil }) {
            series.append(LineChart.Series(label: "Mål", values: targets, dashed: true))
        }
        var line = LineChart(
            title: indicator.name, kind: .value, periods: periods, series: series, width: 720, id: "indikator")
        line.fromZero = false
        let chart = periods.count >= 2 ? line.svg() : nil
        let rows = observations.reversed().map { o in
            let stored = e.values.filter { $0.unit == unit && $0.period == o.period }
            let origin = stored.map { "\($0.origin.swedishName), \($0.enteredBy), \(Text.dateTime($0.enteredAt))" }
            return ValueRow(
                period: o.period,
                total: indicator.valueKind == .yesNo
                    ? (o.value.map { $0 >= 1 ? "Ja" : "Nej" } ?? "–")
                    : (o.value.map { SignalView.format($0, unit: indicator.unit) } ?? "–"),
                note: o.note ?? "",
                women: o.women.map { SignalView.format($0, unit: indicator.unit) } ?? "–",
                men: o.men.map { SignalView.format($0, unit: indicator.unit) } ?? "–",
                n: o.n.map { SwedishFormat.integer($0) } ?? "–",
                origin: Array(Set(origin)).sorted().joined(separator: "; "))
        }
        var facts = [
            Fact(label: "Kategori", value: indicator.category.swedishName),
            Fact(label: "Enhet", value: indicator.unit.isEmpty ? "–" : indicator.unit),
            Fact(
                label: "Riktning",
                value: indicator.higherIsBetter.map { $0 ? "Högre är bättre" : "Lägre är bättre" } ?? "Okänd"),
            Fact(label: "Källa", value: try await sourceText(indicator.source)),
            Fact(label: "Mäts per", value: indicator.periodicity.swedishName),
            Fact(label: "Tolerans", value: SwedishFormat.number(indicator.tolerance * 100, decimals: 1) + " %"),
        ]
        if let influence = indicator.influence {
            facts.append(Fact(label: "Påverkansgrad", value: influence.swedishName))
        }
        if let level = indicator.equalityLevel { facts.append(Fact(label: "Jämlikhetsnivå", value: level.swedishName)) }
        if let area = indicator.kkikArea { facts.append(Fact(label: "KKiK-område", value: area.swedishName)) }
        if let subgroup = indicator.resultSubgroup {
            facts.append(Fact(label: "Undergrupp", value: subgroup.swedishName))
        }
        if let actors = indicator.actorLevel {
            facts.append(
                Fact(label: "Aktörer som påverkar", value: "\(actors.swedishName) – \(ActorLevel.explanation)"))
        }
        if let costId = indicator.costIndicatorId, let cost = try await services.indicators.get(costId),
            let period = observations.last(where: { $0.value != nil })?.period, let higher = indicator.higherIsBetter
        {
            let costValues = try await services.indicators.values(costId)
            let costUnit = GovernanceService.unit(
                of: cost.indicator, own: try await GovernanceService(services: services).municipality())
            var costs = costValues.totals(period: period)
            if costUnit != unit, let mine = costs[costUnit] { costs[unit] = mine }
            if let r = ResultPerCost.evaluate(
                period: period, own: unit, results: e.values.totals(period: period), costs: costs,
                higherIsBetter: higher,
                per: 100_000)
            {
                facts.append(
                    Fact(
                        label: "Resultat i förhållande till kostnad",
                        value: "\(SwedishFormat.number(r.value, decimals: 1)) per 100 000 av ”\(cost.indicator.name)” "
                            + "(\(period)): \(r.quartile.quartile.label) bland \(r.quartile.setSize) kommuner med båda värdena"
                    ))
            }
        }
        if let path = ExpectedPath.evaluate(
            baseline: indicator.baseline, targets: indicator.targets, latest: observations.last { $0.value != nil },
            higherIsBetter: indicator.higherIsBetter)
        {
            facts.append(
                Fact(
                    label: "Förväntad bana mot målet",
                    value:
                        "\(SignalView.format(path.expected, unit: indicator.unit)) i senaste perioden; värdet ligger "
                        + "\(SignalView.format(abs(path.deviation), unit: indicator.unit == "%" ? "p.e." : indicator.unit)) "
                        + (path.ahead ? "före" : "efter") + " banan från utgångsvärdet till målet"))
        }
        if indicator.individBased {
            facts.append(Fact(label: "Individbaserad", value: "Ja – redovisas uppdelad på kvinnor och män"))
        }
        var starts: [LinkItem] = []
        if user.role.canAnalyse && (e.signals.gap != nil || indicator.individBased) {
            var base: [(String, String)] = [("title", "Skillnad mellan kvinnor och män: \(indicator.name)")]
            if case .dataset(let id, let outcome, _) = indicator.source {
                base += [
                    ("dataset", String(id)),
                    ("q", Form.encode([("dataset", String(id)), ("outcome", outcome), ("by", "kön")])),
                ]
            }
            starts = [
                LinkItem(
                    href: "/analyses/new?" + Form.encode([("method", "huddinge")] + base),
                    label: "Starta en skillnadsanalys i tre steg", detail: "metoden ur Huddinges vägledning"),
                LinkItem(
                    href: "/analyses/new?" + Form.encode([("method", "isu")] + base),
                    label: "Starta en jämställdhetsintegrerad ISU-analys",
                    detail: "jämställdhetsintegrering av verksamheten"),
            ]
        }
        let model = IndicatorModel(
            id: indicator.id, csrf: context.csrf, canEdit: user.role.canAnalyse, name: indicator.name,
            definition: indicator.definition, facts: facts,
            goals: goals.map { LinkItem(href: Paths.goal($0.id), label: $0.name, detail: $0.level.swedishName) },
            warnings: e.warnings, suggestions: user.role.canAnalyse ? indicator.koladaSuggestions : [],
            signal: SignalView(
                e.signals, unit: indicator.unit, kind: indicator.valueKind,
                latest: e.observations.last { $0.value != nil }),
            chart: chart, rows: rows,
            hasRows: !rows.isEmpty,
            hidden: e.hiddenCount > 0
                ? "\(Text.count(e.hiddenCount)) värden bygger på för få personer och visas inte." : nil,
            fetched: e.record.fetchedAt.map { "Senast hämtad \(Text.dateTime($0))." }, error: error,
            entry: EntryModel(
                period: form?["period"] ?? "", total: form?["total"] ?? "", totalN: form?["total_n"] ?? "",
                women: form?["women"] ?? "", womenN: form?["women_n"] ?? "", men: form?["men"] ?? "",
                menN: form?["men_n"] ?? ""), starts: starts, hasStarts: !starts.isEmpty,
            fromKolada: indicator.source.isKolada, fromDataset: indicator.source.isDataset,
            isNumber: (indicator.valueKind ?? .number) == .number, isYesNo: indicator.valueKind == .yesNo,
            isText: indicator.valueKind == .text,
            areas: try await areaPanel(indicator, user: user),
            caption: "Värde per period"
                + (targets.contains { $0 != nil } ? ". Streckad linje: målet" : "")
                + (medians.contains { $0 != nil }
                    ? ". Streckad: medianen bland de kommuner indikatorn jämförs med" : "") + ".",
            crossing: {
                guard case .dataset(let id, let outcome, _) = indicator.source else { return nil }
                return "/explore?" + Form.encode([("dataset", String(id)), ("outcome", outcome), ("cross", "2")])
            }())
        return Responses.html(
            services.pages.page(
                .governanceIndicator, title: indicator.name, model: model, context: context, path: Paths.governance),
            status: error == nil ? .ok : .badRequest)
    }

    func sourceText(_ source: Indicator.Source) async throws -> String {
        switch source {
        case .manual: return "Inmatas per period"
        case .kolada(let kpi, let municipality):
            return "Kolada \(kpi)\(municipality.isEmpty ? "" : ", \(municipality)")"
        case .dataset(let id, let outcome, _):
            let name = try await services.datasets.dataset(id: id)?.name ?? "dataset \(id) (finns inte längre)"
            return "\(name): \(outcome)"
        }
    }

    /// Fetches a Kolada indicator's values now.
    func refresh(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try indicatorId(context)
        guard let record = try await services.indicators.get(id) else { throw WebError.notFound }
        _ = try await Form.body(request)
        do {
            let service = GovernanceService(services: services)
            if record.indicator.source.isDataset {
                _ = try await service.refreshFromDataset(record.indicator, by: user, address: context.address)
            } else {
                _ = try await service.refresh(record.indicator, by: user, address: context.address)
            }
        } catch let error as WebError {
            guard case .badRequest(let message) = error else { throw error }
            return try await indicator(request, context: context, error: message)
        }
        return Responses.redirect(Paths.indicator(id) + "#varden")
    }

    func saveValues(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try indicatorId(context)
        guard let record = try await services.indicators.get(id) else { throw WebError.notFound }
        let form = try await Form.body(request)
        do {
            let entry = try GovernanceService.Entry(form, kind: record.indicator.valueKind ?? .number)
            try await GovernanceService(services: services).save(
                entry, indicator: record.indicator, by: user, address: context.address)
        } catch let error as WebError {
            guard case .badRequest(let message) = error else { throw error }
            return try await indicator(request, context: context, form: form, error: message)
        }
        return Responses.redirect(Paths.indicator(id) + "#varden")
    }
}
