import Foundation
import SkillnadCore

/// Small helpers for writing SVG by hand.
public enum SVG {
    /// Escapes text for XML content and attributes.
    public static func escape(_ text: String) -> String {
        Markup.escape(text)
    }

    /// A coordinate with at most two decimals.
    public static func n(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    /// Rough text width in pixels for a font size (sans-serif average glyph width).
    public static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.56
    }

    /// The opening tag of an accessible chart.
    public static func open(width: Double, height: Double, title: String, description: String, id: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \(n(width)) \(n(height))" width="\(n(width))" \
        height="\(n(height))" role="img" aria-labelledby="\(id)-t \(id)-d" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">\
        <title id="\(id)-t">\(escape(title))</title><desc id="\(id)-d">\(escape(description))</desc>
        """
    }
}
