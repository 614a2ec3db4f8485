/// A rectangular table of data in columns, as imported from a file.
public struct DataTable: Sendable {
    /// Where the data came from (file name or dataset name), used in messages.
    public var source: String
    /// The columns, in file order.
    public var columns: [Column]
    /// Column name → the name it had in the file, for columns a codebook or the user relabelled
    /// (`"Beviljad insats"` → `"beviljad_insats"`): a column can be asked for by either.
    public var earlierNames: [String: String] = [:]
    /// Column name → level label → the code it replaced (`"Nyckeltal"` → `"VAB … (%)"` →
    /// `"N00945"`), for levels a codebook relabelled: a measure can be asked for by its code.
    public var levelCodes: [String: [String: String]] = [:]

    /// Creates a table; all columns must have the same length.
    public init(source: String, columns: [Column]) {
        precondition(Set(columns.map(\.count)).count <= 1, "columns must have equal length")
        self.source = source
        self.columns = columns
    }

    /// Number of rows.
    public var rowCount: Int { columns.first?.count ?? 0 }

    /// Column names in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The index of the column with this name: exact match first, then case- and
    /// diacritic-insensitive, then by the name it had in the file (``earlierNames``).
    public func columnIndex(named name: String) -> Int? {
        if let exact = columns.firstIndex(where: { $0.name == name }) { return exact }
        let key = ColumnName.key(name)
        return columns.firstIndex { ColumnName.key($0.name) == key }
            ?? columns.firstIndex { earlierNames[$0.name].map(ColumnName.key) == key }
    }

    /// The column with this name.
    public func column(named name: String) -> Column? {
        columnIndex(named: name).map { columns[$0] }
    }
}
