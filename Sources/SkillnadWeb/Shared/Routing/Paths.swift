import SkillnadCore

/// Every address the application links to or redirects to, built by typed helpers: the
/// application's own here, each feature's in its folder (`Paths+Feature.swift`).
///
/// ```swift
/// Paths.analysisStep(7, .criteria)   // "/analyses/7/steps/kriterier"
/// Paths.explore(query)               // "/explore?dataset=1&…"
/// ```
enum Paths {
    static let home = "/"
    static let login = "/login"

    /// The login page, returning to `next` afterwards.
    static func login(next: String) -> String { login + "?" + Form.encode([("next", next)]) }
}
