/// HTML or SVG built by a renderer that escapes every value it includes (``Markup/escape(_:)``):
/// the only markup page templates splice in unescaped, as `{{{fragment.html}}}`. A plain string
/// cannot take its place, so text from users never reaches a page unescaped.
public struct SafeHTML: Sendable, Hashable {
    /// The markup.
    public let html: String

    /// Markup from a renderer (charts, report sections) that escapes what it includes.
    public init(rendered html: String) {
        self.html = html
    }
}
