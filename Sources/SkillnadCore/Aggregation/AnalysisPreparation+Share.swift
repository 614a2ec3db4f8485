/// Share outcomes, written `KOLUMN=VÄRDE`: the share of people at one level of a categorical
/// column among its levels that are not totals — in count tables (SCB, Skolverket) each row
/// weighted by its count, in individual data one per person (or by the weight column).
///
/// ```swift
/// // Skolverket: Students = Total / Eligible / Ineligible, value = pupils
/// AnalysisRequest(outcomes: ["Students=Eligible"], dimensions: ["Gender"])
/// ```
extension AnalysisPreparation {
    /// A `KOLUMN=VÄRDE` outcome, when the text names a categorical column and one of its levels.
    static func shareOutcome(
        _ name: String, table: DataTable, roles: ColumnRoles, totals: TotalLevels = .init()
    ) throws -> OutcomeSource? {
        guard let asked = ColumnValue(name), let index = table.columnIndex(named: asked.column) else { return nil }
        let levelName = asked.value
        let column = table.columns[index].asCategorical()
        guard let level = column.levels.first(where: { ColumnName.key($0) == ColumnName.key(levelName) }) else {
            throw AnalysisError.invalid(
                "\"\(levelName)\" finns inte i kolumnen \"\(table.columns[index].name)\". Värden: "
                    + column.levels.prefix(12).joined(separator: ", ") + (column.levels.count > 12 ? ", …" : "") + ".")
        }
        if totals.isTotal(level, inColumn: table.columns[index].name) {
            throw AnalysisError.invalid(
                "\"\(level)\" är en summarad i \"\(table.columns[index].name)\"; välj en av delarna.")
        }
        return .share(column: index, level: level)
    }

    /// The share outcome's values: 1 at the level, 0 at the other parts, NaN on totals and
    /// missing values; people per row from the count column (or the weights).
    static func prepareShareOutcome(
        column index: Int, level: String, table: DataTable, roles: ColumnRoles, request: AnalysisRequest
    ) throws -> PreparedOutcome {
        let column = table.columns[index].asCategorical()
        guard case .categorical(let codes, let levels) = column.storage, let mine = levels.firstIndex(of: level) else {
            throw AnalysisError.emptyColumn(table.columns[index].name)
        }
        let name = "\(table.columns[index].name)=\(level)"
        let totals = Set(
            levels.indices.filter { request.totals.isTotal(levels[$0], inColumn: table.columns[index].name) })
        let y: [Double] = codes.map { code in
            guard code >= 0, !totals.contains(Int(code)) else { return .nan }
            return Int(code) == mine ? 1 : 0
        }
        let higherIsBetter = !request.lowerIsBetter.contains { ColumnName.key($0) == ColumnName.key(name) }
        if roles.shape == .aggregated {
            guard let countIndex = roles.columns(with: .count).first ?? roles.columns(with: .denominator).first else {
                throw AnalysisError.invalid(
                    "En andel av \"\(table.columns[index].name)\" kräver en kolumn med antal personer per rad.")
            }
            return PreparedOutcome(
                name: name, kind: .proportion, higherIsBetter: higherIsBetter, y: y,
                w: numericValues(table.columns[countIndex]), aggregated: true, peopleUnknown: false)
        }
        let weight = roles.columns(with: .weight).first.map { numericValues(table.columns[$0]) }
        return PreparedOutcome(
            name: name, kind: .proportion, higherIsBetter: higherIsBetter, y: y, w: weight, aggregated: false,
            peopleUnknown: false)
    }
}
