/// The JSON API under `/api/v1` for integrations (Power BI and the like), with bearer keys.
struct APIFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    func api(_ api: APIGroups) {
        APIRoutes(services: services).register(api)
    }
}
