/// The character encodings Swedish files arrive in.
public enum TextEncoding: String, Sendable, Codable {
    /// UTF-8 with a byte-order mark.
    case utf8BOM = "UTF-8 med BOM"
    /// UTF-8.
    case utf8 = "UTF-8"
    /// Windows-1252 (Excel's "CSV" on Swedish Windows).
    case windows1252 = "Windows-1252"
    /// ISO-8859-1 (Latin-1).
    case iso88591 = "ISO-8859-1"
    /// UTF-16 (little- or big-endian, with BOM), as some Excel "Unicode text" exports.
    case utf16 = "UTF-16"

    /// Detects the encoding: a BOM decides; valid UTF-8 is UTF-8; otherwise single-byte Latin,
    /// Windows-1252 when bytes 0x80–0x9F occur (ISO-8859-1 has control characters there).
    public static func detect(_ bytes: [UInt8]) -> TextEncoding {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return .utf8BOM }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return .utf16
        }
        if UTF8Validation.isValid(bytes) { return .utf8 }
        return bytes.contains { $0 >= 0x80 && $0 <= 0x9F } ? .windows1252 : .iso88591
    }

    /// The bytes as UTF-8 (without BOM).
    public func utf8Bytes(_ bytes: [UInt8]) -> [UInt8] {
        switch self {
        case .utf8: return bytes
        case .utf8BOM: return Array(bytes.dropFirst(3))
        case .utf16:
            let bigEndian = bytes[0] == 0xFE
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(
                    bigEndian
                        ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
                i += 2
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        case .windows1252, .iso88591:
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for b in bytes {
                if b < 0x80 {
                    out.append(b)
                    continue
                }
                let scalar: UInt32 =
                    self == .windows1252 && b >= 0x80 && b <= 0x9F ? Self.cp1252High[Int(b - 0x80)] : UInt32(b)
                // Encode the scalar (< 0x10000) as UTF-8.
                if scalar < 0x800 {
                    out.append(UInt8(0xC0 | (scalar >> 6)))
                    out.append(UInt8(0x80 | (scalar & 0x3F)))
                } else {
                    out.append(UInt8(0xE0 | (scalar >> 12)))
                    out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                    out.append(UInt8(0x80 | (scalar & 0x3F)))
                }
            }
            return out
        }
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to themselves).
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D,
        0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153,
        0x9D,
        0x017E, 0x0178,
    ]
}
