import Foundation
import Hummingbird
import SkillnadCore
import SkillnadStorage

extension DatasetRoutes {
    struct ShowModel {
        var id: Int64
        var name: String
        var description: String
        var source: String
        var period: String
        var canAnalyse: Bool
        var versions: [VersionRow]
        var columns: [ColumnRow]
        var latestVersion: Int
        var rows: String
        var shape: String
        var exploreQuery: String
        var publication: PublicationModel
    }

    /// What readers may request, and for analysts the form to change it.
    struct PublicationModel {
        var summary: String
        var dimensions: [Choice]
        var depths: [Choice]
        var isDefault: Bool
        var csrf: String
        var saved: Bool
    }

    struct VersionRow {
        var version: Int
        var fileName: String
        var rows: String
        var created: String
        var createdBy: String
    }

    struct ColumnRow {
        var name: String
        var code: String?
        var role: String
        var type: String
        var ordered: Bool
        var sensitive: Bool
        var distinct: String
        var missing: String
        var values: String
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let data = try await DatasetContext.load(services, datasetId: try id(context))
        let versions = try await services.datasets.versions(datasetId: data.dataset.id)
        var overrides: [Int: ColumnRole] = [:]
        for (i, c) in data.version.columns.enumerated() where i < data.table.columns.count { overrides[i] = c.role }
        let roles = RoleDetector.detect(data.table, overrides: overrides)
        let profiles = ColumnProfiler.profiles(data.table, roles: roles, totals: data.totals)
        let users = try await services.displayNames()
        let columns = data.version.columns.enumerated().map { i, stored -> ColumnRow in
            let p = i < profiles.count ? profiles[i] : nil
            // Readers see the structure only; values are row-level facts.
            let showValues = user.role.canAnalyse && !stored.sensitive && stored.role != .identifier
            return ColumnRow(
                name: stored.name, code: stored.code, role: stored.role.swedishName, type: p?.type ?? "",
                ordered: stored.ordered,
                sensitive: stored.sensitive, distinct: user.role.canAnalyse ? Text.count(p?.distinctCount ?? 0) : "",
                missing: user.role.canAnalyse ? Text.count(p?.missing.values.reduce(0, +) ?? 0) : "",
                values: showValues
                    ? (p?.examples.prefix(8).joined(separator: ", ") ?? "")
                        + (p?.totalLevels.map { ". Summarader: " + $0.joined(separator: ", ") } ?? "") : "")
        }
        let setting = try await services.settings.publication(datasetId: data.dataset.id)
        let frame = data.publicationFrame(setting: setting, threshold: try await services.threshold())
        let depthWords = ["var för sig", "korsade högst två åt gången", "korsade högst tre åt gången"]
        let publication = PublicationModel(
            summary: "Läsare kan jämföra efter \(frame.dimensions.joined(separator: ", ")), "
                + depthWords[frame.depth - 1] + ", för varje period och alla perioder sammanslagna. "
                + "Alla tabeller döljer samma grupper under \(frame.rule.threshold) personer (och de celler som behövs "
                + "för att de inte ska kunna räknas fram), så inget uttag kan kombineras med ett annat för att röja dem.",
            dimensions: data.dimensionColumns.map {
                Choice(value: $0.name, label: $0.name, checked: frame.dimensions.contains($0.name))
            },
            depths: (1...3).map {
                Choice(value: String($0), label: depthWords[$0 - 1], checked: frame.depth == $0)
            }, isDefault: setting == nil, csrf: context.csrf, saved: Form.query(request)["sparat"] == "1")
        let model = ShowModel(
            id: data.dataset.id, name: data.dataset.name, description: data.dataset.description,
            source: data.dataset.source,
            period: data.dataset.period, canAnalyse: user.role.canAnalyse,
            versions: versions.reversed().map { v in
                VersionRow(
                    version: v.version, fileName: v.fileName, rows: Text.rows(v.rowCount),
                    created: Text.dateTime(v.createdAt),
                    createdBy: v.createdBy.flatMap { users[$0] } ?? "–")
            }, columns: columns, latestVersion: data.version.version, rows: Text.rows(data.version.rowCount),
            shape: data.version.shape.swedishName,
            exploreQuery: Form.encode([("dataset", String(data.dataset.id))]), publication: publication)
        return Responses.html(
            services.pages.page(
                .datasetShow, title: data.dataset.name, model: model, context: context, path: Paths.datasets))
    }

    /// Saves what readers may request from a dataset (analysts).
    func savePublication(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let data = try await DatasetContext.load(services, datasetId: try id(context))
        let form = try await Form.body(request)
        let available = data.dimensionColumns.map(\.name)
        let chosen = form.all("by").filter { available.contains($0) }
        guard !chosen.isEmpty || form["action"] == "default" else {
            throw WebError.badRequest("Välj minst en dimension som läsare får jämföra efter, eller välj standardvalet.")
        }
        let setting =
            form["action"] == "default"
            ? nil : PublicationSetting(dimensions: chosen, depth: form["depth"].flatMap { Int($0) } ?? 2)
        try await services.settings.setPublication(setting, datasetId: data.dataset.id)
        await services.cache.forgetPublication()
        try await services.log(
            context, .datasetPublication, "dataset \(data.dataset.id)",
            setting.map { "\($0.dimensions.joined(separator: ", ")), djup \($0.depth)" } ?? "standard")
        return Responses.redirect(Paths.dataset(data.dataset.id) + "?sparat=1#publicering")
    }

    struct RowsModel {
        var id: Int64
        var name: String
        var csrf: String
        var header: [String]
        var rows: [[Cell]]
        var hasSensitive: Bool
        var revealed: Bool
        /// "Kolumnen" or "Kolumnerna", as many as ``sensitiveNames`` lists.
        var sensitiveNoun: String
        var sensitiveNames: String
        /// "Visar alla 12 rader." or "Visar de första 100 av 20 000 raderna."
        var shownSentence: String
        var reasonError: String?
    }

    func rows(_ request: Request, context: AppContext, reasonError: String? = nil) async throws -> Response {
        _ = try context.requireUser()
        let data = try await DatasetContext.load(services, datasetId: try id(context))
        let revealed = (context.sessions.session?.revealedUntil[data.dataset.id] ?? 0) > Storage.now
        let sensitive = Set(data.version.columns.filter(\.sensitive).map(\.name))
        let limit = min(100, data.table.rowCount)
        let rows = (0..<limit).map { row in
            data.table.columns.map { column in
                let hide = sensitive.contains(column.name) && !revealed
                return Cell(text: hide ? "•••" : column.displayText(at: row), masked: hide)
            }
        }
        try await services.log(
            context, .rowsView, "dataset \(data.dataset.id)",
            Text.rows(limit) + (revealed && !sensitive.isEmpty ? ", känsliga kolumner visade" : ""))
        let model = RowsModel(
            id: data.dataset.id, name: data.dataset.name, csrf: context.csrf, header: data.table.columnNames,
            rows: rows,
            hasSensitive: !sensitive.isEmpty, revealed: revealed,
            sensitiveNoun: sensitive.count == 1 ? "Kolumnen" : "Kolumnerna",
            sensitiveNames: sensitive.sorted().joined(separator: ", "),
            shownSentence: limit == data.table.rowCount
                ? (limit == 1 ? "Visar den enda raden." : "Visar alla \(Text.rows(limit)).")
                : "Visar de första \(Text.count(limit)) av \(Text.count(data.table.rowCount)) raderna.",
            reasonError: reasonError)
        return Responses.html(
            services.pages.page(
                .datasetRows, title: "Rader i \(data.dataset.name)", model: model, context: context,
                path: Paths.datasets, wide: true),
            status: reasonError == nil ? .ok : .badRequest)
    }

    func reveal(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let datasetId = try id(context)
        let form = try await Form.body(request)
        guard let reason = form["reason"], reason.count >= 10 else {
            return try await rows(
                request, context: context,
                reasonError: "Ange skälet till att du behöver se de känsliga uppgifterna (minst 10 tecken).")
        }
        try await services.log(context, .rowsReveal, "dataset \(datasetId)", "skäl: \(reason)")
        if var session = context.sessions.session {
            session.revealedUntil[datasetId] = Storage.now + 15 * 60
            _ = context.sessions.updateSession(session)
        }
        return Responses.redirect(Paths.datasetRows(datasetId))
    }

    struct EditModel {
        var id: Int64
        var csrf: String
        var name: String
        var description: String
        var source: String
        var period: String
        var nameError: String?
    }

    func editForm(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        guard let dataset = try await services.datasets.dataset(id: try id(context)) else { throw WebError.notFound }
        let model = EditModel(
            id: dataset.id, csrf: context.csrf, name: dataset.name, description: dataset.description,
            source: dataset.source,
            period: dataset.period, nameError: nil)
        return Responses.html(
            services.pages.page(
                .datasetEdit, title: "Ändra \(dataset.name)", model: model, context: context, path: Paths.datasets))
    }

    func edit(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let datasetId = try id(context)
        guard try await services.datasets.dataset(id: datasetId) != nil else { throw WebError.notFound }
        let form = try await Form.body(request)
        let metadata = DatasetRepository.Metadata(
            name: form["name"] ?? "", description: form["description"] ?? "", source: form["source"] ?? "",
            period: form["period"] ?? "")
        if let problem = DatasetService.nameProblem(metadata.name, required: true) {
            // The same rules as at upload.
            let model = EditModel(
                id: datasetId, csrf: context.csrf, name: String(metadata.name.prefix(DatasetService.nameLimit)),
                description: metadata.description, source: metadata.source, period: metadata.period,
                nameError: problem)
            return Responses.html(
                services.pages.page(
                    .datasetEdit, title: "Ändra dataset", model: model, context: context, path: Paths.datasets),
                status: .badRequest)
        }
        try await services.datasets.update(id: datasetId, metadata: metadata)
        await services.cache.forgetMetadata(datasetId)
        try await services.log(context, .datasetEdit, "dataset \(datasetId)", metadata.name)
        return Responses.redirect(Paths.dataset(datasetId))
    }

    struct DeleteModel {
        var id: Int64
        var csrf: String
        var name: String
        /// What is removed: "sin enda version (12 rader)" or "alla 3 versioner (12 rader i den senaste)".
        var removed: String
        var error: String?
    }

    func deleteForm(_ request: Request, context: AppContext, error: String? = nil) async throws -> Response {
        _ = try context.requireUser()
        guard let dataset = try await services.datasets.dataset(id: try id(context)) else { throw WebError.notFound }
        let versions = try await services.datasets.versions(datasetId: dataset.id)
        let model = DeleteModel(
            id: dataset.id, csrf: context.csrf, name: dataset.name,
            removed: versions.count == 1
                ? "sin enda version (\(Text.rows(versions.last?.rowCount ?? 0)))"
                : "alla \(versions.count) versioner (\(Text.rows(versions.last?.rowCount ?? 0)) i den senaste)",
            error: error)
        return Responses.html(
            services.pages.page(
                .datasetDelete, title: "Ta bort \(dataset.name)", model: model, context: context, path: Paths.datasets),
            status: error == nil ? .ok : .badRequest)
    }

    func delete(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let datasetId = try id(context)
        guard let dataset = try await services.datasets.dataset(id: datasetId) else { throw WebError.notFound }
        let form = try await Form.body(request)
        guard form["confirm"] == "1" else {
            return try await deleteForm(
                request, context: context, error: "Kryssa i rutan för att bekräfta borttagningen.")
        }
        try await DatasetService(services: services).delete(dataset)
        try await services.log(context, .datasetDelete, "dataset \(datasetId)", dataset.name)
        return Responses.redirect(Paths.datasets)
    }
}
