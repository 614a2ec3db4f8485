/// Where the information for an appendix criterion comes from. The seed allows the
/// case-management system or reading case files ("Information kan hämtas från
/// verksamhetssystemen eller genom aktgranskning", SKR 2023, bilaga steg 1).
public enum CriterionSource: String, Sendable, Codable, CaseIterable {
    /// Columns of an individual-level dataset, compared within their levels.
    case data = "data"
    /// Counts per group entered by hand (e.g. from aktgranskning).
    case counts = "antal"
    /// A qualitative judgement with its source.
    case qualitative = "kvalitativ"

    /// Label in Swedish.
    public var swedishName: String {
        switch self {
        case .data: "Beräknas ur datasetets kolumner"
        case .counts: "Antal per grupp, inmatade för hand"
        case .qualitative: "Kvalitativ bedömning"
        }
    }
}
