import Foundation
import SkillnadCore
import SkillnadStorage

/// The analyses' use cases without HTTP: start an analysis (from scratch or from an explorer
/// difference), take a difference in, save a version with its audit entry, compute the ISU
/// criteria. Route handlers parse the form, call one of these and render the result.
struct AnalysisService: Sendable {
    let services: Services

    /// Who does something, and from where (for the audit log).
    struct Actor: Sendable {
        var user: UserRecord
        var address: String
    }

    /// A new analysis; with a difference, its snapshot opens step 1 (and for ISU the criteria
    /// are suggested from the dataset's columns).
    func create(
        method: AnalysisMethod, title: String, datasetId: Int64?, explorerQuery: String, differenceId: String,
        by actor: Actor
    ) async throws -> AnalysisRecord {
        var document = AnalysisDocument(method: method)
        var dataset = datasetId
        if !differenceId.isEmpty {
            let snap = try await snapshot(explorerQuery, difference: differenceId, user: actor.user)
            dataset = snap.datasetId
            switch method {
            case .huddinge:
                var d = DifferenceAnalysis()
                d.differences = [CandidateDifference(id: Self.newRowId(), snapshot: snap)]
                document.content = .huddinge(d)
            case .isu:
                var d = ISUAnalysis()
                d.observations = [Observation(id: Self.newRowId(), text: snap.difference.summary, snapshot: snap)]
                d.criteria = try await suggestedCriteria(snap)
                document.content = .isu(d)
            }
            document.stepStatus[AnalysisStepID.first.rawValue] = .inProgress
        }
        let record = try await services.analyses.create(
            title: title, ownerId: actor.user.id, datasetId: dataset, document: document,
            by: (actor.user.id, actor.user.username))
        try await log(actor, .analysisCreate, "analys \(record.id)", "\(method.swedishName): \(title)")
        return record
    }

    /// The explorer difference, protected for publication (analyses are shared with readers), at
    /// the dataset's latest version.
    func snapshot(_ explorerQuery: String, difference: String, user: UserRecord) async throws -> DifferenceSnapshot {
        var parameters = ScanParameters(Form(encoded: explorerQuery))
        parameters.uncontrolled = false
        parameters.asReader = true
        parameters.versionId = nil
        let (data, result, _) = try await parameters.scan(services, user: user)
        let present = data.differenceId(difference)
        guard let d = result.differences.first(where: { $0.id == difference || $0.id == present }) else {
            throw WebError.badRequest(
                "Skillnaden finns inte i det som publiceras från datasetets senaste version. Analyser delas med läsare och visar bara siffror som skyddas för publicering."
            )
        }
        return DifferenceSnapshot(
            datasetId: data.dataset.id, datasetName: data.dataset.name, datasetVersion: data.version.version,
            query: parameters.query, difference: d, takenAt: Storage.now)
    }

    /// An analysis's document with an explorer difference added: a new row in 1.1, or a new
    /// observation.
    func addingDifference(
        _ record: AnalysisRecord, explorerQuery: String, differenceId: String, user: UserRecord
    )
        async throws -> AnalysisDocument
    {
        let snap = try await snapshot(explorerQuery, difference: differenceId, user: user)
        var document = record.document
        switch document.content {
        case .huddinge(var d):
            d.differences.append(CandidateDifference(id: Self.newRowId(), snapshot: snap))
            document.content = .huddinge(d)
        case .isu(var d):
            d.observations.append(Observation(id: Self.newRowId(), text: snap.difference.summary, snapshot: snap))
            document.content = .isu(d)
        }
        return document
    }

    /// Saves a version made on `expectedVersion`, with its audit entry in the same transaction;
    /// a stale version changes nothing and returns the current one.
    func save(
        _ record: AnalysisRecord, document: AnalysisDocument, title: String, ownerId: Int64?, expectedVersion: Int,
        summary: String, by actor: Actor
    ) async throws -> AnalysisSaveOutcome {
        let audit = AuditEntry(
            at: Storage.now, userId: actor.user.id, username: actor.user.username, action: .analysisSave,
            object: "analys \(record.id)", detail: summary, address: actor.address)
        return try await services.analyses.save(
            id: record.id, expectedVersion: expectedVersion, title: title, ownerId: ownerId, document: document,
            by: (actor.user.id, actor.user.username), summary: summary, audit: audit)
    }

    /// The criteria on the set-up's dataset (latest version, disclosure control on): for analysts
    /// with each comparison protected on its own, and for readers through the dataset's linked
    /// pattern.
    func criteria(_ setup: CriteriaSetup) async throws -> (exact: CriteriaResult, published: CriteriaResult) {
        guard let id = setup.datasetId else { throw AnalysisError.invalid("Välj ett dataset på individnivå.") }
        let data = try await DatasetContext.load(services, datasetId: id)
        let setup = setup.renamed { data.columnName($0) ?? $0 }
        guard data.version.shape == .individual else {
            throw AnalysisError.invalid("Kriterierna kräver data på individnivå (en rad per person eller ärende).")
        }
        let base = data.request(
            outcomes: [setup.outcome], dimensions: [setup.groupColumn], cross: 1, period: "senaste", controlled: true,
            threshold: try await services.threshold())
        let exact = try CriteriaEvaluation.evaluate(
            data.table, setup: setup, base: base, datasetVersion: data.version.version)
        let (published, pattern) = try await data.forPublication(base, services)
        do {
            let forReaders = try CriteriaEvaluation.evaluate(
                data.table, setup: setup, base: published, datasetVersion: data.version.version, pattern: pattern)
            return (exact, forReaders)
        } catch AnalysisError.outsideFrame {
            // The group column itself is not published: readers see no numbers.
            return (exact, exact.withheld())
        }
    }

    /// The criteria set-up suggested for a difference in an individual-level dataset.
    func suggestedCriteria(_ snap: DifferenceSnapshot) async throws -> CriteriaSetup {
        let d = snap.difference
        let data = try await DatasetContext.load(services, datasetId: snap.datasetId)
        let participation = ["samtal", "delta", "delaktig"].contains { d.outcome.contains($0) }
        var setup = CriteriaSetup.suggested(
            kind: participation ? .participation : .decisions, datasetId: snap.datasetId, outcome: d.outcome,
            groupColumn: d.dimensions.first ?? "", available: data.version.columns.map(\.name),
            earlierNames: data.table.earlierNames)
        if d.comparison == .twoGroups && d.dimensions.count == 1 { setup.groups = d.groups.map(\.label) }
        return setup
    }

    func log(_ actor: Actor, _ action: AuditAction, _ object: String, _ detail: String) async throws {
        try await services.audit.append(
            AuditEntry(
                at: Storage.now, userId: actor.user.id, username: actor.user.username, action: action,
                object: object, detail: detail, address: actor.address))
    }

    /// A short random id for a row of a document.
    static func newRowId() -> String {
        String(UInt64.random(in: 0..<(1 << 40)), radix: 36)
    }
}
