/// Login and logout.
struct AuthFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    func routes(_ routes: FeatureRoutes) {
        AuthRoutes(services: services).register(routes)
    }
}
