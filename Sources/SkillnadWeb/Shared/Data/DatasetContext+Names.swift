import SkillnadCore
import SkillnadStorage

/// Names asked for in links, saved analyses and indicator sources find their column after a
/// codebook or the column page relabelled it: `beviljad_insats` is "Beviljad insats", a Kolada
/// `N00945` is its KPI title, `Students=Eligible` keeps working when Eligible got a label.
extension DatasetContext {
    /// The present name of a column asked for by its name, regardless of case and punctuation,
    /// or by the name it had in the file (the table's ``DataTable/earlierNames``); nil when no
    /// column has either.
    func columnName(_ name: String) -> String? {
        table.columnIndex(named: name).map { table.columns[$0].name }
    }

    /// The present name of an outcome: a column, a measure of the indicator column (by its
    /// code), or a share `KOLUMN=VÄRDE` (column and level both); unknown names are kept, so the
    /// analysis reports them as missing.
    func outcomeName(_ name: String) -> String {
        if let column = columnName(name) { return column }
        for column in version.columns where column.role == .indicator {
            let label = levelName(name, inColumn: column.name)
            if label != name { return label }
        }
        guard let share = ColumnValue(name), let present = columnName(share.column) else { return name }
        return ColumnValue(column: present, value: levelName(share.value, inColumn: present)).text
    }

    /// The present label of a level asked for by its code (the table's ``DataTable/levelCodes``).
    func levelName(_ level: String, inColumn column: String) -> String {
        table.levelCodes[column]?.first { $0.value == level }?.key ?? level
    }

    /// A difference's id (`utfall|dimension+dimension|jämförelse|grupp|…`) with its outcome,
    /// dimensions and a single dimension's groups under their present names.
    func differenceId(_ id: String) -> String {
        var parts = id.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3 else { return id }
        let dimensions = parts[1].split(separator: "+").map { columnName(String($0)) ?? String($0) }
        parts[0] = outcomeName(parts[0])
        parts[1] = dimensions.joined(separator: "+")
        if dimensions.count == 1 {
            for i in parts.indices.dropFirst(3) { parts[i] = levelName(parts[i], inColumn: dimensions[0]) }
        }
        return parts.joined(separator: "|")
    }
}
