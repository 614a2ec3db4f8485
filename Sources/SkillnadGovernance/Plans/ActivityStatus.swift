/// Where an activity of an action plan stands (proposed in F-9.2: planerad / pågår / klar /
/// stoppad).
public enum ActivityStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not started.
    case planned = "planerad"
    /// Under way.
    case ongoing = "pagar"
    /// Done.
    case done = "klar"
    /// Stopped before it was done.
    case stopped = "stoppad"

    /// The status in Swedish.
    public var swedishName: String {
        switch self {
        case .planned: "Planerad"
        case .ongoing: "Pågår"
        case .done: "Klar"
        case .stopped: "Stoppad"
        }
    }

    /// Whether the activity still has work left (planned or ongoing).
    public var isOpen: Bool { self == .planned || self == .ongoing }
}
