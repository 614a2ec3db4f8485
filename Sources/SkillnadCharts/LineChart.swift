import SkillnadCore

/// Lines per group over periods (trends); suppressed or empty points leave a gap.
public struct LineChart: Sendable {
    /// One line.
    public struct Series: Sendable {
        /// Group label.
        public var label: String
        /// Value per period (nil = gap).
        public var values: [Double?]
        /// Drawn dashed (e.g. the total).
        public var dashed: Bool

        /// Creates a series.
        public init(label: String, values: [Double?], dashed: Bool = false) {
            self.label = label
            self.values = values
            self.dashed = dashed
        }
    }

    /// Chart title.
    public var title: String
    /// Value format.
    public var kind: OutcomeKind
    /// Period labels.
    public var periods: [String]
    /// The lines.
    public var series: [Series]
    /// Width in pixels.
    public var width: Double
    /// Element id prefix.
    public var id: String
    /// Whether the axis starts at zero (proportions and counts); indicator histories zoom in on
    /// their values instead, with the axis labelled so the zoom is visible.
    public var fromZero = true

    /// Colour-blind-safe palette (Okabe–Ito, darkened for contrast on white).
    static let palette = ["#1f5fa8", "#b54708", "#067647", "#7a2e9e", "#a15c00", "#0e7490", "#9f1239", "#3f3f46"]

    /// Creates a chart.
    public init(
        title: String, kind: OutcomeKind, periods: [String], series: [Series], width: Double = 640, id: String = "trend"
    ) {
        self.title = title
        self.kind = kind
        self.periods = periods
        self.series = series
        self.width = width
        self.id = id
    }

    /// A chart from a scan's trend summary.
    public init(title: String, kind: OutcomeKind, trend: TrendSummary, id: String) {
        self.init(
            title: title, kind: kind, periods: trend.periods,
            series: trend.series.map { s in
                Series(
                    label: s.label, values: s.points.map { $0.group.suppressed ? nil : $0.group.estimate },
                    dashed: s.label == "Totalt")
            }, id: id)
    }

    func format(_ value: Double) -> String {
        kind == .proportion ? SwedishFormat.percent(value) : SwedishFormat.number(value)
    }

    /// The chart as SVG.
    public func svg() -> String {
        let legendRows = Double((series.count + 3) / 4)
        let height = 240 + legendRows * 18
        let left = 56.0
        let right = width - 16
        let top = 12.0
        let bottom = 200.0
        let factor = kind == .proportion ? 100.0 : 1.0
        let values = series.flatMap { $0.values.compactMap { $0 } }.map { $0 * factor }
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let margin = max((high - low) * 0.15, abs(high) * 0.02, 0.5)
        let scale =
            fromZero
            ? ChartScale(low: min(0, low), high: max(1, high)) : ChartScale(low: low - margin, high: high + margin)
        func y(_ v: Double) -> Double { scale.position(v * factor, from: bottom, to: top) }
        func x(_ i: Int) -> Double {
            periods.count > 1
                ? left + 20 + Double(i) / Double(periods.count - 1) * (right - left - 40) : (left + right) / 2
        }
        let description = series.map { s in
            s.label + ": " + zip(periods, s.values).map { "\($0) \($1.map(format) ?? "..")" }.joined(separator: ", ")
        }.joined(separator: "; ")
        var s = SVG.open(width: width, height: height, title: title, description: description, id: id)
        for tick in scale.ticks {
            let ty = scale.position(tick, from: bottom, to: top)
            s +=
                "<line x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(ty))\" x2=\"\(SVG.n(right))\" y2=\"\(SVG.n(ty))\" stroke=\"#e4e7ec\"/>"
            let label =
                kind == .proportion
                ? SwedishFormat.number(tick, decimals: 0) + " %" : SwedishFormat.number(tick, decimals: 0)
            s +=
                "<text x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(ty + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#344054\">\(SVG.escape(label))</text>"
        }
        for (i, period) in periods.enumerated() {
            s +=
                "<text x=\"\(SVG.n(x(i)))\" y=\"\(SVG.n(bottom + 18))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#344054\">\(SVG.escape(period))</text>"
        }
        for (k, line) in series.enumerated() {
            let colour = line.dashed ? "#475467" : Self.palette[k % Self.palette.count]
            var path = ""
            var penDown = false
            for (i, value) in line.values.enumerated() {
                guard let value else {
                    penDown = false
                    continue
                }
                path += (penDown ? "L" : "M") + "\(SVG.n(x(i))) \(SVG.n(y(value))) "
                penDown = true
            }
            let dash = line.dashed ? " stroke-dasharray=\"5 4\"" : ""
            s += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>"
            for (i, value) in line.values.enumerated() {
                guard let value else { continue }
                s +=
                    "<circle cx=\"\(SVG.n(x(i)))\" cy=\"\(SVG.n(y(value)))\" r=\"3\" fill=\"\(colour)\"><title>\(SVG.escape("\(line.label) \(periods[i]): \(format(value))"))</title></circle>"
            }
            let lx = left + Double(k % 4) * ((right - left) / 4)
            let ly = bottom + 40 + Double(k / 4) * 18
            s +=
                "<line x1=\"\(SVG.n(lx))\" y1=\"\(SVG.n(ly - 4))\" x2=\"\(SVG.n(lx + 18))\" y2=\"\(SVG.n(ly - 4))\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>"
            s +=
                "<text x=\"\(SVG.n(lx + 24))\" y=\"\(SVG.n(ly))\" font-size=\"11\" fill=\"#101828\">\(SVG.escape(line.label))</text>"
        }
        return s + "</svg>"
    }
}
