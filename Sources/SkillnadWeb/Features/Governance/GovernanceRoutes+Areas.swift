import Foundation
import SkillnadCharts
import SkillnadCore
import SkillnadGovernance
import SkillnadStorage

/// Botkyrka's rule for individual-based equality indicators — "samtliga individbaserade
/// indikatorer anges per kommundel med kön som övergripande indelningsgrund" (seed 001, E-7.6):
/// for an indicator computed from a dataset, women and men side by side per area in the latest
/// period, through the same disclosure control as every other view for the user.
extension GovernanceRoutes {
    struct AreaPanel {
        var area: String
        var period: String
        var rows: [AreaRow]
    }

    struct AreaRow {
        var label: String
        var women: String
        var men: String
        var womenBar: String
        var menBar: String
    }

    func areaPanel(_ indicator: Indicator, user: UserRecord) async throws -> AreaPanel? {
        guard case .dataset(let datasetId, let outcome, _) = indicator.source, indicator.individBased else {
            return nil
        }
        let data = try await DatasetContext.load(services, datasetId: datasetId)
        guard let sex = data.dimensionColumns.first(where: { CodeNormaliser.isSexColumn($0.name) })?.name,
            let area = data.dimensionColumns.first(where: {
                ColumnName.contains($0.name, anyOf: ["omrade", "stadsdel", "kommundel", "deso", "regso", "kommun"])
            })?.name
        else { return nil }
        let parameters = ScanParameters(
            Form(
                encoded: Form.encode([
                    ("dataset", String(datasetId)), ("outcome", outcome), ("by", area), ("by", sex), ("cross", "2"),
                ])))
        guard let (_, result, _) = try? await parameters.scan(services, user: user),
            let table = result.tables.first(where: { Set($0.dimensions) == [area, sex] })
        else { return nil }
        let scale = table.outcomeKind == .proportion ? 100.0 : 1.0
        let maximum = max(1e-9, table.groups.compactMap { $0.suppressed ? nil : $0.estimate }.max() ?? 1)
        var byArea: [String: (women: GroupResult?, men: GroupResult?)] = [:]
        var order: [String] = []
        for group in table.groups {
            guard let place = group.key[area], let code = group.key[sex] else { continue }
            if byArea[place] == nil { order.append(place) }
            if code == "K" { byArea[place, default: (nil, nil)].women = group }
            if code == "M" { byArea[place, default: (nil, nil)].men = group }
        }
        func text(_ g: GroupResult?) -> String {
            guard let g else { return "–" }
            if g.suppressed { return ".. (färre än \(result.threshold))" }
            return g.estimate.map { SignalView.format($0 * scale, unit: indicator.unit) } ?? "–"
        }
        // A bar drawn in SVG (the pages allow no inline styles); the number beside it carries the value.
        func bar(_ g: GroupResult?, _ colour: String) -> String {
            let width = g.flatMap { g in g.suppressed ? nil : g.estimate.map { $0 / maximum * 80 } } ?? 0
            return
                "<svg width=\"80\" height=\"10\" aria-hidden=\"true\"><rect width=\"\(SVG.n(width))\" height=\"10\" fill=\"\(colour)\"/></svg>"
        }
        let rows = order.map { place in
            AreaRow(
                label: place, women: text(byArea[place]?.women), men: text(byArea[place]?.men),
                womenBar: bar(byArea[place]?.women, "#b54708"), menBar: bar(byArea[place]?.men, "#1f5fa8"))
        }
        return rows.isEmpty ? nil : AreaPanel(area: area, period: result.period ?? "", rows: rows)
    }
}
