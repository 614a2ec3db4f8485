/// Normalises an imported table: one column per period becomes a period column
/// (``WidePeriods``), kön columns become K/M/T and municipality/area code columns get four
/// digits with leading zero (DeSO/RegSO upper-cased).
public enum TableNormaliser {
    /// The normalised table and which columns changed.
    public static func normalise(_ table: DataTable) -> (table: DataTable, changed: [String]) {
        // One column per period becomes a period column (wide → long).
        let widePeriods = WidePeriods.periodColumns(table).map { table.columns[$0].name }
        var result = WidePeriods.melt(table) ?? table
        var changed: [String] =
            widePeriods.isEmpty
            ? [] : ["\(widePeriods[0])–\(widePeriods[widePeriods.count - 1]) (till en periodkolumn)"]
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
