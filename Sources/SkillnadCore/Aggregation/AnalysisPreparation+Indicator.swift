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
        guard let i = roles.columns(with: .indicator).first else { return [] }
        return table.columns[i].asCategorical().levels
    }

    /// Resolves an outcome name: a column (refused when it holds several measures), or a
    /// measure of the indicator column.
    static func resolveOutcome(_ name: String, table: DataTable, roles: ColumnRoles) throws -> OutcomeSource {
        let indicator = roles.columns(with: .indicator).first
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
        if let indicator, let level = levels.first(where: { ColumnName.key($0) == ColumnName.key(name) }) {
            guard let valueColumn else {
                throw AnalysisError.invalid(
                    "Tabellen har en indikatorkolumn (\"\(table.columns[indicator].name)\") men ingen kolumn med värden."
                )
            }
            return .indicator(level: level, indicatorColumn: indicator, valueColumn: valueColumn)
        }
        if let share = try shareOutcome(name, table: table, roles: roles) { return share }
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
