/// The pages of this feature (`Templates/admin/`).
extension Template {
    static let adminAudit = Template("admin/audit")
    static let adminSettings = Template("admin/settings")
    static let adminTokens = Template("admin/tokens")
    static let adminUsers = Template("admin/users")
}
