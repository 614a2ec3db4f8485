extension OutcomeScan {
    /// Summarises, compares and measures one published table.
    mutating func scanTable(_ dims: [Int]) {
        let key = TableKey(dimensions: dims, period: keyPeriod)
        guard let table = published.table(key) else { return }
        // For publication, a table the frame leaves out is not shown at all.
        if outsideFrame.contains(key) {
            let names = dims.map { data.dimensions[$0].name }.joined(separator: " × ")
            notes.append(
                "\(outcome.name) efter \(names) kan inte publiceras: tabellen skulle röja små grupper även med dolda celler."
            )
            return
        }
        let totalKey = TableKey(dimensions: [], period: keyPeriod)
        let total = groupResult(totalKey, 0)
        var listed: [GroupResult] = []
        var comparable: [(flat: Int, result: GroupResult)] = []
        var hidden: [GroupResult] = []
        for flat in table.cells.indices {
            let slots = table.slots(of: flat)
            guard isListed(dims, slots, table.cells[flat]) else { continue }
            let group = groupResult(key, flat)
            listed.append(group)
            guard isComparable(dims, slots) else { continue }
            if group.suppressed {
                hidden.append(group)
            } else if table.cells[flat].n > 0 {
                comparable.append((flat, group))
            }
        }
        let names = dims.map { data.dimensions[$0].name }
        let comparableLevels = dims.reduce(1) { $0 * data.dimensions[$1].comparableSlots.count }
        var summary = DimensionSummary(
            outcome: outcome.name, outcomeKind: outcome.kind, dimensions: names, period: periodLabel(keyPeriod),
            groups: listed, total: total, homogeneity: nil, measures: [],
            ordered: dims.count == 1 && data.dimensions[dims[0]].ordered,
            notes: [], trend: nil)
        if comparableLevels < 2 && dims.count == 1 {
            let dimension = data.dimensions[dims[0]]
            let only = dimension.comparableSlots.first.map { " (\(dimension.label($0)))" } ?? ""
            let text =
                "«\(dimension.name)» har bara en grupp\(only) med uppgifter"
                + (data.period == nil ? "" : " i perioden") + ": det finns inget att jämföra."
            summary.notes.append(text)
            notes.append("\(outcome.name) efter \(text)")
        }
        if comparableLevels == 2 && dims.count == 1 {
            compareTwo(dims, table: table, comparable: comparable, hidden: hidden)
        } else if comparableLevels > 2 {
            summary.homogeneity = compareMany(dims, table: table, comparable: comparable, hidden: hidden)
            compareEachWithRest(dims, key: key, table: table, comparable: comparable, hidden: hidden)
        }
        if dims.count == 1 && comparable.count >= 2 {
            addMeasures(&summary, dims: dims, table: table, comparable: comparable, hidden: hidden)
        }
        if dims.count == 1 && hasTrend {
            summary.trend = trend(dims[0])
        }
        summaries.append(summary)
    }

    func periodLabel(_ slot: Int?) -> String? {
        guard let period = data.period else { return nil }
        return slot.map { period.label($0) } ?? "alla perioder"
    }

    mutating func withhold(_ dims: [Int], _ kind: ComparisonKind, _ groups: [String]) {
        withheld.append(
            SuppressedComparison(
                outcome: outcome.name, dimensions: dims.map { data.dimensions[$0].name }, comparison: kind,
                groups: groups))
    }

    /// HEAT summary measures over the published groups of a single dimension.
    func addMeasures(
        _ summary: inout DimensionSummary, dims: [Int], table: CrossTable,
        comparable: [(flat: Int, result: GroupResult)],
        hidden: [GroupResult]
    ) {
        let dimension = data.dimensions[dims[0]]
        let scale = outcome.scale
        let subgroups = comparable.compactMap { item -> Subgroup? in
            let cell = table.cells[item.flat]
            guard let estimate = item.result.estimate else { return nil }
            var se: Double?
            switch outcome.kind {
            case .proportion: se = cell.proportion.standardError * scale
            case .mean: se = cell.n > 1 ? cell.mean.standardError : nil
            case .value: se = nil
            }
            let population = cell.people.isNaN ? cell.n : cell.people
            return Subgroup(
                label: item.result.label, estimate: estimate * scale, population: population, standardError: se,
                order: dimension.ordered ? table.slots(of: item.flat)[0] + 1 : nil)
        }
        guard subgroups.count >= 2, subgroups.allSatisfy({ $0.population > 0 }) else { return }
        // Theil's index and the mean log deviation take logarithms of each group's level: with a
        // level of zero (or below) they are not defined, so they are left out rather than computed
        // on a substitute value.
        let atOrBelowZero = subgroups.filter { $0.estimate <= 0 }.map(\.label)
        let logBased: Set<InequalityMeasureKind> = [.theilIndex, .meanLogDeviation]
        if !atOrBelowZero.isEmpty {
            summary.notes.append(
                "Theils index och genomsnittlig logaritmisk avvikelse redovisas inte: de bygger på logaritmer och "
                    + "kräver att alla grupper har ett värde över noll, men "
                    + atOrBelowZero.map { "«\($0)»" }.joined(separator: ", ")
                    + " har noll eller lägre.")
        }
        let measures = InequalityMeasures(
            subgroups, favourable: outcome.higherIsBetter, ordered: dimension.ordered, scale: scale,
            binary: outcome.kind == .proportion)
        summary.measures = measures.measures.filter {
            $0.value.isFinite && (atOrBelowZero.isEmpty || !logBased.contains($0.kind))
        }.map { measure in
            var m = measure
            if let i = m.interval, !(i.lower.isFinite && i.upper.isFinite) { m.interval = nil }
            return m
        }
        if !hidden.isEmpty {
            summary.notes.append(
                "Sammanfattande mått är beräknade utan \(hidden.count) grupp(er) som röjandekontrollen döljer.")
        }
    }
}
