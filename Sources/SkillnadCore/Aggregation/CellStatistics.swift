/// Sufficient statistics of one cell (one group) for one outcome.
///
/// For a binary outcome `sum` is the number with the outcome; for a numeric outcome `sum` and
/// `sumOfSquares` give the mean and variance. `people` and `events` are unweighted counts used
/// for disclosure control.
public struct CellStatistics: Sendable, Hashable, Codable {
    /// Number of people (weighted).
    public var n: Double = 0
    /// Σy (weighted).
    public var sum: Double = 0
    /// Σy² (weighted); NaN when unknown (aggregated values).
    public var sumOfSquares: Double = 0
    /// Unweighted number of people, for disclosure control.
    public var people: Double = 0
    /// Unweighted number with the outcome (binary outcomes), for disclosure control.
    public var events: Double = 0

    /// An empty cell.
    public init() {}

    /// A cell with the given values.
    public init(n: Double, sum: Double, sumOfSquares: Double, people: Double, events: Double) {
        self.n = n
        self.sum = sum
        self.sumOfSquares = sumOfSquares
        self.people = people
        self.events = events
    }

    /// Adds another cell's statistics.
    public static func += (lhs: inout CellStatistics, rhs: CellStatistics) {
        lhs.n += rhs.n
        lhs.sum += rhs.sum
        lhs.sumOfSquares += rhs.sumOfSquares
        lhs.people += rhs.people
        lhs.events += rhs.events
    }

    /// Subtracts another cell's statistics (used for "the rest" = total − cell).
    public static func - (lhs: CellStatistics, rhs: CellStatistics) -> CellStatistics {
        CellStatistics(
            n: lhs.n - rhs.n, sum: lhs.sum - rhs.sum, sumOfSquares: lhs.sumOfSquares - rhs.sumOfSquares,
            people: lhs.people - rhs.people, events: lhs.events - rhs.events)
    }

    /// The proportion (binary outcomes).
    public var proportion: Proportion { Proportion(successes: sum, n: n) }

    /// The mean with its variance (numeric outcomes).
    public var mean: Mean { Mean(n: n, sum: sum, sumOfSquares: sumOfSquares) }
}
