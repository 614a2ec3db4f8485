import Foundation
import Hummingbird
import SkillnadCore
import SkillnadReport
import SkillnadStorage

extension AdminRoutes {
    struct AuditRow {
        var at: String
        var user: String
        /// Swedish label of the action.
        var action: String
        /// The stored code (shown on hover, written to exports).
        var code: String
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
        var exportLink: String
    }

    /// The filter of the log's form and export: a group of actions, user, dates and text.
    static func filter(_ query: Form) -> AuditFilter {
        let group = query["action"].flatMap(AuditAction.Group.init(rawValue:))
        return AuditFilter(
            username: query["user"], actions: group?.actions ?? [], from: Text.parseDate(query["from"]),
            until: Text.parseDate(query["until"], endOfDay: true), text: query["text"])
    }

    static func filterPairs(_ query: Form) -> [(String, String)] {
        ["user", "action", "from", "until", "text"].map { ($0, query[$0] ?? "") }
    }

    func audit(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let query = Form.query(request)
        let filter = Self.filter(query)
        let page = max(0, query["page"].flatMap { Int($0) } ?? 0)
        let size = 100
        let entries = try await services.audit.entries(filter, limit: size, offset: page * size)
        let total = try await services.audit.count(filter)
        func link(_ p: Int) -> String {
            Paths.adminAudit + "?" + Form.encode(Self.filterPairs(query) + [("page", String(p))])
        }
        let model = AuditModel(
            rows: entries.map {
                AuditRow(
                    at: Text.dateTime($0.at), user: $0.username, action: AuditAction.label($0.action), code: $0.action,
                    object: $0.object,
                    detail: $0.detail,
                    address: $0.address)
            }, username: query["user"] ?? "", action: query["action"] ?? "", from: query["from"] ?? "",
            until: query["until"] ?? "",
            text: query["text"] ?? "", total: SwedishFormat.count(total, "händelse", "händelser"), page: page + 1,
            hasNext: (page + 1) * size < total,
            hasPrevious: page > 0, nextLink: link(page + 1), previousLink: link(page - 1),
            actions: [Option(value: "", label: "Alla händelser", selected: (query["action"] ?? "").isEmpty)]
                + AuditAction.Group.allCases.map {
                    Option(value: $0.rawValue, label: $0.swedishName, selected: query["action"] == $0.rawValue)
                },
            exportLink: Paths.adminAuditCSV + "?" + Form.encode(Self.filterPairs(query)))
        return Responses.html(
            services.pages.page(
                .adminAudit, title: "Granskningslogg", model: model, context: context, path: Paths.adminAudit,
                wide: true))
    }

    /// The filtered log as Swedish CSV (at most 100 000 entries, newest first), with each action's
    /// code and label. The export itself is logged.
    func auditCSV(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let query = Form.query(request)
        let entries = try await services.audit.entries(Self.filter(query), limit: 100_000)
        var csv = SwedishCSV()
        csv.append(["tid", "användare", "händelsekod", "händelse", "gäller", "detaljer", "adress"])
        for e in entries {
            csv.append([
                Text.dateTime(e.at), e.username, e.action, AuditAction.label(e.action), e.object, e.detail, e.address,
            ])
        }
        try await services.log(
            context, .auditExport, "granskningslogg", SwedishFormat.count(entries.count, "rad", "rader"))
        return Responses.download(Array(csv.text.utf8), contentType: .csv, fileName: "granskningslogg.csv")
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
            context, .settingsUpdate, "inställningar", "tröskel \(threshold), uppladdning \(upload) MB")
        return try await settings(request, context, flash: "Inställningarna är sparade.")
    }
}
