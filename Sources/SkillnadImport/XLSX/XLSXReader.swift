import Foundation
import SkillnadCore
import ZIPFoundation

/// Reads a worksheet of an Excel workbook (.xlsx): the first sheet or a named one.
///
/// Handles shared and inline strings, numbers, booleans, dates (by the cell's number format,
/// 1900 and 1904 date systems) and empty cells. The first non-empty row is the header.
public enum XLSXReader {
    /// Reads the workbook bytes; `sheet` names the worksheet (default: the first).
    public static func read(_ bytes: [UInt8], source: String, sheet: String? = nil) throws -> DataTable {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ImportError(
                file: source, expected: "en Excel-arbetsbok (.xlsx)", found: "en fil som inte går att packa upp")
        }
        guard let workbookXML = try entry(archive, "xl/workbook.xml") else {
            throw ImportError(
                file: source, expected: "en Excel-arbetsbok (.xlsx)", found: "ett zip-arkiv utan xl/workbook.xml")
        }
        let corrupted = ImportError(file: source, expected: "giltig XML i arbetsboken", found: "en skadad fil")
        guard let workbook = WorkbookParser.parse(workbookXML) else { throw corrupted }
        guard !workbook.sheets.isEmpty else {
            throw ImportError(file: source, expected: "minst ett kalkylblad", found: "en arbetsbok utan blad")
        }
        let chosen: WorkbookParser.Sheet
        if let sheet {
            guard let match = workbook.sheets.first(where: { $0.name.lowercased() == sheet.lowercased() }) else {
                throw ImportError(
                    file: source, expected: "ett blad med namnet \"\(sheet)\"",
                    found: "bladen \(workbook.sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))")
            }
            chosen = match
        } else {
            chosen = workbook.sheets[0]
        }
        let relations = try entry(archive, "xl/_rels/workbook.xml.rels").flatMap(RelationsParser.parse) ?? [:]
        var target = relations[chosen.relationId] ?? "worksheets/sheet1.xml"
        if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
        guard let sheetXML = try entry(archive, target) else {
            throw ImportError(
                file: source, expected: "bladet \"\(chosen.name)\" (\(target))", found: "att det saknas i arkivet")
        }
        var sharedStrings: [String] = []
        if let data = try entry(archive, "xl/sharedStrings.xml") {
            guard let parsed = SharedStringsParser.parse(data) else { throw corrupted }
            sharedStrings = parsed
        }
        let dateStyles = try entry(archive, "xl/styles.xml").flatMap(StylesParser.dateStyles) ?? []
        guard
            let rows = SheetParser.parse(
                sheetXML, sharedStrings: sharedStrings, dateStyles: dateStyles, date1904: workbook.date1904)
        else { throw corrupted }
        return try build(rows, source: "\(source) (blad \"\(chosen.name)\")")
    }

    static func entry(_ archive: Archive, _ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
        return data
    }

    /// Builds the table: the first non-empty row is the header.
    static func build(_ rows: [SheetParser.Row], source: String) throws -> DataTable {
        guard let headerIndex = rows.firstIndex(where: { !$0.cells.isEmpty }) else {
            throw ImportError(file: source, expected: "en rubrikrad och data", found: "ett tomt blad")
        }
        let header = rows[headerIndex]
        let width = (header.cells.keys.max() ?? 0) + 1
        let names = CSVReader.uniqueNames(
            (0..<width).map { column in
                if case .text(let t)? = header.cells[column] { return t }
                if case .number(let v)? = header.cells[column] {
                    return v == v.rounded() ? String(Int64(v)) : String(v)
                }
                return ""
            })
        var builders = names.map { ColumnBuilder(name: $0, capacity: rows.count) }
        for row in rows[(headerIndex + 1)...] where !row.cells.isEmpty {
            if let extra = row.cells.keys.first(where: { $0 >= width }), let cell = row.cells[extra], !cell.isEmpty {
                throw ImportError(
                    file: source, row: row.number, column: SheetParser.columnLetters(extra),
                    expected: "värden endast under rubrikerna (kolumn A–\(SheetParser.columnLetters(width - 1)))",
                    found: "ett värde utanför rubrikraden")
            }
            for column in 0..<width {
                switch row.cells[column] {
                case .number(let v): builders[column].appendNumber(v, row: row.number)
                case .text(let t): builders[column].appendText(t, row: row.number)
                case .empty, nil: builders[column].appendText("", row: row.number)
                }
            }
        }
        var columns = builders.map { $0.finish() }
        // Drop header-less empty columns (formatting that reaches further than the data).
        columns.removeAll { $0.name.hasPrefix("kolumn_") && $0.missingCounts[.empty] == $0.count }
        return DataTable(source: source, columns: columns)
    }
}
