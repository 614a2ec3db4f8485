/// The scan of one outcome: its published tables, their disclosure control, comparisons and
/// trends.
struct OutcomeScan {
    let data: AnalysisData
    let outcomeIndex: Int
    let outcome: PreparedOutcome
    let request: AnalysisRequest
    /// The linked pattern when the output is for publication.
    let publication: PublicationCells?
    /// Tables the publication frame leaves out.
    var outsideFrame: Set<TableKey> = []
    /// Period slot of the cross-sectional tables (nil: pooled or no period).
    let keyPeriod: Int?
    /// Whether per-period tables are published for trends.
    let hasTrend: Bool
    var published = PublishedCells()
    var findings: [Finding] = []
    var withheld: [SuppressedComparison] = []
    var summaries: [DimensionSummary] = []
    /// Notes for the whole scan (tables left out for publication).
    var notes: [String] = []

    init(data: AnalysisData, outcomeIndex: Int, request: AnalysisRequest, publication: PublicationCells? = nil) throws {
        self.data = data
        self.outcomeIndex = outcomeIndex
        self.outcome = data.outcomes[outcomeIndex]
        self.request = request
        self.publication = publication
        keyPeriod = data.selectedPeriod(forOutcome: outcomeIndex)
        if let period = data.period {
            hasTrend = period.levels.count >= 2
        } else {
            hasTrend = false
        }
        buildTables()
        try checkUniqueValues()
        if let publication {
            let name = outcome.name
            var outside: Set<TableKey> = []
            published.suppress { key, slots in
                switch publication.status(outcome: name, key: key, slots: slots) {
                case .published: return false
                case .suppressed: return true
                case .outsideFrame:
                    outside.insert(key)
                    return true
                }
            }
            outsideFrame = outside
        } else if request.disclosureControl {
            published.suppress(rule: DisclosureRule(threshold: request.threshold))
        } else {
            published.suppressNothing()
        }
    }

    /// Subsets of the dimensions of each size up to the crossing depth.
    var subsets: [[Int]] {
        var result: [[Int]] = [[]]
        for size in 1...min(request.crossDepth, data.dimensions.count) {
            result += Self.combinations(Array(data.dimensions.indices), size)
        }
        return result
    }

    static func combinations(_ items: [Int], _ k: Int) -> [[Int]] {
        if k == 0 { return [[]] }
        guard let first = items.first else { return [] }
        let rest = Array(items.dropFirst())
        return combinations(rest, k - 1).map { [first] + $0 } + combinations(rest, k)
    }

    var binary: Bool { outcome.kind == .proportion }

    /// Computes every published table.
    mutating func buildTables() {
        let all = subsets
        let depth = all.map(\.count).max() ?? 0
        if hasTrend, let period = data.period {
            for dims in all where dims.count <= 1 {
                let crossed = Tabulator.tabulate(data, outcome: outcomeIndex, dimensions: dims, scope: .crossed)
                for p in 0..<period.slotCount {
                    published.add(
                        Self.slice(crossed, period: p), key: TableKey(dimensions: dims, period: p), binary: binary)
                }
            }
            let cross = all.filter { keyPeriod == nil || $0.count >= 2 }
            addDerived(cross, depth: depth, period: keyPeriod)
            published.link(periodSlots: keyPeriod == nil ? period.slotCount : nil)
            linkNestedDimensions(periods: Array(0..<period.slotCount) + (keyPeriod == nil ? [nil] : []))
        } else {
            addDerived(all, depth: depth, period: keyPeriod)
            published.link(periodSlots: nil)
            linkNestedDimensions(periods: [keyPeriod])
        }
    }

    /// When one dimension nests in another (every area lies in one municipality), each parent
    /// cell is the sum of its children even if the crossing is not published; those sums are
    /// linked too so disclosure control covers them.
    mutating func linkNestedDimensions(periods: [Int?]) {
        // Published crossings already carry these sums, unless per-period tables exist too.
        // (For publication the frame's pattern covers every table.)
        guard publication == nil, data.dimensions.count >= 2, request.crossDepth < 2 || hasTrend else { return }
        for a in data.dimensions.indices {
            for b in data.dimensions.indices where b > a {
                let pair = Tabulator.tabulate(data, outcome: outcomeIndex, dimensions: [a, b], scope: .slice(nil))
                for (child, parent) in [(0, 1), (1, 0)] {
                    guard let parentOf = Self.nesting(pair, child: child, parent: parent) else { continue }
                    let dims = [a, b]
                    for period in periods {
                        published.linkNesting(
                            child: dims[child], parent: dims[parent], parentOf: parentOf, period: period)
                    }
                }
            }
        }
    }

    /// The parent slot of every child slot with people, when each child lies in one parent and
    /// there are fewer parents than children (a real hierarchy); nil otherwise.
    static func nesting(_ pair: CrossTable, child: Int, parent: Int) -> [Int: Int]? {
        var parentOf: [Int: Int] = [:]
        for flat in pair.cells.indices where pair.cells[flat].n > 0 {
            let slots = pair.slots(of: flat)
            if let existing = parentOf[slots[child]], existing != slots[parent] { return nil }
            parentOf[slots[child]] = slots[parent]
        }
        let parents = Set(parentOf.values).count
        return parents > 1 && parents < parentOf.count ? parentOf : nil
    }

    /// Adds tables for `subsets` in one period scope: the largest crossings are tabulated and
    /// smaller ones derived as their margins, so every margin adds up exactly.
    mutating func addDerived(_ subsets: [[Int]], depth: Int, period: Int?) {
        guard !subsets.isEmpty else { return }
        var computed: [[Int]: CrossTable] = [:]
        let scope = Tabulator.PeriodScope.slice(period)
        for dims in subsets.sorted(by: { $0.count > $1.count }) {
            let table: CrossTable
            if let parent = computed.first(where: { Set(dims).isSubset(of: Set($0.key)) && $0.key.count > dims.count })
            {
                table = parent.value.marginal(keeping: dims)
            } else {
                table = Tabulator.tabulate(data, outcome: outcomeIndex, dimensions: dims, scope: scope)
            }
            computed[dims] = table
            published.add(table, key: TableKey(dimensions: dims, period: period), binary: binary)
        }
    }

    /// The cells of one period from a table crossed with the period (period first).
    static func slice(_ crossed: CrossTable, period: Int) -> CrossTable {
        let dims = Array(crossed.dimensionIndices.dropFirst())
        var table = CrossTable(dimensionIndices: dims, shape: Array(crossed.shape.dropFirst()))
        let stride = table.cells.count
        for i in table.cells.indices { table.cells[i] = crossed.cells[period * stride + i] }
        return table
    }

    /// Aggregated values without counts must be one row per group.
    func checkUniqueValues() throws {
        guard outcome.kind == .value, outcome.peopleUnknown else { return }
        for (key, table) in published.tables
        where key.dimensions.count == min(request.crossDepth, data.dimensions.count) {
            if table.cells.contains(where: { $0.n > 1.5 }) {
                throw AnalysisError.ambiguousAggregatedRows(outcome: outcome.name, varying: outcome.varyingColumns)
            }
        }
    }

    /// People with a value in the compared period.
    var totalPeople: Double? {
        let key = TableKey(dimensions: [], period: keyPeriod)
        guard let total = published.table(key)?.cells.first, !published.isSuppressed(key, 0) else { return nil }
        return total.people.isNaN ? nil : total.people
    }

    mutating func run() {
        for dims in subsets where !dims.isEmpty {
            scanTable(dims)
        }
    }
}
