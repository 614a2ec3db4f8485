import Foundation
import Hummingbird
import SkillnadCore
import SkillnadStorage

/// Starting an analysis, from scratch or from a difference in the explorer.
extension AnalysisRoutes {
    struct NewModel {
        var csrf: String
        var methods: [ExplorerRoutes.Choice]
        var datasets: [ExplorerRoutes.Choice]
        var title: String
        var query: String
        var difference: String
        var differenceSummary: String?
        var error: String?
    }

    func newForm(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let query = Form.query(request)
        return try await renderNew(
            context, method: query["method"] ?? "huddinge", title: query["title"] ?? "",
            explorerQuery: query["q"] ?? "", difference: query["difference"] ?? "",
            dataset: query["dataset"].flatMap { Int64($0) }, error: nil)
    }

    func renderNew(
        _ context: AppContext, method: String, title: String, explorerQuery: String, difference: String,
        dataset: Int64?, error: String?
    ) async throws -> Response {
        let user = try context.requireUser()
        var summary: String?
        if !difference.isEmpty, let found = try? await snapshot(explorerQuery, difference: difference, user: user) {
            summary = found.difference.summary
        }
        let datasets = try await services.datasets.list()
        let model = NewModel(
            csrf: context.csrf,
            methods: AnalysisMethod.allCases.map {
                ExplorerRoutes.Choice(value: $0.rawValue, label: $0.swedishName, checked: $0.rawValue == method)
            },
            datasets: [ExplorerRoutes.Choice(value: "", label: "Inget dataset", checked: dataset == nil)]
                + datasets.map {
                    ExplorerRoutes.Choice(
                        value: String($0.dataset.id), label: $0.dataset.name, checked: $0.dataset.id == dataset)
                }, title: title.isEmpty ? (summary ?? "") : title, query: explorerQuery, difference: difference,
            differenceSummary: summary, error: error)
        return Responses.html(
            services.pages.page(.analysisNew, title: "Ny analys", model: model, context: context, path: "/analyses"),
            status: error == nil ? .ok : .badRequest)
    }

    /// The explorer difference, disclosure-controlled, at the dataset's latest version.
    func snapshot(_ explorerQuery: String, difference: String, user: UserRecord) async throws -> DifferenceSnapshot {
        var parameters = ScanParameters(Form(encoded: explorerQuery))
        parameters.uncontrolled = false
        // Analyses are shared with readers: their numbers are those protected for publication.
        parameters.asReader = true
        parameters.versionId = nil
        let (data, result, _) = try await parameters.scan(services, user: user)
        guard let d = result.differences.first(where: { $0.id == difference }) else {
            throw WebError.badRequest(
                "Skillnaden finns inte i det som publiceras från datasetets senaste version. Analyser delas med läsare och visar bara siffror som skyddas för publicering."
            )
        }
        return DifferenceSnapshot(
            datasetId: data.dataset.id, datasetName: data.dataset.name, datasetVersion: data.version.version,
            query: parameters.query, difference: d, takenAt: Storage.now)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await Form.body(request)
        let method = AnalysisMethod(rawValue: form["method"] ?? "") ?? .huddinge
        let explorerQuery = form["q"] ?? ""
        let differenceId = form["difference"] ?? ""
        var datasetId = form["dataset"].flatMap { Int64($0) }
        guard let title = form["title"] else {
            return try await renderNew(
                context, method: method.rawValue, title: "", explorerQuery: explorerQuery, difference: differenceId,
                dataset: datasetId, error: "Ge analysen en rubrik.")
        }
        var document = AnalysisDocument(method: method)
        if !differenceId.isEmpty {
            let snap = try await snapshot(explorerQuery, difference: differenceId, user: user)
            datasetId = snap.datasetId
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
            document.stepStatus["1"] = .inProgress
        }
        let record = try await services.analyses.create(
            title: title, ownerId: user.id, datasetId: datasetId, document: document, by: (user.id, user.username))
        try await services.log(context, "analysis.create", "analys \(record.id)", "\(method.swedishName): \(title)")
        return Responses.redirect("/analyses/\(record.id)")
    }

    /// Adds an explorer difference to an existing analysis: a new row in 1.1, or a new observation.
    func addDifference(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await Form.body(request)
        guard let id = form["analysis"].flatMap({ Int64($0) }), let record = try await services.analyses.get(id),
            let differenceId = form["difference"]
        else { throw WebError.notFound }
        let snap = try await snapshot(form["q"] ?? "", difference: differenceId, user: user)
        var document = record.document
        switch document.content {
        case .huddinge(var d):
            d.differences.append(CandidateDifference(id: Self.newRowId(), snapshot: snap))
            document.content = .huddinge(d)
        case .isu(var d):
            d.observations.append(Observation(id: Self.newRowId(), text: snap.difference.summary, snapshot: snap))
            document.content = .isu(d)
        }
        return try await persist(
            record, form: form, document: document, title: record.title, ownerId: record.ownerId, user: user,
            summary: "Skillnad tillagd från utforskaren", context: context, back: "/analyses/\(record.id)/steps/1",
            action: "/analyses/add-difference", expectedVersion: form["version"].flatMap { Int($0) } ?? record.version)
    }

    /// The criteria set-up suggested for a difference in an individual-level dataset.
    func suggestedCriteria(_ snap: DifferenceSnapshot) async throws -> CriteriaSetup {
        let d = snap.difference
        let data = try await DatasetContext.load(services, datasetId: snap.datasetId)
        let participation = ["samtal", "delta", "delaktig"].contains { d.outcome.contains($0) }
        var setup = CriteriaSetup.suggested(
            kind: participation ? .participation : .decisions, datasetId: snap.datasetId, outcome: d.outcome,
            groupColumn: d.dimensions.first ?? "", available: data.version.columns.map(\.name))
        if d.comparison == .twoGroups && d.dimensions.count == 1 { setup.groups = d.groups.map(\.label) }
        return setup
    }

    /// A short random id for a row of a document.
    static func newRowId() -> String {
        String(UInt64.random(in: 0..<(1 << 40)), radix: 36)
    }
}
