import Foundation
import SkillnadCore

/// Reads a data file from disk: CSV (any delimiter and encoding) or Excel (.xlsx), and
/// normalises its codes. This is the only place the import library touches the file system.
public enum FileImporter {
    /// What was imported and how.
    public struct Result: Sendable {
        /// The normalised table.
        public var table: DataTable
        /// "CSV" or "Excel".
        public var format: String
        /// Detected encoding (CSV).
        public var encoding: TextEncoding?
        /// Detected delimiter (CSV).
        public var delimiter: CSVDelimiter?
        /// Columns whose codes were normalised.
        public var normalisedColumns: [String]
        /// Labels the file carries for its codes (a Kolada fetch: KPI titles, municipality names).
        public var codebook: Codebook? = nil
    }

    /// Largest file read (2 GiB).
    public static let maximumSize = 2 << 30

    /// Reads and normalises the file at `path`; `sheet` selects an Excel worksheet.
    public static func read(path: String, sheet: String? = nil) throws -> Result {
        let name = (path as NSString).lastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError(file: path, expected: "en befintlig fil", found: "att filen inte finns")
        }
        guard !isDirectory.boolValue else {
            throw ImportError(file: path, expected: "en fil", found: "en mapp")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, expected: "en läsbar fil", found: "att filen inte går att läsa (behörighet?)")
        }
        guard data.count <= maximumSize else {
            throw ImportError(file: name, expected: "en fil på högst 2 GB", found: "\(data.count / 1_048_576) MB")
        }
        return try read(bytes: [UInt8](data), name: name, sheet: sheet)
    }

    /// Reads and normalises file contents already in memory (e.g. an upload).
    public static func read(bytes: [UInt8], name: String, sheet: String? = nil) throws -> Result {
        let isZip = bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
        let lower = name.lowercased()
        if lower.hasSuffix(".xls") && !isZip {
            throw ImportError(
                file: name, expected: "CSV eller Excel i formatet .xlsx",
                found: "det äldre Excel-formatet .xls; spara om filen som .xlsx eller CSV")
        }
        if isZip || lower.hasSuffix(".xlsx") {
            guard isZip else {
                throw ImportError(
                    file: name, expected: "en Excel-arbetsbok (.xlsx)", found: "en fil som inte är en arbetsbok")
            }
            let table = try XLSXReader.read(bytes, source: name, sheet: sheet)
            let normalised = TableNormaliser.normalise(table)
            return Result(
                table: normalised.table, format: "Excel", encoding: nil, delimiter: nil,
                normalisedColumns: normalised.changed)
        }
        if bytes.prefix(4096).contains(0) && TextEncoding.detect(bytes) != .utf16 {
            throw ImportError(file: name, expected: "en textfil (CSV) eller .xlsx", found: "binärdata")
        }
        switch Self.sniff(bytes) {
        case .json: return try readJSON(bytes, name: name)
        case .markup(let kind):
            throw ImportError(
                file: name, expected: "en tabell: CSV, Excel (.xlsx), Kolada-JSON eller JSON-stat",
                found: kind + " – spara tabellen som CSV eller Excel, eller ladda ner den som JSON-stat")
        case .text: break
        }
        let csv = try CSVReader.read(bytes, source: name)
        let normalised = TableNormaliser.normalise(csv.table)
        return Result(
            table: normalised.table, format: "CSV", encoding: csv.encoding, delimiter: csv.delimiter,
            normalisedColumns: normalised.changed)
    }
}
