import Foundation

/// The transparent parts of a difference's score, each between 0 and 1.
///
/// score = 100 × (0,35 · storlek + 0,25 · berörda + 0,40 · evidens) × (1 + 0,5 · mål) × styrka
///
/// - storlek: half absolute (10 percentage points, or 0,8 standard deviations, gives 1) and half
///   relative (a ratio of 2 or ½ gives 1);
/// - berörda: log₁₀(1 + excess count) / 3 for proportions (1,000 people gives 1), otherwise
///   log₁₀(1 + people in the worse-off group) / 4;
/// - evidens: −log₁₀(q) / 4 (q = 0,0001 gives 1; q = 0,05 gives 0,33); 0 without a test;
/// - mål: goal priority 1–3 as 0, 0,5, 1; 0 when no goal is linked;
/// - styrka: 1 when the difference holds after false-discovery-rate control (q < 0,05) or has no
///   test; otherwise log(q) / log(0,05), so a difference that does not hold is weighed down by how far
///   its q lies above the limit (q = 0,27 gives 0,44; q = 0,88 gives 0,04).
///
/// The ranking puts differences that hold before the rest, each part by score, so a large but
/// uncertain difference never ranks above one the data supports.
public struct ScoreComponents: Sendable, Hashable, Codable {
    /// Size of the difference.
    public var size: Double
    /// People affected.
    public var affected: Double
    /// Statistical strength after false-discovery-rate control.
    public var evidence: Double
    /// Goal priority.
    public var goal: Double
    /// Weight for a difference that does not hold (1 when it holds or has no test).
    public var strength: Double

    /// Weights of size, affected and evidence.
    public static let weights = (size: 0.35, affected: 0.25, evidence: 0.40)

    /// The score, 0–150.
    public var score: Double {
        100 * (Self.weights.size * size + Self.weights.affected * affected + Self.weights.evidence * evidence)
            * (1 + 0.5 * goal) * strength
    }

    /// Creates components.
    public init(size: Double, affected: Double, evidence: Double, goal: Double, strength: Double = 1) {
        self.size = size
        self.affected = affected
        self.evidence = evidence
        self.goal = goal
        self.strength = strength
    }

    /// Decodes components; results saved before ``strength`` existed read as 1.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        size = try c.decode(Double.self, forKey: .size)
        affected = try c.decode(Double.self, forKey: .affected)
        evidence = try c.decode(Double.self, forKey: .evidence)
        goal = try c.decode(Double.self, forKey: .goal)
        strength = try c.decodeIfPresent(Double.self, forKey: .strength) ?? 1
    }

    /// Computes the components of a difference.
    public static func compute(
        kind: OutcomeKind, difference: Double, ratio: Double?, standardDeviation: Double?, excessCount: Double?,
        affectedPeople: Double?, qValue: Double?, goalPriority: Int?
    ) -> ScoreComponents {
        let absolute: Double
        switch kind {
        case .proportion: absolute = min(1, abs(difference) / 0.10)
        case .mean, .value:
            if let sd = standardDeviation, sd > 0 {
                absolute = min(1, abs(difference) / (0.8 * sd))
            } else {
                absolute = .nan
            }
        }
        var relative = Double.nan
        if let ratio, ratio > 0, ratio.isFinite { relative = min(1, abs(log(ratio)) / log(2)) }
        let parts = [absolute, relative].filter { !$0.isNaN }
        let size = parts.isEmpty ? 0 : parts.reduce(0, +) / Double(parts.count)
        let affected: Double
        if kind == .proportion, let excess = excessCount {
            affected = min(1, log10(1 + abs(excess)) / 3)
        } else if let people = affectedPeople {
            affected = min(1, log10(1 + people) / 4)
        } else {
            affected = 0
        }
        let evidence = qValue.map { $0 > 0 ? min(1, max(0, -log10($0) / 4)) : 1 } ?? 0
        let goal = goalPriority.map { Double(min(3, max(1, $0)) - 1) / 2 } ?? 0
        var strength = 1.0
        if let q = qValue, q >= Difference.falseDiscoveryRate {
            strength = min(1, max(0, log(q) / log(Difference.falseDiscoveryRate)))
        }
        return ScoreComponents(size: size, affected: affected, evidence: evidence, goal: goal, strength: strength)
    }
}
