import Foundation

/// Normalises the codes Swedish statistics use for kön and for municipalities.
///
/// - Kön becomes `K` (kvinnor/flickor), `M` (män/pojkar) or `T` (totalt): kvinna/man,
///   kvinnor/män, flicka/pojke, flickor/pojkar, female/male, and SCB's 1 = man, 2 = kvinna.
/// - Municipality codes become four digits with a leading zero (`114` → `0114`); DeSO and RegSO
///   codes are upper-cased.
public enum CodeNormaliser {
    /// Whether the column name means kön.
    public static func isSexColumn(_ name: String) -> Bool {
        ColumnName.matches(name, exactly: ["kon", "sex", "gender", "kön", "juridisktkon", "kontyp"])
    }

    /// Whether the column name suggests municipality or area codes.
    public static func isRegionCodeColumn(_ name: String) -> Bool {
        ColumnName.matches(
            name,
            exactly: [
                "kommunkod", "kommunid", "kommunnr", "kommun", "kod", "municipality", "municipalityid",
                "municipalitycode", "region", "regionkod", "lankod", "deso", "desokod", "regso", "regsokod", "kn",
            ])
    }

    /// The normalised kön code for a value, or nil when the value is not a kön.
    ///
    /// `scbNumeric` allows 1/2 (SCB: 1 = man, 2 = kvinna).
    public static func sex(_ value: String, scbNumeric: Bool) -> String? {
        switch ColumnName.key(value) {
        case "k", "kvinna", "kvinnor", "flicka", "flickor", "female", "females", "f", "woman", "women", "girl", "girls":
            "K"
        case "m", "man", "män", "man2", "pojke", "pojkar", "male", "males", "men", "boy", "boys", "maen":
            "M"
        case "t", "totalt", "total", "samtliga", "bada", "badakonen", "allakon", "alla":
            "T"
        case "1" where scbNumeric: "M"
        case "2" where scbNumeric: "K"
        default:
            value.lowercased() == "män" ? "M" : nil
        }
    }

    /// Normalises a kön column's levels when every level is recognised; otherwise returns the
    /// column unchanged.
    public static func normaliseSex(_ column: Column) -> Column {
        let categorical = column.asCategorical()
        let levels = categorical.levels
        let scbNumeric = Set(levels).isSubset(of: ["1", "2", "3", "T", "t"])
        guard !levels.isEmpty, levels.allSatisfy({ sex($0, scbNumeric: scbNumeric) != nil }) else { return column }
        return categorical.mappingLevels { sex($0, scbNumeric: scbNumeric) ?? $0 }
    }

    /// The four-digit municipality code for a value, DeSO/RegSO codes upper-cased; nil if the
    /// value is not a code.
    public static func regionCode(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.count <= 4, !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return String(repeating: "0", count: 4 - trimmed.count) + trimmed
        }
        if trimmed.range(of: #"^\d{4}[A-Ca-c]\d{4}$"#, options: .regularExpression) != nil
            || trimmed.range(of: #"^\d{4}[Rr]\d{3}$"#, options: .regularExpression) != nil
        {
            return trimmed.uppercased()
        }
        return nil
    }

    /// Normalises a municipality-code column when every value is a code; otherwise unchanged.
    public static func normaliseRegionCodes(_ column: Column) -> Column {
        if case .numeric(let values) = column.storage,
            !values.allSatisfy({ $0.isNaN || ($0 >= 0 && $0 < 10000 && $0 == $0.rounded()) })
        {
            return column
        }
        let categorical = column.asCategorical()
        guard !categorical.levels.isEmpty, categorical.levels.allSatisfy({ regionCode($0) != nil }) else {
            return column
        }
        return categorical.mappingLevels { regionCode($0) ?? $0 }
    }
}
