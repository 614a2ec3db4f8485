import Foundation
import Hummingbird
import SkillnadCore
import SkillnadStorage

/// Starting an analysis, from scratch or from a difference in the explorer.
extension AnalysisRoutes {
    struct NewModel {
        var csrf: String
        var methods: [Choice]
        var datasets: [Choice]
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
        if !difference.isEmpty,
            let found = try? await service.snapshot(explorerQuery, difference: difference, user: user)
        {
            summary = found.difference.summary
        }
        let datasets = try await services.datasets.list()
        let model = NewModel(
            csrf: context.csrf,
            methods: AnalysisMethod.allCases.map {
                Choice(value: $0.rawValue, label: $0.swedishName, checked: $0.rawValue == method)
            },
            datasets: [Choice(value: "", label: "Inget dataset", checked: dataset == nil)]
                + datasets.map {
                    Choice(
                        value: String($0.dataset.id), label: $0.dataset.name, checked: $0.dataset.id == dataset)
                }, title: title.isEmpty ? (summary ?? "") : title, query: explorerQuery, difference: difference,
            differenceSummary: summary, error: error)
        return Responses.html(
            services.pages.page(.analysisNew, title: "Ny analys", model: model, context: context, path: Paths.analyses),
            status: error == nil ? .ok : .badRequest)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await Form.body(request)
        let method = AnalysisMethod(rawValue: form["method"] ?? "") ?? .huddinge
        let explorerQuery = form["q"] ?? ""
        let differenceId = form["difference"] ?? ""
        let datasetId = form["dataset"].flatMap { Int64($0) }
        guard let title = form["title"] else {
            return try await renderNew(
                context, method: method.rawValue, title: "", explorerQuery: explorerQuery, difference: differenceId,
                dataset: datasetId, error: "Ge analysen en rubrik.")
        }
        let record = try await service.create(
            method: method, title: title, datasetId: datasetId, explorerQuery: explorerQuery,
            differenceId: differenceId,
            by: .init(user: user, address: context.address))
        return Responses.redirect(Paths.analysis(record.id))
    }

    /// Adds an explorer difference to an existing analysis: a new row in 1.1, or a new observation.
    func addDifference(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await Form.body(request)
        guard let id = form["analysis"].flatMap({ Int64($0) }), let record = try await services.analyses.get(id),
            let differenceId = form["difference"]
        else { throw WebError.notFound }
        let document = try await service.addingDifference(
            record, explorerQuery: form["q"] ?? "", differenceId: differenceId, user: user)
        return try await persist(
            record, form: form, document: document, title: record.title, ownerId: record.ownerId, user: user,
            summary: "Skillnad tillagd från utforskaren", context: context, back: Paths.analysisStep(record.id, .first),
            action: Paths.addDifference, expectedVersion: form["version"].flatMap { Int($0) } ?? record.version)
    }

}
