/// The stylesheet and script, served without a session.
struct AssetsFeature: WebFeature {
    init(services: Services) {}

    func routes(_ routes: FeatureRoutes) {
        AssetRoutes().register(routes)
    }
}
