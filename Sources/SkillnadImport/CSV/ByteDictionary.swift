import Foundation

/// Dictionary encoding of byte strings without creating a `String` per field: an
/// open-addressing hash table over an arena of the distinct values' bytes. Values of up to 16
/// bytes — most category labels — are compared as two machine words.
struct ByteDictionary {
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    /// First and second 8 bytes of short values (zero-padded), for word comparison.
    private var words: [(UInt64, UInt64)] = []
    private var slots: [Int32]
    private var mask: Int

    init() {
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    /// Number of distinct values.
    var count: Int { starts.count }

    /// Loads up to 8 bytes starting at `offset` as a zero-padded word.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        let available = bytes.count - offset
        guard available > 0, let base = bytes.baseAddress else { return 0 }
        if available >= 8 { return UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) }
        var w: UInt64 = 0
        for k in 0..<available { w |= UInt64(base[offset + k]) << (8 * UInt64(k)) }
        return w
    }

    /// The code of a value, adding it if new.
    mutating func code(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let length = bytes.count
        if length <= 16 {
            let w0 = Self.word(bytes, 0)
            let w1 = Self.word(bytes, 8)
            var h = (w0 &* 0x9E37_79B9_7F4A_7C15) ^ (w1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
            h ^= h >> 29
            return lookupShort(bytes, w0, w1, h)
        }
        return lookupLong(bytes, Self.hash(bytes))
    }

    private mutating func lookupShort(
        _ bytes: UnsafeBufferPointer<UInt8>, _ w0: UInt64, _ w1: UInt64, _ h: UInt64
    ) -> Int32 {
        let length = Int32(bytes.count)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { break }
            let e = Int(entry)
            if lengths[e] == length && words[e].0 == w0 && words[e].1 == w1 { return entry }
            slot = (slot + 1) & mask
        }
        return insert(bytes, hash: h, slot: slot, words: (w0, w1))
    }

    private mutating func lookupLong(_ bytes: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { break }
            let e = Int(entry)
            if hashes[e] == h && Int(lengths[e]) == bytes.count && equal(e, bytes) { return entry }
            slot = (slot + 1) & mask
        }
        return insert(bytes, hash: h, slot: slot, words: (0, 0))
    }

    private mutating func insert(
        _ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64, slot: Int, words w: (UInt64, UInt64)
    )
        -> Int32
    {
        let code = Int32(starts.count)
        starts.append(arena.count)
        lengths.append(Int32(bytes.count))
        hashes.append(h)
        words.append(w)
        arena.append(contentsOf: bytes)
        slots[slot] = code
        if starts.count * 2 > slots.count { grow() }
        return code
    }

    private func equal(_ e: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[e]
        return arena.withUnsafeBufferPointer { stored in
            guard let a = stored.baseAddress, let b = bytes.baseAddress else { return bytes.isEmpty }
            return memcmp(a + start, b, bytes.count) == 0
        }
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
