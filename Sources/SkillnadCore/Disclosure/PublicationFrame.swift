/// Everything a reader can obtain from one dataset, protected as one whole.
///
/// A frame names the dimensions readers may cross, how deep (1, 2 or 3 at a time) and the
/// rule. Its tables are every crossing of at most `depth` of the dimensions, each for every
/// period on its own and for all periods pooled, for every outcome. ``LinkedSuppression``
/// computes one suppression pattern over all of them, so a cell hidden in one view is hidden in
/// every view, and checks for every protected cell that an attacker who combines all of them
/// still cannot narrow it down (see ``DisclosurePattern``).
///
/// ```swift
/// let frame = PublicationFrame(
///     dimensions: ["kön", "område", "åldersgrupp"], outcomes: ["beviljad_insats"], depth: 3)
/// let pattern = try LinkedSuppression.protect(table, frame: frame, base: AnalysisRequest(outcomes: [], dimensions: []))
/// ```
public struct PublicationFrame: Sendable, Hashable, Codable {
    /// The dimensions readers may use.
    public var dimensions: [String]
    /// The outcomes readers may see; protected together, since they describe the same people.
    public var outcomes: [String]
    /// The deepest crossing readers may request (1–3).
    public var depth: Int
    /// The primary rule (threshold).
    public var rule: DisclosureRule
    /// Outcomes whose 0 % and 100 % in small groups are protected too (group attribute disclosure).
    public var sensitiveOutcomes: Set<String>
    /// Groups below this size with 0 % or 100 % of a sensitive outcome are protected; by default
    /// twice the threshold.
    public var attributeLimit: Int

    /// Creates a frame.
    public init(
        dimensions: [String], outcomes: [String], depth: Int, rule: DisclosureRule = .standard,
        sensitiveOutcomes: Set<String> = [], attributeLimit: Int? = nil
    ) {
        self.dimensions = dimensions
        self.outcomes = outcomes
        self.depth = max(1, min(3, depth))
        self.rule = rule
        self.sensitiveOutcomes = sensitiveOutcomes
        self.attributeLimit = attributeLimit ?? 2 * rule.threshold
    }

    /// Number of cells per outcome a frame over dimensions with these slot counts (levels plus
    /// one for unknown) would have, with `periods` periods; to keep frames computable.
    public static func cellCount(dimensionSlots: [Int], periods: Int?, depth: Int) -> Int {
        FrameLayout.cellCount(dimensionSlots: dimensionSlots, periodSlots: periods.map { $0 + 1 }, depth: depth)
    }

    /// Whether a request over `dimensions` at `depth`, with single-value filters on `fixed`,
    /// stays inside the frame.
    public func covers(dimensions requested: [String], depth requestedDepth: Int, fixed: [String] = []) -> Bool {
        let keys = Set(dimensions.map(ColumnName.key))
        let all = requested + fixed
        guard all.allSatisfy({ keys.contains(ColumnName.key($0)) }) else { return false }
        return min(requestedDepth, requested.count) + fixed.count <= depth
    }
}
