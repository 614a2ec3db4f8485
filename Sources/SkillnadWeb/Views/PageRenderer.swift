import Foundation
import Mustache
import SkillnadStorage

/// Renders pages: a page template for the content, inside the layout with navigation.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() async throws {
        guard let resources = Bundle.module.resourcePath else {
            throw WebError.badRequest("Mallarna saknas i installationen.")
        }
        library = try await MustacheLibrary(directory: resources + "/Templates")
    }

    /// A navigation link.
    struct NavItem {
        var href: String
        var label: String
        var current: Bool
    }

    /// What the layout shows.
    struct Layout {
        var title: String
        var content: String
        var userName: String?
        var roleName: String?
        var csrf: String
        var nav: [NavItem]
        var adminNav: [NavItem]
        var stamp: Bool
        var flash: String?
        var wide: Bool
    }

    /// Renders `template` with `model` inside the layout.
    func page(
        _ template: String, title: String, model: Any, context: AppContext, path: String = "", stamp: Bool = false,
        flash: String? = nil, wide: Bool = false
    ) -> String {
        let content = library.render(model, withTemplate: template) ?? ""
        return layout(
            title: title, content: content, context: context, path: path, stamp: stamp, flash: flash, wide: wide)
    }

    /// Wraps content in the layout.
    func layout(
        title: String, content: String, context: AppContext, path: String, stamp: Bool = false, flash: String? = nil,
        wide: Bool = false
    ) -> String {
        var nav: [NavItem] = []
        var adminNav: [NavItem] = []
        if let user = context.user {
            nav = [
                NavItem(href: "/", label: "Översikt", current: path == "/"),
                NavItem(href: "/datasets", label: "Dataset", current: path.hasPrefix("/datasets")),
                NavItem(href: "/explore", label: "Utforska skillnader", current: path.hasPrefix("/explore")),
            ]
            if user.role.isAdmin {
                adminNav = [
                    NavItem(href: "/admin/users", label: "Användare", current: path.hasPrefix("/admin/users")),
                    NavItem(href: "/admin/tokens", label: "API-nycklar", current: path.hasPrefix("/admin/tokens")),
                    NavItem(href: "/admin/audit", label: "Granskningslogg", current: path.hasPrefix("/admin/audit")),
                    NavItem(
                        href: "/admin/settings", label: "Inställningar", current: path.hasPrefix("/admin/settings")),
                ]
            }
        }
        let layout = Layout(
            title: title, content: content, userName: context.user?.displayName,
            roleName: context.user?.role.swedishName,
            csrf: context.csrf, nav: nav, adminNav: adminNav, stamp: stamp, flash: flash, wide: wide)
        return library.render(layout, withTemplate: "layout") ?? content
    }

    /// The error page.
    func errorPage(title: String, message: String, status: Int, context: AppContext) -> String {
        struct Model {
            var title: String
            var message: String
            var status: Int
            var loggedIn: Bool
        }
        return page(
            "error", title: title,
            model: Model(title: title, message: message, status: status, loggedIn: context.user != nil),
            context: context)
    }
}
