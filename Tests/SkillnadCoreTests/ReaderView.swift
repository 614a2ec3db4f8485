@testable import SkillnadCore

/// Everything a reader collected from many requests: each cell once, published if any request
/// published it (an attacker keeps every number he has seen).
struct ReaderView {
    /// One cell as the attacker knows it.
    struct Cell {
        var outcome: String
        var period: String
        var key: [String: String]
        /// n and the count with the outcome, when published anywhere.
        var n: Double?
        var count: Double?
    }

    var cells: [String: Cell] = [:]
    /// Periods seen (not "alla perioder").
    var periods: Set<String> = []
    /// Levels seen per dimension.
    var levels: [String: Set<String>] = [:]

    static func id(_ outcome: String, _ period: String, _ key: [String: String]) -> String {
        ([outcome, period] + key.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: "|")
    }

    mutating func add(outcome: String, period: String, group: GroupResult) {
        let id = Self.id(outcome, period, group.key)
        var cell = cells[id] ?? Cell(outcome: outcome, period: period, key: group.key)
        if !group.suppressed, let n = group.n {
            cell.n = n
            cell.count = group.count
        }
        cells[id] = cell
        if period != "alla perioder" { periods.insert(period) }
        for (d, v) in group.key { levels[d, default: []].insert(v) }
    }

    /// Adds every group of every table and trend of a scan.
    mutating func add(_ scan: ScanResult) {
        for table in scan.tables {
            let period = table.period ?? "alla perioder"
            add(outcome: table.outcome, period: period, group: table.total)
            for group in table.groups { add(outcome: table.outcome, period: period, group: group) }
            for series in table.trend?.series ?? [] {
                for point in series.points { add(outcome: table.outcome, period: point.period, group: point.group) }
            }
        }
    }

    /// Adds the groups and strata of a comparison.
    mutating func add(_ report: ComparisonReport) {
        let period = report.period ?? "alla perioder"
        for group in report.groups { add(outcome: report.outcome, period: period, group: group) }
        guard report.groups.count == 2 else { return }
        for stratum in report.strata {
            for (group, owner) in [(stratum.first, report.groups[0]), (stratum.second, report.groups[1])] {
                var g = group
                for (d, v) in owner.key { g.key[d] = v }
                add(outcome: report.outcome, period: period, group: g)
            }
        }
    }
}
