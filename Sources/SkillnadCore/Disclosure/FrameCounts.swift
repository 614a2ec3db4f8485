/// People per cell of a ``FrameLayout``, split for every outcome into three categories.
///
/// For a binary outcome the categories are: with the outcome, without it, and no value; for a
/// numeric outcome: with a value, (unused), and no value. So for outcome `o` a cell publishes
/// `n = c0 + c1` and, for binary outcomes, `events = c0`. The same counts are kept for the joint
/// cells (one per full coordinate that occurs), which certificates move people between.
struct FrameCounts: Sendable {
    /// Number of categories per outcome.
    static let categories = 3

    let layout: FrameLayout
    /// Outcome names, in frame order.
    let outcomeNames: [String]
    /// Whether each outcome is binary.
    let binary: [Bool]
    /// Full coordinate of each joint cell.
    let joint: [[Int]]
    /// Counts per joint cell: `[joint × outcomes × 3]`.
    let jointCounts: [Double]
    /// Counts per frame cell: `[cell × outcomes × 3]`.
    let cellCounts: [Double]
    /// Whether each outcome has people without a value.
    let hasMissing: [Bool]

    var outcomeCount: Int { outcomeNames.count }

    /// Count of one category of one outcome in a frame cell.
    func count(cell: Int, outcome: Int, category: Int) -> Double {
        cellCounts[(cell * outcomeCount + outcome) * Self.categories + category]
    }

    /// Count of one category of one outcome in a joint cell.
    func jointCount(_ j: Int, outcome: Int, category: Int) -> Double {
        jointCounts[(j * outcomeCount + outcome) * Self.categories + category]
    }

    /// People with a value of the outcome in a cell (the published n).
    func present(cell: Int, outcome: Int) -> Double {
        count(cell: cell, outcome: outcome, category: 0) + count(cell: cell, outcome: outcome, category: 1)
    }

    /// Builds the counts from prepared data whose dimensions are the frame's, in frame order.
    init(data: AnalysisData, depth: Int) {
        let periodSlots = data.period.map { $0.slotCount }
        layout = FrameLayout(
            dimensionSlots: data.dimensions.map(\.slotCount), periodSlots: periodSlots, depth: depth)
        let usable = data.outcomes.indices.filter { !data.outcomes[$0].peopleUnknown }
        outcomeNames = usable.map { data.outcomes[$0].name }
        binary = usable.map { data.outcomes[$0].kind == .proportion }
        let k = usable.count * Self.categories
        let axes = layout.shape.count
        var index: [[Int]: Int] = [:]
        var joint: [[Int]] = []
        var counts: [Double] = []
        var coordinate = [Int](repeating: 0, count: axes)
        for row in 0..<data.rowCount where data.included[row] {
            for d in data.dimensions.indices { coordinate[d] = Int(data.slots[d][row]) }
            if let axis = layout.periodAxis, let slots = data.periodSlots { coordinate[axis] = Int(slots[row]) }
            let j: Int
            if let existing = index[coordinate] {
                j = existing
            } else {
                j = joint.count
                index[coordinate] = j
                joint.append(coordinate)
                counts += [Double](repeating: 0, count: k)
            }
            for (position, o) in usable.enumerated() {
                Self.add(data.outcomes[o], row: row, into: &counts, at: j * k + position * Self.categories)
            }
        }
        // Aggregated sources: "no value" is the people of the joint cell that this outcome lacks.
        if data.outcomes.contains(where: \.aggregated) {
            for j in joint.indices {
                let base = j * k
                var people = 0.0
                for position in usable.indices {
                    let at = base + position * Self.categories
                    people = max(people, counts[at] + counts[at + 1] + counts[at + 2])
                }
                for position in usable.indices {
                    let at = base + position * Self.categories
                    counts[at + 2] = people - counts[at] - counts[at + 1]
                }
            }
        }
        self.joint = joint
        jointCounts = counts
        hasMissing = usable.indices.map { position in
            joint.indices.contains { counts[$0 * k + position * Self.categories + 2] > 1e-9 }
        }
        var cells = [Double](repeating: 0, count: layout.cellCount * k)
        for table in layout.tables {
            for j in joint.indices {
                let cell = table.offset + table.flat(joint[j])
                let from = j * k
                let to = cell * k
                for i in 0..<k { cells[to + i] += counts[from + i] }
            }
        }
        cellCounts = cells
    }

    /// Adds one row of one outcome to a joint cell's categories.
    private static func add(_ outcome: PreparedOutcome, row: Int, into counts: inout [Double], at base: Int) {
        let value = outcome.y[row]
        let weight = outcome.w?[row] ?? 1
        if outcome.aggregated {
            guard !value.isNaN, !weight.isNaN else { return }
            if outcome.kind == .proportion {
                counts[base] += weight * value
                counts[base + 1] += weight * (1 - value)
            } else {
                counts[base] += weight
            }
            return
        }
        if value.isNaN || weight.isNaN {
            counts[base + 2] += 1
        } else if outcome.kind == .proportion {
            counts[base + (value > 0.5 ? 0 : 1)] += 1
        } else {
            counts[base] += 1
        }
    }
}
