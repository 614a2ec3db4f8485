import SkillnadCore

/// The chart that shows what a difference is about: for a trend, both groups' lines over the
/// periods; otherwise the compared groups as bars with the worse-off group highlighted.
///
/// ```swift
/// let svg = HeadlineChart(d, id: "d1").svg()
/// ```
public struct HeadlineChart: Sendable {
    /// The difference drawn.
    public var difference: Difference
    /// Chart title; the difference's outcome and groups when not given.
    public var title: String
    /// Element id prefix (unique per page).
    public var id: String

    /// Creates the chart of a difference.
    public init(_ difference: Difference, title: String? = nil, id: String) {
        self.difference = difference
        self.id = id
        let d = difference
        self.title =
            title
            ?? (d.comparison == .trend
                ? "\(d.outcome): \(d.groups.map(\.label).joined(separator: " och ")) över tid"
                : "\(d.outcome): \(d.groups.map(\.label).joined(separator: ", "))")
    }

    /// Whether the chart draws lines over periods.
    public var isTrend: Bool {
        difference.comparison == .trend && (difference.trendSeries?.first?.points.count ?? 0) > 1
    }

    /// The SVG element.
    public func svg() -> String {
        let d = difference
        if isTrend, let series = d.trendSeries, let first = series.first {
            let periods = first.points.map(\.period)
            let lines = series.map { s in
                LineChart.Series(
                    label: s.label, values: s.points.map { $0.group.suppressed ? nil : $0.group.estimate })
            }
            return LineChart(title: title, kind: d.outcomeKind, periods: periods, series: lines, id: id).svg()
        }
        let bars = d.groups.map { BarChart.Bar($0, highlighted: $0.label == d.worseGroup) }
        return BarChart(title: title, kind: d.outcomeKind, bars: bars, id: id).svg()
    }

    /// A caption explaining how to read the chart.
    public var caption: String {
        isTrend
            ? "Linjer: respektive grupps värde per period. Skillnaden mellan linjerna är det som prövas."
            : difference.directionUnknown == true
                ? "Staplar: skattning med 95 % konfidensintervall. Orange: gruppen med lägre värde (vilket håll som är bättre är inte angivet)."
                : "Staplar: skattning med 95 % konfidensintervall. Orange: gruppen med sämre utfall."
    }
}
