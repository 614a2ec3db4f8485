import SkillnadCore

/// Horizontal bars of group estimates with 95 % confidence-interval whiskers and n, suppressed
/// groups shown as `..`. Proportions are drawn in percent.
///
/// ```swift
/// let chart = BarChart(title: "Beviljad insats efter kön", kind: .proportion, bars: groups.map(BarChart.Bar.init))
/// let svg = chart.svg()
/// ```
public struct BarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable {
        /// Group label.
        public var label: String
        /// Estimate (nil when suppressed or empty).
        public var value: Double?
        /// Lower 95 % bound.
        public var low: Double?
        /// Upper 95 % bound.
        public var high: Double?
        /// Number of people.
        public var n: Double?
        /// Withheld by disclosure control.
        public var suppressed: Bool
        /// Drawn in the accent colour (e.g. the worse-off group).
        public var highlighted: Bool

        /// Creates a bar.
        public init(
            label: String, value: Double?, low: Double?, high: Double?, n: Double?, suppressed: Bool,
            highlighted: Bool = false
        ) {
            self.label = label
            self.value = value
            self.low = low
            self.high = high
            self.n = n
            self.suppressed = suppressed
            self.highlighted = highlighted
        }

        /// A bar from a published group result.
        public init(_ group: GroupResult, highlighted: Bool = false) {
            self.init(
                label: group.label, value: group.estimate, low: group.ciLow, high: group.ciHigh, n: group.n,
                suppressed: group.suppressed, highlighted: highlighted)
        }
    }

    /// Chart title (also the accessible name).
    public var title: String
    /// How values are formatted.
    public var kind: OutcomeKind
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// A reference line (e.g. the total), if any.
    public var reference: Double?
    /// Label of the reference line.
    public var referenceLabel: String
    /// Width in pixels.
    public var width: Double
    /// Element id prefix (unique per page).
    public var id: String

    /// Creates a chart.
    public init(
        title: String, kind: OutcomeKind, bars: [Bar], reference: Double? = nil, referenceLabel: String = "Totalt",
        width: Double = 640, id: String = "chart"
    ) {
        self.title = title
        self.kind = kind
        self.bars = bars
        self.reference = reference
        self.referenceLabel = referenceLabel
        self.width = width
        self.id = id
    }

    func format(_ value: Double) -> String {
        kind == .proportion ? SwedishFormat.percent(value) : SwedishFormat.number(value)
    }

    /// The chart as an SVG element.
    public func svg() -> String {
        let rowHeight = 30.0
        let top = 14.0
        let axisHeight = 28.0
        let labels = bars.map { bar in bar.label + (bar.n.map { " (n = \(SwedishFormat.integer($0)))" } ?? "") }
        let labelWidth = min(260, max(90, (labels.map { SVG.textWidth($0, size: 12) }.max() ?? 80) + 12))
        let valueWidth = 74.0
        let left = labelWidth
        let right = width - valueWidth
        let height = top + rowHeight * Double(bars.count) + axisHeight + 6
        let values = bars.flatMap { [$0.value, $0.low, $0.high] }.compactMap { $0 } + (reference.map { [$0] } ?? [])
        let scaleFactor = kind == .proportion ? 100.0 : 1.0
        let lowValue = min(0, values.min() ?? 0) * scaleFactor
        let highValue = max(kind == .proportion ? 10 : 1, (values.max() ?? 1) * scaleFactor)
        let scale = ChartScale(low: lowValue, high: kind == .proportion ? min(100, highValue) : highValue)
        func x(_ v: Double) -> Double { scale.position(v * scaleFactor, from: left, to: right) }
        let description = bars.map { bar -> String in
            if bar.suppressed { return "\(bar.label): dold av röjandekontroll" }
            guard let v = bar.value else { return "\(bar.label): uppgift saknas" }
            var text = "\(bar.label): \(format(v))"
            if let lo = bar.low, let hi = bar.high { text += " (95 % KI \(format(lo)) – \(format(hi)))" }
            if let n = bar.n { text += ", n = \(SwedishFormat.integer(n))" }
            return text
        }.joined(separator: "; ")
        var s = SVG.open(width: width, height: height, title: title, description: description, id: id)
        let axisY = top + rowHeight * Double(bars.count) + 4
        for tick in scale.ticks {
            let tx = scale.position(tick, from: left, to: right)
            s +=
                "<line x1=\"\(SVG.n(tx))\" y1=\"\(SVG.n(top - 6))\" x2=\"\(SVG.n(tx))\" y2=\"\(SVG.n(axisY))\" stroke=\"#d0d5dd\" stroke-width=\"1\"/>"
            let label =
                kind == .proportion
                ? SwedishFormat.number(tick, decimals: 0) + " %"
                : SwedishFormat.number(tick, decimals: tick == tick.rounded() ? 0 : 1)
            s +=
                "<text x=\"\(SVG.n(tx))\" y=\"\(SVG.n(axisY + 16))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#344054\">\(SVG.escape(label))</text>"
        }
        for (i, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(i)
            let mid = y + rowHeight / 2
            s +=
                "<text x=\"\(SVG.n(left - 8))\" y=\"\(SVG.n(mid + 4))\" font-size=\"12\" text-anchor=\"end\" fill=\"#101828\">\(SVG.escape(labels[i]))</text>"
            if bar.suppressed {
                s +=
                    "<rect x=\"\(SVG.n(left))\" y=\"\(SVG.n(y + 6))\" width=\"\(SVG.n(min(60, right - left)))\" height=\"\(SVG.n(rowHeight - 12))\" fill=\"url(#\(id)-hatch)\" stroke=\"#98a2b3\"/>"
                s +=
                    "<text x=\"\(SVG.n(left + 68))\" y=\"\(SVG.n(mid + 4))\" font-size=\"12\" fill=\"#475467\">.. (dold)</text>"
                continue
            }
            guard let v = bar.value else {
                s +=
                    "<text x=\"\(SVG.n(left + 4))\" y=\"\(SVG.n(mid + 4))\" font-size=\"12\" fill=\"#475467\">– (inga personer)</text>"
                continue
            }
            let x0 = x(0)
            let x1 = x(v)
            let fill = bar.highlighted ? "#b54708" : "#1f5fa8"
            s +=
                "<rect x=\"\(SVG.n(min(x0, x1)))\" y=\"\(SVG.n(y + 6))\" width=\"\(SVG.n(abs(x1 - x0)))\" height=\"\(SVG.n(rowHeight - 12))\" fill=\"\(fill)\" rx=\"2\"/>"
            if let lo = bar.low, let hi = bar.high {
                let a = x(lo)
                let b = x(hi)
                s +=
                    "<line x1=\"\(SVG.n(a))\" y1=\"\(SVG.n(mid))\" x2=\"\(SVG.n(b))\" y2=\"\(SVG.n(mid))\" stroke=\"#101828\" stroke-width=\"1.5\"/>"
                s +=
                    "<line x1=\"\(SVG.n(a))\" y1=\"\(SVG.n(mid - 6))\" x2=\"\(SVG.n(a))\" y2=\"\(SVG.n(mid + 6))\" stroke=\"#101828\" stroke-width=\"1.5\"/>"
                s +=
                    "<line x1=\"\(SVG.n(b))\" y1=\"\(SVG.n(mid - 6))\" x2=\"\(SVG.n(b))\" y2=\"\(SVG.n(mid + 6))\" stroke=\"#101828\" stroke-width=\"1.5\"/>"
            }
            s +=
                "<text x=\"\(SVG.n(right + 6))\" y=\"\(SVG.n(mid + 4))\" font-size=\"12\" fill=\"#101828\">\(SVG.escape(format(v)))</text>"
        }
        if let reference {
            let rx = x(reference)
            s +=
                "<line x1=\"\(SVG.n(rx))\" y1=\"\(SVG.n(top - 8))\" x2=\"\(SVG.n(rx))\" y2=\"\(SVG.n(axisY))\" stroke=\"#101828\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/>"
            s +=
                "<text x=\"\(SVG.n(rx + 3))\" y=\"\(SVG.n(top - 2))\" font-size=\"10\" fill=\"#344054\">\(SVG.escape(referenceLabel)) \(SVG.escape(format(reference)))</text>"
        }
        s +=
            "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#98a2b3\" stroke-width=\"2\"/></pattern></defs>"
        return s + "</svg>"
    }
}
