/// What a difference compares.
public enum ComparisonKind: String, Sendable, Hashable, Codable {
    /// Two groups of a two-group dimension (K vs M).
    case twoGroups
    /// The highest and the lowest group of a dimension or crossing, tested for homogeneity.
    case highestVsLowest
    /// One group (or crossing cell) against everyone else.
    case groupVsRest
    /// The development of a gap between two groups over periods.
    case trend

    /// Swedish name.
    public var swedishName: String {
        switch self {
        case .twoGroups: "två grupper"
        case .highestVsLowest: "högsta mot lägsta"
        case .groupVsRest: "grupp mot alla andra"
        case .trend: "utveckling över tid"
        }
    }
}
