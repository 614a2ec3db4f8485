/// One stratum of a stratified two-group comparison of a binary outcome.
///
/// Group 1 is the group of interest (e.g. flickor), group 0 the comparison group (pojkar).
public struct Stratum: Sendable, Hashable, Codable {
    /// Label of the stratum (e.g. "behov: hög").
    public var label: String
    /// Number with the outcome in group 1.
    public var events1: Double
    /// Number in group 1.
    public var n1: Double
    /// Number with the outcome in group 0.
    public var events0: Double
    /// Number in group 0.
    public var n0: Double

    /// Creates a stratum.
    public init(label: String, events1: Double, n1: Double, events0: Double, n0: Double) {
        self.label = label
        self.events1 = events1
        self.n1 = n1
        self.events0 = events0
        self.n0 = n0
    }

    /// Total in the stratum.
    public var total: Double { n1 + n0 }

    /// Whether both groups are present, so the stratum carries information.
    public var isInformative: Bool { n1 > 0 && n0 > 0 }
}
