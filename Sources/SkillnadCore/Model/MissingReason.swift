/// Why a value is missing. Swedish statistics mark missing values with `..`, `-` and `.`;
/// the reason is kept so reports can say why a number is absent.
public enum MissingReason: UInt8, Sendable, Hashable, Codable, CaseIterable {
    /// An empty cell (or `NA`).
    case empty = 1
    /// `..` — suppressed at the source (sekretess) or too uncertain to publish.
    case suppressedAtSource = 2
    /// `-` — no value (uppgift saknas / noll).
    case missing = 3
    /// `.` — not applicable (ej tillämpligt).
    case notApplicable = 4

    /// The marker as Swedish statistics print it.
    public var marker: String {
        switch self {
        case .empty: ""
        case .suppressedAtSource: ".."
        case .missing: "-"
        case .notApplicable: "."
        }
    }

    /// Swedish description.
    public var swedishName: String {
        switch self {
        case .empty: "tom cell"
        case .suppressedAtSource: "sekretessmarkerad hos källan (..)"
        case .missing: "uppgift saknas (-)"
        case .notApplicable: "ej tillämpligt (.)"
        }
    }

    /// Recognises a marker in a trimmed cell; nil when the cell holds a value.
    public static func recognise(_ text: Substring) -> MissingReason? {
        switch text {
        case "": .empty
        case "..", "…": .suppressedAtSource
        case "-", "–", "—": .missing
        case ".": .notApplicable
        default: nil
        }
    }

    /// Code used for a missing value in a categorical column (always negative).
    public var categoricalCode: Int32 { -Int32(rawValue) }

    /// The reason behind a negative categorical code.
    public init?(categoricalCode code: Int32) {
        guard code < 0, let reason = MissingReason(rawValue: UInt8(-code)) else { return nil }
        self = reason
    }

    /// A NaN carrying the reason in its payload, as R encodes `NA` (a NaN with payload 1954).
    public var nanValue: Double { Double(nan: Double.RawSignificand(rawValue), signaling: false) }

    /// The reason carried in a NaN's payload; `.empty` for NaNs from arithmetic.
    public init(nanValue value: Double) {
        self = MissingReason(rawValue: UInt8(truncatingIfNeeded: value.significandBitPattern & 0xFF)) ?? .empty
    }
}
