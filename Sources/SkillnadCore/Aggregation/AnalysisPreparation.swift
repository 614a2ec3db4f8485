import Foundation

/// Turns a ``DataTable`` and an ``AnalysisRequest`` into ``AnalysisData``.
public enum AnalysisPreparation {
    /// Prepares the data; throws ``AnalysisError`` with a Swedish message when the request does
    /// not fit the data.
    public static func prepare(_ table: DataTable, request: AnalysisRequest) throws -> AnalysisData {
        guard !request.outcomes.isEmpty else { throw AnalysisError.noOutcomes }
        guard !request.dimensions.isEmpty else { throw AnalysisError.noDimensions }
        guard (1...3).contains(request.crossDepth) else { throw AnalysisError.invalidCrossDepth(request.crossDepth) }
        if request.disclosureControl && request.threshold < 3 { throw AnalysisError.thresholdTooLow(request.threshold) }
        var overrides: [Int: ColumnRole] = [:]
        for (name, role) in request.roleOverrides {
            overrides[try index(of: name, in: table)] = role
        }
        let roles = RoleDetector.detect(table, overrides: overrides)
        let dimensionIndices = try request.dimensions.map { try index(of: $0, in: table) }
        let sources = try request.outcomes.map {
            try resolveOutcome($0, table: table, roles: roles, totals: request.totals)
        }
        let outcomeIndices = sources.compactMap { source -> Int? in
            if case .column(let i) = source { return i }
            return nil
        }
        let indicatorColumns = Set(roles.columns(with: .indicator))
        let shareColumns = Set(
            sources.compactMap { source -> Int? in
                if case .share(let column, _) = source { return column }
                return nil
            })
        for (name, i) in zip(request.dimensions, dimensionIndices) where shareColumns.contains(i) {
            throw AnalysisError.notADimension(name, reason: "en andel av den är valt som utfall")
        }
        for (name, i) in zip(request.dimensions, dimensionIndices) where outcomeIndices.contains(i) {
            throw AnalysisError.notADimension(name, reason: "den är också valt som utfall")
        }
        var included = [Bool](repeating: true, count: table.rowCount)
        var notes: [String] = []
        try applyFilters(request.filters, table: table, included: &included, notes: &notes)

        var dimensions: [Dimension] = []
        var slots: [[Int32]] = []
        for (name, i) in zip(request.dimensions, dimensionIndices) {
            // Named as in the table, however it was asked for (another spelling, its code).
            let present = table.columns[i].name
            let ordered = request.orderedOverrides[name] ?? request.orderedOverrides[present] ?? roles.ordered[i]
            let (dimension, rowSlots) = try makeDimension(
                table.columns[i], ordered: ordered, displayName: present, totals: request.totals)
            dimensions.append(dimension)
            slots.append(rowSlots)
        }
        var period: Dimension?
        var periodSlots: [Int32]?
        if let periodIndex = roles.columns(with: .period).first(where: { !dimensionIndices.contains($0) }) {
            let (dimension, rowSlots) = try makeDimension(
                table.columns[periodIndex], ordered: true, displayName: table.columns[periodIndex].name, isPeriod: true,
                totals: request.totals)
            period = dimension
            periodSlots = rowSlots
        }
        if roles.shape == .aggregated {
            // For publication, every frame dimension counts as compared, so the rows are those
            // the frame's pattern was computed on.
            let frameIndices = try (request.publication?.dimensions ?? []).map { try index(of: $0, in: table) }
            // A filtered column keeps the rows the filter chose, not its total rows.
            let filtered = Set(request.filters.keys.compactMap { table.columnIndex(named: $0) })
            handleTotals(
                table: table, roles: roles, dimensionIndices: dimensionIndices, dimensions: dimensions, slots: slots,
                partsOf: Set(frameIndices).union(shareColumns).union(filtered), totalLevels: request.totals,
                periodSlots: periodSlots, included: &included, notes: &notes)
        }
        var outcomes = try sources.map { source in
            switch source {
            case .column(let i):
                return try prepareOutcome(table: table, column: i, roles: roles, request: request)
            case .indicator(let level, let indicator, let value):
                return try prepareIndicatorOutcome(
                    level: level, indicatorColumn: indicator, valueColumn: value, table: table, roles: roles,
                    request: request)
            case .share(let column, let level):
                return try prepareShareOutcome(
                    column: column, level: level, table: table, roles: roles, request: request)
            }
        }
        for i in outcomes.indices where outcomes[i].peopleUnknown {
            outcomes[i].varyingColumns = table.columns.indices.filter { c in
                !dimensionIndices.contains(c) && !outcomeIndices.contains(c) && roles.roles[c] != .period
                    && !indicatorColumns.contains(c) && !shareColumns.contains(c)
                    && !table.columns[c].isNumeric && distinctIncluded(table.columns[c], included: included) > 1
            }.map { table.columns[$0].name }
        }
        var selectedPeriod: Int?
        var outcomePeriods: [Int?] = []
        if let period {
            switch request.period {
            case .latest:
                // The latest period with a value of a requested outcome (measures of a long table
                // are published over different years).
                var withValue = included
                for row in withValue.indices where withValue[row] {
                    withValue[row] = outcomes.contains { !$0.y[row].isNaN }
                }
                selectedPeriod =
                    latestPeriod(period, periodSlots: periodSlots ?? [], included: withValue)
                    ?? latestPeriod(period, periodSlots: periodSlots ?? [], included: included)
                if sources.contains(where: { if case .indicator = $0 { return true } else { return false } }) {
                    outcomePeriods = outcomes.map { outcome in
                        let mine = included.indices.map { included[$0] && !outcome.y[$0].isNaN }
                        return latestPeriod(period, periodSlots: periodSlots ?? [], included: mine) ?? selectedPeriod
                    }
                }
            case .all:
                selectedPeriod = nil
            case .specific(let label):
                guard let slot = period.levels.firstIndex(where: { ColumnName.key($0) == ColumnName.key(label) }) else {
                    throw AnalysisError.unknownPeriod(label, available: period.levels)
                }
                selectedPeriod = slot
            }
        }
        if !included.contains(true) { throw AnalysisError.noRows("filtren utesluter alla rader") }
        var data = AnalysisData(
            source: table.source, shape: roles.shape, dimensions: dimensions, slots: slots, period: period,
            periodSlots: periodSlots, outcomes: outcomes, included: included, rowCount: table.rowCount,
            selectedPeriod: selectedPeriod, notes: notes)
        data.outcomePeriods = outcomePeriods
        return data
    }

    static func distinctIncluded(_ column: Column, included: [Bool]) -> Int {
        guard case .categorical(let codes, _) = column.storage else { return 0 }
        var seen = Set<Int32>()
        for row in codes.indices where included[row] {
            seen.insert(codes[row])
            if seen.count > 1 { return 2 }
        }
        return seen.count
    }

    static func index(of name: String, in table: DataTable) throws -> Int {
        guard let i = table.columnIndex(named: name) else {
            throw AnalysisError.unknownColumn(name, available: table.columnNames)
        }
        return i
    }

    static func latestPeriod(_ period: Dimension, periodSlots: [Int32], included: [Bool]) -> Int? {
        var latest = -1
        for row in periodSlots.indices where included[row] {
            let s = Int(periodSlots[row])
            if s < period.levels.count && s > latest { latest = s }
        }
        return latest >= 0 ? latest : nil
    }

    static func applyFilters(
        _ filters: [String: [String]], table: DataTable, included: inout [Bool], notes: inout [String]
    ) throws {
        for (name, accepted) in filters.sorted(by: { $0.key < $1.key }) {
            let column = table.columns[try index(of: name, in: table)]
            // A sex column reads "Flickor", "kvinnor" and "K" alike (its levels are normalised to K/M/T).
            let isSex = CodeNormaliser.isSexColumn(column.name)
            let keys = Set(
                accepted.flatMap { value in
                    [ColumnName.key(value)]
                        + (isSex
                            ? [CodeNormaliser.sex(value, scbNumeric: false)].compactMap { $0.map(ColumnName.key) } : [])
                })
            var matched = false
            for row in 0..<table.rowCount where included[row] {
                let ok = keys.contains(ColumnName.key(column.text(at: row)))
                included[row] = ok
                matched = matched || ok
            }
            guard matched else {
                let values = Set((0..<min(table.rowCount, 10_000)).map { column.text(at: $0) }).sorted().prefix(20)
                throw AnalysisError.noRows(
                    "inget värde i \"\(name)\" matchar \(accepted.joined(separator: ", ")) (exempel på värden: \(values.joined(separator: ", ")))"
                )
            }
            notes.append("Urval: \(name) = \(accepted.joined(separator: " eller ")).")
        }
    }

    /// Builds a dimension with levels in display order and the slot of every row.
    static func makeDimension(
        _ source: Column, ordered: Bool, displayName: String, isPeriod: Bool = false, totals: TotalLevels = .init()
    ) throws -> (Dimension, [Int32]) {
        var column = source
        if CodeNormaliser.isSexColumn(column.name) { column = CodeNormaliser.normaliseSex(column) }
        if column.isNumeric {
            column = try categoricalForDimension(column, name: displayName, isPeriod: isPeriod)
        }
        guard case .categorical(let codes, let levels) = column.storage else {
            throw AnalysisError.notADimension(displayName, reason: "den kunde inte läsas som kategorier")
        }
        if levels.count > 1000 {
            throw AnalysisError.notADimension(
                displayName, reason: "den har \(levels.count) olika värden (högst 1 000 går att jämföra)")
        }
        let sorted = LevelOrder.sorted(levels, ordered: ordered || isPeriod)
        let position = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, Int32($0)) })
        let remap = levels.map { position[$0] ?? 0 }
        let unknown = Int32(sorted.count)
        let rowSlots = codes.map { $0 >= 0 ? remap[Int($0)] : unknown }
        let totalSlots = Set(sorted.indices.filter { totals.isTotal(sorted[$0], inColumn: column.name) })
        return (Dimension(name: displayName, levels: sorted, ordered: ordered, totalLevels: totalSlots), rowSlots)
    }

    /// A numeric column used as a dimension: age is banded, few integers become levels.
    static func categoricalForDimension(_ column: Column, name: String, isPeriod: Bool) throws -> Column {
        guard case .numeric(let values) = column.storage else { return column }
        var distinct = Set<Double>()
        var maximum = -Double.infinity
        for v in values where !v.isNaN {
            distinct.insert(v)
            maximum = max(maximum, v)
            if distinct.count > 1000 { break }
        }
        if distinct.count <= 60 || isPeriod { return column.asCategorical() }
        if ColumnName.contains(column.name, anyOf: ["alder", "age"]) {
            let bands = AgeBands(maximum: maximum)
            let text: [String?] = values.map { $0.isNaN ? nil : bands.label(for: $0) }
            var banded = Column(name: column.name, text: text)
            if case .categorical(var codes, let levels) = banded.storage {
                for i in values.indices where values[i].isNaN {
                    codes[i] = MissingReason(nanValue: values[i]).categoricalCode
                }
                banded.storage = .categorical(codes: codes, levels: levels)
            }
            return banded
        }
        throw AnalysisError.notADimension(
            name, reason: "den är numerisk med fler än 60 olika värden; använd den som utfall i stället")
    }

    /// In aggregated sources: drop rows at a total level of a compared dimension, and keep only
    /// the total rows of other dimensions that have one, so nothing is counted twice.
    static func handleTotals(
        table: DataTable, roles: ColumnRoles, dimensionIndices: [Int], dimensions: [Dimension], slots: [[Int32]],
        partsOf: Set<Int> = [], totalLevels: TotalLevels = .init(), periodSlots: [Int32]? = nil,
        included: inout [Bool], notes: inout [String]
    ) {
        let base = included
        for i in table.columns.indices where roles.roles[i] == .dimension && !dimensionIndices.contains(i) {
            var column = table.columns[i]
            if CodeNormaliser.isSexColumn(column.name) { column = CodeNormaliser.normaliseSex(column) }
            guard case .categorical(let codes, let levels) = column.asCategorical().storage else { continue }
            var totals = Set(levels.indices.filter { totalLevels.isTotal(levels[$0], inColumn: column.name) })
            guard !totals.isEmpty else { continue }
            // Several totals ("totalt 16+ år", "totalt 20+ år") overlap: the first, as published, is used.
            if totals.count > 1 && !partsOf.contains(i), let first = totals.min() { totals = [first] }
            if partsOf.contains(i) {
                for row in codes.indices where codes[row] >= 0 && totals.contains(Int(codes[row])) {
                    included[row] = false
                }
                continue
            }
            for row in codes.indices where !(codes[row] >= 0 && totals.contains(Int(codes[row]))) {
                included[row] = false
            }
            let names = totals.sorted().map { levels[$0] }
            notes.append("Endast summarader för \(column.name) (\(names.joined(separator: "/"))) används.")
        }
        // The other columns' choice is made; now the compared dimensions' totals leave the groups.
        let chosen = included
        for (dimension, rowSlots) in zip(dimensions, slots) where !dimension.totalLevels.isEmpty {
            for row in rowSlots.indices where dimension.totalLevels.contains(Int(rowSlots[row])) {
                included[row] = false
            }
            let names = dimension.totalLevels.sorted().map { dimension.levels[$0] }
            notes.append(
                "Rader med \(dimension.name) = \(names.joined(separator: "/")) (summarader) räknas inte som grupp.")
        }
        if dimensions.count == 1, let first = dimensions.first, let slots = slots.first {
            // In the latest period, as published.
            var latest = chosen
            if let periodSlots, let last = periodSlots.indices.filter({ base[$0] }).map({ periodSlots[$0] }).max() {
                for row in latest.indices where periodSlots[row] != last { latest[row] = false }
            }
            notes += publishedTotalNote(
                table: table, roles: roles, dimension: first, slots: slots, base: base, chosen: latest)
        }
    }

    /// When a count table's published total of the compared dimension differs from the sum of
    /// its parts (rounding at the source, or noise such as SCB's Cell Key Method), a note saying
    /// by how much: the groups are the published parts, the total is the published total.
    static func publishedTotalNote(
        table: DataTable, roles: ColumnRoles, dimension: Dimension, slots: [Int32], base: [Bool], chosen: [Bool]
    ) -> [String] {
        guard !dimension.totalLevels.isEmpty, let countIndex = roles.columns(with: .count).first,
            case .numeric(let counts) = table.columns[countIndex].storage
        else { return [] }
        var parts = 0.0
        var totals = 0.0
        for row in slots.indices where base[row] && chosen[row] && !counts[row].isNaN {
            let slot = Int(slots[row])
            if dimension.totalLevels.contains(slot) {
                totals += counts[row]
            } else if slot < dimension.levels.count {
                parts += counts[row]
            }
        }
        guard totals > 0, parts > 0, abs(totals - parts) >= 0.5 else { return [] }
        let share = abs(totals - parts) / totals * 100
        return [
            "Den publicerade totalen för \(dimension.name) i senaste perioden (\(SwedishFormat.plain(totals))) skiljer sig från summan av "
                + "delarna (\(SwedishFormat.plain(parts))) med \(SwedishFormat.plain(totals - parts)) "
                + "(\(SwedishFormat.number(share, decimals: 2)) %), eftersom källan avrundar, döljer små tal eller lägger till "
                + "slumpmässigt brus (SCB:s Cell Key Method). Grupperna är de publicerade delarna; totalen är den publicerade."
        ]
    }
}
