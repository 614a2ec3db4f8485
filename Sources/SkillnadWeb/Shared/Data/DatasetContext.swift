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
        let table = try await services.cache.table(versionId: version.id)
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
        if let indicator = version.columns.first(where: { $0.role == .indicator }),
            let column = table.column(named: indicator.name)
        {
            return column.asCategorical().levels
        }
        return outcomeColumns.map(\.name)
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
        outcomes: [String], dimensions: [String], cross: Int, period: String, controlled: Bool, threshold: Int
    )
        -> AnalysisRequest
    {
        var request = AnalysisRequest(
            outcomes: outcomes, dimensions: dimensions, crossDepth: cross, threshold: threshold,
            disclosureControl: controlled, period: PeriodSelection(userInput: period))
        for column in version.columns {
            request.roleOverrides[column.name] = column.role
            if column.ordered { request.orderedOverrides[column.name] = true }
        }
        return request
    }
}
