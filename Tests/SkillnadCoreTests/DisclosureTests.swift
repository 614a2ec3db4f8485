import Testing

@testable import SkillnadCore

@Suite struct DisclosureTests {
    @Test func primaryRule() {
        let rule = DisclosureRule(threshold: 5)
        #expect(rule.isPrimary(people: 4, events: nil))
        #expect(!rule.isPrimary(people: 5, events: nil))
        #expect(!rule.isPrimary(people: 0, events: nil), "an empty cell reveals no one")
        #expect(rule.isPrimary(people: 50, events: 3), "3 with the outcome")
        #expect(rule.isPrimary(people: 50, events: 48), "2 without the outcome")
        #expect(!rule.isPrimary(people: 50, events: 0))
        #expect(!rule.isPrimary(people: 50, events: 50))
        #expect(!rule.isPrimary(people: .nan, events: nil), "unknown n cannot be judged")
        #expect(DisclosureRule(threshold: 1).threshold == 3, "never below 3")
    }

    /// Builds the tables of a scan over `dims` dimensions with crossings up to `depth` from
    /// per-person-like cell counts of the full crossing.
    static func published(full: CrossTable, depth: Int) -> PublishedCells {
        var cells = PublishedCells()
        let dims = full.dimensionIndices
        for size in 0...depth {
            for subset in combinations(dims, size) {
                cells.add(full.marginal(keeping: subset), key: TableKey(dimensions: subset, period: nil), binary: true)
            }
        }
        cells.link(periodSlots: nil)
        return cells
    }

    static func combinations(_ items: [Int], _ k: Int) -> [[Int]] {
        if k == 0 { return [[]] }
        guard let first = items.first else { return [] }
        let rest = Array(items.dropFirst())
        return combinations(rest, k - 1).map { [first] + $0 } + combinations(rest, k)
    }

    static func table(_ shape: [Int], people: [Double], events: [Double]) -> CrossTable {
        var t = CrossTable(dimensionIndices: Array(shape.indices), shape: shape)
        for i in t.cells.indices {
            t.cells[i] = CellStatistics(
                n: people[i], sum: events[i], sumOfSquares: 0, people: people[i], events: events[i])
        }
        return t
    }

    @Test func oneSmallCellGetsAPartnerInEveryLine() throws {
        // kön (K, M, unknown) × område (A, B, C, unknown)
        let people: [Double] = [40, 3, 60, 0, 55, 44, 70, 0, 0, 0, 0, 0]
        let events: [Double] = [20, 1, 30, 0, 25, 20, 30, 0, 0, 0, 0, 0]
        var cells = Self.published(full: Self.table([3, 4], people: people, events: events), depth: 2)
        cells.suppress(rule: .standard)
        let pair = TableKey(dimensions: [0, 1], period: nil)
        #expect(cells.isSuppressed(pair, 1), "K × B has 3 people")
        // Its row (K) and column (B) must each hold a second suppressed cell.
        let row = (0..<4).filter { cells.isSuppressed(pair, $0) }
        let column = [1, 5, 9].filter { cells.isSuppressed(pair, $0) }
        #expect(row.count >= 2 || cells.isSuppressed(TableKey(dimensions: [0], period: nil), 0))
        #expect(column.count >= 2 || cells.isSuppressed(TableKey(dimensions: [1], period: nil), 1))
        let attack = DisclosureAttacker(graph: cells.graph, suppressed: cells.suppressed).recovered()
        #expect(attack.isEmpty, "recovered \(attack)")
    }

    @Test func noSuppressedCellCanBeRecomputedInRandomTables() {
        var generator = SeededGenerator(seed: 2026)
        for trial in 0..<150 {
            let shape = [3, Int(generator.next() % 4) + 3, Int(generator.next() % 3) + 3]
            let count = shape.reduce(1, *)
            var people: [Double] = []
            var events: [Double] = []
            for _ in 0..<count {
                let roll = generator.nextUniform()
                let n = roll < 0.25 ? Double(generator.next() % 5) : Double(generator.next() % 60)
                people.append(n)
                events.append((n * generator.nextUniform()).rounded(.down))
            }
            let depth = trial % 2 == 0 ? 2 : 3
            var cells = Self.published(full: Self.table(shape, people: people, events: events), depth: depth)
            cells.suppress(rule: .standard)
            let rule = DisclosureRule.standard
            for i in cells.graph.people.indices
            where rule.isPrimary(people: cells.graph.people[i], events: cells.graph.events[i]) {
                #expect(cells.suppressed[i], "primary cell \(i) published in trial \(trial)")
            }
            let attack = DisclosureAttacker(graph: cells.graph, suppressed: cells.suppressed).recovered()
            #expect(attack.isEmpty, "trial \(trial): recovered \(attack.count) suppressed cells")
        }
    }

    @Test func attackerDoesRecoverUnprotectedTables() {
        // Control: with only primary suppression the attacker must succeed, or the test proves nothing.
        let people: [Double] = [40, 3, 60, 0, 55, 44, 70, 0, 0, 0, 0, 0]
        let events: [Double] = [20, 1, 30, 0, 25, 20, 30, 0, 0, 0, 0, 0]
        let cells = Self.published(full: Self.table([3, 4], people: people, events: events), depth: 2)
        let primaryOnly = cells.graph.people.indices.map {
            DisclosureRule.standard.isPrimary(people: cells.graph.people[$0], events: cells.graph.events[$0])
        }
        let attack = DisclosureAttacker(graph: cells.graph, suppressed: primaryOnly).recovered()
        #expect(!attack.isEmpty)
    }
}
