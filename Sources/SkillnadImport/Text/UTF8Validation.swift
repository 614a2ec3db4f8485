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
}
