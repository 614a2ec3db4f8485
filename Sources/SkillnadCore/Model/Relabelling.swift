/// A table with labels in place of codes, and what was replaced: the names columns had and the
/// code behind every level label, so codes can be shown beside labels and nothing is lost.
public struct Relabelling: Sendable {
    /// The relabelled table.
    public var table: DataTable
    /// New column name → the name it had.
    public var columnCodes: [String: String]
    /// Column (new name) → level label → the code it replaced.
    public var levelCodes: [String: [String: String]]

    /// Applies `codebook` to `table`: column names and categorical levels with a label get it;
    /// a numeric column whose every value is a code with a label (municipality 1280) becomes
    /// categorical. A label that would merge two codes of one column, or give two columns one
    /// name, is not used (the code stays), so groups are never merged by a label.
    ///
    /// ```swift
    /// let book = Codebook(labels: ["kpi": "Nyckeltal", "N00945": "VAB uttaget av män (%)"])
    /// Relabelling(table, codebook: book).table.columnNames   // ["Nyckeltal", …]
    /// ```
    public init(_ table: DataTable, codebook: Codebook) {
        var columns = table.columns
        var columnCodes: [String: String] = [:]
        var levelCodes: [String: [String: String]] = [:]
        var taken = Set(table.columns.map { ColumnName.key($0.name) })
        for i in columns.indices {
            let original = columns[i].name
            // A label may share the code's own key ("behov_av_stod" → "Behov av stöd"), not another column's.
            if let label = codebook.label(original), label != original,
                ColumnName.key(label) == ColumnName.key(original) || !taken.contains(ColumnName.key(label))
            {
                taken.remove(ColumnName.key(original))
                taken.insert(ColumnName.key(label))
                columns[i].name = label
                columnCodes[label] = original
            }
            let (column, codes) = Self.relabelLevels(columns[i], codebook: codebook)
            columns[i] = column
            if !codes.isEmpty { levelCodes[columns[i].name] = codes }
        }
        self.table = DataTable(source: table.source, columns: columns)
        var earlier = table.earlierNames
        for (label, code) in columnCodes {
            earlier[label] = earlier.removeValue(forKey: code) ?? code
        }
        self.table.earlierNames = earlier
        self.table.levelCodes = table.levelCodes.merging(levelCodes) { old, new in old.merging(new) { _, n in n } }
        self.columnCodes = columnCodes
        self.levelCodes = levelCodes
    }

    static func relabelLevels(_ column: Column, codebook: Codebook) -> (Column, [String: String]) {
        var candidate = column.asCategorical()
        guard case .categorical(let codes, let levels) = candidate.storage else { return (column, [:]) }
        // Codes read as numbers lost their leading zeros (0180 → 180): padded forms are tried too.
        let numeric = column.isNumeric
        func lookup(_ level: String) -> String? {
            if let label = codebook.label(level) { return label }
            guard numeric else { return nil }
            return [2, 4].lazy.compactMap { width -> String? in
                level.count < width ? codebook.label(String(repeating: "0", count: width - level.count) + level) : nil
            }.first
        }
        if numeric, levels.isEmpty || !levels.allSatisfy({ lookup($0) != nil }) { return (column, [:]) }
        var used = Set(levels)
        var newLevels = levels
        var replaced: [String: String] = [:]
        for (i, level) in levels.enumerated() {
            guard let label = lookup(level), label != level, !used.contains(label) else { continue }
            used.insert(label)
            newLevels[i] = label
            replaced[label] = level
        }
        guard !replaced.isEmpty else { return (column, [:]) }
        candidate.storage = .categorical(codes: codes, levels: newLevels)
        return (candidate, replaced)
    }
}
