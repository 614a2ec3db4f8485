/// An indicator's value in one period: the total, and for women and men where it is divided by
/// kön, each with the number it is based on where that is known.
public struct IndicatorObservation: Sendable, Hashable, Codable {
    /// Period label ("2024", "2025T2").
    public var period: String
    /// The value for everyone (kön T).
    public var value: Double?
    /// People the value is based on, if known.
    public var n: Double?
    /// Women's value.
    public var women: Double?
    /// Women counted.
    public var womenN: Double?
    /// Men's value.
    public var men: Double?
    /// Men counted.
    public var menN: Double?
    /// A text: the assessment of a qualitative indicator, or a note.
    public var note: String?

    /// Creates an observation.
    public init(
        period: String, value: Double?, n: Double? = nil, women: Double? = nil, womenN: Double? = nil,
        men: Double? = nil, menN: Double? = nil
    ) {
        self.period = period
        self.value = value
        self.n = n
        self.women = women
        self.womenN = womenN
        self.men = men
        self.menN = menN
    }

    /// Whether both women's and men's values are there.
    public var isDividedBySex: Bool { women != nil && men != nil }
}
