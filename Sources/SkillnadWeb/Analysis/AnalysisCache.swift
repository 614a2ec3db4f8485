import SkillnadCore
import SkillnadStorage

/// Keeps recently used tables and scan results in memory. Dataset versions never change once
/// stored, so entries stay valid until evicted.
actor AnalysisCache {
    let datasets: DatasetRepository
    private var tables: [Int64: DataTable] = [:]
    private var tableOrder: [Int64] = []
    private var scans: [String: ScanResult] = [:]
    private var scanOrder: [String] = []
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

    /// A scan result, computed once per version and request.
    func scan(versionId: Int64, request: AnalysisRequest, table: DataTable) throws -> ScanResult {
        let key = "\(versionId)|\(request)"
        if let cached = scans[key] { return cached }
        let result = try Scanner.scan(table, request: request)
        scans[key] = result
        scanOrder.append(key)
        if scanOrder.count > Self.maxScans {
            let evicted = scanOrder.removeFirst()
            scans[evicted] = nil
        }
        return result
    }

    /// Forgets a dataset's versions (after deletion).
    func forget(versionIds: [Int64]) {
        for id in versionIds {
            tables[id] = nil
            tableOrder.removeAll { $0 == id }
        }
        scans = scans.filter { key, _ in !versionIds.contains { key.hasPrefix("\($0)|") } }
        scanOrder.removeAll { key in versionIds.contains { key.hasPrefix("\($0)|") } }
    }
}
