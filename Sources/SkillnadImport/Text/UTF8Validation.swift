/// Fast validation of UTF-8 byte sequences.
enum UTF8Validation {
    /// Whether `bytes` is well-formed UTF-8.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i < n {
                // Skip ASCII eight bytes at a time.
                while i + 8 <= n {
                    // Safe: the buffer holds at least i + 8 bytes, so its base address exists.
                    let word = UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                guard i < n else { break }
                let b = buffer[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                if b & 0xE0 == 0xC0 {
                    length = 2
                    if b < 0xC2 { return false }
                } else if b & 0xF0 == 0xE0 {
                    length = 3
                } else if b & 0xF8 == 0xF0 {
                    length = 4
                    if b > 0xF4 { return false }
                } else {
                    return false
                }
                if i + length > n { return false }
                for k in 1..<length where buffer[i + k] & 0xC0 != 0x80 { return false }
                i += length
            }
            return true
        }
    }

    /// Where a mostly-UTF-8 text breaks: the offset of the first invalid byte, when the text
    /// holds at least as many well-formed multi-byte characters (å, ä, ö …) as invalid bytes — a
    /// UTF-8 file with a few damaged bytes rather than a Latin-1 one.
    static func damage(_ bytes: [UInt8]) -> Int? {
        var valid = 0
        var invalid = 0
        var first: Int?
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            var length = 0
            if b >= 0xC2 && b <= 0xDF {
                length = 2
            } else if b & 0xF0 == 0xE0 {
                length = 3
            } else if b >= 0xF0 && b <= 0xF4 {
                length = 4
            }
            if length > 0 && i + length <= n && (1..<length).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) {
                valid += 1
                i += length
            } else {
                invalid += 1
                if first == nil { first = i }
                i += 1
            }
        }
        guard let first, valid > 0, valid >= invalid else { return nil }
        return first
    }
}
