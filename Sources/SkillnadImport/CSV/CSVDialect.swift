/// The delimiter of a CSV file, detected from its first lines.
public enum CSVDelimiter: UInt8, Sendable, Codable, CaseIterable {
    case semicolon = 0x3B
    case comma = 0x2C
    case tab = 0x09
    case pipe = 0x7C

    /// How the delimiter is named in messages.
    public var swedishName: String {
        switch self {
        case .semicolon: "semikolon (;)"
        case .comma: "komma (,)"
        case .tab: "tabb"
        case .pipe: "lodstreck (|)"
        }
    }

    /// Detects the delimiter from up to 50 logical lines, respecting quotes: the candidate that
    /// splits the lines into the same number (> 1) of fields most consistently wins; ties favour
    /// semicolon, as Swedish files use decimal commas.
    public static func detect(_ bytes: [UInt8]) -> CSVDelimiter {
        var best = CSVDelimiter.semicolon
        var bestScore = -1.0
        for candidate in CSVDelimiter.allCases {
            let counts = fieldCounts(bytes, delimiter: candidate.rawValue, maxLines: 50)
            guard let first = counts.first, first > 1 else { continue }
            let consistent = Double(counts.filter { $0 == first }.count) / Double(counts.count)
            let score = consistent * 1000 + Double(min(first, 100))
            if score > bestScore {
                bestScore = score
                best = candidate
            }
        }
        return best
    }

    static func fieldCounts(_ bytes: [UInt8], delimiter: UInt8, maxLines: Int) -> [Int] {
        var counts: [Int] = []
        var fields = 1
        var inQuotes = false
        var lineHasContent = false
        var i = 0
        while i < bytes.count && counts.count < maxLines {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 { i += 1 } else { inQuotes = false }
                }
            } else if b == 0x22 {
                inQuotes = true
                lineHasContent = true
            } else if b == delimiter {
                fields += 1
                lineHasContent = true
            } else if b == 0x0A || b == 0x0D {
                if lineHasContent { counts.append(fields) }
                fields = 1
                lineHasContent = false
                if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
            } else {
                lineHasContent = true
            }
            i += 1
        }
        if lineHasContent && counts.count < maxLines { counts.append(fields) }
        return counts
    }
}
