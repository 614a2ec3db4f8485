/// Checks a zip archive's directory before it is opened: every entry's header, name and data
/// must lie inside the file. The zip library trusts these offsets and fails hard on ones that
/// point past the end, so a crafted workbook is refused here with a clear message instead.
///
/// Follows the layout of PKWARE's APPNOTE.TXT (6.3.10): end of central directory (§4.3.16),
/// its ZIP64 record and locator (§4.3.14–15), central headers (§4.3.12) and local headers (§4.3.7).
enum ZipStructure {
    /// Whether the archive's directory and entries are within the bytes.
    static func isSound(_ bytes: [UInt8]) -> Bool {
        let n = bytes.count
        func u16(_ i: Int) -> Int? { i >= 0 && i + 2 <= n ? Int(bytes[i]) | Int(bytes[i + 1]) << 8 : nil }
        func u32(_ i: Int) -> Int? {
            guard i >= 0 && i + 4 <= n else { return nil }
            return (0..<4).reduce(0) { $0 | Int(bytes[i + $1]) << (8 * $1) }
        }
        func u64(_ i: Int) -> Int? {
            guard i >= 0 && i + 8 <= n else { return nil }
            let value = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[i + $1]) << (8 * UInt64($1)) }
            return value <= UInt64(Int.max) ? Int(value) : nil
        }
        // The end record: within the last 64 KiB + 22 bytes (its comment is at most 65 535 bytes).
        guard n >= 22 else { return false }
        var end: Int?
        var i = n - 22
        while i >= max(0, n - 22 - 65_535) {
            if u32(i) == 0x0605_4B50 {
                end = i
                break
            }
            i -= 1
        }
        guard let end, var entries = u16(end + 10), var size = u32(end + 12), var offset = u32(end + 16) else {
            return false
        }
        if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            guard u32(end - 20) == 0x0706_4B50, let record = u64(end - 12), u32(record) == 0x0606_4B50,
                let e = u64(record + 32), let s = u64(record + 40), let o = u64(record + 48)
            else { return false }
            (entries, size, offset) = (e, s, o)
        }
        guard offset <= end, size <= end - offset else { return false }
        var p = offset
        for _ in 0..<entries {
            guard u32(p) == 0x0201_4B50, var packed = u32(p + 20), let nameLength = u16(p + 28),
                let extraLength = u16(p + 30), let commentLength = u16(p + 32), var local = u32(p + 42)
            else { return false }
            let header = 46 + nameLength + extraLength + commentLength
            guard p + header <= offset + size else { return false }
            // ZIP64 extra field (id 1): the sizes and offset that did not fit in 32 bits, in order.
            if packed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                var q = p + 46 + nameLength
                var values: [Int] = []
                while q + 4 <= p + 46 + nameLength + extraLength {
                    guard let id = u16(q), let length = u16(q + 2) else { return false }
                    if id == 1 {
                        var k = q + 4
                        while k + 8 <= q + 4 + length, let v = u64(k) {
                            values.append(v)
                            k += 8
                        }
                    }
                    q += 4 + length
                }
                var next = 0
                if u32(p + 24) == 0xFFFF_FFFF { next += 1 }  // the uncompressed size comes first
                if packed == 0xFFFF_FFFF {
                    guard next < values.count else { return false }
                    packed = values[next]
                    next += 1
                }
                if local == 0xFFFF_FFFF {
                    guard next < values.count else { return false }
                    local = values[next]
                }
            }
            guard u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28),
                local + 30 + localName + localExtra <= n, packed <= n - (local + 30 + localName + localExtra)
            else { return false }
            p += header
        }
        return true
    }
}
