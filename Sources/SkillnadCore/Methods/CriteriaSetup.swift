/// How the appendix criteria are applied to a dataset: which outcome and groups, and which
/// columns carry each criterion.
public struct CriteriaSetup: Sendable, Codable, Hashable {
    /// Decisions or participation.
    public var kind: CriteriaKind = .decisions
    /// Dataset id (individual level).
    public var datasetId: Int64?
    /// The binary outcome (e.g. beviljad_insats, barnsamtal_genomfort).
    public var outcome = ""
    /// The column defining the groups (e.g. kön).
    public var groupColumn = ""
    /// The two groups compared; empty when the column has exactly two.
    public var groups: [String] = []
    /// Criterion id → the columns that carry it.
    public var columns: [String: [String]] = [:]

    /// An empty set-up.
    public init() {}

    /// A set-up with the suggested columns of every criterion that exist in the dataset.
    public static func suggested(
        kind: CriteriaKind, datasetId: Int64?, outcome: String, groupColumn: String, available: [String],
        earlierNames: [String: String] = [:]
    ) -> CriteriaSetup {
        var setup = CriteriaSetup()
        setup.kind = kind
        setup.datasetId = datasetId
        setup.outcome = outcome
        setup.groupColumn = groupColumn
        for criterion in kind.criteria {
            let suggestion = criterion.suggestion(among: available, earlierNames: earlierNames)
            if !suggestion.isEmpty { setup.columns[criterion.id] = suggestion }
        }
        return setup
    }

    /// The set-up with every column name passed through `current` (names saved before a column
    /// was relabelled find the column under its present name).
    public func renamed(_ current: (String) -> String) -> CriteriaSetup {
        var setup = self
        setup.outcome = current(outcome)
        setup.groupColumn = current(groupColumn)
        setup.columns = columns.mapValues { $0.map(current) }
        return setup
    }

    /// The mapped criteria in the appendix's order, with their columns.
    public var mapped: [(criterion: UnmotivatedCriterion, columns: [String])] {
        kind.criteria.compactMap { c in
            guard let cols = columns[c.id], !cols.isEmpty else { return nil }
            return (c, cols)
        }
    }

    /// Every mapped column once, in criterion order.
    public var allColumns: [String] {
        var seen = Set<String>()
        return mapped.flatMap(\.columns).filter { seen.insert($0).inserted }
    }
}
