/// Huddinge's significance assessment of one difference (1.3): A size, B goal, C impact, each 1–3
/// with a comment, and D their sum.
///
/// ```swift
/// let s = SignificanceAssessment(size: 3, goal: 2, impact: 3)
/// s.sum   // 8
/// ```
public struct SignificanceAssessment: Sendable, Codable, Hashable {
    /// The scale: 1 = unimportant, 3 = very important.
    public static let scale = 1...3

    /// A: how large the difference is and how many it concerns.
    public var size: Int?
    /// B: how the municipality prioritises the goals the difference concerns.
    public var goal: Int?
    /// C: how decisive it is for people's lives.
    public var impact: Int?
    /// Comment on A.
    public var sizeComment: String
    /// Comment on B.
    public var goalComment: String
    /// Comment on C.
    public var impactComment: String

    /// Creates an assessment; values outside 1–3 are dropped.
    public init(
        size: Int? = nil, goal: Int? = nil, impact: Int? = nil, sizeComment: String = "", goalComment: String = "",
        impactComment: String = ""
    ) {
        self.size = size.flatMap(Self.valid)
        self.goal = goal.flatMap(Self.valid)
        self.impact = impact.flatMap(Self.valid)
        self.sizeComment = sizeComment
        self.goalComment = goalComment
        self.impactComment = impactComment
    }

    static func valid(_ value: Int) -> Int? { scale.contains(value) ? value : nil }

    /// D: the sum of A, B and C; nil until all three are assessed.
    public var sum: Int? {
        guard let size, let goal, let impact else { return nil }
        return size + goal + impact
    }
}
