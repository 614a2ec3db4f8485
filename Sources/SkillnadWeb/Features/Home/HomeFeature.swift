/// The start page: the datasets and what to do next.
struct HomeFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    static let navigation = [
        NavigationEntry(path: "/", label: "Översikt", order: 10)
    ]

    func routes(_ routes: FeatureRoutes) {
        HomeRoutes(services: services).register(routes)
    }
}
