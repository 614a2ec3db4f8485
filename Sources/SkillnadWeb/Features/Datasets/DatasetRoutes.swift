import Foundation
import Hummingbird
import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// Datasets: list, upload with preview and role correction, import with progress, view,
/// row-level preview with logged access to sensitive columns, edit, delete, new versions.
struct DatasetRoutes {
    let services: Services

    func register(_ routes: FeatureRoutes) {
        routes.readers.get("/datasets") { _, context in try await self.list(context) }
        routes.analysts.get("/datasets/new") { request, context in try await self.uploadForm(request, context: context)
        }
        routes.analysts.post("/datasets/upload") { request, context in try await self.upload(request, context: context)
        }
        routes.analysts.get("/datasets/kolada") { request, context in
            try await self.koladaForm(request, context: context)
        }
        routes.analysts.post("/datasets/kolada") { request, context in
            try await self.fetchKolada(request, context: context)
        }
        routes.analysts.get("/datasets/preview") { request, context in try await self.preview(request, context: context)
        }
        routes.analysts.post("/datasets/import") { request, context in
            try await self.startImport(request, context: context)
        }
        routes.analysts.get("/imports/{token}") { request, context in
            try await self.importPage(request, context: context)
        }
        routes.analysts.get("/imports/{token}/status") { request, context in
            try await self.importStatus(request, context: context)
        }
        routes.readers.get("/datasets/{id}") { request, context in try await self.show(request, context: context) }
        routes.analysts.get("/datasets/{id}/rows") { request, context in try await self.rows(request, context: context)
        }
        routes.analysts.post("/datasets/{id}/publication") { request, context in
            try await self.savePublication(request, context: context)
        }
        routes.analysts.post("/datasets/{id}/reveal") { request, context in
            try await self.reveal(request, context: context)
        }
        routes.analysts.get("/datasets/{id}/columns") { request, context in
            try await self.columnsForm(request, context: context)
        }
        routes.analysts.post("/datasets/{id}/columns") { request, context in
            try await self.saveColumns(request, context: context)
        }
        routes.analysts.post("/datasets/{id}/codebook") { request, context in
            try await self.uploadCodebook(request, context: context)
        }
        routes.analysts.get("/datasets/{id}/edit") { request, context in
            try await self.editForm(request, context: context)
        }
        routes.analysts.post("/datasets/{id}/edit") { request, context in try await self.edit(request, context: context)
        }
        routes.analysts.get("/datasets/{id}/delete") { request, context in
            try await self.deleteForm(request, context: context)
        }
        routes.analysts.post("/datasets/{id}/delete") { request, context in
            try await self.delete(request, context: context)
        }
    }

    func id(_ context: AppContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text) else { throw WebError.notFound }
        return id
    }

    func uploadLimit() async throws -> Int {
        let configured = services.configuration.uploadLimitMB
        let setting = Int(try await services.settings.get(.uploadLimit) ?? "") ?? configured
        return max(1, min(configured, setting)) * 1_048_576
    }

    // MARK: List

    struct ListModel {
        var canAnalyse: Bool
        var datasets: [Row]
        var empty: Bool
    }

    struct Row {
        var id: Int64
        var name: String
        var description: String
        var source: String
        var period: String
        var version: Int
        var rows: String
        var shape: String
        var updated: String
    }

    func list(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let rows = try await services.datasets.list().map { s in
            Row(
                id: s.dataset.id, name: s.dataset.name, description: s.dataset.description, source: s.dataset.source,
                period: s.dataset.period, version: s.latest?.version ?? 0, rows: Text.rows(s.latest?.rowCount ?? 0),
                shape: s.latest?.shape.swedishName ?? "",
                updated: Text.dateTime(s.dataset.updatedAt))
        }
        let model = ListModel(canAnalyse: user.role.canAnalyse, datasets: rows, empty: rows.isEmpty)
        return Responses.html(
            services.pages.page(.datasetList, title: "Dataset", model: model, context: context, path: Paths.datasets))
    }

    // MARK: Upload

    struct UploadModel {
        var csrf: String
        var datasetId: Int64?
        var datasetName: String?
        var error: String?
        var limitMB: Int
        var sheet: String
    }

    func uploadForm(
        _ request: Request, context: AppContext, error: String? = nil, status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        _ = try context.requireUser()
        let datasetId = Form.query(request)["dataset"].flatMap { Int64($0) }
        var name: String?
        if let datasetId {
            guard let dataset = try await services.datasets.dataset(id: datasetId) else { throw WebError.notFound }
            name = dataset.name
        }
        let model = UploadModel(
            csrf: context.csrf, datasetId: datasetId, datasetName: name, error: error,
            limitMB: try await uploadLimit() / 1_048_576,
            sheet: "")
        let title = name.map { "Ny version av \($0)" } ?? "Ladda upp dataset"
        return Responses.html(
            services.pages.page(.datasetUpload, title: title, model: model, context: context, path: Paths.datasets),
            status: status)
    }

    func upload(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let limit = try await uploadLimit()
        let upload: Upload
        do {
            upload = try await Upload.read(request, field: "file", limit: limit)
        } catch let error as WebError {
            if case .csrf = error { throw error }
            return try await uploadForm(request, context: context, error: error.message.text, status: error.status)
        }
        let token: String
        do {
            token = try await DatasetService(services: services).receive(
                fileName: upload.fileName, bytes: upload.bytes, sheet: upload.fields["sheet"] ?? "",
                datasetId: upload.fields["dataset"].flatMap { Int64($0) }, by: user)
        } catch let error as ImportError {
            return try await uploadForm(request, context: context, error: error.description, status: .badRequest)
        }
        return Responses.redirect(Paths.datasetPreview(token: token))
    }

    // MARK: Preview and import

    struct PreviewModel {
        var csrf: String
        var token: String
        var fileName: String
        var format: String
        var encoding: String?
        var delimiter: String?
        var rowCount: String
        var shape: String
        var newVersion: Bool
        var datasetName: String?
        var name: String
        var description: String
        var source: String
        var period: String
        var nameError: String?
        var error: String?
        var columns: [PreviewColumn]
        var header: [String]
        var sample: [[Cell]]
        var normalised: String?
        /// Whether the file carries labels for its codes (a Kolada fetch).
        var labelled: Bool
    }

    struct PreviewColumn {
        var index: Int
        var name: String
        /// The label the previous version gave this column.
        var label: String?
        var type: String
        /// The levels that could be totals, checked when chosen or detected.
        var totals: [Choice]
        var hasTotals: Bool
        var options: [Option]
        var ordered: Bool
        var sensitive: Bool
        var summary: String
    }

    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Cell {
        var text: String
        var masked: Bool
    }

    func preview(
        _ request: Request, context: AppContext, form: Form? = nil, nameError: String? = nil,
        roleErrors: [String] = []
    ) async throws -> Response {
        let user = try context.requireUser()
        guard let token = (form ?? Form.query(request))["token"] ?? Form.query(request)["token"],
            let upload = try await services.uploads.load(token: token, userId: user.id)
        else {
            throw WebError.badRequest("Uppladdningen finns inte längre (den sparas i ett dygn). Ladda upp filen igen.")
        }
        let imported = try await DatasetService(services: services).parsed(upload)
        let table = imported.table
        let roles = RoleDetector.detect(table)
        let profiles = ColumnProfiler.profiles(table, roles: roles)
        var existing: DatasetRecord?
        var previousColumns: [StoredColumn] = []
        if let datasetId = upload.datasetId {
            existing = try await services.datasets.dataset(id: datasetId)
            previousColumns = try await services.datasets.versions(datasetId: datasetId).last?.columns ?? []
        }
        let columns = table.columns.indices.map { i -> PreviewColumn in
            let name = table.columns[i].name
            let previous = previousColumns.first { $0.name == name || $0.code == name }
            let fitting = ColumnRole.fitting(table.columns[i])
            var chosen = form?["role_\(i)"].flatMap(ColumnRole.init(rawValue:)) ?? previous?.role ?? roles.roles[i]
            if !fitting.contains(chosen) && form == nil { chosen = roles.roles[i] }
            let sensitive =
                form.map { $0["sensitive_\(i)"] == "1" } ?? previous?.sensitive ?? SensitiveColumns.suggested(name)
            let ordered = form.map { $0["ordered_\(i)"] == "1" } ?? previous?.ordered ?? roles.ordered[i]
            let p = profiles[i]
            var summary = "\(p.distinctCount) olika värden"
            let missing = p.missing.values.reduce(0, +)
            if missing > 0 { summary += ", \(missing) saknas" }
            if !p.examples.isEmpty && !sensitive { summary += ": " + p.examples.prefix(6).joined(separator: ", ") }
            if let totals = p.totalLevels, !totals.isEmpty {
                summary += ". Summarader: " + totals.joined(separator: ", ")
            }
            let totals = Self.totalChoices(
                table.columns[i], index: i, form: form, detected: Set(previous?.totals ?? p.totalLevels ?? []))
            return PreviewColumn(
                index: i, name: name, label: previous.flatMap { $0.code == name ? $0.name : nil }, type: p.type,
                totals: totals, hasTotals: !totals.isEmpty && chosen == .dimension,
                // Only the roles the values allow (no binary outcome for a column of eight values).
                options: (fitting.contains(chosen) ? fitting : fitting + [chosen]).map {
                    Option(value: $0.rawValue, label: $0.swedishName, selected: $0 == chosen)
                },
                ordered: ordered, sensitive: sensitive, summary: summary)
        }
        let sampleRows = (0..<min(8, table.rowCount)).map { row in
            table.columns.indices.map { c in
                columns[c].sensitive
                    ? Cell(text: "•••", masked: true) : Cell(text: table.columns[c].displayText(at: row), masked: false)
            }
        }
        let baseName = (upload.fileName as NSString).deletingPathExtension.replacingOccurrences(of: "_", with: " ")
        let model = PreviewModel(
            csrf: context.csrf, token: token, fileName: upload.fileName, format: imported.format,
            encoding: imported.encoding?.rawValue, delimiter: imported.delimiter?.swedishName,
            rowCount: Text.rows(table.rowCount),
            shape: roles.shape.swedishName, newVersion: existing != nil, datasetName: existing?.name,
            name: form?["name"] ?? existing?.name ?? baseName,
            description: form?["description"] ?? existing?.description ?? "",
            source: form?["source"] ?? existing?.source ?? "", period: form?["period"] ?? existing?.period ?? "",
            nameError: nameError, error: roleErrors.isEmpty ? nil : roleErrors.joined(separator: " "), columns: columns,
            header: table.columnNames, sample: sampleRows,
            normalised: imported.normalisedColumns.isEmpty ? nil : imported.normalisedColumns.joined(separator: ", "),
            labelled: imported.codebook != nil)
        try await services.log(context, .datasetPreview, upload.fileName, "förhandsvisning av uppladdad fil")
        return Responses.html(
            services.pages.page(
                .datasetPreview, title: "Granska import", model: model, context: context, path: Paths.datasets),
            status: nameError == nil && roleErrors.isEmpty ? .ok : .badRequest)
    }

    func startImport(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await Form.body(request)
        guard let token = form["token"], let upload = try await services.uploads.load(token: token, userId: user.id)
        else {
            throw WebError.badRequest("Uppladdningen finns inte längre. Ladda upp filen igen.")
        }
        let name = form["name"] ?? ""
        if let problem = DatasetService.nameProblem(name, required: upload.datasetId == nil) {
            return try await preview(request, context: context, form: form, nameError: problem)
        }
        let service = DatasetService(services: services)
        let imported = try await service.parsed(upload)
        let roles = RoleDetector.detect(imported.table)
        let columns = imported.table.columns.indices.map { i in
            var column = StoredColumn(
                name: imported.table.columns[i].name,
                role: form["role_\(i)"].flatMap(ColumnRole.init(rawValue:)) ?? roles.roles[i],
                ordered: form["ordered_\(i)"] == "1", sensitive: form["sensitive_\(i)"] == "1")
            // Total levels changed on the review page replace detection for this column.
            if form["totals_shown_\(i)"] == "1" {
                column.totals = Self.chosenTotals(form, index: i, column: imported.table.columns[i])
            }
            return column
        }
        let problems = zip(columns, imported.table.columns).compactMap { $0.role.problem(with: $1) }
        if !problems.isEmpty {
            return try await preview(
                request, context: context, form: form, nameError: nil,
                roleErrors: problems + ["Välj en annan roll för kolumnen. Inget har importerats."])
        }
        let metadata = DatasetRepository.Metadata(
            name: name, description: form["description"] ?? "", source: form["source"] ?? "",
            period: form["period"] ?? "")
        try await service.startImport(upload, metadata: metadata, columns: columns, by: user, address: context.address)
        return Responses.redirect(Paths.importProgress(token: token))
    }

    struct ImportModel {
        var token: String
        var percent: Int
        var message: String
        var failed: Bool
        var retry: String
    }

    func importPage(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        guard let token = context.parameters.get("token"), let status = try await ImportJobs.read(services, token)
        else {
            throw WebError.notFound
        }
        if status.state == .done, let location = status.location { return Responses.redirect(location) }
        let model = ImportModel(
            token: token, percent: Int(status.progress * 100), message: status.message,
            failed: status.state == .failed,
            retry: Paths.newDataset)
        let html = services.pages.page(
            .datasetImport, title: "Import", model: model, context: context, path: Paths.datasets,
            refresh: status.state == .running ? 3 : nil)
        return Responses.html(html, status: status.state == .failed ? .unprocessableContent : .ok)
    }

    func importStatus(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        guard let token = context.parameters.get("token"), let status = try await ImportJobs.read(services, token)
        else {
            throw WebError.notFound
        }
        let json = try JSONEncoder().encode(status)
        return Responses.json(String(decoding: json, as: UTF8.self))
    }
}
