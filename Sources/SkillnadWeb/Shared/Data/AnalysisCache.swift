import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// Keeps recently used tables and scan results in memory. Dataset versions never change once
/// stored, so entries stay valid until evicted.
actor AnalysisCache {
    let datasets: DatasetRepository
    private var tables: [Int64: DataTable] = [:]
    private var tableOrder: [Int64] = []
    private var scans: [ScanKey: ScanResult] = [:]
    private var scanOrder: [ScanKey] = []
    private var periodLists: [Int64: [String]] = [:]
    private var rendered: [String: String] = [:]
    private var renderedOrder: [String] = []

    /// A scan of one version with one request.
    struct ScanKey: Hashable {
        var versionId: Int64
        var request: AnalysisRequest
    }
    private var loading: [Int64: Task<DataTable, any Error>] = [:]

    static let maxTables = 4
    static let maxScans = 64

    init(datasets: DatasetRepository) {
        self.datasets = datasets
    }

    /// A version's table, loaded once.
    func table(versionId: Int64) async throws -> DataTable {
        if let table = tables[versionId] { return table }
        if let task = loading[versionId] { return try await task.value }
        let repository = datasets
        let task = Task { try await repository.table(versionId: versionId) }
        loading[versionId] = task
        defer { loading[versionId] = nil }
        let table = try await task.value
        tables[versionId] = table
        tableOrder.append(versionId)
        if tableOrder.count > Self.maxTables {
            let evicted = tableOrder.removeFirst()
            tables[evicted] = nil
        }
        return table
    }

    private var computing: [ScanKey: Task<ScanResult, any Error>] = [:]

    /// A scan result, computed once per version and request (outside the actor, so other
    /// requests are not held up while it runs). Requests for publication need the pattern.
    func scan(
        versionId: Int64, request: AnalysisRequest, table: DataTable, pattern: DisclosurePattern? = nil
    ) async throws -> ScanResult {
        let key = ScanKey(versionId: versionId, request: request)
        if let cached = scans[key] { return cached }
        if let running = computing[key] { return try await running.value }
        let task = Task.detached { try Scanner.scan(table, request: request, pattern: pattern) }
        computing[key] = task
        defer { computing[key] = nil }
        let result = try await task.value
        scans[key] = result
        scanOrder.append(key)
        if scanOrder.count > Self.maxScans {
            let evicted = scanOrder.removeFirst()
            scans[evicted] = nil
        }
        return result
    }

    /// A version's linked suppression pattern for a frame.
    struct PatternKey: Hashable {
        var versionId: Int64
        var frame: PublicationFrame
    }
    private var patterns: [PatternKey: DisclosurePattern] = [:]
    private var patternOrder: [PatternKey] = []
    private var computingPatterns: [PatternKey: Task<DisclosurePattern, any Error>] = [:]
    static let maxPatterns = 8

    /// The linked pattern of a version for a frame, computed once (outside the actor).
    func pattern(
        versionId: Int64, frame: PublicationFrame, base: AnalysisRequest, table: DataTable
    ) async throws -> DisclosurePattern {
        let key = PatternKey(versionId: versionId, frame: frame)
        if let cached = patterns[key] { return cached }
        if let running = computingPatterns[key] { return try await running.value }
        let task = Task.detached { try LinkedSuppression.protect(table, frame: frame, base: base) }
        computingPatterns[key] = task
        defer { computingPatterns[key] = nil }
        let pattern = try await task.value
        patterns[key] = pattern
        patternOrder.append(key)
        if patternOrder.count > Self.maxPatterns { patterns[patternOrder.removeFirst()] = nil }
        return pattern
    }

    /// Uploads read once: the parsed file by upload token (for preview and import).
    private var uploads: [String: FileImporter.Result] = [:]
    private var uploadOrder: [String] = []

    /// The parsed file of an upload, read once and kept for its preview and import.
    func upload(token: String, read: () throws -> FileImporter.Result) rethrows -> FileImporter.Result {
        if let cached = uploads[token] { return cached }
        let result = try read()
        remember(upload: result, token: token)
        return result
    }

    /// Keeps a parsed upload.
    func remember(upload result: FileImporter.Result, token: String) {
        uploads[token] = result
        uploadOrder.append(token)
        if uploadOrder.count > 4 { uploads[uploadOrder.removeFirst()] = nil }
    }

    /// Forgets a parsed upload (imported or abandoned).
    func forgetUpload(_ token: String) {
        uploads[token] = nil
        uploadOrder.removeAll { $0 == token }
    }

    private var metadata: [Int64: (at: Int64, dataset: DatasetRecord, versions: [DatasetVersionRecord])] = [:]

    /// A dataset and its versions, read from the database at most every few seconds (other
    /// instances may add versions; this instance forgets its own changes at once).
    func dataset(id: Int64) async throws -> (DatasetRecord, [DatasetVersionRecord])? {
        let now = Storage.now
        if let entry = metadata[id], now - entry.at < 5 { return (entry.dataset, entry.versions) }
        guard let dataset = try await datasets.dataset(id: id) else {
            metadata[id] = nil
            return nil
        }
        let versions = try await datasets.versions(datasetId: id)
        metadata[id] = (now, dataset, versions)
        return (dataset, versions)
    }

    /// Forgets cached metadata of a dataset (after an edit or a new version).
    func forgetMetadata(_ id: Int64) {
        metadata[id] = nil
    }

    /// Forgets scans and patterns made for publication (after the publication setting or the
    /// threshold changed).
    func forgetPublication() {
        patterns = [:]
        patternOrder = []
        scans = scans.filter { key, _ in key.request.publication == nil }
        scanOrder.removeAll { $0.request.publication != nil }
        rendered = [:]
        renderedOrder = []
    }

    /// The period levels of a version, oldest first.
    func periods(versionId: Int64, compute: () -> [String]) -> [String] {
        if let cached = periodLists[versionId] { return cached }
        let value = compute()
        periodLists[versionId] = value
        return value
    }

    /// Rendered output (HTML fragments, JSON) for a key that fully describes it.
    func rendered(_ key: String, make: () throws -> String) rethrows -> String {
        if let cached = rendered[key] { return cached }
        let value = try make()
        rendered[key] = value
        renderedOrder.append(key)
        if renderedOrder.count > Self.maxScans * 2 {
            rendered[renderedOrder.removeFirst()] = nil
        }
        return value
    }

    /// Forgets a dataset's versions (after deletion).
    func forget(versionIds: [Int64]) {
        for id in versionIds {
            tables[id] = nil
            tableOrder.removeAll { $0 == id }
            periodLists[id] = nil
        }
        scans = scans.filter { key, _ in !versionIds.contains(key.versionId) }
        patterns = patterns.filter { key, _ in !versionIds.contains(key.versionId) }
        patternOrder.removeAll { versionIds.contains($0.versionId) }
        scanOrder.removeAll { versionIds.contains($0.versionId) }
        rendered = [:]
        renderedOrder = []
        metadata = [:]
    }
}
