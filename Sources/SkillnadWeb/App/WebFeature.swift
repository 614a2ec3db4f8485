import Hummingbird
import SkillnadCore

/// One capability of the web application, in its own folder under `Features/`: its routes by the
/// role they need, its JSON API routes and its entries in the header's navigation. The
/// application and the layout loop over ``FeatureRegistry/features(_:)``; adding a feature is its
/// folder plus one line there.
///
/// ```swift
/// struct GoalsFeature: WebFeature {
///     let services: Services
///     static let navigation = [NavigationEntry(path: "/goals", label: "Mål", order: 50)]
///     func routes(_ routes: FeatureRoutes) {
///         routes.readers.get("/goals") { request, context in … }
///         routes.analysts.post("/goals") { request, context in … }
///     }
/// }
/// ```
protocol WebFeature: Sendable {
    /// Creates the feature with the shared services.
    init(services: Services)
    /// Links this feature adds to the header.
    static var navigation: [NavigationEntry] { get }
    /// Address prefixes of the feature's pages a login may return to (by default its links).
    static var sections: [String] { get }
    /// Registers the HTML routes, each in the group of the role it needs.
    func routes(_ routes: FeatureRoutes)
    /// Registers JSON routes under `/api/v1` (bearer keys only).
    func api(_ api: APIGroups)
}

extension WebFeature {
    static var navigation: [NavigationEntry] { [] }
    static var sections: [String] { navigation.map(\.path) }
    func routes(_ routes: FeatureRoutes) {}
    func api(_ api: APIGroups) {}
}

/// A link in the header: shown to users with at least `role`, in the main menu or the
/// administrator's menu, ordered by `order`.
struct NavigationEntry: Sendable, Hashable {
    /// Where the header's links go.
    enum Area: Sendable, Hashable {
        case main, admin
    }

    var path: String
    var label: String
    var role: UserRole = .reader
    var area: Area = .main
    var order: Int

    /// Whether the link is the current page's section.
    func isCurrent(_ current: String) -> Bool {
        path == "/" ? current == "/" : current.hasPrefix(path)
    }
}
