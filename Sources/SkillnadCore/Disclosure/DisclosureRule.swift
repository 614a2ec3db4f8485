/// The primary suppression rule.
///
/// A cell is suppressed when it has between 1 and `threshold − 1` people, or when the number
/// with the outcome, or without it, is between 1 and `threshold − 1` (so a small group cannot be
/// singled out even inside a large cell). The threshold is never below 3. An empty cell (no
/// people) reveals no one and is published as 0.
public struct DisclosureRule: Sendable, Hashable, Codable {
    /// Smallest publishable count.
    public let threshold: Int

    /// The default rule: threshold 5.
    public static let standard = DisclosureRule(threshold: 5)

    /// Creates a rule; thresholds below 3 are raised to 3.
    public init(threshold: Int) {
        self.threshold = max(3, threshold)
    }

    /// Whether a cell must be suppressed on its own.
    ///
    /// - Parameters:
    ///   - people: unweighted number of people (NaN when unknown: the rule cannot apply).
    ///   - events: number with the outcome, when the outcome is binary.
    public func isPrimary(people: Double, events: Double?) -> Bool {
        guard !people.isNaN else { return false }
        let t = Double(threshold)
        if people > 1e-9 && people < t { return true }
        guard let events, !events.isNaN else { return false }
        let without = people - events
        return (events > 1e-9 && events < t) || (without > 1e-9 && without < t)
    }
}
