/// The tables of a ``PublicationFrame`` laid out over one numbering of cells.
///
/// Axes are the frame's dimensions followed by the period (when the data has one). A table is
/// a set of axes: every subset of at most `depth` dimensions, with and without the period. Each
/// table's cells get consecutive global ids, so per-cell data lives in flat arrays.
struct FrameLayout: Sendable {
    /// One table: its axes, shape and the global id of its first cell.
    struct Table: Sendable {
        /// Axis indices, ascending.
        let axes: [Int]
        /// Bit set of the axes.
        let mask: UInt64
        /// Slot count per axis.
        let shape: [Int]
        /// Row-major strides.
        let strides: [Int]
        /// Global id of the first cell.
        let offset: Int
        /// Number of cells.
        let count: Int

        /// Flat index of the cell a full coordinate (one slot per axis of the frame) falls in.
        func flat(_ coordinate: [Int]) -> Int {
            var index = 0
            for (axis, stride) in zip(axes, strides) { index += coordinate[axis] * stride }
            return index
        }

        /// Slots of a flat index, one per axis of the table.
        func slots(_ flat: Int) -> [Int] {
            var rest = flat
            var result = [Int](repeating: 0, count: axes.count)
            for position in axes.indices {
                result[position] = rest / strides[position]
                rest %= strides[position]
            }
            return result
        }
    }

    /// Slot count per axis (dimensions, then the period).
    let shape: [Int]
    /// The period's axis, when there is one.
    let periodAxis: Int?
    /// The deepest crossing of dimensions.
    let depth: Int
    /// The tables.
    let tables: [Table]
    /// Table index by axis mask.
    let tableByMask: [UInt64: Int]
    /// Total number of cells.
    let cellCount: Int
    /// Tables containing each table's axes, by mask.
    private let supersetsByMask: [UInt64: [Int]]

    /// Lays out every table of at most `depth` dimensions, with and without the period.
    init(dimensionSlots: [Int], periodSlots: Int?, depth: Int) {
        var shape = dimensionSlots
        if let periodSlots {
            periodAxis = shape.count
            shape.append(periodSlots)
        } else {
            periodAxis = nil
        }
        self.shape = shape
        self.depth = depth
        var subsets: [[Int]] = [[]]
        for size in 1...max(1, min(depth, dimensionSlots.count)) where !dimensionSlots.isEmpty {
            subsets += Self.combinations(Array(dimensionSlots.indices), size)
        }
        var tables: [Table] = []
        var byMask: [UInt64: Int] = [:]
        var offset = 0
        for dims in subsets {
            for axes in [dims] + (periodAxis.map { [dims + [$0]] } ?? []) {
                let tableShape = axes.map { shape[$0] }
                var strides = [Int](repeating: 1, count: axes.count)
                for position in stride(from: axes.count - 2, through: 0, by: -1) {
                    strides[position] = strides[position + 1] * tableShape[position + 1]
                }
                let count = tableShape.reduce(1, *)
                let mask = axes.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
                byMask[mask] = tables.count
                tables.append(
                    Table(axes: axes, mask: mask, shape: tableShape, strides: strides, offset: offset, count: count))
                offset += count
            }
        }
        self.tables = tables
        self.tableByMask = byMask
        self.cellCount = offset
        var supersets: [UInt64: [Int]] = [:]
        for table in tables {
            supersets[table.mask] = tables.indices.filter { tables[$0].mask & table.mask == table.mask }
        }
        supersetsByMask = supersets
    }

    /// Number of cells a frame would have, without building it.
    static func cellCount(dimensionSlots: [Int], periodSlots: Int?, depth: Int) -> Int {
        var total = 0
        var subsets: [[Int]] = [[]]
        for size in 1...max(1, min(depth, dimensionSlots.count)) where !dimensionSlots.isEmpty {
            subsets += combinations(Array(dimensionSlots.indices), size)
        }
        for dims in subsets {
            let cells = dims.reduce(1) { $0 * dimensionSlots[$1] }
            total += cells * (periodSlots.map { 1 + $0 } ?? 1)
        }
        return total
    }

    /// The k-subsets of `items`, in lexicographic order.
    static func combinations(_ items: [Int], _ k: Int) -> [[Int]] {
        if k == 0 { return [[]] }
        guard let first = items.first else { return [] }
        let rest = Array(items.dropFirst())
        return combinations(rest, k - 1).map { [first] + $0 } + combinations(rest, k)
    }

    /// Tables whose axes include every axis in `mask`.
    func supersets(of mask: UInt64) -> [Int] {
        supersetsByMask[mask] ?? tables.indices.filter { tables[$0].mask & mask == mask }
    }

    /// The table of a cell id.
    func table(ofCell id: Int) -> Int {
        // Tables are laid out in increasing offsets: binary search.
        var low = 0
        var high = tables.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if tables[mid].offset <= id { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
