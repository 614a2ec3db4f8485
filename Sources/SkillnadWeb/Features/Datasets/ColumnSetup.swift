import SkillnadCore
import SkillnadStorage

/// A change to a dataset's column set-up, applied as a new version with the same rows: labels
/// for columns and codes, roles, ordered and sensitive columns, total levels and each outcome's
/// direction. The earlier version stays as it was.
struct ColumnSetup: Sendable {
    /// One column as chosen on the column page.
    struct Edit: Sendable {
        var label: String
        var role: ColumnRole
        var ordered: Bool
        var sensitive: Bool
        /// Levels chosen as totals; nil keeps detection from names.
        var totals: [String]?
    }

    /// Per column, in column order (nil keeps the column as it is).
    var edits: [Edit?] = []
    /// Outcome → direction chosen; absent outcomes keep what is stored.
    var directions: [String: OutcomeDirection?] = [:]
    /// A codebook to apply.
    var codebook: Codebook?

    /// Why the set-up cannot be saved, in Swedish, one line per problem.
    struct Problems: Error {
        var lines: [String]
    }

    /// The new table and columns.
    func apply(to table: DataTable, columns stored: [StoredColumn]) throws -> (DataTable, [StoredColumn]) {
        var table = table
        var columns = stored
        var problems: [String] = []
        var renamed: [String: String] = [:]
        for (i, edit) in edits.enumerated() where i < columns.count {
            guard let edit else { continue }
            let label = edit.label.trimmingCharacters(in: .whitespacesAndNewlines)
            if label.isEmpty {
                problems.append("Kolumnen \"\(columns[i].name)\" behöver ett namn.")
            } else if label.count > 200 {
                problems.append("Namnet på kolumnen \"\(columns[i].name)\" får vara högst 200 tecken.")
            } else if label != columns[i].name {
                renamed[columns[i].name] = label
                columns[i].code = columns[i].code ?? columns[i].name
                columns[i].name = label
                table.columns[i].name = label
            }
            columns[i].role = edit.role
            columns[i].ordered = edit.ordered
            columns[i].sensitive = edit.sensitive
            columns[i].totals = edit.totals
            if let problem = edit.role.problem(with: table.columns[i]) { problems.append(problem) }
        }
        let keys = columns.map { ColumnName.key($0.name) }
        if Set(keys).count != keys.count {
            problems.append("Två kolumner kan inte ha samma namn.")
        }
        guard problems.isEmpty else { throw Problems(lines: problems) }
        for i in columns.indices {
            columns[i].directions = columns[i].directions.map { Self.renamedKeys($0, renamed) }
        }
        if let codebook { Self.applyCodebook(codebook, table: &table, columns: &columns) }
        for (outcome, direction) in directions {
            let owner = Self.owner(of: outcome, columns: columns)
            for (i, kept) in Self.removing(outcome, from: columns).enumerated() { columns[i].directions = kept }
            if let direction {
                columns[owner].directions = (columns[owner].directions ?? [:]).merging([outcome: direction]) { _, new in
                    new
                }
            }
        }
        return (table, columns)
    }

    /// The labels an earlier version gave column names and codes, as a codebook, so a new
    /// version read from the same kind of file gets them again; nil when it gave none.
    static func codebook(keptBy previous: [StoredColumn]) -> Codebook? {
        var book = Codebook()
        for column in previous {
            if let code = column.code { book.labels[code] = column.name }
            for (label, code) in column.levelCodes ?? [:] { book.labels[code] = label }
        }
        return book.labels.isEmpty ? nil : book
    }

    /// A new version's columns with the earlier version's labels, and the directions chosen
    /// for its outcomes where the new columns have none.
    static func carryLabels(from previous: [StoredColumn], table: inout DataTable, columns: inout [StoredColumn]) {
        guard columns.count == table.columns.count else { return }
        if let book = codebook(keptBy: previous) { applyCodebook(book, table: &table, columns: &columns) }
        for i in columns.indices where columns[i].directions == nil {
            columns[i].directions = previous.first { $0.name == columns[i].name }?.directions
        }
    }

    static func applyCodebook(_ codebook: Codebook, table: inout DataTable, columns: inout [StoredColumn]) {
        let relabelled = Relabelling(table, codebook: codebook)
        for i in columns.indices {
            let name = relabelled.table.columns[i].name
            var renamed: [String: String] = [:]
            if name != columns[i].name {
                renamed[columns[i].name] = name
                columns[i].code = columns[i].code ?? columns[i].name
                columns[i].name = name
            }
            if let codes = relabelled.levelCodes[name] {
                columns[i].levelCodes = (columns[i].levelCodes ?? [:]).merging(codes) { _, new in new }
                for (label, code) in codes { renamed[code] = label }
                columns[i].totals = columns[i].totals?.map { renamed[$0] ?? $0 }
                // A codebook's stated direction for a measure (a Kolada KPI's description).
                if columns[i].role == .indicator {
                    for (label, code) in codes {
                        if let stated = codebook.directions[code], columns[i].directions?[label] == nil {
                            columns[i].directions = (columns[i].directions ?? [:]).merging([label: stated]) { old, _ in
                                old
                            }
                        }
                    }
                }
            }
            columns[i].directions = columns[i].directions.map { renamedKeys($0, renamed) }
            if let code = columns[i].code, let stated = codebook.directions[code],
                [.binaryOutcome, .numericOutcome, .value].contains(columns[i].role), columns[i].directions?[name] == nil
            {
                columns[i].directions = (columns[i].directions ?? [:]).merging([name: stated]) { old, _ in old }
            }
        }
        table = relabelled.table
    }

    /// The column a direction is stored on: the outcome's own column, a share's column, else
    /// the indicator column, else the first.
    static func owner(of outcome: String, columns: [StoredColumn]) -> Int {
        let column = ColumnValue(outcome)?.column ?? outcome
        return columns.firstIndex { ColumnName.key($0.name) == ColumnName.key(outcome) }
            ?? columns.firstIndex { ColumnName.key($0.name) == ColumnName.key(column) }
            ?? columns.firstIndex { $0.role == .indicator } ?? 0
    }

    /// Every column's directions without the outcome.
    static func removing(_ outcome: String, from columns: [StoredColumn]) -> [[String: OutcomeDirection]?] {
        columns.map { column in
            column.directions?.filter { ColumnName.key($0.key) != ColumnName.key(outcome) }
        }
    }

    static func renamedKeys(
        _ directions: [String: OutcomeDirection], _ renamed: [String: String]
    ) -> [String: OutcomeDirection] {
        Dictionary(directions.map { (renamed[$0.key] ?? $0.key, $0.value) }) { first, _ in first }
    }
}
