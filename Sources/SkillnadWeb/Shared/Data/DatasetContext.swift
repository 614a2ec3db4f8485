import Foundation
import SkillnadCore
import SkillnadStorage

/// A dataset's version loaded for analysis: its record, stored column set-up and table.
struct DatasetContext: Sendable {
    var dataset: DatasetRecord
    var version: DatasetVersionRecord
    var table: DataTable
    /// Period levels, oldest first.
    var periods: [String]

    /// Loads the latest (or a given) version.
    static func load(_ services: Services, datasetId: Int64?, versionId: Int64? = nil) async throws -> DatasetContext {
        guard let datasetId, let (dataset, versions) = try await services.cache.dataset(id: datasetId) else {
            throw WebError.notFound
        }
        guard let version = versionId.flatMap({ id in versions.first { $0.id == id } }) ?? versions.last else {
            throw WebError.notFound
        }
        var table = try await services.cache.table(versionId: version.id)
        // Columns can be asked for by the names they had before a label replaced them.
        for column in version.columns {
            if let code = column.code { table.earlierNames[column.name] = code }
            if let codes = column.levelCodes { table.levelCodes[column.name] = codes }
        }
        let periods = await services.cache.periods(versionId: version.id) { Self.periods(version, table) }
        return DatasetContext(dataset: dataset, version: version, table: table, periods: periods)
    }

    /// Columns that can be outcomes.
    var outcomeColumns: [StoredColumn] {
        version.columns.filter { [.binaryOutcome, .numericOutcome, .numerator, .value].contains($0.role) }
    }

    /// The outcomes offered: with an indicator column, its measures (each an outcome of its own,
    /// never the value column that mixes them); otherwise the outcome columns.
    var outcomeNames: [String] {
        // With an id and a title column (Kolada's kpi_id and kpi_title), the titles.
        let indicators = version.columns.filter { $0.role == .indicator }.compactMap { table.column(named: $0.name) }
        if let readable = indicators.max(by: {
            AnalysisPreparation.averageLength($0) < AnalysisPreparation.averageLength($1)
        }) {
            return readable.asCategorical().levels
        }
        return outcomeColumns.map(\.name) + shareOutcomes.flatMap(\.names)
    }

    /// In a count table without outcome columns, the share of each level of the grouping
    /// columns with 2–12 levels besides totals ("Students=Eligible"): columns that describe the
    /// people counted first (the last such column first, as published tables put the breakdown
    /// next to the count), then age, then sex — which are better as groupings.
    var shareOutcomes: [(column: String, names: [String])] {
        guard outcomeColumns.isEmpty, version.columns.contains(where: { $0.role == .count }) else { return [] }
        let candidates = dimensionColumns.enumerated().compactMap {
            position, stored -> (column: String, names: [String], rank: Int, position: Int)? in
            guard let levels = table.column(named: stored.name)?.asCategorical().levels else { return nil }
            let parts = levels.filter { !totals.isTotal($0, inColumn: stored.name) }
            guard (2...12).contains(parts.count) else { return nil }
            let rank =
                CodeNormaliser.isSexColumn(stored.name)
                ? 2 : ColumnName.contains(stored.name, anyOf: ["alder", "age"]) ? 1 : 0
            return (stored.name, parts.map { "\(stored.name)=\($0)" }, rank, position)
        }
        return candidates.sorted { ($0.rank, -$0.position) < ($1.rank, -$1.position) }.map { ($0.column, $0.names) }
    }

    /// The outcomes a first view scans: up to eight outcomes, or the shares of the first share
    /// column (its column is then not a grouping).
    var firstViewOutcomes: [String] {
        if let first = shareOutcomes.first, outcomeNames.first == first.names.first {
            return Array(first.names.prefix(8))
        }
        return Array(outcomeNames.prefix(8))
    }

    /// The column a share outcome counts, if the name is one ("Students=Eligible" → "Students").
    func shareColumn(of outcome: String) -> String? {
        shareOutcomes.first { $0.names.contains(outcome) }?.column
    }

    /// Columns that can be dimensions (sensitive columns included: only aggregates are shown).
    var dimensionColumns: [StoredColumn] {
        version.columns.filter { $0.role == .dimension }
    }

    /// The dimensions a first view scans: of those offered, the ones that are not sensitive and
    /// have 2–12 groups (age in years gives way to age bands), at most six, in the file's order.
    func firstViewDimensions(offered: [String]) -> [String] {
        let usable = dimensionColumns.filter { column in
            guard offered.contains(column.name), !column.sensitive else { return false }
            let groups = table.column(named: column.name)?.levels.count ?? 0
            return (2...12).contains(groups)
        }
        let chosen = usable.isEmpty ? offered.prefix(1).map { $0 } : usable.map(\.name)
        return Array(chosen.prefix(6))
    }

    static func periods(_ version: DatasetVersionRecord, _ table: DataTable) -> [String] {
        guard let column = version.columns.first(where: { $0.role == .period }),
            let data = table.column(named: column.name)
        else { return [] }
        return LevelOrder.sorted(data.asCategorical().levels, ordered: true)
    }

    /// A request with the stored roles and the settings' threshold.
    func request(
        outcomes: [String], dimensions: [String], cross: Int, period: String, controlled: Bool, threshold: Int,
        lowerIsBetter: Set<String> = []
    )
        -> AnalysisRequest
    {
        var request = AnalysisRequest(
            outcomes: outcomes, dimensions: dimensions, crossDepth: cross, threshold: threshold,
            disclosureControl: controlled, period: PeriodSelection(userInput: period), lowerIsBetter: lowerIsBetter)
        for column in version.columns {
            request.roleOverrides[column.name] = column.role
            if column.ordered { request.orderedOverrides[column.name] = true }
        }
        request.totals = totals
        request.unknownDirection = Set(outcomes.filter { direction(of: $0) == .unknown && !lowerIsBetter.contains($0) })
        return request
    }

    /// The total levels chosen on the dataset's column page (others detected from names).
    var totals: TotalLevels {
        var totals = TotalLevels()
        for column in version.columns { if let chosen = column.totals { totals.overrides[column.name] = chosen } }
        return totals
    }

    /// The direction stored with the dataset for an outcome, else the one its name suggests.
    func direction(of outcome: String) -> OutcomeDirection {
        storedDirection(of: outcome) ?? OutcomeDirection.suggested(byName: outcome)
    }

    /// The direction stored with the dataset, if one was set.
    func storedDirection(of outcome: String) -> OutcomeDirection? {
        let key = ColumnName.key(outcome)
        for column in version.columns {
            if let found = column.directions?.first(where: { ColumnName.key($0.key) == key }) { return found.value }
        }
        return nil
    }
}
