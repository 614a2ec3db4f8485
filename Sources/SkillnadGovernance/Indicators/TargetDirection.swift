/// A target's direction.
public enum TargetDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case increase = "oka"
    case decrease = "minska"
    case unchanged = "oforandrad"

    /// Swedish word.
    public var swedishName: String {
        switch self {
        case .increase: "öka"
        case .decrease: "minska"
        case .unchanged: "oförändrad"
        }
    }
}
