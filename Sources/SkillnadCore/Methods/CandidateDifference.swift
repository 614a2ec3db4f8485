/// One row of Huddinge's step 1: a difference (1.1), the goals it touches (1.2) and how important
/// it is (1.3). Taken from the explorer (with a snapshot of its numbers) or typed in.
public struct CandidateDifference: Sendable, Codable, Hashable, Identifiable {
    /// Stable id within the analysis.
    public var id: String
    /// Measure and material with the difference ("Andel barn med barnsamtal, ISU 2025").
    public var measure: String
    /// The groups compared.
    public var groups: String
    /// The numbers, as text.
    public var numbers: String
    /// The explorer's numbers, when the row came from a scan.
    public var snapshot: DifferenceSnapshot?
    /// Goals the difference concerns (1.2), as goal record ids.
    public var goalIds: [Int64]
    /// Significance assessment (1.3).
    public var significance: SignificanceAssessment
    /// Goals written on the row ("Fyll i radvis", 1.2), besides registered ones; optional so
    /// earlier documents still read.
    public var goalText: String?

    /// Creates a row.
    public init(
        id: String, measure: String = "", groups: String = "", numbers: String = "",
        snapshot: DifferenceSnapshot? = nil, goalIds: [Int64] = [],
        significance: SignificanceAssessment = SignificanceAssessment()
    ) {
        self.id = id
        self.measure = measure
        self.groups = groups
        self.numbers = numbers
        self.snapshot = snapshot
        self.goalIds = goalIds
        self.significance = significance
    }

    /// A row prefilled from a snapshot.
    public init(id: String, snapshot: DifferenceSnapshot) {
        let d = snapshot.difference
        self.init(
            id: id,
            measure: "\(d.outcome) efter \(d.dimensions.joined(separator: " × ")), \(snapshot.datasetName)"
                + (d.period.map { ", \($0)" } ?? ""),
            groups: d.groups.map(\.label).joined(separator: " – "), numbers: snapshot.numbersText, snapshot: snapshot)
    }

    /// Rows ordered by D, highest first; rows without a sum last, in their original order.
    public static func sortedBySum(_ rows: [CandidateDifference]) -> [CandidateDifference] {
        rows.enumerated().sorted { a, b in
            switch (a.element.significance.sum, b.element.significance.sum) {
            case (let x?, let y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
