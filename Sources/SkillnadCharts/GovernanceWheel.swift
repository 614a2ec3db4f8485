import Foundation

/// SKL:s styrsnurra (seed 004, *Vilka komponenter ingår…*, requirement F-1.1): three parts —
/// Planering, Uppföljning och analys, Åtgärder — as sectors of a wheel, each listing its steps, each
/// part a link; the rings styrning, verksamhet and medborgare/brukare around the hub.
public struct GovernanceWheel: Sendable {
    /// One part of the wheel.
    public struct Part: Sendable {
        /// Its name.
        public var name: String
        /// Its steps, in order.
        public var steps: [String]
        /// Where the part's link goes.
        public var href: String
        /// Fill colour.
        public var fill: String

        /// A part.
        public init(name: String, steps: [String], href: String, fill: String) {
            self.name = name
            self.steps = steps
            self.href = href
            self.fill = fill
        }
    }

    /// The three parts, clockwise from the top.
    public var parts: [Part]

    /// A wheel.
    public init(parts: [Part]) {
        self.parts = parts
    }

    /// The wheel as SVG, 520 × 520.
    public func svg() -> String {
        let cx = 260.0
        let cy = 260.0
        let outer = 250.0
        let inner = 78.0
        var out = SVG.open(
            width: 520, height: 520, title: "Styrsnurran",
            description: parts.map { "\($0.name): " + $0.steps.joined(separator: ", ") }.joined(separator: ". "),
            id: "styrsnurra")
        for (i, part) in parts.enumerated() {
            let start = -90.0 + Double(i) * 360 / Double(parts.count)
            let end = start + 360 / Double(parts.count)
            func point(_ r: Double, _ degrees: Double) -> (Double, Double) {
                let a = degrees * .pi / 180
                return (cx + r * cos(a), cy + r * sin(a))
            }
            let (x1, y1) = point(outer, start + 1)
            let (x2, y2) = point(outer, end - 1)
            let (x3, y3) = point(inner, end - 1)
            let (x4, y4) = point(inner, start + 1)
            let path =
                "M\(SVG.n(x1)) \(SVG.n(y1)) A\(SVG.n(outer)) \(SVG.n(outer)) 0 0 1 \(SVG.n(x2)) \(SVG.n(y2)) "
                + "L\(SVG.n(x3)) \(SVG.n(y3)) A\(SVG.n(inner)) \(SVG.n(inner)) 0 0 0 \(SVG.n(x4)) \(SVG.n(y4)) Z"
            let mid = (start + end) / 2
            let (tx, ty) = point((outer + inner) / 2 + 6, mid)
            var text =
                "<text x=\"\(SVG.n(tx))\" y=\"\(SVG.n(ty - Double(part.steps.count) * 8 - 6))\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\" fill=\"#111827\">\(SVG.escape(part.name))</text>"
            for (k, step) in part.steps.enumerated() {
                text +=
                    "<text x=\"\(SVG.n(tx))\" y=\"\(SVG.n(ty - Double(part.steps.count) * 8 + 14 + Double(k) * 16))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1f2937\">\(k + 1). \(SVG.escape(step))</text>"
            }
            out +=
                "<a href=\"\(SVG.escape(part.href))\"><path d=\"\(path)\" fill=\"\(part.fill)\" stroke=\"#ffffff\" stroke-width=\"3\"/>\(text)</a>"
        }
        let rings = ["styrning", "verksamhet", "medborgare/brukare"]
        out +=
            "<circle cx=\"\(SVG.n(cx))\" cy=\"\(SVG.n(cy))\" r=\"\(SVG.n(inner - 4))\" fill=\"#ffffff\" stroke=\"#9ca3af\"/>"
        for (k, ring) in rings.enumerated() {
            out +=
                "<text x=\"\(SVG.n(cx))\" y=\"\(SVG.n(cy - 14 + Double(k) * 16))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#374151\">\(SVG.escape(ring))</text>"
        }
        return out + "</svg>"
    }

    /// The seed's wheel with links to where each part is done in the app.
    public static let skl = GovernanceWheel(parts: [
        Part(
            name: "Planering", steps: ["Beskriv uppdrag", "Sätta mål", "Resursfördelning", "Handlingsplan"],
            href: "/styrning/planering", fill: "#dbeafe"),
        Part(
            name: "Uppföljning och analys",
            steps: ["Samla in information", "Fokusera", "Sök orsaker", "Dra slutsatser, föreslå åtgärder"],
            href: "/styrning?visa=avvikelser", fill: "#fef3c7"),
        Part(
            name: "Åtgärder", steps: ["Konsekvensbeskrivning", "Prioritera", "Beslut"], href: "/analyses",
            fill: "#dcfce7"),
    ])
}
