/// Every table one scan publishes for one outcome, linked into a ``DisclosureGraph`` and
/// disclosure-controlled together.
public struct PublishedCells: Sendable {
    /// The tables.
    public private(set) var tables: [TableKey: CrossTable] = [:]
    /// Graph cell of each table cell.
    private var graphIndex: [TableKey: [Int]] = [:]
    /// The additive relations between published cells.
    public private(set) var graph = DisclosureGraph()
    /// Which graph cells are suppressed.
    public private(set) var suppressed: [Bool] = []

    /// Creates an empty set.
    public init() {}

    /// Adds a table; its cells become graph cells.
    public mutating func add(_ table: CrossTable, key: TableKey, binary: Bool) {
        tables[key] = table
        graphIndex[key] = table.cells.map { cell in
            graph.addCell(people: cell.people, events: binary ? cell.events : nil)
        }
    }

    /// Links every table to its margins: within a period slice, each crossed dimension summed
    /// out; and pooled tables to their per-period slices.
    public mutating func link(periodSlots: Int?) {
        for (key, table) in tables {
            for (position, d) in key.dimensions.enumerated() {
                let marginKey = TableKey(dimensions: key.dimensions.filter { $0 != d }, period: key.period)
                guard let marginIndex = graphIndex[marginKey], let tableIndex = graphIndex[key] else { continue }
                var members = [[Int]](repeating: [], count: marginIndex.count)
                let marginTable = CrossTable(
                    dimensionIndices: marginKey.dimensions,
                    shape: key.dimensions.indices.filter { $0 != position }.map { table.shape[$0] })
                for flat in table.cells.indices {
                    var slots = table.slots(of: flat)
                    slots.remove(at: position)
                    members[marginTable.index(of: slots)].append(tableIndex[flat])
                }
                for (m, cells) in members.enumerated() {
                    graph.lines.append(.init(margin: marginIndex[m], members: cells))
                }
            }
            if key.period == nil, let periodSlots {
                let slices = (0..<periodSlots).map { TableKey(dimensions: key.dimensions, period: $0) }
                guard let pooled = graphIndex[key], slices.allSatisfy({ graphIndex[$0] != nil }) else { continue }
                for flat in pooled.indices {
                    // Safe: every slice was checked to be present just above.
                    let members = slices.map { graphIndex[$0]![flat] }
                    graph.lines.append(.init(margin: pooled[flat], members: members))
                }
            }
        }
    }

    /// Links a parent dimension's cells to the sums of the child cells nested in them.
    public mutating func linkNesting(child: Int, parent: Int, parentOf: [Int: Int], period: Int?) {
        guard let childCells = graphIndex[TableKey(dimensions: [child], period: period)],
            let parentCells = graphIndex[TableKey(dimensions: [parent], period: period)]
        else { return }
        var members: [Int: [Int]] = [:]
        for (c, p) in parentOf { members[p, default: []].append(childCells[c]) }
        for (p, cells) in members.sorted(by: { $0.key < $1.key }) {
            graph.lines.append(.init(margin: parentCells[p], members: cells.sorted()))
        }
    }

    /// Runs primary and secondary suppression.
    public mutating func suppress(rule: DisclosureRule) {
        suppressed = SecondarySuppression.apply(graph, rule: rule)
    }

    /// Marks cells as a linked pattern says: `hidden(key, slots)` for every cell of every table.
    public mutating func suppress(_ hidden: (TableKey, [Int]) -> Bool) {
        suppressed = [Bool](repeating: false, count: graph.count)
        for (key, table) in tables {
            guard let index = graphIndex[key] else { continue }
            for flat in table.cells.indices where hidden(key, table.slots(of: flat)) {
                suppressed[index[flat]] = true
            }
        }
    }

    /// Marks nothing as suppressed (output without disclosure control).
    public mutating func suppressNothing() {
        suppressed = [Bool](repeating: false, count: graph.count)
    }

    /// Whether a table cell is suppressed.
    public func isSuppressed(_ key: TableKey, _ flat: Int) -> Bool {
        guard let index = graphIndex[key]?[flat] else { return true }
        return suppressed.isEmpty ? false : suppressed[index]
    }

    /// The table for a key.
    public func table(_ key: TableKey) -> CrossTable? { tables[key] }
}
