/// Turns cell statistics into published group results for an outcome.
struct GroupFormatter {
    let outcome: PreparedOutcome

    func result(_ cell: CellStatistics, key: [String: String], label: String, suppressed: Bool) -> GroupResult {
        if suppressed {
            return GroupResult(
                key: key, label: label, n: nil, count: nil, estimate: nil, ciLow: nil, ciHigh: nil, suppressed: true)
        }
        var estimate: Double?
        var interval: Interval?
        if cell.n > 0 {
            estimate = cell.sum / cell.n
            switch outcome.kind {
            case .proportion: interval = cell.proportion.interval
            case .mean: interval = cell.n > 1 ? cell.mean.interval : nil
            case .value: interval = nil
            }
        }
        return GroupResult(
            key: key, label: label, n: cell.people.finite,
            count: outcome.kind == .proportion ? cell.events.finite : nil,
            estimate: estimate?.finite, ciLow: interval?.lower.finite, ciHigh: interval?.upper.finite, suppressed: false
        )
    }
}
