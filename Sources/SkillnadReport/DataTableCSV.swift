import SkillnadCore

/// A data table written as Swedish CSV (for demo data and row-level exports).
public enum DataTableCSV {
    /// The table as CSV: semicolons, decimal commas, UTF-8 with BOM; missing values as their markers.
    public static func render(_ table: DataTable) -> String {
        var csv = SwedishCSV()
        csv.append(table.columnNames)
        for row in 0..<table.rowCount {
            csv.append(
                table.columns.map { column in
                    if case .numeric(let values) = column.storage, !values[row].isNaN {
                        return SwedishCSV.number(values[row], decimals: 6)
                    }
                    return column.text(at: row)
                })
        }
        return csv.text
    }
}
