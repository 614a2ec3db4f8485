import Foundation

/// A two-group difference in a binary outcome, crude and adjusted for stratifying variables.
///
/// The adjusted difference is the Mantel–Haenszel risk difference; the explained share is
/// (crude − adjusted) / crude: how much of the crude difference the stratifying variables
/// account for (1 = all of it, 0 = none, negative = the adjusted difference is larger).
public struct AdjustedComparison: Sendable {
    /// Crude difference p₁ − p₀ with Newcombe's interval.
    public let crude: ProportionDifference
    /// Crude test (chi-square, or Fisher's exact when an expected count is below 5).
    public let crudeTest: TwoGroupTest
    /// Mantel–Haenszel estimates and the CMH test.
    public let mantelHaenszel: MantelHaenszel
    /// Direct standardisation to the combined population.
    public let standardised: DirectStandardisation
    /// The strata as given.
    public let strata: [Stratum]

    /// Compares; returns nil when no stratum contains both groups.
    public init?(strata: [Stratum]) {
        guard let mh = MantelHaenszel(strata), let ds = DirectStandardisation(strata) else { return nil }
        let e1 = strata.reduce(0) { $0 + $1.events1 }
        let n1 = strata.reduce(0) { $0 + $1.n1 }
        let e0 = strata.reduce(0) { $0 + $1.events0 }
        let n0 = strata.reduce(0) { $0 + $1.n0 }
        let p1 = Proportion(successes: e1, n: n1)
        let p0 = Proportion(successes: e0, n: n0)
        crude = ProportionDifference(p1, p0)
        crudeTest = TwoGroupTest(p1, p0)
        mantelHaenszel = mh
        standardised = ds
        self.strata = strata
    }

    /// Share of the crude difference explained by the stratifying variables.
    public var explainedShare: Double {
        let c = crude.value
        guard c != 0 else { return .nan }
        return (c - mantelHaenszel.riskDifference) / c
    }
}
