/// Detects each column's role from its name and values, and whether the table is individual
/// level or aggregated.
///
/// Names are matched in Swedish and English regardless of case and diacritics ("Kön", "kon",
/// "ANTAL"). Every detected role can be overridden by the user.
public enum RoleDetector {
    static let identifierNames: Set<String> = [
        "id", "personnummer", "pnr", "lopnr", "lopnummer", "arendeid", "arendenr", "caseid", "klientid", "personid",
        "radnr", "rowid",
    ]
    static let periodNames: Set<String> = [
        "ar", "year", "period", "manad", "month", "tertial", "kvartal", "quarter", "datum", "date", "tid", "arsmanad",
        "lasar", "arsperiod", "kalenderar", "beslutsar", "aret",
    ]
    static let weightNames: Set<String> = ["vikt", "weight", "wgt", "vikter", "weights"]
    static let countNames: Set<String> = [
        "n", "antal", "count", "population", "befolkning", "folkmangd", "invanare", "antalpersoner", "antalinvanare",
        "antalelever", "elever", "total", "totalt", "frekvens", "frequency", "pop",
    ]
    static let numeratorNames: Set<String> = [
        "taljare", "numerator", "antalmed", "antalmedutfall", "handelser", "events",
    ]
    static let denominatorNames: Set<String> = ["namnare", "denominator", "bas", "antalibasen"]
    /// Columns naming the measure of each row in long tables (Kolada, PxWeb, SCB).
    static let indicatorNames: Set<String> = [
        "nyckeltal", "kpi", "kpititle", "kpiid", "contentscode", "tabellinnehall", "medtyp", "indikator", "indicator",
        "matt", "measure", "variabel",
    ]
    static let valueNames: Set<String> = [
        "varde", "value", "visatvarde", "andel", "procent", "medel", "medelvarde", "kvot", "nyckeltal",
    ]

    /// Detects roles; `overrides` (column index → role) win over detection.
    public static func detect(_ table: DataTable, overrides: [Int: ColumnRole] = [:]) -> ColumnRoles {
        var roles: [ColumnRole] = []
        var ordered: [Bool] = []
        for column in table.columns {
            let role = detectByName(column) ?? detectByValues(column, rowCount: table.rowCount)
            roles.append(role)
            ordered.append(role == .dimension && LevelOrder.isOrdered(column.levels, columnName: column.name))
        }
        // Kolada's `count` says how many values a figure is built from (1 for a municipality), not
        // how many people it describes: used as n it would give every figure n = 1.
        if table.columns.contains(where: { ["kpi", "kpiid"].contains(ColumnName.key($0.name)) }) {
            for i in table.columns.indices where ColumnName.key(table.columns[i].name) == "count" {
                roles[i] = .ignored
            }
        }
        for (index, role) in overrides { roles[index] = role }
        let aggregatedRoles: Set<ColumnRole> = [.count, .numerator, .denominator, .value, .indicator]
        var shape: DataShape = roles.contains(where: aggregatedRoles.contains) ? .aggregated : .individual
        if shape == .individual, roles.contains(.numericOutcome), rowsAreUniqueGroups(table, roles: roles) {
            shape = .aggregated
        }
        if shape == .aggregated {
            // In aggregated data a numeric measure per row is a value, not a per-person outcome.
            for i in roles.indices where roles[i] == .numericOutcome && overrides[i] == nil { roles[i] = .value }
            assignCounts(table, roles: &roles, overrides: overrides)
            assignPublishedCounts(table, roles: &roles, overrides: overrides)
        }
        return ColumnRoles(roles: roles, ordered: ordered, shape: shape)
    }

    /// Among count-like columns the largest is the count; other whole-number columns never above
    /// it on any row are numerators (antal behöriga of antal elever).
    static func assignCounts(_ table: DataTable, roles: inout [ColumnRole], overrides: [Int: ColumnRole]) {
        let countLike = roles.indices.filter { i in
            overrides[i] == nil && (roles[i] == .count || (roles[i] == .value && isCountName(table.columns[i].name)))
        }
        var countIndex = roles.indices.first { overrides[$0] == .count || overrides[$0] == .denominator }
        if countIndex == nil, !countLike.isEmpty {
            countIndex = countLike.max { columnSum(table.columns[$0]) < columnSum(table.columns[$1]) }
        }
        guard let countIndex, case .numeric(let counts) = table.columns[countIndex].storage else { return }
        if overrides[countIndex] == nil { roles[countIndex] = .count }
        for i in roles.indices
        where i != countIndex && overrides[i] == nil && (roles[i] == .value || roles[i] == .count) {
            guard case .numeric(let values) = table.columns[i].storage else { continue }
            let name = table.columns[i].name
            if ColumnName.contains(name, anyOf: ["andel", "procent", "medel", "genomsnitt", "varde", "kvot", "index"]) {
                continue
            }
            var bounded = true
            var any = false
            for row in values.indices where !values[row].isNaN {
                let v = values[row]
                if v != v.rounded() || v < 0 || counts[row].isNaN || v > counts[row] {
                    bounded = false
                    break
                }
                any = true
            }
            if bounded && any { roles[i] = .numerator }
        }
    }

    static func isCountName(_ name: String) -> Bool {
        let key = ColumnName.key(name)
        return countNames.contains(key)
            || ["antal", "invanare", "befolkning", "folkmangd", "population"].contains { key.hasPrefix($0) }
    }

    static func columnSum(_ column: Column) -> Double {
        guard case .numeric(let values) = column.storage else { return 0 }
        return values.reduce(0) { $0 + ($1.isNaN ? 0 : $1) }
    }

    static func detectByName(_ column: Column) -> ColumnRole? {
        let key = ColumnName.key(column.name)
        if CodeNormaliser.isSexColumn(column.name) { return .dimension }
        if identifierNames.contains(key) { return .identifier }
        if periodNames.contains(key) { return .period }
        // One Kolada KPI is still a named measure; one PxWeb content ("Folkmängd") may be a count.
        if !column.isNumeric && indicatorNames.contains(key)
            && (column.levels.count > 1 || (["kpi", "kpiid"].contains(key) && !column.levels.isEmpty))
        {
            return .indicator
        }
        guard column.isNumeric else { return nil }
        if weightNames.contains(key) { return .weight }
        if numeratorNames.contains(key) { return .numerator }
        if denominatorNames.contains(key) { return .denominator }
        if countNames.contains(key) { return .count }
        if valueNames.contains(key) { return .value }
        return nil
    }

    static func detectByValues(_ column: Column, rowCount: Int) -> ColumnRole {
        switch column.storage {
        case .numeric(let values):
            var distinct = Set<Double>()
            var allBinary = true
            for v in values where !v.isNaN {
                if v != 0 && v != 1 { allBinary = false }
                if distinct.count <= 30 { distinct.insert(v) }
            }
            if distinct.isEmpty { return .ignored }
            if allBinary { return .binaryOutcome }
            let integral = distinct.allSatisfy { $0 == $0.rounded() }
            if ColumnName.contains(column.name, anyOf: ["alder", "age"]) { return .dimension }
            if integral && distinct.count <= 12 && ColumnName.contains(column.name, anyOf: dimensionHints) {
                return .dimension
            }
            if integral, distinct.count <= 30, distinct.allSatisfy({ $0 >= 1990 && $0 <= 2100 }),
                ColumnName.contains(column.name, anyOf: ["ar", "year"])
            {
                return .period
            }
            // A numeric code (basomrade_kod, kommunkod) names its group; the name column is the
            // dimension.
            let key = ColumnName.key(column.name)
            if integral && (key.hasSuffix("kod") || key.hasSuffix("code")) { return .ignored }
            return .numericOutcome
        case .categorical(_, let levels):
            let relevant = levels.filter { !TotalLevel.isTotal($0) }
            if relevant.count == 2, relevant.allSatisfy({ BinaryLevels.value(of: $0) != nil }),
                Set(relevant.compactMap(BinaryLevels.value(of:))).count == 2
            {
                return .binaryOutcome
            }
            if levels.count > 500 || (levels.count > 50 && levels.count * 2 > rowCount) { return .identifier }
            return .dimension
        }
    }

    static let dimensionHints = [
        "niva", "grupp", "kod", "klass", "typ", "kategori", "omrade", "behov", "risk", "level", "group", "zon",
    ]

    /// Whether each row is a unique combination of the categorical columns (aggregated data).
    static func rowsAreUniqueGroups(_ table: DataTable, roles: [ColumnRole]) -> Bool {
        let keyColumns = table.columns.indices.filter { roles[$0] == .dimension || roles[$0] == .period }
        guard !keyColumns.isEmpty else { return table.rowCount <= 1 }
        var seen = Set<[Int32]>()
        seen.reserveCapacity(table.rowCount)
        let codeArrays: [[Int32]] = keyColumns.map { index in
            if case .categorical(let codes, _) = table.columns[index].asCategorical().storage { return codes }
            return []
        }
        for row in 0..<table.rowCount {
            let key = codeArrays.map { $0[row] }
            if !seen.insert(key).inserted { return false }
        }
        return true
    }
}
