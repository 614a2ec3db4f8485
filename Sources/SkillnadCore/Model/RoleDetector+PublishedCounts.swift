/// Count tables as SCB, Skolverket and city statistics offices publish them: one numeric column
/// (`value`, `X2019`, `antal`) of people per row, often with a total level beside the parts
/// (`Students` = Total / Eligible / Ineligible).
extension RoleDetector {
    /// In an aggregated table without counts or a measure column, the one value column holds
    /// counts of people when its numbers are non-negative and either add up to a total level of
    /// another column or are whole numbers under a count-like name (`value`, a year such as
    /// `X2019`).
    static func assignPublishedCounts(_ table: DataTable, roles: inout [ColumnRole], overrides: [Int: ColumnRole]) {
        let blocking: Set<ColumnRole> = [.count, .denominator, .numerator, .indicator]
        guard !roles.contains(where: blocking.contains) else { return }
        let values = roles.indices.filter { roles[$0] == .value && overrides[$0] == nil }
        guard values.count == 1, let index = values.first, case .numeric(let numbers) = table.columns[index].storage
        else { return }
        let present = numbers.filter { !$0.isNaN }
        guard !present.isEmpty, present.allSatisfy({ $0 >= 0 }) else { return }
        if addsUpToTotals(table, value: index, roles: roles) {
            roles[index] = .count
            return
        }
        let whole = present.allSatisfy { $0 == $0.rounded() }
        let key = ColumnName.key(table.columns[index].name)
        if whole && (["value", "varde", "values"].contains(key) || isPeriodName(key)) { roles[index] = .count }
    }

    /// Whether a column name is a period (`X2019`, `2019`, `2020M01`, `2025K2`), as wide tables name
    /// their value columns.
    static func isPeriodName(_ key: String) -> Bool {
        var rest = Substring(key)
        if rest.first == "x" { rest = rest.dropFirst() }
        let year = rest.prefix(4)
        guard year.count == 4, year.allSatisfy(\.isNumber), let y = Int(year), (1900...2100).contains(y) else {
            return false
        }
        let tail = rest.dropFirst(4)
        return tail.isEmpty || (["m", "k", "t", "q"].contains(tail.first) && tail.dropFirst().allSatisfy(\.isNumber))
    }

    /// Whether, for most groups of the other categorical columns, the value on a total level of
    /// some column equals the sum over that column's other levels (within 1 %, as published
    /// figures are rounded or, since 2025, noised by SCB's cell key method).
    static func addsUpToTotals(_ table: DataTable, value: Int, roles: [ColumnRole]) -> Bool {
        guard case .numeric(let numbers) = table.columns[value].storage else { return false }
        let categorical = table.columns.indices.filter { roles[$0] == .dimension || roles[$0] == .period }
        let codes: [[Int32]] = categorical.map { i in
            if case .categorical(let c, _) = table.columns[i].asCategorical().storage { return c }
            return []
        }
        for (position, column) in categorical.enumerated() {
            let levels = table.columns[column].asCategorical().levels
            let totals = Set(levels.indices.filter { TotalLevel.isTotal(levels[$0]) })
            guard !totals.isEmpty, levels.count > totals.count + 1 else { continue }
            var total: [[Int32]: Double] = [:]
            var parts: [[Int32]: Double] = [:]
            for row in 0..<table.rowCount where !numbers[row].isNaN {
                var key = codes.enumerated().map { $0.offset == position ? 0 : $0.element[row] }
                key.append(0)
                let code = codes[position][row]
                guard code >= 0 else { continue }
                if totals.contains(Int(code)) {
                    total[key, default: 0] += numbers[row]
                } else {
                    parts[key, default: 0] += numbers[row]
                }
            }
            let checked = total.filter { $0.value > 0 }
            guard checked.count >= 3 else { continue }
            let agreeing = checked.filter { key, t in abs((parts[key] ?? 0) - t) <= max(0.5, 0.01 * t) }.count
            if Double(agreeing) >= 0.9 * Double(checked.count) { return true }
        }
        return false
    }
}
