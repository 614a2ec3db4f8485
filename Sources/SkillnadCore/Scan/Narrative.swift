/// Swedish sentences describing differences.
enum Narrative {
    static func value(_ group: GroupResult, _ outcome: PreparedOutcome) -> String {
        SwedishFormat.estimate(group.estimate, kind: outcome.kind)
    }

    static func measure(_ outcome: PreparedOutcome) -> String {
        "\(outcome.kind == .mean ? "Medelvärde av" : outcome.kind == .proportion ? "Andel" : "Värde för") «\(outcome.name)»"
    }

    static func twoGroups(
        outcome: PreparedOutcome, dimension: String, first: GroupResult, second: GroupResult, difference: Double
    ) -> String {
        "\(measure(outcome)) efter \(dimension): \(first.label) \(value(first, outcome)) och \(second.label) "
            + "\(value(second, outcome)), skillnad \(SwedishFormat.difference(difference, kind: outcome.kind))."
    }

    static func highestVsLowest(
        outcome: PreparedOutcome, dimensions: [String], high: GroupResult, low: GroupResult, difference: Double,
        groupCount: Int
    ) -> String {
        "\(measure(outcome)) efter \(dimensions.joined(separator: " × ")): högst \(high.label) \(value(high, outcome)), "
            + "lägst \(low.label) \(value(low, outcome)) (skillnad \(SwedishFormat.difference(difference, kind: outcome.kind)), "
            + "\(groupCount) grupper)."
    }

    static func groupVsRest(
        outcome: PreparedOutcome, group: GroupResult, rest: GroupResult, difference: Double
    ) -> String {
        "\(measure(outcome)): \(group.label) \(value(group, outcome)) mot \(value(rest, outcome)) för alla andra "
            + "(\(SwedishFormat.difference(difference, kind: outcome.kind)))."
    }

    static func trend(
        outcome: PreparedOutcome, first: String, second: String, gaps: [Double], periods: [String], slope: Double,
        direction: GapTrend.Direction
    ) -> String {
        let from = SwedishFormat.difference(gaps.first, kind: outcome.kind)
        let to = SwedishFormat.difference(gaps.last, kind: outcome.kind)
        let span = "\(periods.first ?? "")–\(periods.last ?? "")"
        let perPeriod = SwedishFormat.difference(slope, kind: outcome.kind, short: true)
        let verb: String
        switch direction {
        case .widening: verb = "ökar"
        case .narrowing: verb = "minskar"
        case .stable: verb = "förändras inte säkert"
        }
        return "\(measure(outcome)): skillnaden mellan \(first) och \(second) \(verb), från \(from) till \(to) \(span) "
            + "(\(perPeriod) per period)."
    }
}
