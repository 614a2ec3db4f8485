/// Which levels of each column are totals: detected from their names (``TotalLevel``) unless
/// the user chose them for a column, which then replaces the detection for that column (an
/// empty choice says the column has no totals).
///
/// ```swift
/// var totals = TotalLevels()
/// totals.isTotal("Samtliga", inColumn: "Huvudman")            // true (detected)
/// totals.overrides["Område"] = ["Hela Storköping"]
/// totals.isTotal("Hela Storköping", inColumn: "Område")       // true (chosen)
/// ```
public struct TotalLevels: Sendable, Hashable, Codable {
    /// Column name → the levels chosen as totals.
    public var overrides: [String: [String]]

    /// Detection only, or with choices per column.
    public init(overrides: [String: [String]] = [:]) {
        self.overrides = overrides
    }

    /// Whether `level` is a total of the column `name`.
    public func isTotal(_ level: String, inColumn name: String) -> Bool {
        if let chosen = choice(for: name) { return chosen.contains(level) }
        return TotalLevel.isTotal(level, inColumn: name)
    }

    /// The user's choice for a column, if any (column names compared as ``ColumnName/key(_:)``).
    public func choice(for name: String) -> [String]? {
        if let exact = overrides[name] { return exact }
        let key = ColumnName.key(name)
        return overrides.first { ColumnName.key($0.key) == key }?.value
    }
}
