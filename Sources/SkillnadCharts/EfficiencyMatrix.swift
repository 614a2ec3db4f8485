import SkillnadCore

/// Huddinge's resource-efficiency diagram (3.4) as SVG: effect 1–5 across, resources 1–5 up,
/// 5 × 5 cells shaded lighter the more efficient, each measure placed as a numbered marker and
/// labelled in a legend beside the grid.
///
/// ```swift
/// let svg = EfficiencyMatrix(measures: analysis.measures, id: "eff").svg()
/// ```
public struct EfficiencyMatrix: Sendable {
    /// The measures (unrated ones are listed as not placed).
    public var measures: [PlannedMeasure]
    /// Element id prefix.
    public var id: String
    /// The instrument's words: axes, title and how to read the shading.
    public var labels: Labels

    /// The words of the two instruments that use the diagram.
    public struct Labels: Sendable {
        /// Horizontal axis (effect).
        public var effectAxis: String
        /// Vertical axis (resources or effort).
        public var costAxis: String
        /// The diagram's title.
        public var title: String
        /// What the cost is called in the description ("resurser", "insats").
        public var costName: String
        /// How to read the shading.
        public var note: String
        /// Whether the description names Huddinge's efficiency classes (the app's own words).
        public var namesEfficiency: Bool

        /// Huddinge 3.4, numbered as the seed's text (3.2 b effect, 3.3 b resources).
        public static let huddinge = Labels(
            effectAxis: "Effekt (3.2 b): 1 liten – 5 stor", costAxis: "Resurser (3.3 b): 1 små – 5 stora",
            title: "Resurseffektivitet: effekt mot resurser", costName: "resurser",
            note: "Ljusare ruta = mer resurseffektiv.", namesEfficiency: true)
        /// ISU step 4: effect against effort ("Är åtgärden lätt eller svår att genomföra, ger den
        /// liten eller stor effekt").
        public static let isu = Labels(
            effectAxis: "Effekt: 1 liten – 5 stor", costAxis: "Insats: 1 lätt – 5 svår att genomföra",
            title: "Effekt i förhållande till insats", costName: "insats",
            note: "Ljusare ruta = större effekt i förhållande till insats.", namesEfficiency: false)
    }

    /// Creates the diagram.
    public init(measures: [PlannedMeasure], id: String = "eff", labels: Labels = .huddinge) {
        self.measures = measures
        self.id = id
        self.labels = labels
    }

    static let cell = 72.0
    static let left = 64.0
    static let top = 20.0
    static let legendX = left + 5 * cell + 28

    /// Fill of a cell: from dark blue (least efficient) to near-white (most efficient).
    static func fill(effect: Int, resources: Int) -> String {
        let t = ResourceEfficiency.lightness(effect: effect, resources: resources)
        let dark = (31.0, 58.0, 95.0)
        let light = (239.0, 245.0, 251.0)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        return "rgb(\(mix(dark.0, light.0)),\(mix(dark.1, light.1)),\(mix(dark.2, light.2)))"
    }

    /// The SVG.
    public func svg() -> String {
        let placements = ResourceEfficiency.placements(measures)
        let legendLines = measures.enumerated().map { i, m -> String in
            let text = m.text.isEmpty ? "(utan text)" : m.text
            let short = text.count > 46 ? String(text.prefix(45)) + "…" : text
            let rated = m.effect != nil && m.resources != nil
            return "\(i + 1). \(short)" + (rated ? "" : " – ej bedömd")
        }
        let gridHeight = 5 * Self.cell
        let height = max(Self.top + gridHeight + 56, Self.top + 34 + Double(max(1, legendLines.count)) * 20 + 24)
        let width = Self.legendX + 300
        let description =
            placements.isEmpty
            ? "Inga åtgärder är bedömda ännu."
            : placements.map {
                "Åtgärd \($0.number): effekt \($0.effect), \(labels.costName) \($0.resources)"
                    + (labels.namesEfficiency
                        ? ", " + ResourceEfficiency.describe(effect: $0.effect, resources: $0.resources) : "")
            }.joined(separator: "; ")
        var s = SVG.open(
            width: width, height: height, title: labels.title, description: description,
            id: id)
        for e in 1...5 {
            for r in 1...5 {
                let x = Self.left + Double(e - 1) * Self.cell
                let y = Self.top + Double(5 - r) * Self.cell
                s +=
                    "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(Self.cell))\" height=\"\(SVG.n(Self.cell))\" fill=\"\(Self.fill(effect: e, resources: r))\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
            }
        }
        let axisY = Self.top + gridHeight
        for v in 1...5 {
            let cx = Self.left + (Double(v) - 0.5) * Self.cell
            s +=
                "<text x=\"\(SVG.n(cx))\" y=\"\(SVG.n(axisY + 18))\" font-size=\"13\" text-anchor=\"middle\" fill=\"#101828\">\(v)</text>"
            let cy = Self.top + (5 - Double(v) + 0.5) * Self.cell
            s +=
                "<text x=\"\(SVG.n(Self.left - 10))\" y=\"\(SVG.n(cy + 4))\" font-size=\"13\" text-anchor=\"end\" fill=\"#101828\">\(v)</text>"
        }
        s +=
            "<text x=\"\(SVG.n(Self.left + 2.5 * Self.cell))\" y=\"\(SVG.n(axisY + 42))\" font-size=\"13\" text-anchor=\"middle\" font-weight=\"600\" fill=\"#101828\">\(labels.effectAxis)</text>"
        let my = Self.top + 2.5 * Self.cell
        s +=
            "<text transform=\"translate(18 \(SVG.n(my))) rotate(-90)\" font-size=\"13\" text-anchor=\"middle\" font-weight=\"600\" fill=\"#101828\">\(labels.costAxis)</text>"
        for p in placements {
            let baseX = Self.left + Double(p.effect - 1) * Self.cell
            let baseY = Self.top + Double(5 - p.resources) * Self.cell
            // Several measures in one cell sit side by side in rows of three.
            let perRow = min(3, p.slotsInCell)
            let rows = (p.slotsInCell + 2) / 3
            let col = p.slot % 3
            let row = p.slot / 3
            let cx = baseX + Self.cell * (Double(col) + 1) / Double(perRow + 1)
            let cy = baseY + Self.cell * (Double(row) + 1) / Double(rows + 1)
            s +=
                "<g><title>Åtgärd \(p.number): \(SVG.escape(p.label))</title><circle cx=\"\(SVG.n(cx))\" cy=\"\(SVG.n(cy))\" r=\"12\" fill=\"#b54708\" stroke=\"#ffffff\" stroke-width=\"2\"/>"
                + "<text x=\"\(SVG.n(cx))\" y=\"\(SVG.n(cy + 4.5))\" font-size=\"12\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#ffffff\">\(p.number)</text></g>"
        }
        s +=
            "<text x=\"\(SVG.n(Self.legendX))\" y=\"\(SVG.n(Self.top + 12))\" font-size=\"13\" font-weight=\"600\" fill=\"#101828\">Åtgärder</text>"
        for (i, line) in legendLines.enumerated() {
            s +=
                "<text x=\"\(SVG.n(Self.legendX))\" y=\"\(SVG.n(Self.top + 34 + Double(i) * 20))\" font-size=\"12\" fill=\"#101828\">\(SVG.escape(line))</text>"
        }
        if legendLines.isEmpty {
            s +=
                "<text x=\"\(SVG.n(Self.legendX))\" y=\"\(SVG.n(Self.top + 34))\" font-size=\"12\" fill=\"#475467\">Inga åtgärder ännu.</text>"
        }
        let noteY = Self.top + 34 + Double(max(1, legendLines.count)) * 20 + 8
        s +=
            "<text x=\"\(SVG.n(Self.legendX))\" y=\"\(SVG.n(noteY))\" font-size=\"12\" fill=\"#475467\">\(labels.note)</text>"
        return s + "</svg>"
    }
}
