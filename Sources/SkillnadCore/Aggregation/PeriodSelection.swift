/// Which period cross-sectional comparisons use when the data has a period column.
public enum PeriodSelection: Sendable, Hashable, Codable {
    /// The latest period (default).
    case latest
    /// All periods pooled.
    case all
    /// One named period.
    case specific(String)

    /// Parses "senaste"/"latest", "alla"/"all" or a period label.
    public init(userInput: String) {
        switch ColumnName.key(userInput) {
        case "senaste", "latest", "sista": self = .latest
        case "alla", "all", "samtliga": self = .all
        default: self = .specific(userInput)
        }
    }
}
