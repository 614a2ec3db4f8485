import Foundation

/// Parses numbers as Swedish files write them: decimal comma or point, spaces (also no-break
/// and narrow no-break) between thousands, a leading + or − (also U+2212), an exponent, and a
/// trailing percent sign.
enum NumberParser {
    /// Which decimal separator a value used.
    enum Separator: UInt8 {
        case none = 0
        case comma = 1
        case point = 2
    }

    /// The parsed value and its separator, or nil when the bytes are not a number. A leading
    /// zero before other digits ("0114") is reported so codes keep their zeros.
    struct Result {
        var value: Double
        var separator: Separator
        var leadingZero: Bool
    }

    static let powers: [Double] = (0...22).map { pow(10, Double($0)) }

    /// Whether exactly three digits start at `i` (a thousands group).
    static func threeDigitGroup(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 3 <= b.count else { return false }
        for k in i..<(i + 3) where !(b[k] >= 0x30 && b[k] <= 0x39) { return false }
        return i + 3 == b.count || !(b[i + 3] >= 0x30 && b[i + 3] <= 0x39)
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Result? {
        var i = 0
        let n = b.count
        guard n > 0, n < 64 else { return nil }
        var negative = false
        if b[0] == 0x2D || b[0] == 0x2B {
            negative = b[0] == 0x2D
            i = 1
        } else if n >= 3 && b[0] == 0xE2 && b[1] == 0x88 && b[2] == 0x92 {
            negative = true
            i = 3
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var separator = Separator.none
        var seenSeparator = false
        var exponent = 0
        var exact = true
        var leadingZero = false
        let integerStart = i
        var lastGroup = -1
        while i < n {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                if digits == 1 && mantissa == 0 && !seenSeparator && i == integerStart + 1 { leadingZero = true }
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + UInt64(c - 0x30)
                    if seenSeparator { fractionDigits += 1 }
                } else {
                    exact = false
                    if !seenSeparator { exponent += 1 }
                }
                digits += 1
                i += 1
            } else if (c == 0x2C || c == 0x2E) && !seenSeparator && digits > 0 {
                seenSeparator = true
                separator = c == 0x2C ? .comma : .point
                i += 1
            } else if (c == 0x2C || c == 0x2E) && seenSeparator {
                // "1.234,5": the earlier separator grouped thousands.
                guard lastGroup < 0, fractionDigits == 3, (c == 0x2C) != (separator == .comma) else { return nil }
                lastGroup = i
                separator = c == 0x2C ? .comma : .point
                fractionDigits = 0
                i += 1
            } else if c == 0x20 && !seenSeparator && digits > 0 && threeDigitGroup(b, at: i + 1) {
                i += 1  // thousands space
            } else if c == 0xC2 && i + 1 < n && b[i + 1] == 0xA0 && !seenSeparator && threeDigitGroup(b, at: i + 2) {
                i += 2  // no-break space
            } else if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0xAF && !seenSeparator
                && threeDigitGroup(b, at: i + 3)
            {
                i += 3  // narrow no-break space
            } else {
                break
            }
        }
        guard digits > 0 else { return nil }
        if i < n && (b[i] == 0x65 || b[i] == 0x45) {
            i += 1
            var expNegative = false
            if i < n && (b[i] == 0x2D || b[i] == 0x2B) {
                expNegative = b[i] == 0x2D
                i += 1
            }
            var e = 0
            var expDigits = 0
            while i < n && b[i] >= 0x30 && b[i] <= 0x39 && expDigits < 5 {
                e = e * 10 + Int(b[i] - 0x30)
                expDigits += 1
                i += 1
            }
            guard expDigits > 0 else { return nil }
            exponent += expNegative ? -e : e
        }
        // A trailing percent sign, possibly after a (no-break) space.
        var j = i
        if j < n && b[j] == 0x20 { j += 1 } else if j + 1 < n && b[j] == 0xC2 && b[j + 1] == 0xA0 { j += 2 }
        if j < n && b[j] == 0x25 { i = j + 1 }
        guard i == n else { return nil }
        let scale = exponent - fractionDigits
        var value: Double
        if exact && mantissa < (1 << 53) && scale >= -22 && scale <= 22 {
            value = scale < 0 ? Double(mantissa) / powers[-scale] : Double(mantissa) * powers[scale]
        } else {
            value = Double("\(mantissa)e\(scale)") ?? .nan
        }
        if negative { value = -value }
        let hasGrouping = lastGroup >= 0
        return Result(
            value: value, separator: hasGrouping || separator != .none ? separator : .none, leadingZero: leadingZero)
    }
}
