/// Recognises levels that are totals rather than groups ("Totalt", "Samtliga", "T" for kön),
/// as aggregated statistics include them beside the groups.
public enum TotalLevel {
    /// Whether `level` names a total of the column (in a sex column `T`, as Kolada writes it and
    /// as sex columns are normalised, is one too).
    public static func isTotal(_ level: String, inColumn name: String) -> Bool {
        isTotal(level) || (level == "T" && CodeNormaliser.isSexColumn(name))
    }

    /// Whether `level` names a total.
    public static func isTotal(_ level: String) -> Bool {
        let k = ColumnName.key(level)
        return [
            "totalt", "total", "samtliga", "alla", "summa", "bada", "bådakönen", "badakonen", "allakon", "totsa",
            "riket",
        ]
        .contains(k) || k.hasPrefix("totalt") || k.hasPrefix("samtliga") || k.hasPrefix("allakommuner")
            || k.hasSuffix("ovagtmedel") || k.hasSuffix("vagtmedel") || k.hasPrefix("rikettotalt")
    }
}
