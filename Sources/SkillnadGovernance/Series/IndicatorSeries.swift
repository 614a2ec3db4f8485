import SkillnadCore

/// One indicator's values per unit (municipality, region, enhet) and period, read from a long
/// table as Kolada and PxWeb publish it: an indicator column (Kolada's `kpi`/`kpi_id`/
/// `kpi_title`, `Nyckeltal`), a unit column, a period column, a value column and, where the
/// indicator is divided by kön, a sex column with K/M/T.
///
/// ```swift
/// let series = try IndicatorSeries(table, indicator: "N15404")
/// series.observations(for: "Ale")          // 2009 … 2012
/// series.values(in: "2012")                // every municipality's value
/// ```
public struct IndicatorSeries: Sendable {
    /// The indicator's name as found (the title where the table has one).
    public var name: String
    /// Units in the file, in order of appearance (totals such as "Riket" left out).
    public var units: [String]
    /// Periods, oldest first.
    public var periods: [String]
    /// Unit → period → (total, women, men).
    var cells: [String: [String: Cell]]

    struct Cell {
        var total: Double?
        var women: Double?
        var men: Double?
    }

    /// Reads the indicator named by id or title (or the only one when `indicator` is nil).
    public init(_ table: DataTable, indicator: String?) throws {
        let roles = RoleDetector.detect(table)
        let indicatorColumns = table.columns.indices.filter {
            roles.roles[$0] == .indicator
                || ["kpi", "kpiid", "kpititle", "nyckeltal"].contains(ColumnName.key(table.columns[$0].name))
        }
        guard let periodIndex = roles.columns(with: .period).first else {
            throw SeriesError("Filen har ingen kolumn med år eller period.")
        }
        guard
            let valueIndex = table.columns.indices.last(where: {
                table.columns[$0].isNumeric && [.value, .count, .numericOutcome].contains(roles.roles[$0])
            })
        else { throw SeriesError("Filen har ingen kolumn med värden.") }
        let sexIndex = table.columns.indices.first { CodeNormaliser.isSexColumn(table.columns[$0].name) }
        let unitIndex = table.columns.indices.first { i in
            !indicatorColumns.contains(i) && i != periodIndex && i != valueIndex && i != sexIndex
                && roles.roles[i] == .dimension
                && ColumnName.contains(
                    table.columns[i].name,
                    anyOf: ["kommun", "municipality", "region", "enhet", "landsting", "ou", "lan"])
        }
        guard let unitIndex else {
            throw SeriesError("Filen har ingen kolumn med kommun, region eller enhet.")
        }
        // Which rows belong to the indicator.
        var rows = Array(0..<table.rowCount)
        var name = indicator ?? ""
        if !indicatorColumns.isEmpty {
            let levels = Set(indicatorColumns.flatMap { table.columns[$0].asCategorical().levels })
            if let indicator {
                let key = ColumnName.key(indicator)
                guard
                    let column = indicatorColumns.first(where: { c in
                        table.columns[c].asCategorical().levels.contains { ColumnName.key($0) == key }
                    })
                else {
                    throw SeriesError(
                        "Indikatorn \"\(indicator)\" finns inte i filen. Exempel: "
                            + levels.sorted().prefix(6).joined(separator: "; ") + ".")
                }
                rows = rows.filter { ColumnName.key(table.columns[column].text(at: $0)) == key }
            } else {
                let distinct = Set(rows.map { table.columns[indicatorColumns[0]].text(at: $0) })
                guard distinct.count == 1 else {
                    throw SeriesError(
                        "Filen har \(distinct.count) indikatorer; välj en med --indicator (id eller namn).")
                }
            }
            // The readable name: the longest text among the indicator columns on these rows.
            if let first = rows.first {
                name = indicatorColumns.map { table.columns[$0].text(at: first) }.max { $0.count < $1.count } ?? name
            }
        }
        guard !rows.isEmpty else { throw SeriesError("Indikatorn har inga rader i filen.") }
        var cells: [String: [String: Cell]] = [:]
        var units: [String] = []
        var periods = Set<String>()
        guard case .numeric(let values) = table.columns[valueIndex].storage else {
            throw SeriesError("Värdekolumnen är inte numerisk.")
        }
        for row in rows {
            let unit = table.columns[unitIndex].text(at: row)
            if TotalLevel.isTotal(unit, inColumn: table.columns[unitIndex].name) { continue }
            let period = table.columns[periodIndex].text(at: row)
            let value = values[row].isNaN ? nil : values[row]
            let sex =
                sexIndex.map { CodeNormaliser.sex(table.columns[$0].text(at: row), scbNumeric: false) ?? "T" } ?? "T"
            if cells[unit] == nil { units.append(unit) }
            periods.insert(period)
            var cell = cells[unit]?[period] ?? Cell()
            switch sex {
            case "K": cell.women = value
            case "M": cell.men = value
            default: cell.total = value
            }
            cells[unit, default: [:]][period] = cell
        }
        self.name = name
        self.units = units
        self.periods = LevelOrder.sorted(Array(periods), ordered: true)
        self.cells = cells
    }

    /// The unit's observations, oldest first; nil when the unit is not in the file.
    public func observations(for unit: String) -> [IndicatorObservation]? {
        guard let own = resolve(unit), let byPeriod = cells[own] else { return nil }
        return periods.compactMap { period in
            byPeriod[period].map { IndicatorObservation(period: period, value: $0.total, women: $0.women, men: $0.men) }
        }
    }

    /// Every unit's total value in a period.
    public func values(in period: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for (unit, byPeriod) in cells { if let v = byPeriod[period]?.total { out[unit] = v } }
        return out
    }

    /// The unit as written in the file, found by name or code, case-insensitively.
    public func resolve(_ unit: String) -> String? {
        if cells[unit] != nil { return unit }
        let key = ColumnName.key(unit)
        return units.first { ColumnName.key($0) == key }
    }
}

/// Why a series could not be read, in Swedish.
public struct SeriesError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public var description: String

    init(_ description: String) { self.description = description }
}
