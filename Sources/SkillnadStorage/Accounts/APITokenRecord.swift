/// A bearer token for the JSON API (only its SHA-256 hash is stored).
public struct APITokenRecord: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// The user the token acts as.
    public var userId: Int64
    /// A name for the token (e.g. "Power BI").
    public var name: String
    /// The first characters, to recognise it.
    public var prefix: String
    /// When created.
    public var createdAt: Int64
    /// When revoked, if revoked.
    public var revokedAt: Int64?
    /// When last used.
    public var lastUsedAt: Int64?
}
