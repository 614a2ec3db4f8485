import Foundation
import SkillnadCore

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
    /// The first problem found, with its row and column; parsing stops there.
    var failure: ImportError?
    /// Whether the worksheet's root element was closed (a cut-off file never closes it).
    var complete = false
    private let source: String
    private let sharedStrings: [String]?
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

    init(source: String, sharedStrings: [String]?, dateStyles: Set<Int>, date1904: Bool) {
        self.source = source
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    /// Parses a worksheet; throws the first problem, or a corrupted-file error when the XML is
    /// malformed or cut off.
    static func parse(
        _ data: Data, source: String, sharedStrings: [String]?, dateStyles: Set<Int>, date1904: Bool
    ) throws -> [Row] {
        let delegate = SheetParser(
            source: source, sharedStrings: sharedStrings, dateStyles: dateStyles, date1904: date1904)
        let parsed = try XMLDocument.parse(data, with: delegate, source: source)
        if let failure = delegate.failure { throw failure }
        guard parsed, delegate.complete else {
            throw ImportError(
                file: source, expected: "ett fullständigt kalkylblad",
                found: "att bladets XML är skadad eller avbruten (efter rad \(delegate.rows.last?.number ?? 0))")
        }
        return delegate.rows
    }

    private func fail(_ parser: XMLParser, _ error: ImportError) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        switch elementName {
        case "row":
            var number = nextRowNumber
            if let text = attributes["r"] {
                guard let parsed = Int(text), (1...ImportLimits.sheetRows).contains(parsed) else {
                    return fail(
                        parser,
                        ImportError(
                            file: source, expected: "radnummer 1–\(ImportLimits.sheetRows)",
                            found: "radnumret \"\(text.prefix(30))\""))
                }
                number = parsed
            }
            guard number <= ImportLimits.sheetRows else {
                return fail(
                    parser, ImportError(file: source, expected: "högst \(ImportLimits.sheetRows) rader", found: "fler"))
            }
            row = Row(number: number)
            nextRowNumber = number + 1
            column = 0
        case "c":
            if let reference = attributes["r"] {
                guard let index = Self.columnIndex(reference) else {
                    return fail(
                        parser,
                        ImportError(
                            file: source, row: row.number,
                            expected: "en cellreferens i kolumn A–XFD", found: "\"\(reference.prefix(30))\""))
                }
                column = index
            }
            guard column < ImportLimits.sheetColumns else {
                return fail(
                    parser,
                    ImportError(file: source, row: row.number, expected: "högst 16 384 kolumner", found: "fler"))
            }
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
        guard failure == nil else { return }
        switch elementName {
        case "v", "t": collecting = false
        case "c":
            if hasValue {
                switch value() {
                case .success(let cell): row.cells[column] = cell
                case .failure(let error): return fail(parser, error)
                }
            }
            column += 1
        case "row":
            if !row.cells.isEmpty { rows.append(row) }
        case "worksheet":
            complete = true
        default: break
        }
    }

    private func value() -> Result<Cell, ImportError> {
        switch type {
        case "s":
            guard let strings = sharedStrings else {
                return .failure(
                    ImportError(
                        file: source, row: row.number, column: Self.columnLetters(column),
                        expected: "arbetsbokens tabell med delade texter (xl/sharedStrings.xml)",
                        found: "att den saknas fast cellen hänvisar till den"))
            }
            guard let index = Int(text), index >= 0, index < strings.count else {
                return .failure(
                    ImportError(
                        file: source, row: row.number, column: Self.columnLetters(column),
                        expected: "en text nr 0–\(strings.count - 1) ur tabellen med delade texter",
                        found: "\"\(text.prefix(30))\""))
            }
            return .success(.text(strings[index]))
        case "inlineStr", "str": return .success(.text(text))
        case "b": return .success(.text(text == "1" ? "Sant" : "Falskt"))
        case "e": return .success(.text(text))
        default:
            guard let number = Double(text) else { return .success(text.isEmpty ? .empty : .text(text)) }
            // Dates only within Excel's range (year 1900–9999); other numbers stay numbers.
            if dateStyles.contains(style) && number >= 0 && number < 2_958_466 {
                return .success(.text(Self.date(serial: number, date1904: date1904)))
            }
            return .success(number.isFinite ? .number(number) : .text(text))
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

    /// 0-based column of a cell reference ("B3" → 1); nil beyond column XFD or without letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            letters += 1
            guard letters <= 3 else { return nil }
            index = index * 26 + Int(scalar.value - 64)
        }
        guard letters > 0, index <= ImportLimits.sheetColumns else { return nil }
        return index - 1
    }

    /// Column letters of a 0-based index (1 → "B").
    static func columnLetters(_ index: Int) -> String {
        SpreadsheetColumn.letters(index)
    }
}
