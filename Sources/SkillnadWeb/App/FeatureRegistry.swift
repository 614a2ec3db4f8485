/// Every feature of the web application, in one list: the router registers their routes and
/// the layout shows their navigation from it. Adding a feature is one line here.
enum FeatureRegistry {
    /// The features, in the order their routes are registered.
    static let all: [any WebFeature.Type] = [
        AssetsFeature.self,
        AuthFeature.self,
        HomeFeature.self,
        DatasetsFeature.self,
        ExplorerFeature.self,
        AnalysesFeature.self,
        GoalsFeature.self,
        GovernanceFeature.self,
        ActionPlansFeature.self,
        AdminFeature.self,
        APIFeature.self,
    ]

    /// Where a login may return to: every feature's sections.
    static let sections: [String] = all.flatMap { $0.sections }

    /// The header's links of every feature, in display order.
    static let navigation: [NavigationEntry] = all.flatMap { $0.navigation }.sorted { $0.order < $1.order }
}
