import Foundation

/// Numbers as Swedish readers expect them: decimal comma, a no-break space between thousands
/// and before the percent sign (`1 234,5`, `12,5 %`), and `..` for suppressed values.
public enum SwedishFormat {
    /// No-break space used as thousands separator and before units.
    public static let space = "\u{00A0}"
    /// Marker for a value withheld by disclosure control.
    public static let suppressed = ".."
    /// Marker for a value that does not exist (empty group).
    public static let none = "–"

    /// A number with the given decimals: `number(1234.56, decimals: 1)` → `1 234,6`.
    public static func number(_ value: Double, decimals: Int = 1, grouping: Bool = true) -> String {
        guard value.isFinite else { return none }
        let rounded = String(format: "%.\(decimals)f", abs(value))
        let parts = rounded.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        if grouping && integer.count > 3 {
            var grouped = ""
            for (i, ch) in integer.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { grouped.append(contentsOf: space.reversed()) }
                grouped.append(ch)
            }
            integer = String(grouped.reversed())
        }
        let negative = value < 0 && rounded.contains(where: { $0 != "0" && $0 != "." })
        let sign = negative ? "−" : ""
        return parts.count > 1 ? "\(sign)\(integer),\(parts[1])" : "\(sign)\(integer)"
    }

    /// A value as read, in Swedish notation: every digit kept, decimal comma, no grouping:
    /// `plain(9.856)` → `9,856`, `plain(2008)` → `2008`.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return none }
        if value == value.rounded() && abs(value) < 1e15 {
            return String(Int64(value)).replacingOccurrences(of: "-", with: "−")
        }
        return String(value).replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "-", with: "−")
    }

    /// A whole count: `integer(12345)` → `12 345`.
    public static func integer(_ value: Double) -> String {
        number(value.rounded(), decimals: 0)
    }

    /// A count with its noun in the right number: `count(1, "rad", "rader")` → `1 rad`,
    /// `count(2345, "rad", "rader")` → `2 345 rader`.
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        integer(Double(n)) + " " + (n == 1 ? singular : plural)
    }

    /// A proportion as percent: `percent(0.125)` → `12,5 %`.
    public static func percent(_ proportion: Double, decimals: Int = 1) -> String {
        guard proportion.isFinite else { return none }
        return number(proportion * 100, decimals: decimals) + space + "%"
    }

    /// A difference of proportions in percentage points, signed: `+12,3 procentenheter`.
    public static func percentagePoints(_ difference: Double, decimals: Int = 1, short: Bool = false) -> String {
        guard difference.isFinite else { return none }
        let unit = short ? "p.e." : "procentenheter"
        return signed(difference * 100, decimals: decimals) + space + unit
    }

    /// A signed number: `+1,5` or `−1,5`.
    public static func signed(_ value: Double, decimals: Int = 1) -> String {
        let text = number(value, decimals: decimals)
        return value > 0 && text != number(0, decimals: decimals) ? "+" + text : text
    }

    /// A p- or q-value: `0,003`, `< 0,001`.
    public static func pValue(_ p: Double?) -> String {
        guard let p, p.isFinite else { return none }
        if p < 0.001 { return "<" + space + "0,001" }
        return number(p, decimals: 3)
    }

    /// "p < 0,001" or "p = 0,003"; with `symbol: "q"` the same for a q-value.
    public static func pEquals(_ p: Double?, symbol: String = "p") -> String {
        let text = pValue(p)
        return symbol + space + (text.hasPrefix("<") ? text : "=" + space + text)
    }

    /// A ratio: `1,45`.
    public static func ratio(_ value: Double?) -> String {
        guard let value, value.isFinite else { return none }
        return number(value, decimals: 2)
    }

    /// An estimate on the outcome's scale: percent for proportions, a number otherwise.
    public static func estimate(_ value: Double?, kind: OutcomeKind, decimals: Int = 1) -> String {
        guard let value else { return suppressed }
        return kind == .proportion ? percent(value, decimals: decimals) : number(value, decimals: decimals)
    }

    /// A difference on the outcome's scale: percentage points for proportions.
    public static func difference(_ value: Double?, kind: OutcomeKind, decimals: Int = 1, short: Bool = false) -> String
    {
        guard let value else { return suppressed }
        return kind == .proportion
            ? percentagePoints(value, decimals: decimals, short: short) : signed(value, decimals: decimals)
    }

    /// A 95 % interval in parentheses: `(10,2 % – 14,8 %)`; a difference's as `(13,8 till 19,9)`.
    public static func interval(_ low: Double?, _ high: Double?, kind: OutcomeKind, difference: Bool = false) -> String
    {
        let bounds = bounds(low, high, kind: kind, difference: difference)
        return bounds.isEmpty ? "" : "(" + bounds + ")"
    }

    /// A 95 % interval's bounds without parentheses, for use after "95 % KI": `13,8 till 19,9`.
    public static func bounds(_ low: Double?, _ high: Double?, kind: OutcomeKind, difference: Bool = false) -> String {
        guard let low, let high, low.isFinite, high.isFinite else { return "" }
        if difference {
            let scale = kind == .proportion ? 100.0 : 1.0
            return number(low * scale) + " till " + number(high * scale)
        }
        return estimate(low, kind: kind) + " – " + estimate(high, kind: kind)
    }
}
