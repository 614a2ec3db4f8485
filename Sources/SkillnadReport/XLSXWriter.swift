import Foundation
import SkillnadCore
import ZIPFoundation

/// Writes an Excel workbook (.xlsx) that opens ready to read: one sheet per table, numbers as
/// numbers with formats (percent with one decimal, p-values by the display rule, whole numbers
/// grouped), the header row bold and frozen, columns wide enough for their contents, and sheet
/// names that are whole words. Built in memory; no file is touched.
///
/// ```swift
/// var book = XLSXWriter()
/// book.add(name: "Skillnader", header: ["Utfall", "Andel"], rows: [[.text("beviljad"), .number(0.52, .percent)]])
/// let bytes = try book.data()
/// ```
public struct XLSXWriter: Sendable {
    /// How a number is shown. The value stays exact; only the display differs.
    public enum NumberFormat: Int, Sendable, Hashable, CaseIterable {
        /// Excel's default.
        case general
        /// Whole number with thousands grouping: `12 345`.
        case integer
        /// One decimal: `12,3`.
        case decimal1
        /// Two decimals: `1,45`.
        case decimal2
        /// A fraction shown as percent with one decimal: 0,523 → `52,3 %`.
        case percent
        /// A p- or q-value: three decimals, below 0,001 shown as `< 0,001`.
        case pValue

        /// The style index in `styles.xml` (0 and 1 are the plain and header styles).
        var style: Int { rawValue == 0 ? 0 : rawValue + 1 }

        /// The format code (numFmtId 3 and 10 are built in; the rest are custom).
        var numberFormat: (id: Int, code: String?) {
            switch self {
            case .general: (0, nil)
            case .integer: (3, nil)
            case .decimal1: (164, "0.0")
            case .decimal2: (2, nil)
            case .percent: (165, "0.0%")
            case .pValue: (166, "[<0.001]\"< 0,001\";0.000")
            }
        }
    }

    /// A cell.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double, NumberFormat = .general)
        case empty

        /// Characters the cell shows, for the column width.
        var width: Int {
            switch self {
            case .text(let t): t.split(separator: "\n").map(\.count).max() ?? 0
            case .number(let v, let f):
                f == .percent ? 7 : f == .pValue ? 7 : SwedishFormat.number(v, decimals: f == .integer ? 0 : 2).count
            case .empty: 0
            }
        }
    }

    /// One worksheet: lines above the table (e.g. a stamp), the header row, the rows, footnotes.
    public struct Sheet: Sendable {
        var name: String
        var preamble: [String]
        var header: [String]
        var rows: [[Cell]]
        var footnotes: [String]
    }

    /// The workbook could not be assembled.
    public struct Failure: Error, Sendable {}

    var sheets: [Sheet] = []

    /// An empty workbook.
    public init() {}

    /// Adds a sheet with a header row (bold and frozen), its rows and optional lines above
    /// (a stamp) and below (footnotes). The name becomes a valid, unique sheet name of whole words
    /// (see ``sheetName(_:taken:)``).
    public mutating func add(
        name: String, preamble: [String] = [], header: [String], rows: [[Cell]], footnotes: [String] = []
    ) {
        let unique = Self.sheetName(name, taken: sheets.map(\.name))
        sheets.append(Sheet(name: unique, preamble: preamble, header: header, rows: rows, footnotes: footnotes))
    }

    /// A valid sheet name: without Excel's forbidden characters, at most 31 characters, cut only
    /// between words ("beviljad_insats efter kön × födelseland" → "beviljad_insats efter kön ×"
    /// is avoided: a trailing joining word or sign is dropped too), and unique ("Tabell 2").
    public static func sheetName(_ name: String, taken: [String]) -> String {
        let clean = name.filter { !"[]:*?/\\".contains($0) }.trimmingCharacters(in: .whitespaces)
        func fit(_ text: String, _ limit: Int) -> String {
            guard text.count > limit else { return text }
            var words: [Substring] = []
            for word in text.split(separator: " ") {
                let candidate = (words + [word]).joined(separator: " ")
                if candidate.count > limit { break }
                words.append(word)
            }
            while let last = words.last, ["×", "-", "–", "och", "efter", "i", "för", "mot"].contains(String(last)) {
                words.removeLast()
            }
            // A first word longer than the limit is cut, since nothing else fits.
            return words.isEmpty ? String(text.prefix(limit)) : words.joined(separator: " ")
        }
        var base = fit(clean, 31)
        if base.isEmpty { base = "Blad \(taken.count + 1)" }
        var unique = base
        var n = 2
        while taken.contains(where: { $0.lowercased() == unique.lowercased() }) {
            let suffix = " \(n)"
            unique = fit(base, 31 - suffix.count) + suffix
            n += 1
        }
        return unique
    }

    /// The workbook's bytes.
    public func data() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) })
        }
        try add("[Content_Types].xml", contentTypes)
        try add("_rels/.rels", rootRelations)
        try add("xl/workbook.xml", workbook)
        try add("xl/_rels/workbook.xml.rels", workbookRelations)
        try add("xl/styles.xml", Self.styles)
        for (i, sheet) in sheets.enumerated() { try add("xl/worksheets/sheet\(i + 1).xml", Self.sheetXML(sheet)) }
        guard let data = archive.data else { throw Failure() }
        return [UInt8](data)
    }

    var contentTypes: String {
        let overrides = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\(overrides)</Types>
            """
    }

    let rootRelations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """

    var workbook: String {
        let list = sheets.enumerated().map { i, s in
            "<sheet name=\"\(Self.escape(s.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(list)</sheets></workbook>
            """
    }

    var workbookRelations: String {
        var list = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        list +=
            "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(list)</Relationships>
            """
    }

    static var styles: String {
        let custom = NumberFormat.allCases.compactMap { f -> String? in
            f.numberFormat.code.map { "<numFmt numFmtId=\"\(f.numberFormat.id)\" formatCode=\"\(escape($0))\"/>" }
        }
        let formats = NumberFormat.allCases.dropFirst().map {
            "<xf numFmtId=\"\($0.numberFormat.id)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="\(custom.count)">\(custom.joined())</numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="\(2 + formats.count)"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\(formats.joined())</cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """
    }

    static func sheetXML(_ sheet: Sheet) -> String {
        var lines: [[Cell]] = sheet.preamble.map { [.text($0)] }
        let headerRow = lines.count + 1
        lines.append(sheet.header.map { .text($0) })
        lines += sheet.rows
        if !sheet.footnotes.isEmpty { lines.append([]) }
        lines += sheet.footnotes.map { [.text($0)] }
        // Widths from the header and the table's cells (not from long notes above or below).
        let table = [sheet.header.map { Cell.text($0) }] + sheet.rows
        let columns = table.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in
            min(60, max(8, (table.compactMap { $0.count > c ? $0[c].width : nil }.max() ?? 0) + 2))
        }
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml +=
            "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(headerRow)\" topLeftCell=\"A\(headerRow + 1)\" "
            + "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        if !widths.isEmpty {
            xml +=
                "<cols>"
                + widths.enumerated().map {
                    "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\($1)\" customWidth=\"1\"/>"
                }
                .joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (r, row) in lines.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = column(c) + String(r + 1)
                switch cell {
                case .text(let t):
                    let style = r + 1 == headerRow ? " s=\"1\"" : ""
                    xml +=
                        "<c r=\"\(ref)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(escape(t))</t></is></c>"
                case .number(let v, let format) where v.isFinite:
                    let style = format == .general ? "" : " s=\"\(format.style)\""
                    xml += "<c r=\"\(ref)\"\(style)><v>\(v)</v></c>"
                default: break
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func column(_ index: Int) -> String {
        SpreadsheetColumn.letters(index)
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 forbids most control characters.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
