import SkillnadCore

/// The change of a percentage between two periods with Newcombe's hybrid score interval, in
/// percentage points (the periods treated as independent samples).
struct ProportionChange {
    let value: Double
    let n: Double
    let reference: Double
    let referenceN: Double

    var interval: (lower: Double, upper: Double) {
        let d = ProportionDifference(
            Proportion(successes: value / 100 * n, n: n),
            Proportion(successes: reference / 100 * referenceN, n: referenceN)
        ).interval
        return (d.lower * 100, d.upper * 100)
    }
}
