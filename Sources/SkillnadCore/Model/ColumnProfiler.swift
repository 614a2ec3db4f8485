/// Builds the column profiles `describe` shows.
public enum ColumnProfiler {
    /// Profiles every column of the table with the given roles.
    public static func profiles(
        _ table: DataTable, roles: ColumnRoles, totals: TotalLevels = .init()
    ) -> [ColumnProfile] {
        table.columns.indices.map { index in
            let column = table.columns[index]
            let missing = Dictionary(uniqueKeysWithValues: column.missingCounts.map { ($0.key.swedishName, $0.value) })
            switch column.storage {
            case .numeric(let values):
                var lo = Double.infinity
                var hi = -Double.infinity
                var distinct = Set<Double>()
                for v in values where !v.isNaN {
                    lo = min(lo, v)
                    hi = max(hi, v)
                    if distinct.count < 100_000 { distinct.insert(v) }
                }
                let examples = distinct.sorted().prefix(12).map(SwedishFormat.plain)
                return ColumnProfile(
                    name: column.name, type: "numerisk", role: roles.roles[index], ordered: roles.ordered[index],
                    distinctCount: distinct.count, examples: Array(examples), missing: missing,
                    minimum: lo.isFinite ? lo : nil, maximum: hi.isFinite ? hi : nil,
                    decimalSeparator: column.decimalSeparator.map(String.init))
            case .categorical(_, let levels):
                let sorted = LevelOrder.sorted(levels, ordered: roles.ordered[index])
                var profile = ColumnProfile(
                    name: column.name, type: "kategorisk", role: roles.roles[index], ordered: roles.ordered[index],
                    distinctCount: levels.count,
                    examples: roles.roles[index] == .identifier ? [] : Array(sorted.prefix(12)), missing: missing,
                    minimum: nil, maximum: nil, decimalSeparator: nil)
                let found = levels.filter { totals.isTotal($0, inColumn: column.name) }
                if roles.roles[index] == .dimension && !found.isEmpty { profile.totalLevels = found }
                return profile
            }
        }
    }
}
