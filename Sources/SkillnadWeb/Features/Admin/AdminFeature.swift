/// Administration: accounts, API keys, the audit log and settings.
struct AdminFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    static let navigation = [
        NavigationEntry(path: Paths.adminUsers, label: "Användare", role: .admin, area: .admin, order: 110),
        NavigationEntry(path: Paths.adminTokens, label: "API-nycklar", role: .admin, area: .admin, order: 120),
        NavigationEntry(path: Paths.adminAudit, label: "Granskningslogg", role: .admin, area: .admin, order: 130),
        NavigationEntry(path: Paths.adminSettings, label: "Inställningar", role: .admin, area: .admin, order: 140),
    ]

    func routes(_ routes: FeatureRoutes) {
        AdminRoutes(services: services).register(routes)
    }
}
