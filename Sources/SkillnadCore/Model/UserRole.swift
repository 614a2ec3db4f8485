/// What a user may do.
///
/// - admin: users, audit log, settings (e.g. the disclosure threshold), and everything analysts do;
/// - analyst: import, analyse, see row-level previews;
/// - reader: sees results — only ever disclosure-controlled aggregates.
public enum UserRole: String, Sendable, Hashable, Codable, CaseIterable {
    case admin
    case analyst
    case reader

    /// Swedish name.
    public var swedishName: String {
        switch self {
        case .admin: "administratör"
        case .analyst: "analytiker"
        case .reader: "läsare"
        }
    }

    /// Whether the role may import, analyse and see row-level data.
    public var canAnalyse: Bool { self != .reader }

    /// Whether the role administers users, the audit log and settings.
    public var isAdmin: Bool { self == .admin }

    /// Whether this role may do what `minimum` may (administrators everything, analysts what
    /// readers do).
    public func includes(_ minimum: UserRole) -> Bool {
        switch minimum {
        case .reader: true
        case .analyst: canAnalyse
        case .admin: isAdmin
        }
    }

    /// Parses Swedish or English role names.
    public init?(userInput: String) {
        switch ColumnName.key(userInput) {
        case "admin", "administrator", "administratör", "administrator2": self = .admin
        case "analyst", "analytiker", "analys": self = .analyst
        case "reader", "lasare", "läsare", "read": self = .reader
        default: return nil
        }
    }
}
