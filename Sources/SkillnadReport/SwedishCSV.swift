import SkillnadCore

/// CSV that Swedish Excel opens correctly: UTF-8 with BOM, semicolons, decimal commas, CRLF.
public struct SwedishCSV: Sendable {
    var rows: [[String]] = []

    /// Creates an empty document.
    public init() {}

    /// Appends a row of already formatted cells.
    public mutating func append(_ cells: [String]) {
        rows.append(cells)
    }

    /// A number cell: decimal comma, no thousands separator; nil becomes empty.
    public static func number(_ value: Double?, decimals: Int = 4) -> String {
        guard let value, value.isFinite else { return "" }
        var text = SwedishFormat.number(value, decimals: decimals, grouping: false).replacingOccurrences(
            of: "−", with: "-")
        if text.contains(",") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(",") { text.removeLast() }
        }
        return text
    }

    /// The document text (BOM first).
    public var text: String {
        "\u{FEFF}" + rows.map { $0.map(Self.quote).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
