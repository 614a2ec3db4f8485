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
        guard let text, !text.isEmpty else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "sv_SE")
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current
        formatter.dateFormat = "yyyy-MM-dd"
        guard let date = formatter.date(from: text) else { return nil }
        return Int64(date.timeIntervalSince1970) + (endOfDay ? 86_399 : 0)
    }
}
