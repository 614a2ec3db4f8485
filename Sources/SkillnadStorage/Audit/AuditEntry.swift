/// One line of the append-only audit log: who did what, to what, when and from where.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// Database id (nil before it is written).
    public var id: Int64?
    /// When (seconds since 1970).
    public var at: Int64
    /// The user, if logged in.
    public var userId: Int64?
    /// The user's name (kept even if the account is later removed).
    public var username: String
    /// What happened: an ``AuditAction`` code such as `dataset.import` (kept as text so entries
    /// written by other versions still read).
    public var action: String
    /// What it concerned, e.g. `dataset 4`.
    public var object: String
    /// Details, e.g. the reason given for viewing sensitive columns.
    public var detail: String
    /// Network address of the request.
    public var address: String

    /// Creates an entry.
    public init(
        id: Int64? = nil, at: Int64, userId: Int64?, username: String, action: AuditAction, object: String,
        detail: String, address: String
    ) {
        self.id = id
        self.at = at
        self.userId = userId
        self.username = username
        self.action = action.rawValue
        self.object = object
        self.detail = detail
        self.address = address
    }
}

/// Filters for reading the audit log.
public struct AuditFilter: Sendable, Hashable {
    /// Only this user name.
    public var username: String?
    /// Only actions starting with this prefix.
    public var action: String?
    /// Only these action codes (empty: every action).
    public var actions: [String] = []
    /// From this time.
    public var from: Int64?
    /// Until this time.
    public var until: Int64?
    /// Text in object or detail.
    public var text: String?

    /// Creates a filter.
    public init(
        username: String? = nil, action: String? = nil, actions: [AuditAction] = [], from: Int64? = nil,
        until: Int64? = nil, text: String? = nil
    ) {
        self.username = username
        self.action = action
        self.actions = actions.map(\.rawValue)
        self.from = from
        self.until = until
        self.text = text
    }
}
