import SkillnadCore
import SkillnadStorage

/// The explorer's use cases without HTTP: a scan for a user (protected as the user's role
/// requires), one difference, and the adjusted comparison of its two groups.
struct ExplorerService: Sendable {
    let services: Services

    /// One difference of a scan, with its data and the request that produced it.
    struct Found: Sendable {
        var data: DatasetContext
        var result: ScanResult
        var request: AnalysisRequest
        var difference: Difference
    }

    /// The scan for a user.
    func scan(
        _ parameters: ScanParameters, user: UserRecord
    ) async throws -> (
        DatasetContext, ScanResult, AnalysisRequest
    ) {
        try await parameters.scan(services, user: user)
    }

    /// One difference by id, or nil when the scan does not have it.
    func difference(_ id: String, _ parameters: ScanParameters, user: UserRecord) async throws -> Found? {
        let (data, result, request) = try await scan(parameters, user: user)
        let present = data.differenceId(id)
        guard let d = result.differences.first(where: { $0.id == id || $0.id == present }) else { return nil }
        return Found(data: data, result: result, request: request, difference: d)
    }

    /// The two groups an adjusted comparison of a difference compares: the two groups of a
    /// two-group difference or trend, the highest and lowest of several; none for a group
    /// against the rest, a crossing, or an outcome that is not a share.
    static func adjustableGroups(_ d: Difference) -> [String] {
        guard d.dimensions.count == 1 && d.outcomeKind == .proportion else { return [] }
        switch d.comparison {
        case .twoGroups, .trend: return d.groups.prefix(2).map(\.label)
        case .highestVsLowest:
            let sorted = d.groups.filter { $0.estimate != nil }.sorted { ($0.estimate ?? 0) > ($1.estimate ?? 0) }
            guard let high = sorted.first, let low = sorted.last else { return [] }
            return [high.label, low.label]
        case .groupVsRest: return []
        }
    }

    /// Columns a difference may be adjusted for: other dimensions that are not sensitive, and
    /// for publication only the frame's, when it crosses at least two at a time.
    static func stratifiers(_ found: Found) -> [StoredColumn] {
        let frame = found.request.publication
        return found.data.version.columns.filter { column in
            column.role == .dimension && !found.difference.dimensions.contains(column.name) && !column.sensitive
                && (frame.map { f in f.dimensions.contains(column.name) && f.depth >= 2 } ?? true)
        }
    }

    /// A hint naming columns the user could adjust for, need-like ones first (behov, risk,
    /// samtycke, bedömning, nivå), never a column that is not offered.
    static func adjustHint(_ candidates: [StoredColumn]) -> String {
        let needLike = ["behov", "risk", "samtycke", "bedomning", "niva", "svarighet"]
        let preferred = candidates.filter { ColumnName.contains($0.name, anyOf: needLike) }
        let named = (preferred.isEmpty ? candidates : preferred).prefix(3).map { "«\($0.name)»" }
        guard let last = named.last else { return "" }
        let list = named.count == 1 ? last : named.dropLast().joined(separator: ", ") + " eller " + last
        return "Välj till exempel \(list): blir skillnaden mindre när grupperna jämförs inom samma nivå, "
            + "förklarar kolumnerna en del av den."
    }

    /// The difference's two groups compared within the levels of `columns`, given under their
    /// present names (``DatasetContext/columnName(_:)``); read through the linked pattern when the
    /// scan is for publication.
    func adjusted(_ found: Found, columns: [String]) async throws -> ComparisonReport? {
        let groups = Self.adjustableGroups(found.difference)
        let allowed = Self.stratifiers(found).map(\.name)
        let chosen = columns.filter(allowed.contains)
        guard groups.count == 2, !chosen.isEmpty else { return nil }
        let compare = CompareRequest(
            outcome: found.difference.outcome, by: found.difference.dimensions[0], groups: groups, adjustFor: chosen,
            base: found.request)
        var pattern: DisclosurePattern?
        if let frame = found.request.publication {
            pattern = try await services.cache.pattern(
                versionId: found.data.version.id, frame: frame, base: found.request, table: found.data.table)
        }
        return try GroupComparison.compare(found.data.table, request: compare, pattern: pattern)
    }
}
