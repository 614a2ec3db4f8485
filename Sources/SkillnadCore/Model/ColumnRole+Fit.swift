/// Which roles a column's values allow.
extension ColumnRole {
    /// Why the column cannot have this role, in Swedish; nil when it can.
    ///
    /// A binary outcome needs exactly two yes/no values (1/0, ja/nej, …); counts, values, weights
    /// and numeric outcomes need numbers. Dimensions, periods, identifiers and unused columns fit
    /// any column.
    public func problem(with column: Column) -> String? {
        switch self {
        case .binaryOutcome:
            guard AnalysisPreparation.binaryValues(column) == nil else { return nil }
            let distinct = column.distinctValues(limit: 8)
            let shown = distinct.values.joined(separator: ", ") + (distinct.count > 8 ? ", …" : "")
            let values = distinct.count == 1 ? "bara ett värde" : "\(distinct.count) olika värden"
            return "«\(column.name)» kan inte vara ett binärt utfall: kolumnen har \(values) (\(shown)), "
                + "men ett binärt utfall har två (ja/nej, 1/0)."
        case .numericOutcome, .count, .numerator, .denominator, .value, .weight:
            guard let example = Self.firstText(in: column) else { return nil }
            return "«\(column.name)» kan inte ha rollen \(swedishName): rad \(example.row) har \"\(example.text)\", "
                + "som inte är ett tal."
        case .indicator:
            guard column.isNumeric else { return nil }
            return "«\(column.name)» kan inte vara en indikator: den innehåller tal, men en indikator namnger "
                + "vilket mått raden gäller."
        case .dimension, .period, .identifier, .ignored:
            return nil
        }
    }

    /// The first value that is not a number (row in the file, header being row 1), or nil.
    static func firstText(in column: Column) -> CellReference? {
        if let example = column.nonNumericExample { return example }
        guard case .categorical(let codes, let levels) = column.storage else { return nil }
        let numbers = levels.map { Double($0.replacingOccurrences(of: ",", with: ".")) != nil }
        guard let row = codes.firstIndex(where: { $0 >= 0 && !numbers[Int($0)] }) else { return nil }
        return CellReference(row: row + 2, text: levels[Int(codes[row])])
    }

    /// The roles the column's values allow, in the usual order.
    public static func fitting(_ column: Column) -> [ColumnRole] {
        allCases.filter { $0.problem(with: column) == nil }
    }
}
