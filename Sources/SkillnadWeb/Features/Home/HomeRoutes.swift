import Hummingbird
import SkillnadCore
import SkillnadStorage

/// The overview page.
struct HomeRoutes {
    let services: Services

    struct Model {
        var name: String
        var canAnalyse: Bool
        var datasets: [DatasetRow]
        var hasDatasets: Bool
        var threshold: Int
    }

    struct DatasetRow {
        var id: Int64
        var name: String
        var description: String
        var rows: String
        var updated: String
        var exploreQuery: String
    }

    func register(_ routes: FeatureRoutes) {
        routes.readers.get("/") { request, context in
            let user = try context.requireUser()
            let summaries = try await services.datasets.list()
            let rows = summaries.prefix(8).map { s in
                DatasetRow(
                    id: s.dataset.id, name: s.dataset.name, description: s.dataset.description,
                    rows: Text.rows(s.latest?.rowCount ?? 0), updated: Text.dateTime(s.dataset.updatedAt),
                    exploreQuery: Form.encode([("dataset", String(s.dataset.id))]))
            }
            let model = Model(
                name: user.displayName, canAnalyse: user.role.canAnalyse, datasets: Array(rows),
                hasDatasets: !rows.isEmpty,
                threshold: try await services.threshold())
            return Responses.html(
                services.pages.page(.home, title: "Översikt", model: model, context: context, path: "/"))
        }
    }
}
