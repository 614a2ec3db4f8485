/// Turns a long table into a wide one: the levels of a key column become columns holding the
/// value column's values, one row per combination of the other columns.
///
/// Skolverket publishes `Students = Total / Eligible / Ineligible` with the count in `value`;
/// pivoting on `Students` and `value` gives columns `Total`, `Eligible` and `Ineligible`.
public enum TablePivot {
    /// Pivots; throws when a combination of the other columns has two rows for the same key.
    public static func pivot(_ table: DataTable, key: String, value: String) throws -> DataTable {
        guard let keyIndex = table.columnIndex(named: key) else {
            throw AnalysisError.unknownColumn(key, available: table.columnNames)
        }
        guard let valueIndex = table.columnIndex(named: value) else {
            throw AnalysisError.unknownColumn(value, available: table.columnNames)
        }
        let keyColumn = table.columns[keyIndex].asCategorical()
        let valueColumn = table.columns[valueIndex]
        let others = table.columns.indices.filter { $0 != keyIndex && $0 != valueIndex }
        let otherCodes: [[Int32]] = others.map { i in
            if case .categorical(let codes, _) = table.columns[i].asCategorical().storage { return codes }
            return []
        }
        var rowOf: [[Int32]: Int] = [:]
        var firstRow: [Int] = []
        var assignments: [(group: Int, key: Int32, row: Int)] = []
        guard case .categorical(let keyCodes, let keyLevels) = keyColumn.storage else { return table }
        for row in 0..<table.rowCount {
            let k = keyCodes[row]
            guard k >= 0 else { continue }
            let groupKey = otherCodes.map { $0[row] }
            let group: Int
            if let existing = rowOf[groupKey] {
                group = existing
            } else {
                group = firstRow.count
                rowOf[groupKey] = group
                firstRow.append(row)
            }
            assignments.append((group, k, row))
        }
        var sourceRow = [[Int]](repeating: [Int](repeating: -1, count: firstRow.count), count: keyLevels.count)
        for a in assignments {
            if sourceRow[Int(a.key)][a.group] >= 0 {
                throw AnalysisError.invalid(
                    "Kan inte vända tabellen: rad \(a.row + 2) har samma värden i övriga kolumner och samma "
                        + "\"\(key)\" (\(keyLevels[Int(a.key)])) som rad \(sourceRow[Int(a.key)][a.group] + 2).")
            }
            sourceRow[Int(a.key)][a.group] = a.row
        }
        var columns: [Column] = others.map { i in table.columns[i].selecting(rows: firstRow) }
        for (k, level) in keyLevels.enumerated() {
            columns.append(valueColumn.selecting(rows: sourceRow[k]).renamed(level))
        }
        return DataTable(source: table.source, columns: columns)
    }
}

extension Column {
    /// The values at `rows` (−1 gives a missing value).
    public func selecting(rows: [Int]) -> Column {
        switch storage {
        case .categorical(let codes, let levels):
            let picked = rows.map { $0 >= 0 ? codes[$0] : MissingReason.empty.categoricalCode }
            return Column(name: name, storage: .categorical(codes: picked, levels: levels))
        case .numeric(let values):
            let picked = rows.map { $0 >= 0 ? values[$0] : MissingReason.empty.nanValue }
            return Column(name: name, storage: .numeric(picked), decimalSeparator: decimalSeparator)
        }
    }

    /// The same values under another name.
    public func renamed(_ newName: String) -> Column {
        var copy = self
        copy.name = newName
        return copy
    }
}
