/// What an indicator should reach in a period: a level, or — "när ingen exakt nivå kan anges" —
/// a direction: "minska, vara oförändrad eller öka" (seed 004, requirement F-6.2).
public enum Target: Sendable, Hashable, Codable {
    /// A level to reach.
    case value(Double)
    /// A direction from the baseline (or the previous period).
    case direction(TargetDirection)

    /// Swedish text ("minst 85", "öka").
    public func text(higherIsBetter: Bool?) -> String {
        switch self {
        case .value(let v):
            let number = v == v.rounded() ? String(Int(v)) : String(v).replacingOccurrences(of: ".", with: ",")
            switch higherIsBetter {
            case true: return "minst \(number)"
            case false: return "högst \(number)"
            case nil: return number
            }
        case .direction(let d): return d.swedishName
        }
    }
}
