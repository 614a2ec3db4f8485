import SkillnadCore

/// How a dataset's column was set up at import: its role, whether it is ordered, and whether it
/// is sensitive (row-level views then require a logged reason).
public struct StoredColumn: Sendable, Hashable, Codable {
    /// Column name.
    public var name: String
    /// Role.
    public var role: ColumnRole
    /// Ordered dimension.
    public var ordered: Bool
    /// Sensitive personal data (e.g. könsidentitet).
    public var sensitive: Bool
    /// The name the column had in the file, when a label replaced it.
    public var code: String?
    /// Level label → the code it replaced (codes shown beside labels).
    public var levelCodes: [String: String]?
    /// Levels chosen as totals; nil means detected from their names.
    public var totals: [String]?
    /// Direction per outcome the column gives: the column itself (an outcome column) or each
    /// measure (an indicator column). Absent outcomes get a suggestion from their name.
    public var directions: [String: OutcomeDirection]?

    /// Creates a column description.
    public init(name: String, role: ColumnRole, ordered: Bool, sensitive: Bool) {
        self.name = name
        self.role = role
        self.ordered = ordered
        self.sensitive = sensitive
    }
}
