/// Where a measure is taken (Huddinge 3.1).
public enum MeasureLevel: String, Sendable, Codable, CaseIterable {
    /// På enheten.
    case unit = "enheten"
    /// På förvaltningen.
    case administration = "forvaltningen"
    /// I samverkan med andra, internt eller externt.
    case withOthers = "samverkan"

    /// Label in Swedish.
    public var swedishName: String {
        switch self {
        case .unit: "På enheten"
        case .administration: "På förvaltningen"
        case .withOthers: "I samverkan med andra (internt eller externt)"
        }
    }
}
