/// The administration's addresses.
extension Paths {
    static let adminUsers = "/admin/users"
    static let adminTokens = "/admin/tokens"
    static let adminAudit = "/admin/audit"
    static let adminAuditCSV = "/admin/audit.csv"
    static let adminSettings = "/admin/settings"
}
