import Foundation

/// Matching of column names regardless of case, diacritics, spaces and punctuation.
public enum ColumnName {
    /// A comparison key: "Kön" and "kon" and "KÖN " give the same key.
    public static func key(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Whether the name's key equals, starts with or contains one of the given keys.
    public static func matches(_ name: String, exactly keys: Set<String>) -> Bool {
        keys.contains(key(name))
    }

    /// Whether the name's key contains any of the given fragments.
    public static func contains(_ name: String, anyOf fragments: [String]) -> Bool {
        let k = key(name)
        return fragments.contains { k.contains($0) }
    }
}
