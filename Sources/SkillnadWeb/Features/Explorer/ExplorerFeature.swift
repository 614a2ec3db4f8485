/// The explorer: ranked differences, a page per difference, crossings, and their exports.
struct ExplorerFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    static let navigation = [
        NavigationEntry(path: Paths.explore, label: "Utforska skillnader", order: 30)
    ]

    static var sections: [String] { navigation.map(\.path) + [Paths.exportSection] }

    func routes(_ routes: FeatureRoutes) {
        ExplorerRoutes(services: services).register(routes)
        ExportRoutes(services: services).register(routes)
    }
}
