/// Status against the target, shown as the seed's face "rött, gult eller grönt med surt,
/// neutralt eller glatt ansiktsuttryck", and white "Kan inte bedömas" (seed 004, *Fokusera*,
/// Storköping; requirement F-12.2). Never colour alone: each status has a face and a text.
///
/// Rules (the seed gives colours, not thresholds; proposed in F-12.2), with tolerance t (default
/// 5 %):
/// - **Value target T.** Green when met (≥ T if higher is better, ≤ T if lower). Yellow when not
///   met but within t·|T|, or improved towards T since the previous period. Red otherwise.
/// - **Öka / minska** (from the baseline, else the previous period, value b). Green when the change
///   is in the wanted direction and larger than t·|b| (or, with n for a percentage, its 95 %
///   interval excludes 0); yellow when within t·|b|; red when in the wrong direction beyond it.
/// - **Oförändrad.** Green within t·|b|, red outside.
/// - No target, no value, or a value target without a known direction: white.
public struct StatusSignal: Sendable, Hashable, Codable {
    /// The four statuses.
    public enum Colour: String, Sendable, Hashable, Codable, CaseIterable {
        case green = "grön"
        case yellow = "gul"
        case red = "röd"
        case white = "vit"

        /// The face that carries the status besides its colour.
        public var face: String {
            switch self {
            case .green: "glad"
            case .yellow: "neutral"
            case .red: "sur"
            case .white: "ingen"
            }
        }

        /// Short Swedish text.
        public var swedishName: String {
            switch self {
            case .green: "Målet nås"
            case .yellow: "Nära målet"
            case .red: "Målet nås inte"
            case .white: "Kan inte bedömas"
            }
        }
    }

    /// The status.
    public var colour: Colour
    /// Why, in Swedish.
    public var reason: String

    /// Evaluates the latest value against the target.
    public static func evaluate(
        value: Double?, previous: Double?, baseline: Double?, target: Target?, higherIsBetter: Bool?,
        tolerance: Double, changeInterval: (lower: Double, upper: Double)? = nil
    ) -> StatusSignal {
        guard let value else { return StatusSignal(colour: .white, reason: "Inget värde för perioden.") }
        guard let target else { return StatusSignal(colour: .white, reason: "Inget mål är satt.") }
        switch target {
        case .value(let goal):
            guard let higherIsBetter else {
                return StatusSignal(
                    colour: .white, reason: "Det är inte angivet om högre eller lägre värde är bättre.")
            }
            let met = higherIsBetter ? value >= goal : value <= goal
            if met { return StatusSignal(colour: .green, reason: "Värdet når målnivån.") }
            let shortfall = abs(goal - value)
            if shortfall <= tolerance * abs(goal) {
                return StatusSignal(colour: .yellow, reason: "Värdet ligger inom toleransen från målnivån.")
            }
            if let previous, abs(goal - previous) > shortfall {
                return StatusSignal(colour: .yellow, reason: "Värdet når inte målnivån men har närmat sig den.")
            }
            return StatusSignal(colour: .red, reason: "Värdet når inte målnivån.")
        case .direction(let direction):
            guard let reference = baseline ?? previous else {
                return StatusSignal(colour: .white, reason: "Det finns inget utgångsvärde att jämföra med.")
            }
            let change = value - reference
            let band = tolerance * abs(reference)
            let significant = changeInterval.map { $0.lower > 0 || $0.upper < 0 }
            let beyond = significant ?? (abs(change) > band)
            switch direction {
            case .unchanged:
                return abs(change) <= band
                    ? StatusSignal(colour: .green, reason: "Värdet är oförändrat inom toleransen.")
                    : StatusSignal(colour: .red, reason: "Värdet har ändrats mer än toleransen.")
            case .increase, .decrease:
                let wanted = direction == .increase ? change > 0 : change < 0
                if wanted && beyond {
                    return StatusSignal(colour: .green, reason: "Värdet har ändrats åt det håll målet anger.")
                }
                if !beyond || abs(change) <= band {
                    return StatusSignal(colour: .yellow, reason: "Ingen säker förändring åt något håll.")
                }
                return StatusSignal(colour: .red, reason: "Värdet har ändrats åt fel håll.")
            }
        }
    }
}
