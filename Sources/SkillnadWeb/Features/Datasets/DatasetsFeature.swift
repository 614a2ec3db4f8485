/// Datasets: upload, review, import, versions, row views and what readers may request.
struct DatasetsFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    static let navigation = [
        NavigationEntry(path: Paths.datasets, label: "Dataset", order: 20)
    ]

    static var sections: [String] { navigation.map(\.path) + [Paths.importsSection] }

    func routes(_ routes: FeatureRoutes) {
        DatasetRoutes(services: services).register(routes)
    }
}
