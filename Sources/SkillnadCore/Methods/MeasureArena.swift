/// Where an ISU measure is decided (SKR, *Jämställdhetsintegrerad analys av ISU*, steg 4):
/// "Vissa förslag till åtgärder kan hanteras direkt i verksamheten … Andra förslag behöver
/// presenteras för politiken … Ibland krävs fler analyser innan det är dags för konkreta åtgärder."
public enum MeasureArena: String, Sendable, Codable, CaseIterable {
    /// Decided and carried out inside the service.
    case service = "verksamheten"
    /// Needs the elected representatives to prioritise and decide.
    case politics = "politiken"
    /// More analyses first.
    case moreAnalysis = "fler-analyser"

    /// Label in Swedish, in the seed's words.
    public var swedishName: String {
        switch self {
        case .service: "Hanteras direkt i verksamheten (beslutas och genomförs internt)"
        case .politics: "Presenteras för politiken (de förtroendevalda prioriterar och fattar beslut)"
        case .moreAnalysis: "Fler analyser krävs innan det är dags för konkreta åtgärder"
        }
    }
}
