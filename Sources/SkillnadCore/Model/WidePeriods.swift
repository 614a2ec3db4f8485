/// Wide tables with one column per period (`X2018`, `X2019`, `2020M01` …, as SCB's and R's
/// exports name them) turned long: a `period` column and a `värde` column, the other columns
/// repeated for each period.
///
/// ```swift
/// // region, kön, X2018, X2019  →  region, kön, period (2018, 2019), värde
/// let long = WidePeriods.melt(table)
/// ```
public enum WidePeriods {
    /// The numeric columns named as periods, when there are at least two.
    public static func periodColumns(_ table: DataTable) -> [Int] {
        let found = table.columns.indices.filter {
            table.columns[$0].isNumeric && RoleDetector.isPeriodName(ColumnName.key(table.columns[$0].name))
        }
        return found.count >= 2 ? found : []
    }

    /// The long table, or nil when the table has fewer than two period columns.
    public static func melt(_ table: DataTable) -> DataTable? {
        let periods = periodColumns(table)
        guard !periods.isEmpty else { return nil }
        let others = table.columns.indices.filter { !periods.contains($0) }
        let labels = periods.map { label(table.columns[$0].name) }
        // Each source row once per period, in the file's order.
        let source = (0..<table.rowCount).flatMap { row in Array(repeating: row, count: periods.count) }
        var periodText: [String?] = []
        var values: [Double] = []
        periodText.reserveCapacity(source.count)
        values.reserveCapacity(source.count)
        for row in 0..<table.rowCount {
            for (p, column) in periods.enumerated() {
                periodText.append(labels[p])
                if case .numeric(let numbers) = table.columns[column].storage {
                    values.append(numbers[row])
                } else {
                    values.append(.nan)
                }
            }
        }
        let periodName = table.columnIndex(named: "period") == nil ? "period" : "period (kolumn)"
        let valueName = table.columnIndex(named: "värde") == nil ? "värde" : "värde (kolumn)"
        var columns = others.map { index -> Column in
            let column = table.columns[index]
            switch column.storage {
            case .categorical(let codes, let levels):
                return Column(
                    name: column.name, storage: .categorical(codes: source.map { codes[$0] }, levels: levels),
                    decimalSeparator: column.decimalSeparator)
            case .numeric(let numbers):
                return Column(
                    name: column.name, storage: .numeric(source.map { numbers[$0] }),
                    decimalSeparator: column.decimalSeparator)
            }
        }
        columns.append(Column(name: periodName, text: periodText))
        columns.append(
            Column(
                name: valueName, storage: .numeric(values), decimalSeparator: table.columns[periods[0]].decimalSeparator
            ))
        return DataTable(source: table.source, columns: columns)
    }

    /// "X2019" → "2019"; "2020M01" stays.
    static func label(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.first, first == "X" || first == "x", trimmed.dropFirst().first?.isNumber == true {
            return String(trimmed.dropFirst())
        }
        return trimmed
    }
}
