import Foundation
import Mustache
import NIOConcurrencyHelpers
import SkillnadStorage

/// Renders pages: a page template for the content, inside the layout with navigation.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    /// Rendered layouts (without their content) by user, token, page and flags: the layout is the
    /// same on every request of a session, and reflection-based rendering is the costliest part.
    private let layouts = NIOLockedValueBox<[String: (head: String, tail: String)]>([:])
    static let marker = "\u{1}CONTENT\u{1}"

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
        /// Seconds after which the page reloads itself (a running import).
        var refresh: Int?
    }

    /// Renders `template` with `model` inside the layout.
    func page(
        _ template: Template, title: String, model: Any, context: AppContext, path: String = "", stamp: Bool = false,
        flash: String? = nil, wide: Bool = false, refresh: Int? = nil
    ) -> String {
        let content = render(template, model)
        return layout(
            title: title, content: content, context: context, path: path, stamp: stamp, flash: flash, wide: wide,
            refresh: refresh)
    }

    /// Renders a template without the layout (a page's content, to cache it).
    func render(_ template: Template, _ model: Any) -> String {
        library.render(model, withTemplate: template.name) ?? ""
    }

    /// Wraps content in the layout.
    func layout(
        title: String, content: String, context: AppContext, path: String, stamp: Bool = false, flash: String? = nil,
        wide: Bool = false, refresh: Int? = nil
    ) -> String {
        var nav: [NavItem] = []
        var adminNav: [NavItem] = []
        if let user = context.user {
            for entry in FeatureRegistry.navigation where user.role.includes(entry.role) {
                let item = NavItem(href: entry.path, label: entry.label, current: entry.isCurrent(path))
                switch entry.area {
                case .main: nav.append(item)
                case .admin: adminNav.append(item)
                }
            }
        }
        let key = [
            String(context.user?.id ?? 0), context.user?.displayName ?? "", context.user?.role.rawValue ?? "",
            context.csrf,
            path, title, stamp ? "s" : "", wide ? "w" : "", refresh.map(String.init) ?? "",
        ].joined(separator: "\u{0}")
        if flash == nil, let cached = layouts.withLockedValue({ $0[key] }) {
            return cached.head + content + cached.tail
        }
        let layout = Layout(
            title: title, content: Self.marker, userName: context.user?.displayName,
            roleName: context.user?.role.swedishName, csrf: context.csrf, nav: nav, adminNav: adminNav, stamp: stamp,
            flash: flash, wide: wide, refresh: refresh)
        let page = library.render(layout, withTemplate: Template.layout.name) ?? Self.marker
        guard let range = page.range(of: Self.marker) else {
            return page.replacingOccurrences(of: Self.marker, with: content)
        }
        let parts = (head: String(page[..<range.lowerBound]), tail: String(page[range.upperBound...]))
        if flash == nil {
            layouts.withLockedValue { cache in
                if cache.count > 2000 { cache.removeAll() }
                cache[key] = parts
            }
        }
        return parts.head + content + parts.tail
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
            .errorPage, title: title,
            model: Model(title: title, message: message, status: status, loggedIn: context.user != nil),
            context: context)
    }
}
