extension AnalysisPreparation {
    /// Prepares one outcome column according to its role and the table's shape.
    static func prepareOutcome(
        table: DataTable, column index: Int, roles: ColumnRoles, request: AnalysisRequest
    ) throws -> PreparedOutcome {
        let column = table.columns[index]
        let name = column.name
        let higherIsBetter = !request.lowerIsBetter.contains { ColumnName.key($0) == ColumnName.key(name) }
        guard column.hasValues else { throw AnalysisError.emptyColumn(name) }
        if !column.isNumeric, let example = column.nonNumericExample, binaryValues(column) == nil {
            throw AnalysisError.nonNumericValue(file: table.source, column: name, row: example.row, found: example.text)
        }
        var role = roles.roles[index]
        if role == .dimension, binaryValues(column) != nil { role = .binaryOutcome }
        if role == .numericOutcome, roles.shape == .aggregated { role = .value }

        switch role {
        case .binaryOutcome:
            guard let y = binaryValues(column) else {
                let distinct = column.distinctValues()
                throw AnalysisError.notBinary(name, count: distinct.count, examples: distinct.values)
            }
            let weight = roles.columns(with: .weight).first.map { numericValues(table.columns[$0]) }
            return PreparedOutcome(
                name: name, kind: .proportion, higherIsBetter: higherIsBetter, y: y, w: weight, aggregated: false,
                peopleUnknown: false)
        case .numericOutcome:
            guard column.isNumeric else { throw AnalysisError.notAnOutcome(name, role: role) }
            let weight = roles.columns(with: .weight).first.map { numericValues(table.columns[$0]) }
            return PreparedOutcome(
                name: name, kind: .mean, higherIsBetter: higherIsBetter, y: numericValues(column), w: weight,
                aggregated: false, peopleUnknown: false)
        case .numerator:
            guard let denominatorIndex = roles.columns(with: .denominator).first ?? roles.columns(with: .count).first
            else { throw AnalysisError.missingDenominator(name) }
            let numerator = numericValues(column)
            let denominator = numericValues(table.columns[denominatorIndex])
            let y = zip(numerator, denominator).map { $1 > 0 ? $0 / $1 : Double.nan }
            return PreparedOutcome(
                name: name, kind: .proportion, higherIsBetter: higherIsBetter, y: y, w: denominator, aggregated: true,
                peopleUnknown: false)
        case .value, .count, .denominator:
            guard column.isNumeric else { throw AnalysisError.notAnOutcome(name, role: role) }
            var values = numericValues(column)
            let countIndex = (roles.columns(with: .count) + roles.columns(with: .denominator)).first { $0 != index }
            guard let countIndex else {
                return PreparedOutcome(
                    name: name, kind: .value, higherIsBetter: higherIsBetter, y: values, w: nil, aggregated: true,
                    peopleUnknown: true)
            }
            let counts = numericValues(table.columns[countIndex])
            if looksLikeProportion(name) {
                let percent = values.contains { $0 > 1 }
                if percent { values = values.map { $0 / 100 } }
                return PreparedOutcome(
                    name: name, kind: .proportion, higherIsBetter: higherIsBetter, y: values, w: counts,
                    aggregated: true, peopleUnknown: false)
            }
            return PreparedOutcome(
                name: name, kind: .value, higherIsBetter: higherIsBetter, y: values, w: counts, aggregated: true,
                peopleUnknown: false)
        default:
            throw AnalysisError.notAnOutcome(name, role: role)
        }
    }

    static func looksLikeProportion(_ name: String) -> Bool {
        name.contains("%") || ColumnName.contains(name, anyOf: ["andel", "procent", "share", "proportion", "rate"])
    }

    /// The column as numbers (categorical text that parses as numbers too); missing as NaN.
    static func numericValues(_ column: Column) -> [Double] {
        switch column.storage {
        case .numeric(let values): return values
        case .categorical(let codes, let levels):
            let parsed = levels.map { Double($0.replacingOccurrences(of: ",", with: ".")) ?? .nan }
            return codes.map { $0 >= 0 ? parsed[Int($0)] : MissingReason(categoricalCode: $0)?.nanValue ?? .nan }
        }
    }

    /// The column as 0/1 when it is a yes/no column; nil otherwise.
    static func binaryValues(_ column: Column) -> [Double]? {
        switch column.storage {
        case .numeric(let values):
            return values.allSatisfy({ $0.isNaN || $0 == 0 || $0 == 1 }) ? values : nil
        case .categorical(let codes, let levels):
            let mapped = levels.map(BinaryLevels.value(of:))
            guard !levels.isEmpty, mapped.allSatisfy({ $0 != nil }) else { return nil }
            let values = mapped.map { $0 ?? .nan }
            return codes.map { $0 >= 0 ? values[Int($0)] : MissingReason(categoricalCode: $0)?.nanValue ?? .nan }
        }
    }
}
