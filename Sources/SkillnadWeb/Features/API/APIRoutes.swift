import Foundation
import Hummingbird
import SkillnadCore
import SkillnadReport
import SkillnadStorage

/// The JSON API under /api/v1 for integrations (Power BI and the like). Authenticated by bearer
/// key only; readers' keys only ever get aggregates protected for publication.
struct APIRoutes {
    let services: Services

    func register(_ api: APIGroups) {
        api.open.get("openapi.json") { _, _ in Responses.json(OpenAPIDocument.json) }
        api.authenticated.get("datasets") { request, context in try await self.datasets(request, context) }
        api.authenticated.get("datasets/{id}") { request, context in try await self.dataset(request, context) }
        api.authenticated.get("datasets/{id}/scan") { request, context in
            try await self.scan(request, context, full: true)
        }
        api.authenticated.get("datasets/{id}/differences") { request, context in
            try await self.scan(request, context, full: false)
        }
        registerGovernance(api)
    }

    struct DatasetJSON: Encodable {
        var id: Int64
        var name: String
        var description: String
        var source: String
        var period: String
        var version: Int?
        var rows: Int?
        var shape: String?
        var updatedAt: Int64
        var columns: [ColumnJSON]?
        var versions: [VersionJSON]?
    }

    struct ColumnJSON: Encodable {
        var name: String
        var role: String
        var ordered: Bool
        var sensitive: Bool
    }

    struct VersionJSON: Encodable {
        var version: Int
        var rows: Int
        var createdAt: Int64
    }

    func datasets(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let list = try await services.datasets.list().map { s in
            DatasetJSON(
                id: s.dataset.id, name: s.dataset.name, description: s.dataset.description, source: s.dataset.source,
                period: s.dataset.period, version: s.latest?.version, rows: s.latest?.rowCount,
                shape: s.latest?.shape.rawValue,
                updatedAt: s.dataset.updatedAt, columns: nil, versions: nil)
        }
        try await services.log(context, .apiDatasets, "datasets", context.viaToken ? "token" : "session")
        return Responses.json(try JSONRenderer.render(["datasets": list]))
    }

    func dataset(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        guard let text = context.parameters.get("id"), let id = Int64(text),
            let dataset = try await services.datasets.dataset(id: id)
        else { throw WebError.notFound }
        let versions = try await services.datasets.versions(datasetId: id)
        let latest = versions.last
        let json = DatasetJSON(
            id: dataset.id, name: dataset.name, description: dataset.description, source: dataset.source,
            period: dataset.period,
            version: latest?.version, rows: latest?.rowCount, shape: latest?.shape.rawValue,
            updatedAt: dataset.updatedAt,
            columns: latest?.columns.map {
                ColumnJSON(name: $0.name, role: $0.role.rawValue, ordered: $0.ordered, sensitive: $0.sensitive)
            },
            versions: versions.map { VersionJSON(version: $0.version, rows: $0.rowCount, createdAt: $0.createdAt) })
        return Responses.json(try JSONRenderer.render(json))
    }

    struct DifferencesJSON: Encodable {
        var dataset: Int64
        var disclosureControlled: Bool
        /// Protected for publication (always for readers' keys).
        var published: Bool
        var threshold: Int
        var differences: [Difference]
    }

    func scan(_ request: Request, _ context: AppContext, full: Bool) async throws -> Response {
        let user = try context.requireUser()
        guard let text = context.parameters.get("id"), Int64(text) != nil else { throw WebError.notFound }
        var query = Form.query(request)
        query = Form(encoded: (request.uri.query ?? "") + "&" + Form.encode([("dataset", text)]))
        var parameters = ScanParameters(query)
        // Through the API, output without disclosure control needs an analyst and an explicit flag.
        parameters.uncontrolled = query["uncontrolled"] == "1" && user.role.canAnalyse
        guard !parameters.outcomes.isEmpty, !parameters.dimensions.isEmpty else {
            throw WebError.badRequest("Ange minst ett utfall (outcome=…) och en dimension (by=…).")
        }
        let (data, result, request) = try await parameters.scan(services, user: user)
        // The key holds everything the content depends on, the protection level included.
        let key =
            "api|\(data.version.id)|\(full)|\(request.disclosureControl)|\(request.publication.map { "\($0.hashValue)" } ?? "-")|"
            + "\(request.threshold)|\(parameters.query)"
        let json = try await services.cache.rendered(key) {
            if full { return try JSONRenderer.render(result) }
            return try JSONRenderer.render(
                DifferencesJSON(
                    dataset: data.dataset.id, disclosureControlled: result.disclosureControlled,
                    published: result.published,
                    threshold: result.threshold, differences: result.differences))
        }
        return Responses.json(json)
    }
}
