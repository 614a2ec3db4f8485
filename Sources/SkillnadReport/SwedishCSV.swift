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

    /// The cell, defused when it could start a formula.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if isNumber(cell) { return cell }
        return "'" + cell
    }

    /// Whether a cell is a plain number such as `-3`, `+2` or `-1,5`.
    static func isNumber(_ cell: String) -> Bool {
        var digits = 0
        var separators = 0
        for (i, c) in cell.enumerated() {
            if (c == "-" || c == "+") && i == 0 { continue }
            if c == "," || c == "." {
                separators += 1
                continue
            }
            guard c.isASCII, c.isNumber else { return false }
            digits += 1
        }
        return digits > 0 && separators <= 1
    }

    /// The document text (BOM first).
    public var text: String {
        "\u{FEFF}" + rows.map { $0.map(Self.quote).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A cell as written: text that a spreadsheet would run as a formula (starting with `=`, `+`,
    /// `-`, `@`, tab or carriage return) gets a leading apostrophe, as OWASP recommends against CSV
    /// injection; numbers, negative ones included, stay numbers. Then quoted when needed.
    static func quote(_ cell: String) -> String {
        let cell = neutralised(cell)
        guard cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
