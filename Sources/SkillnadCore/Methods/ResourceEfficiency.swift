/// The resource-efficiency diagram of Huddinge's 3.4: effect (3.2 b) against resources (3.3 b) on
/// 5 × 5 cells; the lighter the cell, the more efficient the measure.
///
/// ```swift
/// ResourceEfficiency.level(effect: 5, resources: 1)   // 8: most efficient, lightest
/// ResourceEfficiency.level(effect: 1, resources: 5)   // 0: least efficient, darkest
/// ```
public enum ResourceEfficiency {
    /// Efficiency level 0…8 of a cell: effect − resources + 4.
    public static func level(effect: Int, resources: Int) -> Int {
        effect - resources + 4
    }

    /// Lightness 0 (dark) … 1 (light) of a cell.
    public static func lightness(effect: Int, resources: Int) -> Double {
        Double(level(effect: effect, resources: resources)) / 8
    }

    /// Swedish words for a level.
    public static func describe(effect: Int, resources: Int) -> String {
        switch level(effect: effect, resources: resources) {
        case 6...: "mycket resurseffektiv"
        case 5: "resurseffektiv"
        case 3...4: "måttligt resurseffektiv"
        case 2: "mindre resurseffektiv"
        default: "lite resurseffektiv"
        }
    }

    /// A measure's place in the diagram.
    public struct Placement: Sendable, Hashable {
        /// The measure's number (1-based, as listed).
        public var number: Int
        /// The measure's text.
        public var label: String
        /// Effect 1–5 (x).
        public var effect: Int
        /// Resources 1–5 (y).
        public var resources: Int
        /// Position among the measures in the same cell (0-based), so they do not overlap.
        public var slot: Int
        /// How many measures share the cell.
        public var slotsInCell: Int
    }

    /// Places the rated measures; measures without both ratings are left out.
    public static func placements(_ measures: [PlannedMeasure]) -> [Placement] {
        var placed: [Placement] = []
        var counts: [Int: Int] = [:]
        for (i, m) in measures.enumerated() {
            guard let e = m.effect, let r = m.resources else { continue }
            let cell = e * 10 + r
            placed.append(
                Placement(
                    number: i + 1, label: m.text, effect: e, resources: r, slot: counts[cell, default: 0],
                    slotsInCell: 0))
            counts[cell, default: 0] += 1
        }
        return placed.map { p in
            var p = p
            p.slotsInCell = counts[p.effect * 10 + p.resources] ?? 1
            return p
        }
    }
}
