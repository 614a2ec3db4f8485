import Foundation
import Hummingbird
import SkillnadFetch
import SkillnadImport

/// "Hämta från Kolada": KPI values fetched from Kolada's API become an upload, reviewed and
/// imported like a file (the file name carries the source and the fetch time).
extension DatasetRoutes {
    struct KoladaModel {
        var csrf: String
        var kpi: String
        var municipality: String
        var years: String
        var ou: Bool
        var source: String
        var error: String?
    }

    func koladaForm(
        _ request: Request, context: AppContext, form: Form? = nil, error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        _ = try context.requireUser()
        let model = KoladaModel(
            csrf: context.csrf, kpi: form?["kpi"] ?? "", municipality: form?["municipality"] ?? "",
            years: form?["years"] ?? "", ou: form?["ou"] == "1", source: services.configuration.koladaURL, error: error)
        return Responses.html(
            services.pages.page(
                .datasetKolada, title: "Hämta från Kolada", model: model, context: context, path: Paths.datasets),
            status: status)
    }

    func fetchKolada(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await Form.body(request)
        func list(_ name: String) -> [String] {
            (form[name] ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let data: Data
        do {
            let query = try KoladaQuery(
                kpis: list("kpi"), units: list("municipality"), years: try KoladaQuery.years(form["years"] ?? ""),
                organisationalUnits: form["ou"] == "1")
            var fetcher = KoladaFetcher(base: services.configuration.koladaURL)
            fetcher.timeout = .seconds(30)
            data = try await fetcher.fetch(query)
        } catch let error as KoladaQueryError {
            let field =
                switch error.part {
                case .kpis: "Nyckeltal"
                case .units: "Kommuner eller enheter"
                case .years: "År"
                }
            return try await koladaForm(
                request, context: context, form: form, error: "\(error.description) Rätta fältet \(field).",
                status: .badRequest)
        } catch let error as FetchError {
            return try await koladaForm(
                request, context: context, form: form, error: error.description, status: .badGateway)
        }
        let stamp = ISO8601DateFormatter().string(from: Date()).prefix(16).replacingOccurrences(of: ":", with: ".")
        let host = URL(string: services.configuration.koladaURL)?.host ?? "kolada"
        let fileName = "Kolada \(list("kpi").prefix(3).joined(separator: " ")) \(host) \(stamp).json"
        let token: String
        do {
            token = try await DatasetService(services: services).receive(
                fileName: fileName, bytes: [UInt8](data), sheet: "", datasetId: nil, by: user)
        } catch let error as ImportError {
            return try await koladaForm(
                request, context: context, form: form, error: error.description, status: .badRequest)
        }
        return Responses.redirect(Paths.datasetPreview(token: token))
    }
}
