/// Long tables where one column names the measure of each row (Kolada's `Nyckeltal`, PxWeb's
/// `ContentsCode`, SCB's `MedTyp`): each level of that column is an outcome of its own, read from
/// the value column on its rows only — values of different measures are never added, averaged or
/// charted together.
extension AnalysisPreparation {
    /// Where a requested outcome comes from.
    enum OutcomeSource: Equatable {
        /// A column of the table.
        case column(Int)
        /// A level of the indicator column (its rows of the value column).
        case indicator(level: String, indicatorColumn: Int, valueColumn: Int)
        /// The share of people at one level of a categorical column (`Students=Eligible`).
        case share(column: Int, level: String)
    }

    /// The measures of a table with an indicator column, in the file's order of first
    /// appearance (empty when there is none).
    public static func indicatorLevels(_ table: DataTable, roles: ColumnRoles) -> [String] {
        guard let i = readableIndicator(table, roles: roles) else { return [] }
        return table.columns[i].asCategorical().levels
    }

    /// Of the indicator columns (Kolada's `kpi_id` and `kpi_title`), the one with the readable
    /// names: the longest labels.
    static func readableIndicator(_ table: DataTable, roles: ColumnRoles) -> Int? {
        roles.columns(with: .indicator).max { a, b in
            averageLength(table.columns[a]) < averageLength(table.columns[b])
        }
    }

    /// Average length of a column's levels.
    public static func averageLength(_ column: Column) -> Double {
        let levels = column.asCategorical().levels
        return levels.isEmpty ? 0 : Double(levels.map(\.count).reduce(0, +)) / Double(levels.count)
    }

    /// Resolves an outcome name: a column (refused when it holds several measures), or a
    /// measure of the indicator column.
    static func resolveOutcome(
        _ name: String, table: DataTable, roles: ColumnRoles, totals: TotalLevels = .init()
    ) throws -> OutcomeSource {
        let indicator = readableIndicator(table, roles: roles)
        let levels = indicator.map { table.columns[$0].asCategorical().levels } ?? []
        let valueColumn =
            roles.columns(with: .value).first ?? roles.columns(with: .numericOutcome).first
            ?? roles.columns(with: .numerator).first
        if let i = table.columnIndex(named: name) {
            if let indicator, levels.count > 1, i == valueColumn || roles.roles[i].isOutcome {
                throw AnalysisError.mixedIndicators(
                    column: table.columns[i].name, indicator: table.columns[indicator].name, examples: levels)
            }
            return .column(i)
        }
        // A measure by any of the indicator columns (its id or its title).
        for column in roles.columns(with: .indicator) {
            let names = table.columns[column].asCategorical().levels
            let codes = table.levelCodes[table.columns[column].name] ?? [:]
            guard
                let level = names.first(where: {
                    ColumnName.key($0) == ColumnName.key(name) || codes[$0].map(ColumnName.key) == ColumnName.key(name)
                })
            else { continue }
            guard let valueColumn else {
                throw AnalysisError.invalid(
                    "Tabellen har en indikatorkolumn (\"\(table.columns[column].name)\") men ingen kolumn med värden.")
            }
            return .indicator(level: level, indicatorColumn: column, valueColumn: valueColumn)
        }
        if let share = try shareOutcome(name, table: table, roles: roles, totals: totals) { return share }
        throw AnalysisError.unknownColumn(name, available: table.columnNames + levels)
    }

    /// The value column read on one measure's rows only (NaN elsewhere, which tabulation skips).
    static func prepareIndicatorOutcome(
        level: String, indicatorColumn: Int, valueColumn: Int, table: DataTable, roles: ColumnRoles,
        request: AnalysisRequest
    ) throws -> PreparedOutcome {
        let base = try prepareOutcome(table: table, column: valueColumn, roles: roles, request: request)
        guard case .categorical(let codes, let levels) = table.columns[indicatorColumn].asCategorical().storage,
            let code = levels.firstIndex(of: level)
        else { throw AnalysisError.emptyColumn(level) }
        let mine = Int32(code)
        var y = base.y
        for row in y.indices where codes[row] != mine { y[row] = .nan }
        guard y.contains(where: { !$0.isNaN }) else { throw AnalysisError.emptyColumn(level) }
        let higherIsBetter = !request.lowerIsBetter.contains { ColumnName.key($0) == ColumnName.key(level) }
        return PreparedOutcome(
            name: level, kind: base.kind, higherIsBetter: higherIsBetter, y: y, w: base.w, aggregated: base.aggregated,
            peopleUnknown: base.peopleUnknown)
    }
}
