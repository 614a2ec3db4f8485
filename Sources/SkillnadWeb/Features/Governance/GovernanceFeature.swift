/// Results-based governance: the cockpit of indicators with their three signals and the
/// women–men gap, indicator pages, and values entered or fetched per period.
struct GovernanceFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    static let navigation = [
        NavigationEntry(path: Paths.governance, label: "Styrning", order: 45)
    ]

    func routes(_ routes: FeatureRoutes) {
        GovernanceRoutes(services: services).register(routes)
    }
}
