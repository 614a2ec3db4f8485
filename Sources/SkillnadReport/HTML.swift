import SkillnadCore

/// Helpers for writing HTML.
public enum HTML {
    /// Escapes text for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        Markup.escape(text)
    }
}
