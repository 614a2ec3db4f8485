/// The two analysis methods as shared documents.
struct AnalysesFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    static let navigation = [
        NavigationEntry(path: Paths.analyses, label: "Analyser", order: 40)
    ]

    func routes(_ routes: FeatureRoutes) {
        AnalysisRoutes(services: services).register(routes)
    }
}
