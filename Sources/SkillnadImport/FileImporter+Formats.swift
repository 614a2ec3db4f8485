import Foundation
import SkillnadCore

/// Formats recognised from a file's first bytes, so that a web page, an XML description or a
/// JSON document is never imported as one odd column.
extension FileImporter {
    enum Sniffed: Equatable {
        case text
        case json
        /// XML or HTML, named for the message.
        case markup(String)
    }

    /// What the file starts with (after a byte-order mark and white space).
    static func sniff(_ bytes: [UInt8]) -> Sniffed {
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.endIndex else { return .text }
        let head = String(decoding: bytes[start..<min(bytes.endIndex, start + 256)], as: UTF8.self).lowercased()
        if head.hasPrefix("{") || head.hasPrefix("[") { return .json }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .markup("en webbsida (HTML)") }
        if head.hasPrefix("<?xml") || head.hasPrefix("<") { return .markup("ett XML-dokument") }
        return .text
    }

    /// A Kolada API response or a JSON-stat dataset (PxWeb).
    static func readJSON(_ bytes: [UInt8], name: String) throws -> Result {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw ImportError(file: name, expected: "giltig JSON", found: "text som inte går att läsa som JSON")
        }
        guard let dictionary = object as? [String: Any] else {
            throw ImportError(
                file: name, expected: "Kolada-JSON eller JSON-stat", found: "JSON som inte är ett objekt med data")
        }
        let table: DataTable
        let format: String
        if JSONStatReader.recognises(dictionary) {
            table = try JSONStatReader.read(dictionary, source: name)
            format = "JSON-stat"
        } else if KoladaJSONReader.recognises(dictionary) {
            table = try KoladaJSONReader.read(dictionary, source: name)
            format = "Kolada-JSON"
        } else {
            throw ImportError(
                file: name, expected: "Kolada-JSON (values) eller JSON-stat (class: dataset)",
                found: "JSON av ett annat slag")
        }
        let normalised = TableNormaliser.normalise(table)
        return Result(
            table: normalised.table, format: format, encoding: .utf8, delimiter: nil,
            normalisedColumns: normalised.changed,
            codebook: format == "Kolada-JSON" ? KoladaJSONReader.codebook(dictionary) : nil)
    }
}
