/// Goals that differences and analyses are linked to.
struct GoalsFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    static let navigation = [
        NavigationEntry(path: Paths.goals, label: "Mål", order: 50)
    ]

    func routes(_ routes: FeatureRoutes) {
        GoalRoutes(services: services).register(routes)
    }
}
