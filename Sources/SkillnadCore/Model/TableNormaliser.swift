/// Normalises codes in an imported table: kön columns to K/M/T and municipality/area code
/// columns to four digits with leading zero (DeSO/RegSO upper-cased).
public enum TableNormaliser {
    /// The normalised table and which columns changed.
    public static func normalise(_ table: DataTable) -> (table: DataTable, changed: [String]) {
        var result = table
        var changed: [String] = []
        for i in result.columns.indices {
            let column = result.columns[i]
            var updated: Column?
            if CodeNormaliser.isSexColumn(column.name) {
                let normalised = CodeNormaliser.normaliseSex(column)
                if normalised.levels != column.levels || normalised.isNumeric != column.isNumeric {
                    updated = normalised
                }
            } else if CodeNormaliser.isRegionCodeColumn(column.name) {
                let normalised = CodeNormaliser.normaliseRegionCodes(column)
                if normalised.levels != column.levels || normalised.isNumeric != column.isNumeric {
                    updated = normalised
                }
            }
            if let updated {
                result.columns[i] = updated
                changed.append(column.name)
            }
        }
        return (result, changed)
    }
}
