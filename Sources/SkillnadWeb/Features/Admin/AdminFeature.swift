/// Administration: accounts, API keys, the audit log and settings.
struct AdminFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    static let navigation = [
        NavigationEntry(path: "/admin/users", label: "Användare", role: .admin, area: .admin, order: 110),
        NavigationEntry(path: "/admin/tokens", label: "API-nycklar", role: .admin, area: .admin, order: 120),
        NavigationEntry(path: "/admin/audit", label: "Granskningslogg", role: .admin, area: .admin, order: 130),
        NavigationEntry(path: "/admin/settings", label: "Inställningar", role: .admin, area: .admin, order: 140),
    ]

    func routes(_ routes: FeatureRoutes) {
        AdminRoutes(services: services).register(routes)
    }
}
