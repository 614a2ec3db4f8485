/// How far a step of an analysis has come.
public enum StepStatus: String, Sendable, Codable, CaseIterable {
    /// Not started.
    case notStarted = "ej-paborjad"
    /// Being worked on.
    case inProgress = "pagar"
    /// Done.
    case done = "klar"

    /// Name in Swedish.
    public var swedishName: String {
        switch self {
        case .notStarted: "Ej påbörjad"
        case .inProgress: "Pågår"
        case .done: "Klar"
        }
    }
}
