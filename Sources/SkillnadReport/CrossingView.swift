import SkillnadCharts
import SkillnadCore

/// A two-dimension crossing laid out as rows × columns with margins, from published tables.
public struct CrossingView: Sendable {
    /// How the outcome is summarised.
    public var kind: OutcomeKind
    /// Labels of the row dimension's groups.
    public var rowLabels: [String]
    /// Labels of the column dimension's groups.
    public var columnLabels: [String]
    /// The cells, row by row (nil where the crossing has no such group).
    public var cells: [[GroupResult?]]
    /// Each row's margin.
    public var rowTotals: [GroupResult?]
    /// Each column's margin.
    public var columnTotals: [GroupResult?]
    /// All groups together.
    public var total: GroupResult?
    /// "Outcome: rows × columns".
    public var title: String

    /// The crossing of two dimensions of one outcome in a scan, if the scan has it.
    public init?(result: ScanResult, outcome: String, rows: String, columns: String) {
        guard
            let table = result.tables.first(where: {
                $0.outcome == outcome && Set($0.dimensions) == Set([rows, columns]) && $0.dimensions.count == 2
            })
        else { return nil }
        let rowTable = result.tables.first { $0.outcome == outcome && $0.dimensions == [rows] }
        let columnTable = result.tables.first { $0.outcome == outcome && $0.dimensions == [columns] }
        kind = table.outcomeKind
        title = "\(outcome): \(rows) × \(columns)"
        rowLabels = rowTable?.groups.map(\.label) ?? Array(Set(table.groups.compactMap { $0.key[rows] })).sorted()
        columnLabels =
            columnTable?.groups.map(\.label) ?? Array(Set(table.groups.compactMap { $0.key[columns] })).sorted()
        var lookup: [String: GroupResult] = [:]
        for g in table.groups { lookup[(g.key[rows] ?? "") + "\u{1}" + (g.key[columns] ?? "")] = g }
        let rowLabels = self.rowLabels
        let columnLabels = self.columnLabels
        cells = rowLabels.map { r in columnLabels.map { c in lookup[r + "\u{1}" + c] } }
        rowTotals = rowLabels.map { r in rowTable?.groups.first { $0.label == r } }
        columnTotals = columnLabels.map { c in columnTable?.groups.first { $0.label == c } }
        total = table.total
    }

    /// A cell as text: estimate and n, `..` when suppressed.
    public func text(_ g: GroupResult?) -> String {
        guard let g else { return "–" }
        if g.suppressed { return ".." }
        guard let e = g.estimate else { return "– (n = 0)" }
        return "\(SwedishFormat.estimate(e, kind: kind)) (n = \(g.n.map { SwedishFormat.integer($0) } ?? "–"))"
    }

    /// The heat map.
    public func heatMap(id: String) -> HeatMap {
        HeatMap(
            title: title, kind: kind, rows: rowLabels, columns: columnLabels,
            cells: cells.map { line in
                line.map { g in
                    HeatMap.Cell(
                        value: g?.suppressed == true ? nil : g?.estimate, n: g?.suppressed == true ? nil : g?.n,
                        suppressed: g?.suppressed ?? false)
                }
            }, id: id)
    }
}
