import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the cells of a worksheet XML (streamed, so large sheets work).
final class SheetParser: NSObject, XMLParserDelegate {
    /// A cell's value.
    enum Cell: Equatable {
        case number(Double)
        case text(String)
        case empty

        var isEmpty: Bool {
            if case .empty = self { return true }
            if case .text(let t) = self { return t.isEmpty }
            return false
        }
    }

    /// One row: its 1-based number and cells by 0-based column.
    struct Row {
        var number: Int
        var cells: [Int: Cell] = [:]
    }

    var rows: [Row] = []
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private let date1904: Bool
    private var row = Row(number: 0)
    private var nextRowNumber = 1
    private var column = 0
    private var type = ""
    private var style = 0
    private var text = ""
    private var collecting = false
    private var hasValue = false

    init(sharedStrings: [String], dateStyles: Set<Int>, date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    static func parse(_ data: Data, sharedStrings: [String], dateStyles: Set<Int>, date1904: Bool) -> [Row]? {
        let delegate = SheetParser(sharedStrings: sharedStrings, dateStyles: dateStyles, date1904: date1904)
        guard XMLDocument.parse(data, with: delegate) else { return nil }
        return delegate.rows
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? nextRowNumber
            row = Row(number: number)
            nextRowNumber = number + 1
            column = 0
        case "c":
            if let reference = attributes["r"] { column = Self.columnIndex(reference) }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            text = ""
            hasValue = false
        case "v":
            collecting = true
            hasValue = true
        case "t":
            collecting = type == "inlineStr"
            hasValue = hasValue || collecting
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "v", "t": collecting = false
        case "c":
            if hasValue { row.cells[column] = value() }
            column += 1
        case "row":
            if !row.cells.isEmpty { rows.append(row) }
        default: break
        }
    }

    private func value() -> Cell {
        switch type {
        case "s":
            guard let index = Int(text), index >= 0, index < sharedStrings.count else { return .empty }
            return .text(sharedStrings[index])
        case "inlineStr", "str": return .text(text)
        case "b": return .text(text == "1" ? "Sant" : "Falskt")
        case "e": return .text(text)
        default:
            guard let number = Double(text) else { return text.isEmpty ? .empty : .text(text) }
            if dateStyles.contains(style) { return .text(Self.date(serial: number, date1904: date1904)) }
            return .number(number)
        }
    }

    /// ISO date (and time when present) of an Excel serial date.
    static func date(serial: Double, date1904: Bool) -> String {
        // 1900 system: serial 1 = 1900-01-01 and Excel counts the non-existent 1900-02-29.
        var days = serial.rounded(.down)
        if !date1904 && days >= 60 { days -= 1 }
        let epoch = date1904 ? -2_082_844_800.0 : -2_209_075_200.0  // 1904-01-01 / 1899-12-31 UTC
        let seconds = ((serial - serial.rounded(.down)) * 86_400).rounded()
        let date = Date(timeIntervalSince1970: epoch + days * 86_400 + seconds)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
        if seconds == 0 { return day }
        return day + String(format: " %02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// 0-based column of a cell reference ("B3" → 1).
    static func columnIndex(_ reference: String) -> Int {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value - 64)
        }
        return index - 1
    }

    /// Column letters of a 0-based index (1 → "B").
    static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
