import Foundation
import SkillnadCore

/// Formatting for pages.
enum Text {
    /// A date and time from seconds since 1970: `2026-11-23 14:05`.
    static func dateTime(_ seconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "sv_SE")
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// A whole number: `12 345`.
    static func count(_ n: Int) -> String {
        SwedishFormat.integer(Double(n))
    }

    /// Rows with the noun in the right number: `1 rad`, `2 345 rader`.
    static func rows(_ n: Int) -> String {
        SwedishFormat.count(n, "rad", "rader")
    }

    /// Seconds since 1970 from a `yyyy-MM-dd` date (start of day, Swedish time).
    static func parseDate(_ text: String?, endOfDay: Bool = false) -> Int64? {
        guard let text, !text.isEmpty, let date = dayFormatter().date(from: text) else { return nil }
        return Int64(date.timeIntervalSince1970) + (endOfDay ? 86_399 : 0)
    }

    /// Whether the text is a real date written `yyyy-MM-dd` (2026-02-30 is not).
    static func isDate(_ text: String) -> Bool {
        guard text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil else { return false }
        let formatter = dayFormatter()
        return formatter.date(from: text).map { formatter.string(from: $0) == text } ?? false
    }

    /// Today in Swedish time, `yyyy-MM-dd`.
    static func today() -> String {
        dayFormatter().string(from: Date())
    }

    /// A `yyyy-MM-dd` formatter in Swedish time (a new one per call: formatters are not Sendable).
    private static func dayFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "sv_SE")
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }
}
