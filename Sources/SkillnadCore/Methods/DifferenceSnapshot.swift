/// A difference as the explorer showed it when an analysis took it up: the dataset and version it
/// came from, the explorer query that reproduces it, and the disclosure-controlled numbers.
public struct DifferenceSnapshot: Sendable, Codable, Hashable {
    /// Dataset id.
    public var datasetId: Int64
    /// Dataset name at the time.
    public var datasetName: String
    /// Dataset version number the numbers come from.
    public var datasetVersion: Int
    /// Explorer query (without a version) that finds the difference again.
    public var query: String
    /// The difference, disclosure-controlled.
    public var difference: Difference
    /// When the numbers were taken (seconds since 1970).
    public var takenAt: Int64

    /// Creates a snapshot.
    public init(
        datasetId: Int64, datasetName: String, datasetVersion: Int, query: String, difference: Difference,
        takenAt: Int64
    ) {
        self.datasetId = datasetId
        self.datasetName = datasetName
        self.datasetVersion = datasetVersion
        self.query = query
        self.difference = difference
        self.takenAt = takenAt
    }

    /// The numbers in one Swedish sentence: estimate, CI, p and the groups with n.
    public var numbersText: String {
        let d = difference
        var parts = [
            "Skillnad \(SwedishFormat.difference(d.estimate, kind: d.outcomeKind)) "
                + "(95 % KI \(SwedishFormat.bounds(d.ciLow, d.ciHigh, kind: d.outcomeKind, difference: true)))",
            SwedishFormat.pEquals(d.pValue),
        ]
        let groups = d.groups.map { g -> String in
            let value =
                g.suppressed ? SwedishFormat.suppressed : SwedishFormat.estimate(g.estimate, kind: d.outcomeKind)
            let n = g.suppressed || g.n == nil ? SwedishFormat.suppressed : SwedishFormat.integer(g.n ?? 0)
            return "\(g.label) \(value) (n = \(n))"
        }
        parts.append(groups.joined(separator: ", "))
        return parts.joined(separator: "; ")
    }
}
