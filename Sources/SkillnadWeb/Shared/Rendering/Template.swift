/// A Mustache template under `Templates/`, named by its path without the extension; each feature
/// declares its pages as constants (`Template+Feature.swift`), so no handler spells a file name.
struct Template: Sendable, Hashable {
    /// The path below `Templates/`, e.g. `datasets/show`.
    let name: String

    init(_ name: String) {
        self.name = name
    }

    /// The page layout with navigation.
    static let layout = Template("shared/layout")
    /// The error page.
    static let errorPage = Template("shared/error")
}
