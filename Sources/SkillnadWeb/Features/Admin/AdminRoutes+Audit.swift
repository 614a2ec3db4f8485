import Foundation
import Hummingbird
import SkillnadStorage

extension AdminRoutes {
    struct AuditRow {
        var at: String
        var user: String
        var action: String
        var object: String
        var detail: String
        var address: String
    }

    struct AuditModel {
        var rows: [AuditRow]
        var username: String
        var action: String
        var from: String
        var until: String
        var text: String
        var total: String
        var page: Int
        var hasNext: Bool
        var hasPrevious: Bool
        var nextLink: String
        var previousLink: String
        var actions: [Option]
    }

    static let knownActions = [
        ("login", "Inloggning"), ("dataset", "Dataset"), ("rows", "Radnivå"), ("export", "Export"),
        ("user", "Användare"),
        ("token", "API-nycklar"), ("settings", "Inställningar"), ("scan", "Skanning"), ("api", "API"),
    ]

    func audit(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let query = Form.query(request)
        let filter = AuditFilter(
            username: query["user"], action: query["action"], from: Text.parseDate(query["from"]),
            until: Text.parseDate(query["until"], endOfDay: true), text: query["text"])
        let page = max(0, query["page"].flatMap { Int($0) } ?? 0)
        let size = 100
        let entries = try await services.audit.entries(filter, limit: size, offset: page * size)
        let total = try await services.audit.count(filter)
        func link(_ p: Int) -> String {
            Paths.adminAudit + "?"
                + Form.encode(
                    [
                        ("user", query["user"] ?? ""), ("action", query["action"] ?? ""), ("from", query["from"] ?? ""),
                        ("until", query["until"] ?? ""), ("text", query["text"] ?? ""), ("page", String(p)),
                    ])
        }
        let model = AuditModel(
            rows: entries.map {
                AuditRow(
                    at: Text.dateTime($0.at), user: $0.username, action: $0.action, object: $0.object,
                    detail: $0.detail,
                    address: $0.address)
            }, username: query["user"] ?? "", action: query["action"] ?? "", from: query["from"] ?? "",
            until: query["until"] ?? "",
            text: query["text"] ?? "", total: Text.count(total), page: page + 1, hasNext: (page + 1) * size < total,
            hasPrevious: page > 0, nextLink: link(page + 1), previousLink: link(page - 1),
            actions: [Option(value: "", label: "Alla händelser", selected: (query["action"] ?? "").isEmpty)]
                + Self.knownActions.map { Option(value: $0.0, label: $0.1, selected: query["action"] == $0.0) })
        return Responses.html(
            services.pages.page(
                .adminAudit, title: "Granskningslogg", model: model, context: context, path: Paths.adminAudit,
                wide: true))
    }

    struct SettingsModel {
        var csrf: String
        var threshold: Int
        var uploadLimit: Int
        var maximumUpload: Int
        var thresholdError: String?
        var uploadError: String?
    }

    func settings(
        _ request: Request, _ context: AppContext, form: Form? = nil, errors: [String: String] = [:],
        flash: String? = nil
    )
        async throws -> Response
    {
        _ = try context.requireUser()
        let configured = services.configuration.uploadLimitMB
        let storedThreshold = try await services.threshold()
        let storedUpload = Int(try await services.settings.get(.uploadLimit) ?? "") ?? configured
        let model = SettingsModel(
            csrf: context.csrf,
            threshold: form?["threshold"].flatMap { Int($0) } ?? storedThreshold,
            uploadLimit: form?["upload"].flatMap { Int($0) } ?? storedUpload,
            maximumUpload: configured, thresholdError: errors["threshold"], uploadError: errors["upload"])
        return Responses.html(
            services.pages.page(
                .adminSettings, title: "Inställningar", model: model, context: context, path: Paths.adminSettings,
                flash: flash),
            status: errors.isEmpty ? .ok : .badRequest)
    }

    func saveSettings(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await Form.body(request)
        var errors: [String: String] = [:]
        let threshold = form["threshold"].flatMap { Int($0) }
        if !(3...100).contains(threshold ?? 0) {
            errors["threshold"] = "Tröskeln måste vara ett heltal mellan 3 och 100."
        }
        let upload = form["upload"].flatMap { Int($0) }
        if !(1...services.configuration.uploadLimitMB).contains(upload ?? 0) {
            errors["upload"] = "Gränsen måste vara mellan 1 och \(services.configuration.uploadLimitMB) MB."
        }
        guard errors.isEmpty, let threshold, let upload else {
            return try await settings(request, context, form: form, errors: errors)
        }
        try await services.settings.set(.threshold, String(threshold))
        try await services.settings.set(.uploadLimit, String(upload))
        try await services.log(
            context, "settings.update", "inställningar", "tröskel \(threshold), uppladdning \(upload) MB")
        return try await settings(request, context, flash: "Inställningarna är sparade.")
    }
}
