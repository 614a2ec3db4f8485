import SkillnadCore
import SkillnadStorage

/// What the explorer scans, read from the query string; the same parameters drive the detail,
/// crossing and export pages so every view of a scan can be linked and reloaded.
struct ScanParameters: Sendable {
    var datasetId: Int64?
    var versionId: Int64?
    var outcomes: [String]
    var dimensions: [String]
    var cross: Int
    var period: String
    /// Whether the user asked for output without disclosure control (analysts only).
    var uncontrolled: Bool
    /// Whether an analyst asked to see what readers see (output protected for publication).
    var asReader: Bool
    /// Outcomes where lower is better, as chosen on the page; nil before the user has chosen
    /// (then the outcomes' names suggest it).
    var lowerIsBetter: [String]?
    /// Rows chosen on the page ("region=Stockholm"), column → accepted values.
    var filters: [String: [String]]

    init(_ form: Form) {
        datasetId = form["dataset"].flatMap { Int64($0) }
        versionId = form["version"].flatMap { Int64($0) }
        outcomes = form.all("outcome")
        dimensions = form.all("by")
        cross = min(3, max(1, form["cross"].flatMap { Int($0) } ?? 1))
        period = form["period"] ?? "senaste"
        uncontrolled = form["uncontrolled"] == "1"
        asReader = form["visning"] == "publicering"
        lowerIsBetter = form["riktning"] == "1" ? form.all("lagre") : nil
        var filters: [String: [String]] = [:]
        for item in form.all("filter") {
            guard let pair = ColumnValue(item), !pair.value.isEmpty else { continue }
            filters[pair.column, default: []].append(pair.value)
        }
        self.filters = filters
    }

    /// The parameters with every column, outcome and filter under its present name (a link or
    /// a saved analysis may use the name a column had before it was relabelled).
    func resolved(in data: DatasetContext) -> ScanParameters {
        var p = self
        p.outcomes = outcomes.map(data.outcomeName)
        p.dimensions = dimensions.map { data.columnName($0) ?? $0 }
        p.lowerIsBetter = lowerIsBetter?.map(data.outcomeName)
        var filters: [String: [String]] = [:]
        for (column, values) in self.filters {
            let present = data.columnName(column) ?? column
            filters[present, default: []] += values.map { data.levelName($0, inColumn: present) }
        }
        p.filters = filters
        return p
    }

    /// The outcomes where lower is better: the user's choice, else what is stored with the
    /// dataset, else what the names suggest.
    func effectiveLowerIsBetter(_ data: DatasetContext) -> Set<String> {
        Set(lowerIsBetter ?? outcomes.filter { data.direction(of: $0) == .lowerIsBetter })
    }

    /// Whether disclosure control applies for this user: always for readers and API tokens of readers.
    func controlled(for user: UserRecord) -> Bool {
        !(uncontrolled && user.role.canAnalyse) || published(for: user)
    }

    /// Whether the output is protected for publication: always for readers (and their API
    /// keys); for analysts when they ask to see what readers see. Analysts otherwise get exact
    /// numbers with each table protected on its own, marked as not for publication.
    func published(for user: UserRecord) -> Bool {
        !user.role.canAnalyse || asReader
    }

    /// The query string reproducing these parameters.
    var query: String {
        var pairs: [(String, String)] = []
        if let datasetId { pairs.append(("dataset", String(datasetId))) }
        if let versionId { pairs.append(("version", String(versionId))) }
        pairs += outcomes.map { ("outcome", $0) }
        pairs += dimensions.map { ("by", $0) }
        pairs.append(("cross", String(cross)))
        pairs.append(("period", period))
        if uncontrolled { pairs.append(("uncontrolled", "1")) }
        if asReader { pairs.append(("visning", "publicering")) }
        if let lowerIsBetter { pairs += [("riktning", "1")] + lowerIsBetter.map { ("lagre", $0) } }
        pairs += filters.sorted { $0.key < $1.key }.flatMap { column, values in
            values.map { ("filter", "\(column)=\($0)") }
        }
        return Form.encode(pairs)
    }

    /// Runs (or fetches from the cache) the scan for a user.
    func scan(_ services: Services, user: UserRecord) async throws -> (DatasetContext, ScanResult, AnalysisRequest) {
        let data = try await DatasetContext.load(services, datasetId: datasetId, versionId: versionId)
        var chosen = resolved(in: data)
        if published(for: user) {
            // What the dataset publishes bounds what can be asked for.
            let frame = try await data.publicationFrame(services)
            chosen.dimensions = chosen.dimensions.filter { frame.dimensions.contains($0) }
            chosen.cross = min(chosen.cross, frame.depth)
            chosen.filters = [:]
            if chosen.dimensions.isEmpty {
                throw AnalysisError.outsideFrame(
                    "välj någon av de dimensioner som publiceras (\(frame.dimensions.joined(separator: ", ")))")
            }
        }
        var request = data.request(
            outcomes: chosen.outcomes, dimensions: chosen.dimensions, cross: chosen.cross, period: period,
            controlled: chosen.controlled(for: user), threshold: try await services.threshold(),
            lowerIsBetter: chosen.effectiveLowerIsBetter(data))
        request.filters = chosen.filters
        var pattern: DisclosurePattern?
        if chosen.published(for: user) {
            (request, pattern) = try await data.forPublication(request, services)
        }
        let result = try await services.cache.scan(
            versionId: data.version.id, request: request, table: data.table, pattern: pattern)
        return (data, result, request)
    }
}
