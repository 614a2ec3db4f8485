import Foundation

/// Walks CSV bytes field by field.
struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let source: String
    var position = 0
    /// 1-based line of the current position.
    var line = 1
    /// Scratch space for quoted fields with doubled quotes.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, source: String) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.source = source
    }

    /// A field: a range of the input, or the scratch buffer for quoted fields with "".
    struct Field {
        var range: Range<Int>
        var inScratch: Bool
        var endOfRecord: Bool
    }

    /// Calls `body` with the field's bytes.
    func withBytes<R>(_ field: Field, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if field.inScratch { return try scratch.withUnsafeBufferPointer(body) }
        return try body(UnsafeBufferPointer(rebasing: bytes[field.range]))
    }

    /// The field as text.
    func text(_ field: Field) -> String {
        withBytes(field) { String(decoding: $0, as: UTF8.self) }
    }

    var atEnd: Bool { position >= bytes.count }

    /// Skips empty lines (also lines of only spaces or delimiters-free whitespace).
    mutating func skipBlankLines() throws {
        while position < bytes.count {
            var p = position
            while p < bytes.count && (bytes[p] == 0x20 || (bytes[p] == 0x09 && delimiter != 0x09)) { p += 1 }
            if p >= bytes.count {
                position = p
                return
            }
            if bytes[p] == 0x0A {
                position = p + 1
                line += 1
            } else if bytes[p] == 0x0D {
                position = p + 1
                if position < bytes.count && bytes[position] == 0x0A { position += 1 }
                line += 1
            } else {
                return
            }
        }
    }

    /// The next field, or nil at the end of input.
    mutating func nextField() throws -> Field? {
        guard position <= bytes.count else { return nil }
        if position == bytes.count {
            position += 1
            return Field(range: bytes.count..<bytes.count, inScratch: false, endOfRecord: true)
        }
        // Skip leading spaces before a quote.
        var start = position
        while start < bytes.count && bytes[start] == 0x20 { start += 1 }
        if start < bytes.count && bytes[start] == 0x22 { return try quotedField(from: start + 1) }
        var end = position
        let d = delimiter
        while end < bytes.count {
            let c = bytes[end]
            if c == d || c == 0x0A || c == 0x0D { break }
            end += 1
        }
        var lo = position
        var hi = end
        while lo < hi && (bytes[lo] == 0x20 || (bytes[lo] == 0x09 && d != 0x09)) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || (bytes[hi - 1] == 0x09 && d != 0x09)) { hi -= 1 }
        return Field(range: lo..<hi, inScratch: false, endOfRecord: advancePastSeparator(end))
    }

    /// Moves past the delimiter or line end at `end`; returns whether the record ended.
    mutating func advancePastSeparator(_ end: Int) -> Bool {
        if end >= bytes.count {
            position = bytes.count + 1
            return true
        }
        let c = bytes[end]
        if c == delimiter {
            position = end + 1
            return false
        }
        position = end + 1
        if c == 0x0D && position < bytes.count && bytes[position] == 0x0A { position += 1 }
        line += 1
        return true
    }

    mutating func quotedField(from open: Int) throws -> Field {
        let startLine = line
        var p = open
        var simpleEnd = -1
        // Fast path: no doubled quotes.
        while p < bytes.count {
            if bytes[p] == 0x22 {
                if p + 1 < bytes.count && bytes[p + 1] == 0x22 { break }
                simpleEnd = p
                break
            }
            if bytes[p] == 0x0A { line += 1 }
            p += 1
        }
        var content: Range<Int> = 0..<0
        var inScratch = false
        var after: Int
        if simpleEnd >= 0 {
            content = open..<simpleEnd
            after = simpleEnd + 1
        } else {
            // Slow path: copy with "" → ".
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[open..<p]))
            var closed = false
            while p < bytes.count {
                let c = bytes[p]
                if c == 0x22 {
                    if p + 1 < bytes.count && bytes[p + 1] == 0x22 {
                        scratch.append(0x22)
                        p += 2
                        continue
                    }
                    closed = true
                    break
                }
                if c == 0x0A { line += 1 }
                scratch.append(c)
                p += 1
            }
            guard closed else { throw unterminated(startLine) }
            inScratch = true
            after = p + 1
        }
        if simpleEnd < 0 && p >= bytes.count { throw unterminated(startLine) }
        // After the closing quote: optional spaces, then a delimiter or line end.
        while after < bytes.count && bytes[after] == 0x20 { after += 1 }
        if after < bytes.count && bytes[after] != delimiter && bytes[after] != 0x0A && bytes[after] != 0x0D {
            throw ImportError(
                file: source, row: line, expected: "avgränsare eller radslut efter ett citerat fält",
                found: "tecknet \"\(String(decoding: [bytes[after]], as: UTF8.self))\"")
        }
        return Field(range: content, inScratch: inScratch, endOfRecord: advancePastSeparator(after))
    }

    func unterminated(_ startLine: Int) -> ImportError {
        ImportError(
            file: source, row: startLine, expected: "ett avslutande citattecken (\")",
            found: "filens slut; citatet som börjar på rad \(startLine) avslutas aldrig")
    }
}
