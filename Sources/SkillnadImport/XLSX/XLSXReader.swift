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
        guard ZipStructure.isSound(bytes) else {
            throw ImportError(
                file: source, expected: "en Excel-arbetsbok (.xlsx)",
                found: "ett zip-arkiv vars innehållsförteckning pekar utanför filen (skadad eller avkortad)")
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ImportError(
                file: source, expected: "en Excel-arbetsbok (.xlsx)", found: "en fil som inte går att packa upp")
        }
        guard let workbookXML = try entry(archive, "xl/workbook.xml", source: source) else {
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
        let relations =
            try entry(archive, "xl/_rels/workbook.xml.rels", source: source).flatMap(RelationsParser.parse) ?? [:]
        var target = relations[chosen.relationId] ?? "worksheets/sheet1.xml"
        if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
        guard let sheetXML = try entry(archive, target, source: source) else {
            throw ImportError(
                file: source, expected: "bladet \"\(chosen.name)\" (\(target))", found: "att det saknas i arkivet")
        }
        let place = "\(source) (blad \"\(chosen.name)\")"
        let sharedStrings = try entry(archive, "xl/sharedStrings.xml", source: source).map {
            try SharedStringsParser.parse($0, source: source)
        }
        let dateStyles = try entry(archive, "xl/styles.xml", source: source).flatMap(StylesParser.dateStyles) ?? []
        let rows = try SheetParser.parse(
            sheetXML, source: place, sharedStrings: sharedStrings, dateStyles: dateStyles, date1904: workbook.date1904)
        return try build(rows, source: place)
    }

    /// One part of the archive, unpacked in a stream that stops at the size and ratio limits
    /// (whatever the archive declares) and checks the part's checksum.
    static func entry(_ archive: Archive, _ path: String, source: String = "") throws -> Data? {
        guard let entry = archive[path] else { return nil }
        let packed = max(1, entry.compressedSize)
        func tooLarge(_ size: UInt64) -> Bool {
            size > UInt64(ImportLimits.unpackedBytes)
                || (size > UInt64(ImportLimits.ratioFloor) && size / packed > UInt64(ImportLimits.compressionRatio))
        }
        let bomb = ImportError(
            file: source.isEmpty ? path : source,
            expected: "en arbetsbok där \(path) packas upp till högst \(ImportLimits.unpackedBytes >> 20) MB",
            found: "att den växer mer än så (en zip-bomb eller en onormalt stor fil)")
        if tooLarge(entry.uncompressedSize) { throw bomb }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if tooLarge(UInt64(data.count)) { throw bomb }
            }
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(
                file: source.isEmpty ? path : source, expected: "en hel arbetsbok",
                found: "att \(path) inte går att packa upp (filen är skadad eller avkortad)")
        }
        return data
    }

    /// Builds the table: the first non-empty row is the header.
    static func build(_ rows: [SheetParser.Row], source: String) throws -> DataTable {
        guard let headerIndex = rows.firstIndex(where: { !$0.cells.isEmpty }) else {
            throw ImportError(file: source, expected: "en rubrikrad och data", found: "ett tomt blad")
        }
        let header = rows[headerIndex]
        let width = (header.cells.keys.max() ?? 0) + 1
        guard width <= ImportLimits.columns else {
            throw ImportError(
                file: source, row: header.number, expected: "högst \(ImportLimits.columns) kolumner",
                found: "en rubrik i kolumn \(SheetParser.columnLetters(width - 1))")
        }
        guard rows[(headerIndex + 1)...].contains(where: { !$0.cells.isEmpty }) else {
            throw ImportError(
                file: source, row: header.number, expected: "minst en datarad under rubrikraden",
                found: "bara rubrikraden")
        }
        let names = CSVReader.uniqueNames(
            (0..<width).map { column in
                if case .text(let t)? = header.cells[column] { return t }
                if case .number(let v)? = header.cells[column] {
                    // Whole numbers print without decimals; only those Int64 holds exactly.
                    return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
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
