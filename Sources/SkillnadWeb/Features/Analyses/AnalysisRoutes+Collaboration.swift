import Foundation
import Hummingbird
import SkillnadCore
import SkillnadStorage

/// Working together: the conflict page, title/owner/participants, comments and the history.
extension AnalysisRoutes {
    struct ConflictModel {
        var title: String
        var savedBy: String
        var savedAt: String
        var savedVersion: Int
        var rows: [ConflictRow]
        var action: String
        var back: String
        var hidden: [HiddenField]
        var csrf: String
        var noDifference: Bool
    }

    struct ConflictRow {
        var label: String
        var saved: String
        var mine: String
    }

    func conflict(
        current: AnalysisRecord, mine: AnalysisDocument, myTitle: String, form: Form, context: AppContext,
        back: String, action: String
    ) async throws -> Response {
        let goals = try await services.goalNames()
        var rows = DocumentField.changes(
            from: current.document.fields(goalNames: goals), to: mine.fields(goalNames: goals)
        )
        .map { ConflictRow(label: $0.field.label, saved: $0.old, mine: $0.new) }
        if myTitle != current.title {
            rows.insert(ConflictRow(label: "Rubrik", saved: current.title, mine: myTitle), at: 0)
        }
        let last = try await services.analyses.history(current.id).first
        let hidden =
            form.values.filter { $0.key != "version" && $0.key != "_csrf" }
            .flatMap { name, values in values.map { HiddenField(name: name, value: $0) } }
            .sorted { $0.name < $1.name } + [
                HiddenField(name: "version", value: String(current.version))
            ]
        let model = ConflictModel(
            title: current.title, savedBy: last?.username ?? "någon annan",
            savedAt: last.map { Text.dateTime($0.at) } ?? "",
            savedVersion: current.version, rows: rows, action: action, back: back, hidden: hidden, csrf: context.csrf,
            noDifference: rows.isEmpty)
        return Responses.html(
            services.pages.page(
                .analysisConflict, title: "Analysen har ändrats", model: model, context: context, path: Paths.analyses),
            status: .conflict)
    }

    func saveMeta(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let record = try await load(context)
        let form = try await Form.body(request)
        let title = form["title"] ?? record.title
        let owner = form["owner"].flatMap { Int64($0) } ?? record.ownerId
        let people = form.all("participant").compactMap { Int64($0) } + [owner].compactMap { $0 }
        try await services.analyses.setParticipants(record.id, userIds: people)
        if title == record.title && owner == record.ownerId {
            return Responses.redirect(Paths.analysis(record.id) + "?saved=1")
        }
        return try await persist(
            record, form: form, document: record.document, title: title, ownerId: owner, user: user,
            summary: "Rubrik eller ägare ändrad", context: context, back: Paths.analysis(record.id),
            action: Paths.analysisMeta(record.id))
    }

    func comment(_ request: Request, context: AppContext) async throws -> Response {
        // Readers read; commenting is part of working on the analysis.
        let user = try context.requireUser()
        let record = try await load(context)
        let form = try await Form.body(request)
        let step = form["step"].flatMap(AnalysisStepID.init(rawValue:)).flatMap { id in
            record.method.steps.contains { $0.id == id } ? id : nil
        }
        let back = step.map { Paths.analysisStep(record.id, $0) } ?? Paths.analysis(record.id)
        guard let text = form["text"] else { return Responses.redirect(back) }
        try await services.analyses.addComment(
            record.id, step: step?.rawValue ?? "", user: (user.id, user.username), text: text)
        return Responses.redirect(back + "#kommentarer")
    }

    struct HistoryModel {
        var id: Int64
        var title: String
        var entries: [HistoryEntry]
    }

    struct HistoryEntry {
        var version: Int
        var user: String
        var at: String
        var summary: String
        var changes: [ConflictRow]
        var more: Int?
    }

    func history(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let record = try await load(context)
        let goals = try await services.goalNames()
        let versions = try await services.analyses.history(record.id)
        let fields = versions.map { $0.document.fields(goalNames: goals) }
        let entries = versions.enumerated().map { i, v -> HistoryEntry in
            let previous = i + 1 < versions.count ? versions[i + 1] : nil
            var changes = DocumentField.changes(from: previous.map { _ in fields[i + 1] } ?? [], to: fields[i]).filter {
                previous != nil || !$0.new.isEmpty
            }.map {
                ConflictRow(label: $0.field.label, saved: $0.old, mine: $0.new)
            }
            if let previous, previous.title != v.title {
                changes.insert(ConflictRow(label: "Rubrik", saved: previous.title, mine: v.title), at: 0)
            }
            return HistoryEntry(
                version: v.version, user: v.username, at: Text.dateTime(v.at), summary: v.summary,
                changes: Array(changes.prefix(30)), more: changes.count > 30 ? changes.count - 30 : nil)
        }
        return Responses.html(
            services.pages.page(
                .analysisHistory, title: "Historik – \(record.title)",
                model: HistoryModel(id: record.id, title: record.title, entries: entries), context: context,
                path: Paths.analyses))
    }
}
