/// Cell statistics over the crossing of one or more dimensions (or none: the grand total).
///
/// Cells are stored row-major over the dimensions' slots, the unknown slot included.
public struct CrossTable: Sendable, Hashable {
    /// Positions of the crossed dimensions in the analysis' dimension list, ascending.
    public let dimensionIndices: [Int]
    /// Slot counts per crossed dimension.
    public let shape: [Int]
    /// The cells.
    public var cells: [CellStatistics]

    /// Creates a table of empty cells.
    public init(dimensionIndices: [Int], shape: [Int]) {
        self.dimensionIndices = dimensionIndices
        self.shape = shape
        self.cells = Array(repeating: CellStatistics(), count: shape.reduce(1, *))
    }

    /// Flat index of a cell from its slots.
    public func index(of slots: [Int]) -> Int {
        var index = 0
        for (slot, size) in zip(slots, shape) { index = index * size + slot }
        return index
    }

    /// Slots of a flat index.
    public func slots(of index: Int) -> [Int] {
        var rest = index
        var result = [Int](repeating: 0, count: shape.count)
        for position in stride(from: shape.count - 1, through: 0, by: -1) {
            result[position] = rest % shape[position]
            rest /= shape[position]
        }
        return result
    }

    /// The margin over the dimensions in `keep` (a subset of `dimensionIndices`).
    public func marginal(keeping keep: [Int]) -> CrossTable {
        let positions = keep.map { d in
            // Safe: callers pass a subset of this table's dimensions.
            dimensionIndices.firstIndex(of: d)!
        }
        var result = CrossTable(dimensionIndices: keep, shape: positions.map { shape[$0] })
        for index in cells.indices {
            let s = slots(of: index)
            result.cells[result.index(of: positions.map { s[$0] })] += cells[index]
        }
        return result
    }

    /// The sum of all cells.
    public var total: CellStatistics {
        var sum = CellStatistics()
        for cell in cells { sum += cell }
        return sum
    }
}
