/// An answer to one of ISU's data-quality questions (tillförlitlig, relevant, aktuell).
public enum QualityRating: String, Sendable, Codable, CaseIterable {
    /// Yes.
    case yes = "ja"
    /// Partly.
    case partly = "delvis"
    /// No.
    case no = "nej"

    /// Label in Swedish.
    public var swedishName: String {
        switch self {
        case .yes: "Ja"
        case .partly: "Delvis"
        case .no: "Nej"
        }
    }
}
