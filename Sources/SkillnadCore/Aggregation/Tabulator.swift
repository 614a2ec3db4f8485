/// Aggregates prepared rows into ``CrossTable``s.
///
/// The period, when crossed, has the dimension index ``Tabulator/periodIndex`` so it sorts
/// before the analysis dimensions.
public enum Tabulator {
    /// Dimension index used for the period in crossed tables.
    public static let periodIndex = -1

    /// Which rows a table covers with respect to the period.
    public enum PeriodScope: Sendable, Hashable {
        /// Rows of one period slot, or all periods pooled when nil.
        case slice(Int?)
        /// All periods, with the period as an extra (first) dimension of the table.
        case crossed
    }

    /// Tabulates one outcome over the given dimensions (indices into `data.dimensions`, ascending).
    public static func tabulate(
        _ data: AnalysisData, outcome: Int, dimensions: [Int], scope: PeriodScope
    ) -> CrossTable {
        let o = data.outcomes[outcome]
        var keyArrays: [[Int32]] = dimensions.map { data.slots[$0] }
        var shape = dimensions.map { data.dimensions[$0].slotCount }
        var indices = dimensions
        if scope == .crossed, let period = data.period, let periodSlots = data.periodSlots {
            keyArrays.insert(periodSlots, at: 0)
            shape.insert(period.slotCount, at: 0)
            indices.insert(periodIndex, at: 0)
        }
        var table = CrossTable(dimensionIndices: indices, shape: shape)
        var strides = [Int](repeating: 1, count: shape.count)
        for position in stride(from: shape.count - 2, through: 0, by: -1) {
            strides[position] = strides[position + 1] * shape[position + 1]
        }
        var periodFilter: Int32 = -1
        if case .slice(let slot?) = scope, data.periodSlots != nil { periodFilter = Int32(slot) }
        let y = o.y
        let w = o.w
        let aggregated = o.aggregated
        let peopleUnknown = o.peopleUnknown
        let periodSlots = data.periodSlots ?? []
        let included = data.included
        var n = [Double](repeating: 0, count: table.cells.count)
        var sum = n
        var squares = n
        var people = n
        var events = n
        y.withUnsafeBufferPointer { y in
            for row in 0..<y.count {
                guard included[row] else { continue }
                if periodFilter >= 0 && periodSlots[row] != periodFilter { continue }
                let value = y[row]
                if value.isNaN { continue }
                let weight = w?[row] ?? 1
                if weight.isNaN { continue }
                var key = 0
                for d in 0..<keyArrays.count { key += Int(keyArrays[d][row]) * strides[d] }
                n[key] += weight
                sum[key] += weight * value
                squares[key] += weight * value * value
                if aggregated {
                    people[key] += weight
                    events[key] += weight * value
                } else {
                    people[key] += 1
                    events[key] += value
                }
            }
        }
        for i in table.cells.indices {
            table.cells[i] = CellStatistics(
                n: n[i], sum: sum[i], sumOfSquares: aggregated ? .nan : squares[i],
                people: peopleUnknown ? .nan : people[i], events: events[i])
        }
        return table
    }
}
