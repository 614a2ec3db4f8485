import Foundation
import SkillnadCore
import ZIPFoundation

/// Writes a minimal Excel workbook (.xlsx): one sheet per table, numbers as numbers, text as
/// inline strings, the header row bold. Built in memory; no file is touched.
public struct XLSXWriter: Sendable {
    /// A cell.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
        case empty
    }

    /// One worksheet.
    public struct Sheet: Sendable {
        var name: String
        var rows: [[Cell]]
    }

    /// The workbook could not be assembled.
    public struct Failure: Error, Sendable {}

    var sheets: [Sheet] = []

    /// An empty workbook.
    public init() {}

    /// Adds a sheet; names are cut to Excel's 31 characters without forbidden characters.
    public mutating func add(name: String, rows: [[Cell]]) {
        let clean = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        var unique = clean.isEmpty ? "Blad\(sheets.count + 1)" : clean
        var n = 2
        while sheets.contains(where: { $0.name == unique }) {
            unique = String(clean.prefix(28)) + " \(n)"
            n += 1
        }
        sheets.append(Sheet(name: unique, rows: rows))
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

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        </styleSheet>
        """

    static func sheetXML(_ sheet: Sheet) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = column(c) + String(r + 1)
                let style = r == 0 ? " s=\"1\"" : ""
                switch cell {
                case .text(let t):
                    xml +=
                        "<c r=\"\(ref)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(escape(t))</t></is></c>"
                case .number(let v) where v.isFinite: xml += "<c r=\"\(ref)\"\(style)><v>\(v)</v></c>"
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
