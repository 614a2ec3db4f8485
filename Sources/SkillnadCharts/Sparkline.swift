/// A small line of an indicator's recent values for a table row; the last point is marked. The
/// values are also given as text beside it, so the line is never the only carrier.
public struct Sparkline: Sendable {
    /// Values oldest first (nil = missing).
    public var values: [Double?]
    /// Accessible label ("2021–2025: 78, 80, 84, 85, 84").
    public var label: String

    /// Creates a sparkline.
    public init(values: [Double?], label: String) {
        self.values = values
        self.label = label
    }

    /// The line as SVG, 96 × 24 pixels.
    public func svg() -> String {
        let present = values.compactMap { $0 }
        guard present.count >= 2, let low = present.min(), let high = present.max() else {
            return
                "<svg class=\"spark\" width=\"96\" height=\"24\" role=\"img\" aria-label=\"\(SVG.escape(label))\"></svg>"
        }
        let span = high - low
        func x(_ i: Int) -> Double { 4 + Double(i) / Double(max(1, values.count - 1)) * 88 }
        func y(_ v: Double) -> Double { span == 0 ? 12 : 20 - (v - low) / span * 16 }
        var segments: [String] = []
        var current: [String] = []
        for (i, value) in values.enumerated() {
            if let value {
                current.append("\(SVG.n(x(i))),\(SVG.n(y(value)))")
            } else if !current.isEmpty {
                segments.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { segments.append(current.joined(separator: " ")) }
        let lines = segments.map {
            "<polyline points=\"\($0)\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.5\"/>"
        }.joined()
        let last = values.indices.last { values[$0] != nil }
        let dot =
            last.flatMap { i in
                values[i].map { v in
                    "<circle cx=\"\(SVG.n(x(i)))\" cy=\"\(SVG.n(y(v)))\" r=\"2.5\" fill=\"#1f5fa8\"/>"
                }
            } ?? ""
        return
            "<svg class=\"spark\" width=\"96\" height=\"24\" viewBox=\"0 0 96 24\" role=\"img\" aria-label=\"\(SVG.escape(label))\">\(lines)\(dot)</svg>"
    }
}
