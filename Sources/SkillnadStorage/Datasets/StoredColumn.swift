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

    /// Creates a column description.
    public init(name: String, role: ColumnRole, ordered: Bool, sensitive: Bool) {
        self.name = name
        self.role = role
        self.ordered = ordered
        self.sensitive = sensitive
    }
}
