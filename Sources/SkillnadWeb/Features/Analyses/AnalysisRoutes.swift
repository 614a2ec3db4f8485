import Foundation
import Hummingbird
import SkillnadCore
import SkillnadStorage

/// Difference analyses (Huddinge's three steps) and ISU analyses: list, start, overview, steps,
/// comments, history and reports. Analysts edit; readers read.
struct AnalysisRoutes {
    let services: Services

    func register(_ routes: FeatureRoutes) {
        routes.readers.get("/analyses") { request, context in try await self.list(request, context: context) }
        routes.analysts.get("/analyses/new") { request, context in try await self.newForm(request, context: context) }
        routes.analysts.post("/analyses") { request, context in try await self.create(request, context: context) }
        routes.analysts.post("/analyses/add-difference") { request, context in
            try await self.addDifference(request, context: context)
        }
        routes.readers.get("/analyses/{id}") { request, context in try await self.overview(request, context: context) }
        routes.readers.get("/analyses/{id}/steps/{step}") { request, context in
            try await self.step(request, context: context)
        }
        routes.analysts.post("/analyses/{id}/steps/{step}") { request, context in
            try await self.saveStep(request, context: context)
        }
        routes.analysts.post("/analyses/{id}/meta") { request, context in
            try await self.saveMeta(request, context: context)
        }
        routes.analysts.post("/analyses/{id}/refresh") { request, context in
            try await self.refresh(request, context: context)
        }
        routes.analysts.post("/analyses/{id}/comments") { request, context in
            try await self.comment(request, context: context)
        }
        routes.readers.get("/analyses/{id}/history") { request, context in
            try await self.history(request, context: context)
        }
        routes.readers.get("/analyses/{id}/report") { request, context in
            try await self.report(request, context: context)
        }
        routes.readers.get("/analyses/{id}/report.xlsx") { request, context in
            try await self.excel(request, context: context)
        }
        routes.readers.get("/analyses/{id}/efficiency.svg") { request, context in
            try await self.efficiencySVG(request, context: context)
        }
    }

    /// The analyses' use cases.
    var service: AnalysisService { AnalysisService(services: services) }

    func id(_ context: AppContext) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else { throw WebError.notFound }
        return id
    }

    func load(_ context: AppContext) async throws -> AnalysisRecord {
        guard let record = try await services.analyses.get(try id(context)) else { throw WebError.notFound }
        return record
    }

    struct ListModel {
        var canEdit: Bool
        var rows: [ListRow]
        var filter: String?
        var empty: Bool
    }

    struct ListRow {
        var id: Int64
        var title: String
        var method: String
        var owner: String
        var updated: String
        var steps: [StepChip]
    }

    struct StepChip {
        var number: String
        var status: String
        var statusClass: String
    }

    static func chips(_ document: AnalysisDocument) -> [StepChip] {
        document.method.steps.map {
            let s = document.status($0.id)
            return StepChip(number: $0.number, status: s.swedishName, statusClass: s.rawValue)
        }
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let query = Form.query(request)
        var records: [AnalysisRecord]
        var filter: String?
        if let dataset = query["dataset"].flatMap({ Int64($0) }), let difference = query["difference"] {
            records = try await services.analyses.forDifference(datasetId: dataset, differenceId: difference)
            filter = "Analyser av skillnaden «\(difference.replacingOccurrences(of: "|", with: " · "))»"
        } else if let dataset = query["dataset"].flatMap({ Int64($0) }) {
            records = try await services.analyses.forDataset(dataset)
            filter = "Analyser av dataset \(dataset)"
        } else {
            records = try await services.analyses.all()
        }
        let names = try await services.displayNames()
        let model = ListModel(
            canEdit: user.role.canAnalyse,
            rows: records.map { r in
                ListRow(
                    id: r.id, title: r.title, method: r.method.swedishName,
                    owner: r.ownerId.flatMap { names[$0] } ?? "–",
                    updated: Text.dateTime(r.updatedAt), steps: Self.chips(r.document))
            }, filter: filter, empty: records.isEmpty)
        return Responses.html(
            services.pages.page(.analysisList, title: "Analyser", model: model, context: context, path: Paths.analyses))
    }
}
