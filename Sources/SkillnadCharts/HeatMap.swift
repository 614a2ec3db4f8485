import SkillnadCore

/// A crossing of two dimensions as a heat map: one cell per combination, shaded by its
/// estimate (darker = higher), suppressed cells hatched and marked `..`.
public struct HeatMap: Sendable {
    /// One cell.
    public struct Cell: Sendable {
        /// Estimate, nil when suppressed or empty.
        public var value: Double?
        /// Number of people.
        public var n: Double?
        /// Withheld by disclosure control.
        public var suppressed: Bool

        /// Creates a cell.
        public init(value: Double?, n: Double?, suppressed: Bool) {
            self.value = value
            self.n = n
            self.suppressed = suppressed
        }
    }

    /// Title.
    public var title: String
    /// Value format.
    public var kind: OutcomeKind
    /// Row labels.
    public var rows: [String]
    /// Column labels.
    public var columns: [String]
    /// Cells, row-major.
    public var cells: [[Cell]]
    /// Element id prefix.
    public var id: String

    /// Creates a heat map.
    public init(
        title: String, kind: OutcomeKind, rows: [String], columns: [String], cells: [[Cell]], id: String = "heat"
    ) {
        self.title = title
        self.kind = kind
        self.rows = rows
        self.columns = columns
        self.cells = cells
        self.id = id
    }

    func format(_ v: Double) -> String {
        kind == .proportion ? SwedishFormat.percent(v) : SwedishFormat.number(v)
    }

    /// Blue scale from light to dark; text switches to white on dark cells for contrast.
    static func colour(_ t: Double) -> (fill: String, text: String) {
        let light = (r: 239.0, g: 246.0, b: 255.0)
        let dark = (r: 23.0, g: 74.0, b: 130.0)
        let x = max(0, min(1, t))
        let r = Int(light.r + (dark.r - light.r) * x)
        let g = Int(light.g + (dark.g - light.g) * x)
        let b = Int(light.b + (dark.b - light.b) * x)
        let hex = "#" + [r, g, b].map { String(format2($0)) }.joined()
        return (hex, x > 0.55 ? "#ffffff" : "#101828")
    }

    static func format2(_ v: Int) -> String {
        let s = String(v, radix: 16)
        return s.count == 1 ? "0" + s : s
    }

    /// The heat map as SVG.
    public func svg() -> String {
        let labelWidth = min(220, max(80, (rows.map { SVG.textWidth($0, size: 12) }.max() ?? 60) + 16))
        let cellWidth = max(100, min(150, (columns.map { SVG.textWidth($0, size: 12) }.max() ?? 60) + 16))
        let cellHeight = 50.0
        let top = 30.0
        let width = labelWidth + cellWidth * Double(columns.count) + 10
        let height = top + cellHeight * Double(rows.count) + 34
        let values = cells.flatMap { $0.compactMap { $0.suppressed ? nil : $0.value } }
        let lo = values.min() ?? 0
        let hi = values.max() ?? 1
        let description = zip(rows, cells).map { row, line in
            row + ": "
                + zip(columns, line).map { column, cell in
                    "\(column) " + (cell.suppressed ? "dold" : cell.value.map(format) ?? "–")
                }.joined(separator: ", ")
        }.joined(separator: "; ")
        var s = SVG.open(width: width, height: height, title: title, description: description, id: id)
        for (j, column) in columns.enumerated() {
            let x = labelWidth + cellWidth * (Double(j) + 0.5)
            s +=
                "<text x=\"\(SVG.n(x))\" y=\"\(SVG.n(top - 10))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#101828\">\(SVG.escape(column))</text>"
        }
        for (i, row) in rows.enumerated() {
            let y = top + cellHeight * Double(i)
            s +=
                "<text x=\"\(SVG.n(labelWidth - 8))\" y=\"\(SVG.n(y + cellHeight / 2 + 4))\" font-size=\"12\" text-anchor=\"end\" fill=\"#101828\">\(SVG.escape(row))</text>"
            for (j, cell) in cells[i].enumerated() {
                let x = labelWidth + cellWidth * Double(j)
                let rect =
                    "x=\"\(SVG.n(x + 1))\" y=\"\(SVG.n(y + 1))\" width=\"\(SVG.n(cellWidth - 2))\" height=\"\(SVG.n(cellHeight - 2))\""
                if cell.suppressed {
                    s += "<rect \(rect) fill=\"url(#\(id)-hatch)\" stroke=\"#98a2b3\"/>"
                    s +=
                        "<text x=\"\(SVG.n(x + cellWidth / 2))\" y=\"\(SVG.n(y + cellHeight / 2 + 4))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#101828\">..</text>"
                } else if let v = cell.value {
                    let (fill, ink) = Self.colour(hi > lo ? (v - lo) / (hi - lo) : 0.5)
                    s += "<rect \(rect) fill=\"\(fill)\"/>"
                    s +=
                        "<text x=\"\(SVG.n(x + cellWidth / 2))\" y=\"\(SVG.n(y + cellHeight / 2))\" font-size=\"12\" text-anchor=\"middle\" fill=\"\(ink)\">\(SVG.escape(format(v)))</text>"
                    if let n = cell.n {
                        s +=
                            "<text x=\"\(SVG.n(x + cellWidth / 2))\" y=\"\(SVG.n(y + cellHeight / 2 + 13))\" font-size=\"10\" text-anchor=\"middle\" fill=\"\(ink)\">n = \(SVG.escape(SwedishFormat.integer(n)))</text>"
                    }
                } else {
                    s += "<rect \(rect) fill=\"#ffffff\" stroke=\"#d0d5dd\"/>"
                    s +=
                        "<text x=\"\(SVG.n(x + cellWidth / 2))\" y=\"\(SVG.n(y + cellHeight / 2 + 4))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#475467\">–</text>"
                }
            }
        }
        let legendY = top + cellHeight * Double(rows.count) + 20
        s +=
            "<text x=\"\(SVG.n(labelWidth))\" y=\"\(SVG.n(legendY))\" font-size=\"11\" fill=\"#344054\">Ljusare = lägre (\(SVG.escape(format(lo)))), mörkare = högre (\(SVG.escape(format(hi)))). .. = dold av röjandekontroll.</text>"
        s +=
            "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#98a2b3\" stroke-width=\"2\"/></pattern></defs>"
        return s + "</svg>"
    }
}
