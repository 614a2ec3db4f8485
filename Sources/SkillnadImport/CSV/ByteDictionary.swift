/// Dictionary encoding of byte strings without creating a `String` per field: an
/// open-addressing hash table over an arena of the distinct values' bytes.
struct ByteDictionary {
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init() {
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    /// Number of distinct values.
    var count: Int { starts.count }

    /// The code of a value, adding it if new.
    mutating func code(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { break }
            let e = Int(entry)
            if hashes[e] == h && Int(lengths[e]) == bytes.count && equal(e, bytes) { return entry }
            slot = (slot + 1) & mask
        }
        let code = Int32(starts.count)
        starts.append(arena.count)
        lengths.append(Int32(bytes.count))
        hashes.append(h)
        arena.append(contentsOf: bytes)
        slots[slot] = code
        if starts.count * 2 > slots.count { grow() }
        return code
    }

    private func equal(_ e: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[e]
        for k in 0..<bytes.count where arena[start + k] != bytes[k] { return false }
        return true
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for e in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[e]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e)
        }
    }

    /// The values as strings, in code order.
    func strings() -> [String] {
        starts.indices.map { e in
            let start = starts[e]
            return String(decoding: arena[start..<(start + Int(lengths[e]))], as: UTF8.self)
        }
    }

    /// The bytes of one value.
    func value(_ code: Int32) -> ArraySlice<UInt8> {
        let start = starts[Int(code)]
        return arena[start..<(start + Int(lengths[Int(code)]))]
    }

    /// FNV-1a over 8-byte words, mixed.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                h = (h ^ word) &* 0x100_0000_01b3
                h ^= h >> 29
                i += 8
            }
        }
        while i < n {
            h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3
            i += 1
        }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}
