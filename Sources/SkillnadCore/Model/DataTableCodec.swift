/// A compact binary form of a ``DataTable`` for storage: little-endian, columnar, versioned.
///
/// Layout: magic `SKDT`, version 1, source, column count, row count; per column its name, kind
/// (0 categorical, 1 numeric), decimal separator, and either its levels and Int32 codes or its
/// Float64 values (NaN payloads keep missing reasons).
public enum DataTableCodec {
    /// A problem decoding stored bytes.
    public struct DecodingError: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    static let magic: [UInt8] = Array("SKDT".utf8)

    /// Encodes a table.
    public static func encode(_ table: DataTable) -> [UInt8] {
        var out = Writer()
        out.bytes += magic
        out.u32(1)
        out.string(table.source)
        out.u32(UInt32(table.columns.count))
        out.u64(UInt64(table.rowCount))
        for column in table.columns {
            out.string(column.name)
            out.string(column.decimalSeparator.map(String.init) ?? "")
            switch column.storage {
            case .categorical(let codes, let levels):
                out.bytes.append(0)
                out.u32(UInt32(levels.count))
                for level in levels { out.string(level) }
                out.bytes.reserveCapacity(out.bytes.count + codes.count * 4)
                for code in codes { out.u32(UInt32(bitPattern: code)) }
            case .numeric(let values):
                out.bytes.append(1)
                out.bytes.reserveCapacity(out.bytes.count + values.count * 8)
                for value in values { out.u64(value.bitPattern) }
            }
        }
        return out.bytes
    }

    /// Decodes a table.
    public static func decode(_ bytes: [UInt8]) throws -> DataTable {
        var r = Reader(bytes: bytes)
        guard try r.take(4) == magic[...] else { throw DecodingError(description: "okänt format") }
        guard try r.u32() == 1 else { throw DecodingError(description: "okänd version") }
        let source = try r.string()
        let columnCount = Int(try r.u32())
        let rows = Int(try r.u64())
        var columns: [Column] = []
        for _ in 0..<columnCount {
            let name = try r.string()
            let separator = try r.string().first
            let kind = try r.take(1).first
            if kind == 0 {
                let levelCount = Int(try r.u32())
                var levels: [String] = []
                levels.reserveCapacity(levelCount)
                for _ in 0..<levelCount { levels.append(try r.string()) }
                var codes = [Int32](repeating: 0, count: rows)
                for i in 0..<rows { codes[i] = Int32(bitPattern: try r.u32()) }
                columns.append(Column(name: name, storage: .categorical(codes: codes, levels: levels)))
            } else {
                var values = [Double](repeating: 0, count: rows)
                for i in 0..<rows { values[i] = Double(bitPattern: try r.u64()) }
                columns.append(Column(name: name, storage: .numeric(values), decimalSeparator: separator))
            }
        }
        return DataTable(source: source, columns: columns)
    }

    struct Writer {
        var bytes: [UInt8] = []
        mutating func u32(_ v: UInt32) {
            var x = v.littleEndian
            withUnsafeBytes(of: &x) { bytes.append(contentsOf: $0) }
        }
        mutating func u64(_ v: UInt64) {
            var x = v.littleEndian
            withUnsafeBytes(of: &x) { bytes.append(contentsOf: $0) }
        }
        mutating func string(_ s: String) {
            let utf8 = Array(s.utf8)
            u32(UInt32(utf8.count))
            bytes += utf8
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
            guard n >= 0, offset + n <= bytes.count else {
                throw DecodingError(description: "data tar slut för tidigt")
            }
            defer { offset += n }
            return bytes[offset..<(offset + n)]
        }
        mutating func u32() throws -> UInt32 {
            let s = try take(4)
            var v: UInt32 = 0
            for (i, b) in s.enumerated() { v |= UInt32(b) << (8 * UInt32(i)) }
            return v
        }
        mutating func u64() throws -> UInt64 {
            let s = try take(8)
            var v: UInt64 = 0
            for (i, b) in s.enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
            return v
        }
        mutating func string() throws -> String {
            let n = Int(try u32())
            return String(decoding: try take(n), as: UTF8.self)
        }
    }
}
