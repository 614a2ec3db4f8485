import Foundation

/// Natural ordering of category levels and detection of ordered dimensions.
///
/// Age bands ("0-5", "16–19 år", "65+"), education levels (förgymnasial < gymnasial <
/// eftergymnasial < forskarutbildning) and quintiles ("Q1" … "Q5", "kvintil 1") are ordered;
/// other levels sort alphabetically in Swedish (å ä ö last).
public enum LevelOrder {
    /// The rank key of a level within an ordered dimension, or nil if it has none.
    public static func rank(_ level: String) -> Double? {
        let lower = level.lowercased()
        if let period = periodRank(lower) { return period }
        if let education = educationRank(lower) { return education }
        guard let number = firstInteger(in: lower) else { return nil }
        return Double(number)
    }

    /// Whether levels form an ordered dimension: every level (ignoring "uppgift saknas"/total
    /// levels) has a rank and they look like age bands, education levels or quantile groups.
    public static func isOrdered(_ levels: [String], columnName: String) -> Bool {
        let relevant = levels.filter { !isUnknown($0) && !TotalLevel.isTotal($0) }
        guard relevant.count >= 3 else { return false }
        if relevant.allSatisfy({ educationRank($0.lowercased()) != nil }) { return true }
        let nameSuggests = ColumnName.contains(
            columnName, anyOf: ["alder", "age", "kvintil", "quintile", "decil", "inkomstgrupp", "utbildning"])
        let bandLike = relevant.allSatisfy { level in
            let l = level.lowercased()
            return l.range(
                of: #"^\s*\d+\s*([-–]\s*\d+|\+|\s*år\s*(och|eller)\s*(äldre|mer))"#, options: .regularExpression)
                != nil || l.range(of: #"^(q|kvintil|kvartil|decil)\s*\d+"#, options: .regularExpression) != nil
        }
        return bandLike || (nameSuggests && relevant.allSatisfy { rank($0) != nil })
    }

    /// Sorts levels: by rank when the dimension is ordered, otherwise Swedish alphabetical;
    /// unknown levels last.
    public static func sorted(_ levels: [String], ordered: Bool) -> [String] {
        levels.sorted { a, b in
            let ua = isUnknown(a)
            let ub = isUnknown(b)
            if ua != ub { return ub }
            if ordered, let ra = rank(a), let rb = rank(b), ra != rb { return ra < rb }
            if let na = Double(a.replacingOccurrences(of: ",", with: ".")),
                let nb = Double(b.replacingOccurrences(of: ",", with: "."))
            {
                return na < nb
            }
            return swedishKey(a).lexicographicallyPrecedes(swedishKey(b))
        }
    }

    /// Months, quarters and tertials as SCB and Kolada write them ("2026M04", "2025K2", "2025T1",
    /// "2024Q3"): the year plus the part, so "2025M9" comes before "2025M10" and "2026M01".
    static func periodRank(_ level: String) -> Double? {
        guard let match = level.wholeMatch(of: /(\d{4})\s*([mkqt])\s*(\d{1,2})/),
            let year = Int(match.1), let part = Int(match.3)
        else { return nil }
        return Double(year) + Double(part) / 100
    }

    /// Whether the level means "unknown" (uppgift saknas).
    public static func isUnknown(_ level: String) -> Bool {
        let l = level.lowercased()
        return l == unknownLabel || l.contains("uppgift saknas") || l == "okänd" || l == "okänt" || l == "vet ej"
    }

    /// Label used for rows with a missing dimension value.
    public static let unknownLabel = "(uppgift saknas)"

    private static func educationRank(_ level: String) -> Double? {
        let base: Double
        if level.contains("forskar") {
            base = 4
        } else if level.contains("eftergymnasial") {
            base = 3
        } else if level.contains("förgymnasial") || level.contains("forgymnasial") || level.contains("grundskol") {
            base = 1
        } else if level.contains("gymnasial") {
            base = 2
        } else {
            return nil
        }
        let minor = firstInteger(in: level).map { min(Double($0), 99) / 100 } ?? 0
        let adjust = level.contains("kortare") || level.contains("mindre") || level.contains("högst") ? -0.5 : 0
        return base + minor * 0.01 + adjust * 0.01
    }

    private static func firstInteger(in text: String) -> Int? {
        var digits = ""
        for ch in text {
            if ch.isASCII && ch.isNumber {
                digits.append(ch)
            } else if !digits.isEmpty {
                break
            }
        }
        return Int(digits)
    }

    /// Sort key placing å, ä, ö after z as in Swedish.
    static func swedishKey(_ s: String) -> [UInt32] {
        s.lowercased().unicodeScalars.map { scalar in
            switch scalar {
            case "å": 0x7B
            case "ä", "æ": 0x7C
            case "ö", "ø": 0x7D
            case "é", "è": 0x65
            case "ü": 0x75
            default: scalar.value
            }
        }
    }
}
