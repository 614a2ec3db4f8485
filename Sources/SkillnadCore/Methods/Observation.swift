/// An observation in ISU's step 1 (Vad ser vi?): a difference or likeness worth a closer look,
/// written by the analysts and, when taken from the explorer, with its numbers.
public struct Observation: Sendable, Codable, Hashable, Identifiable {
    /// Stable id within the analysis.
    public var id: String
    /// What we see.
    public var text: String
    /// The explorer's numbers, when the observation came from a scan.
    public var snapshot: DifferenceSnapshot?

    /// Creates an observation.
    public init(id: String, text: String = "", snapshot: DifferenceSnapshot? = nil) {
        self.id = id
        self.text = text
        self.snapshot = snapshot
    }
}
