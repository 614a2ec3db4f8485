/// One stored value of an indicator: a unit (the own municipality or one compared with), a
/// period and kön (T, K or M), with where it came from and who entered or fetched it.
public struct IndicatorValue: Sendable, Hashable, Codable {
    /// Where a value came from.
    public enum Origin: String, Sendable, Hashable, Codable {
        case manual = "manuell"
        case kolada
        case dataset

        /// Swedish name.
        public var swedishName: String {
            switch self {
            case .manual: "inmatat"
            case .kolada: "Kolada"
            case .dataset: "dataset"
            }
        }
    }

    /// Municipality or unit ("Storköping", "0180").
    public var unit: String
    /// Period.
    public var period: String
    /// "T", "K" or "M".
    public var sex: String
    /// The value (nil: missing).
    public var value: Double?
    /// People it is based on, if known.
    public var n: Double?
    /// A text: the assessment of a qualitative indicator, or a note.
    public var note: String = ""
    /// Where it came from.
    public var origin: Origin
    /// Who entered it (user name) or the source's address.
    public var enteredBy: String
    /// When.
    public var enteredAt: Int64

    /// A value.
    public init(
        unit: String, period: String, sex: String = "T", value: Double?, n: Double? = nil, origin: Origin,
        enteredBy: String, enteredAt: Int64 = 0
    ) {
        self.unit = unit
        self.period = period
        self.sex = sex
        self.value = value
        self.n = n
        self.origin = origin
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
    }
}
