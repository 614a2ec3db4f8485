extension OutcomeScan {
    /// The published result of one cell.
    func groupResult(_ key: TableKey, _ flat: Int) -> GroupResult {
        guard let table = published.table(key) else {
            return GroupResult(
                key: [:], label: "", n: nil, count: nil, estimate: nil, ciLow: nil, ciHigh: nil, suppressed: true)
        }
        let slots = table.slots(of: flat)
        var keyMap: [String: String] = [:]
        var labels: [String] = []
        for (d, slot) in zip(key.dimensions, slots) {
            let dimension = data.dimensions[d]
            keyMap[dimension.name] = dimension.label(slot)
            labels.append(dimension.label(slot))
        }
        let label = labels.isEmpty ? "Totalt" : labels.joined(separator: " × ")
        if published.isSuppressed(key, flat) {
            return GroupResult(
                key: keyMap, label: label, n: nil, count: nil, estimate: nil, ciLow: nil, ciHigh: nil, suppressed: true)
        }
        return result(table.cells[flat], key: keyMap, label: label)
    }

    /// A group result from cell statistics (also used for "the rest").
    func result(_ cell: CellStatistics, key: [String: String], label: String) -> GroupResult {
        let n: Double? = cell.people.isNaN ? nil : cell.people
        var estimate: Double?
        var interval: Interval?
        switch outcome.kind {
        case .proportion:
            if cell.n > 0 {
                estimate = cell.sum / cell.n
                interval = cell.proportion.interval
            }
        case .mean:
            if cell.n > 0 { estimate = cell.sum / cell.n }
            if cell.n > 1 { interval = cell.mean.interval }
        case .value:
            if cell.n > 0 { estimate = cell.sum / cell.n }
        }
        return GroupResult(
            key: key, label: label, n: n, count: binary ? cell.events.finite : nil, estimate: estimate?.finite,
            ciLow: interval?.lower.finite, ciHigh: interval?.upper.finite, suppressed: false)
    }

    /// Whether every slot of a cell is a real group (not unknown, not a total level).
    func isComparable(_ dims: [Int], _ slots: [Int]) -> Bool {
        zip(dims, slots).allSatisfy { d, slot in data.dimensions[d].comparableSlots.contains(slot) }
    }

    /// Whether a cell should be listed in a table: real groups always, unknown groups when they
    /// have people.
    func isListed(_ dims: [Int], _ slots: [Int], _ cell: CellStatistics) -> Bool {
        let real = zip(dims, slots).allSatisfy { d, slot in
            slot < data.dimensions[d].levels.count && !data.dimensions[d].totalLevels.contains(slot)
        }
        return real || cell.n > 0
    }
}
