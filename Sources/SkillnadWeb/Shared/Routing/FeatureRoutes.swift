import Hummingbird

/// The router groups a feature registers its HTML routes in. Every group but `plain` has the
/// browser session, the logged-in user, Swedish error pages and the CSRF check; the role groups
/// refuse users below their role before any handler runs.
struct FeatureRoutes {
    /// No session at all (static files).
    let plain: RouterGroup<AppContext>
    /// A session but no login required (the login page).
    let open: RouterGroup<AppContext>
    /// Any logged-in user.
    let readers: RouterGroup<AppContext>
    /// Analysts and administrators.
    let analysts: RouterGroup<AppContext>
    /// Administrators.
    let admins: RouterGroup<AppContext>
}

/// The router groups of the JSON API under `/api/v1`: JSON errors, bearer keys only.
struct APIGroups {
    /// No key needed (the OpenAPI document).
    let open: RouterGroup<AppContext>
    /// A valid bearer key of an active user.
    let authenticated: RouterGroup<AppContext>
}
