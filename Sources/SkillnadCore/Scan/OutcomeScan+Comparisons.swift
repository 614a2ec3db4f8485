import Foundation

extension OutcomeScan {
    /// Makes a difference from a pair comparison of two published groups.
    func finding(
        _ dims: [Int], kind: ComparisonKind, first: GroupResult, second: GroupResult, numbers: PairComparison,
        groups: [GroupResult], summary: String, testOverride: (TwoGroupTest.Method, Double?, Double?)? = nil
    ) -> Finding {
        let firstValue = first.estimate ?? 0
        let secondValue = second.estimate ?? 0
        let firstBetter = outcome.higherIsBetter ? firstValue >= secondValue : firstValue <= secondValue
        let better = firstBetter ? first : second
        let worse = firstBetter ? second : first
        // People affected: the worse-off group, except against "the rest", where the group itself is.
        let concerned = kind == .groupVsRest ? first : worse
        var excess: Double?
        if outcome.kind == .proportion, let n = concerned.n {
            excess = n * abs(firstValue - secondValue)
        }
        let (method, statistic, p) = testOverride ?? (numbers.method, numbers.statistic, numbers.pValue)
        let id =
            ([outcome.name, dims.map { data.dimensions[$0].name }.joined(separator: "+"), kind.rawValue]
            + groups.map(\.label)).joined(separator: "|")
        let difference = Difference(
            id: id, rank: 0, score: 0, scoreComponents: ScoreComponents(size: 0, affected: 0, evidence: 0, goal: 0),
            outcome: outcome.name, outcomeKind: outcome.kind, higherIsBetter: outcome.higherIsBetter,
            dimensions: dims.map { data.dimensions[$0].name }, comparison: kind, summary: summary,
            period: periodLabel(keyPeriod), test: method.rawValue, testName: method.swedishName,
            statistic: statistic?.finite, pValue: p?.finite, qValue: nil, estimate: numbers.estimate,
            ciLow: numbers.interval?.lower.finite, ciHigh: numbers.interval?.upper.finite, ratio: numbers.ratio?.finite,
            ratioLow: numbers.ratioInterval?.lower.finite, ratioHigh: numbers.ratioInterval?.upper.finite,
            excessCount: excess, affected: concerned.n, betterGroup: firstValue == secondValue ? nil : better.label,
            worseGroup: firstValue == secondValue ? nil : worse.label, groups: groups, notes: numbers.notes)
        return Finding(
            difference: difference, sizeDifference: numbers.estimate, standardDeviation: numbers.standardDeviation)
    }

    /// Two-group dimension: first level against second.
    mutating func compareTwo(
        _ dims: [Int], table: CrossTable, comparable: [(flat: Int, result: GroupResult)], hidden: [GroupResult]
    ) {
        guard comparable.count == 2, hidden.isEmpty else {
            withhold(dims, .twoGroups, (comparable.map(\.result) + hidden).map(\.label))
            return
        }
        let a = comparable[0]
        let b = comparable[1]
        guard let numbers = PairComparison(table.cells[a.flat], table.cells[b.flat], kind: outcome.kind) else { return }
        let text = Narrative.twoGroups(
            outcome: outcome, dimension: data.dimensions[dims[0]].name, first: a.result, second: b.result,
            difference: numbers.estimate)
        var found = finding(
            dims, kind: .twoGroups, first: a.result, second: b.result, numbers: numbers,
            groups: [a.result, b.result], summary: text)
        let flat = [a, b].filter { table.cells[$0.flat].mean.variance <= 0 }.map(\.result)
        if outcome.kind == .mean && flat.count == 2 {
            // Welch's t needs spread in at least one group; here neither varies.
            found.difference.statistic = nil
            found.difference.pValue = nil
            found.difference.ciLow = nil
            found.difference.ciHigh = nil
            let noSpread = Self.noSpread(flat, test: "Welchs t-test")
            found.difference.testName = noSpread.name
            found.difference.test = TwoGroupTest.Method.none.rawValue
            found.difference.notes.append(noSpread.note)
        }
        findings.append(found)
    }

    /// Many groups (or crossing cells): highest against lowest, with a homogeneity test over all
    /// published groups.
    mutating func compareMany(
        _ dims: [Int], table: CrossTable, comparable: [(flat: Int, result: GroupResult)], hidden: [GroupResult]
    ) -> TestSummary? {
        guard comparable.count >= 2 else {
            if !hidden.isEmpty { withhold(dims, .highestVsLowest, (comparable.map(\.result) + hidden).map(\.label)) }
            return nil
        }
        let sorted = comparable.sorted { ($0.result.estimate ?? 0) > ($1.result.estimate ?? 0) }
        // Safe: sorted has at least two elements (guard above).
        let high = sorted.first!
        let low = sorted.last!
        guard var numbers = PairComparison(table.cells[high.flat], table.cells[low.flat], kind: outcome.kind) else {
            return nil
        }
        var test: TestSummary?
        var noSpread: (name: String, note: String)?
        switch outcome.kind {
        case .proportion:
            let chi = ChiSquareTest(
                successes: comparable.map { table.cells[$0.flat].sum },
                totals: comparable.map { table.cells[$0.flat].n })
            test = TestSummary(method: "chi2", name: "Pearsons χ²-test", statistic: chi.statistic, pValue: chi.pValue)
            if chi.minimumExpected < 5 {
                numbers.notes.append("χ²-testet är osäkert: förväntat antal under 5 i någon cell.")
            }
        case .mean:
            let means = comparable.map { table.cells[$0.flat].mean }
            if means.allSatisfy({ $0.n > 1 && $0.variance > 0 }) {
                let anova = WelchANOVA(means)
                test = TestSummary(
                    method: "welch-anova", name: "Welchs variansanalys", statistic: anova.statistic,
                    pValue: anova.pValue)
            } else {
                let flat = zip(comparable, means).filter { !($0.1.n > 1 && $0.1.variance > 0) }.map(\.0.result)
                noSpread = Self.noSpread(flat, test: "Welchs variansanalys")
            }
        case .value:
            test = nil
        }
        if !hidden.isEmpty {
            numbers.notes.append("\(hidden.count) grupp(er) döljs av röjandekontrollen och ingår inte.")
        }
        let text = Narrative.highestVsLowest(
            outcome: outcome, dimensions: dims.map { data.dimensions[$0].name }, high: high.result, low: low.result,
            difference: numbers.estimate, groupCount: comparable.count)
        let method = TwoGroupTest.Method(rawValue: test?.method ?? "ingen") ?? TwoGroupTest.Method.none
        // Crossings are ranked by their cells' interactions; the spread is reported with the table.
        guard dims.count == 1 else { return test }
        var found = finding(
            dims, kind: .highestVsLowest, first: high.result, second: low.result, numbers: numbers,
            groups: comparable.map(\.result), summary: text,
            testOverride: (method, test?.statistic, test?.pValue))
        if let noSpread {
            found.difference.testName = noSpread.name
            found.difference.notes.append(noSpread.note)
        }
        findings.append(found)
        return test
    }

    /// Names the groups whose values do not vary (or that have one person), which a Welch test
    /// cannot use: the test's name and a note for the difference.
    static func noSpread(_ groups: [GroupResult], test: String) -> (name: String, note: String) {
        let labels = groups.map { "«\($0.label)»" }
        let list =
            labels.count == 1 ? labels[0] : labels.dropLast().joined(separator: ", ") + " och " + (labels.last ?? "")
        let values = groups.compactMap { g in
            g.estimate.map { "\(g.label): alla har värdet \(SwedishFormat.number($0))" }
        }
        return (
            "inget test (ingen spridning i \(list))",
            "\(test) kräver att värdena varierar inom varje grupp; i \(list) har alla samma värde"
                + (values.isEmpty ? "" : " (\(values.joined(separator: "; ")))") + "."
        )
    }

    /// Each published group (or crossing cell) against everyone else in the period.
    mutating func compareEachWithRest(
        _ dims: [Int], key: TableKey, table: CrossTable, comparable: [(flat: Int, result: GroupResult)],
        hidden: [GroupResult]
    ) {
        let totalKey = TableKey(dimensions: [], period: keyPeriod)
        guard let total = published.table(totalKey)?.cells.first, !published.isSuppressed(totalKey, 0) else { return }
        let rule = DisclosureRule(threshold: request.threshold)
        for item in comparable {
            let cell = table.cells[item.flat]
            let rest = total - cell
            if request.disclosureControl && rule.isPrimary(people: rest.people, events: binary ? rest.events : nil) {
                withhold(dims, .groupVsRest, [item.result.label, "alla andra"])
                continue
            }
            guard let numbers = PairComparison(cell, rest, kind: outcome.kind) else { continue }
            let restResult = result(rest, key: [:], label: "Alla andra än \(item.result.label)")
            let text = Narrative.groupVsRest(
                outcome: outcome, group: item.result, rest: restResult, difference: numbers.estimate)
            var found = finding(
                dims, kind: .groupVsRest, first: item.result, second: restResult, numbers: numbers,
                groups: [item.result, restResult], summary: text)
            if dims.count >= 2,
                let interaction = interaction(dims, slots: table.slots(of: item.flat), cell: cell, total: total)
            {
                found.sizeDifference = interaction.difference
                found.scoringPValue = interaction.pValue
                found.scoringRatio = interaction.ratio
                found.difference.notes.append(
                    "Samspel: \(SwedishFormat.difference(interaction.difference, kind: outcome.kind)) utöver vad "
                        + "\(dims.map { data.dimensions[$0].name }.joined(separator: " och ")) var för sig förutsäger "
                        + "(\(SwedishFormat.pEquals(interaction.pValue))); poängen bygger på samspelet.")
            }
            findings.append(found)
        }
        for group in hidden { withhold(dims, .groupVsRest, [group.label, "alla andra"]) }
    }
}

extension OutcomeScan {
    /// How far a crossing cell departs from the additive expectation of its dimensions:
    /// expected = Σ single-dimension levels − (k − 1) · total, tested with the cell's standard error.
    func interaction(
        _ dims: [Int], slots: [Int], cell: CellStatistics, total: CellStatistics
    ) -> (difference: Double, pValue: Double, ratio: Double?)? {
        guard outcome.kind != .value, cell.n > 1, total.n > 0 else { return nil }
        var expected = -Double(dims.count - 1) * (total.sum / total.n)
        for (d, slot) in zip(dims, slots) {
            let key = TableKey(dimensions: [d], period: keyPeriod)
            // A hidden single-dimension cell must not leak through the expectation.
            guard let single = published.table(key)?.cells[slot], single.n > 0, !published.isSuppressed(key, slot)
            else { return nil }
            expected += single.sum / single.n
        }
        let observed = cell.sum / cell.n
        let se: Double
        switch outcome.kind {
        case .proportion:
            let adjusted = (cell.sum + 1) / (cell.n + 2)
            se = (adjusted * (1 - adjusted) / cell.n).squareRoot()
        case .mean: se = cell.mean.standardError
        case .value: return nil
        }
        guard se > 0, se.isFinite else { return nil }
        let difference = observed - expected
        let ratio = expected > 0 && observed > 0 ? observed / expected : nil
        return (difference, Normal.twoSidedP(difference / se), ratio)
    }
}
