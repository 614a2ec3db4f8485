import Foundation
import ZIPFoundation

/// Builds small .xlsx files by hand, for the crafted and broken cases a user or an attacker
/// brings.
enum CraftedWorkbook {
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
        <sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    static let relations = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/></Relationships>
        """

    /// A worksheet with the given `<sheetData>` content.
    static func sheet(_ rows: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <sheetData>\(rows)</sheetData></worksheet>
        """
    }

    /// Shared strings.
    static func strings(_ values: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        count="\(values.count)">\(values.map { "<si><t>\($0)</t></si>" }.joined())</sst>
        """
    }

    /// A workbook of the given parts (path → contents); the workbook and its relations are added.
    static func bytes(_ parts: [String: Data]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        var all = parts
        all["xl/workbook.xml"] = all["xl/workbook.xml"] ?? Data(workbook.utf8)
        all["xl/_rels/workbook.xml.rels"] = all["xl/_rels/workbook.xml.rels"] ?? Data(relations.utf8)
        for (path, data) in all.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) })
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }

    /// A workbook with one sheet and, optionally, shared strings.
    static func bytes(sheet rows: String, strings: [String]? = nil) throws -> [UInt8] {
        var parts = ["xl/worksheets/sheet1.xml": Data(sheet(rows).utf8)]
        if let strings { parts["xl/sharedStrings.xml"] = Data(Self.strings(strings).utf8) }
        return try bytes(parts)
    }

    /// Rows of inline strings and numbers: a header and `count` data rows.
    static func table(rows count: Int) -> String {
        var rows =
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>kön</t></is></c><c r="B1" t="inlineStr"><is><t>värde</t></is></c></row>"#
        for r in 2...(count + 1) {
            rows +=
                #"<row r="\#(r)"><c r="A\#(r)" t="inlineStr"><is><t>\#(r % 2 == 0 ? "K" : "M")</t></is></c><c r="B\#(r)"><v>\#(r)</v></c></row>"#
        }
        return rows
    }
}
