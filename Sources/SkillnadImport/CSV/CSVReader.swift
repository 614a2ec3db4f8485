import Foundation
import SkillnadCore

/// A byte-level RFC 4180 CSV reader for Swedish files.
///
/// Detects the encoding and the delimiter, handles quoted fields with embedded delimiters,
/// quotes and newlines, CRLF and CR line ends, a UTF-8 BOM, trailing delimiters, blank lines,
/// and the missing-value markers `..`, `-` and `.`. Text values are dictionary-encoded straight
/// from the bytes; numbers are parsed per column with decimal comma or point.
public enum CSVReader {
    /// What was read and how.
    public struct Result: Sendable {
        /// The table.
        public var table: DataTable
        /// Detected encoding.
        public var encoding: TextEncoding
        /// Detected delimiter.
        public var delimiter: CSVDelimiter
    }

    /// Reads CSV bytes. `source` names the file in messages.
    public static func read(_ raw: [UInt8], source: String, delimiter: CSVDelimiter? = nil) throws -> Result {
        let encoding = TextEncoding.detect(raw)
        if encoding != .utf8 && encoding != .utf8BOM && encoding != .utf16, let offset = UTF8Validation.damage(raw) {
            throw damaged(raw, at: offset, source: source, delimiter: delimiter)
        }
        let bytes = encoding.utf8Bytes(raw)
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw ImportError(file: source, expected: "en rubrikrad och data", found: "en tom fil")
        }
        // A header line longer than any real one is refused before it is read.
        if bytes.count > ImportLimits.headerBytes,
            !bytes.prefix(ImportLimits.headerBytes).contains(where: { $0 == 0x0A || $0 == 0x0D })
        {
            throw ImportError(
                file: source, row: 1, expected: "en rubrikrad på högst \(ImportLimits.headerBytes >> 20) MB",
                found: "en första rad utan radslut inom den gränsen")
        }
        let separator = delimiter ?? CSVDelimiter.detect(bytes)
        let table = try bytes.withUnsafeBufferPointer { buffer in
            try parse(buffer, source: source, delimiter: separator.rawValue)
        }
        return Result(table: table, encoding: encoding, delimiter: separator)
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>, source: String, delimiter: UInt8) throws -> DataTable {
        var cursor = Cursor(bytes: b, delimiter: delimiter, source: source)
        var headerFields: [String] = []
        try cursor.skipBlankLines()
        let headerLine = cursor.line
        while let field = try cursor.nextField() {
            headerFields.append(cursor.text(field))
            if field.endOfRecord { break }
        }
        try checkWidth(headerFields.count, source: source, line: headerLine)
        let names = uniqueNames(headerFields)
        let estimate = max(16, b.count / max(1, 8 * names.count))
        var builders = names.map { ColumnBuilder(name: $0, capacity: estimate) }
        let trailingEmptyHeader = headerFields.last == "" && headerFields.count > 1
        var rows = 0
        try cursor.skipBlankLines()
        while !cursor.atEnd {
            let line = cursor.line
            var index = 0
            while let field = try cursor.nextField() {
                if index < builders.count {
                    cursor.withBytes(field) { builders[index].append($0, row: line) }
                } else if !field.range.isEmpty || field.inScratch {
                    throw ImportError(
                        file: source, row: line,
                        expected: "högst \(builders.count) fält som rubrikraden (rad \(headerLine))",
                        found: "fler fält; fält \(index + 1) är \"\(cursor.text(field))\"")
                }
                index += 1
                if field.endOfRecord { break }
            }
            if index < builders.count {
                if index == builders.count - 1 && trailingEmptyHeader {
                    builders[index].append(UnsafeBufferPointer(start: nil, count: 0), row: line)
                } else {
                    throw ImportError(
                        file: source, row: line, column: index < names.count ? names[index] : nil,
                        expected: "\(builders.count) fält som rubrikraden (rad \(headerLine))",
                        found: "\(index) fält")
                }
            }
            rows += 1
            try cursor.skipBlankLines()
        }
        try checkRows(rows, source: source, line: headerLine)
        if builders.contains(where: { $0.needsReparse || (!$0.trackingCodes && $0.leadingZero && $0.numeric) }) {
            try reparse(&builders, b, source: source, delimiter: delimiter)
        }
        var columns = builders.map { $0.finish() }
        if trailingEmptyHeader, let last = columns.last, last.missingCounts[.empty] == rows {
            columns.removeLast()
        }
        return DataTable(source: source, columns: columns)
    }

    /// Refuses a header wider than any analysable table (kept out of line, away from the parse loop).
    @inline(never)
    static func checkWidth(_ count: Int, source: String, line: Int) throws {
        guard count > ImportLimits.columns else { return }
        throw ImportError(
            file: source, row: line, expected: "högst \(ImportLimits.columns) kolumner",
            found: "\(count) fält i rubrikraden")
    }

    /// Refuses a file with a header and no data.
    @inline(never)
    static func checkRows(_ rows: Int, source: String, line: Int) throws {
        guard rows == 0 else { return }
        throw ImportError(
            file: source, row: line, expected: "minst en datarad under rubrikraden", found: "bara rubrikraden")
    }

    /// The error for a UTF-8 file with damaged bytes: the line and field of the first one.
    static func damaged(_ raw: [UInt8], at offset: Int, source: String, delimiter: CSVDelimiter?) -> ImportError {
        let separator = (delimiter ?? CSVDelimiter.detect(Array(raw.prefix(65_536)))).rawValue
        var line = 1
        var field = 1
        var inQuotes = false
        for b in raw[..<offset] {
            if b == 0x22 { inQuotes.toggle() }
            if b == 0x0A && !inQuotes {
                line += 1
                field = 1
            } else if b == separator && !inQuotes {
                field += 1
            }
        }
        let bytes = raw[offset..<min(raw.count, offset + 4)].map { String(format: "%02X", $0) }.joined(separator: " ")
        // The column's name from the header line, when the header itself is intact.
        let headerEnd = raw.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? raw.count
        let header = String(decoding: raw[..<min(headerEnd, offset)], as: UTF8.self)
            .split(separator: Character(UnicodeScalar(separator)), omittingEmptySubsequences: false)
        let name =
            line > 1 && field <= header.count
            ? header[field - 1].trimmingCharacters(in: CharacterSet(charactersIn: "\" \u{FEFF}")) : "fält \(field)"
        return ImportError(
            file: source, row: line, column: name,
            expected: "UTF-8-kodad text (resten av filen är UTF-8)",
            found: "ogiltiga byte (\(bytes)); spara filen som UTF-8 igen eller rätta tecknet")
    }

    /// Reads the file again for columns that dropped their codes too early.
    static func reparse(
        _ builders: inout [ColumnBuilder], _ b: UnsafeBufferPointer<UInt8>, source: String, delimiter: UInt8
    ) throws {
        let targets = builders.indices.filter {
            builders[$0].needsReparse
                || (!builders[$0].trackingCodes && builders[$0].leadingZero && builders[$0].numeric)
        }
        var fresh = Dictionary(
            uniqueKeysWithValues: targets.map { ($0, ColumnBuilder(name: builders[$0].name, capacity: 0)) })
        for t in targets { fresh[t]?.numeric = false }
        var cursor = Cursor(bytes: b, delimiter: delimiter, source: source)
        try cursor.skipBlankLines()
        while let field = try cursor.nextField(), !field.endOfRecord {}
        try cursor.skipBlankLines()
        while !cursor.atEnd {
            let line = cursor.line
            var index = 0
            while let field = try cursor.nextField() {
                if fresh[index] != nil { cursor.withBytes(field) { fresh[index]?.append($0, row: line) } }
                index += 1
                if field.endOfRecord { break }
            }
            try cursor.skipBlankLines()
        }
        for t in targets {
            guard var rebuilt = fresh[t] else { continue }
            rebuilt.firstText = builders[t].firstText
            rebuilt.numericCount = builders[t].numericCount
            rebuilt.textCount = builders[t].textCount
            builders[t] = rebuilt
        }
    }

    /// Header names made unique and non-empty.
    static func uniqueNames(_ fields: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return fields.enumerated().map { index, raw in
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            let base = trimmed.isEmpty ? "kolumn_\(index + 1)" : trimmed
            let count = seen[base, default: 0]
            seen[base] = count + 1
            return count == 0 ? base : "\(base)_\(count + 1)"
        }
    }
}
