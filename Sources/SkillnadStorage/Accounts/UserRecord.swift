import SkillnadCore

/// A user account.
public struct UserRecord: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// Login name (unique).
    public var username: String
    /// Name shown in the interface.
    public var displayName: String
    /// bcrypt hash of the password.
    public var passwordHash: String
    /// Role.
    public var role: UserRole
    /// Whether the account may log in.
    public var active: Bool
    /// When created (seconds since 1970).
    public var createdAt: Int64
}
