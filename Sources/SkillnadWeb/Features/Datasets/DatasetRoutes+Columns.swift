import Foundation
import Hummingbird
import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// The column page: labels, roles, totals and directions changed after import, each save a new
/// version with the same rows; a codebook (two-column CSV) gives columns and codes labels.
extension DatasetRoutes {
    struct ColumnsModel {
        var id: Int64
        var csrf: String
        var name: String
        var version: Int
        var error: String?
        var saved: String?
        var columns: [SetupColumn]
        var directions: [DirectionRow]
        var hasDirections: Bool
        var moreOutcomes: String?
    }

    struct SetupColumn {
        var index: Int
        var label: String
        var code: String?
        var type: String
        var options: [Option]
        var ordered: Bool
        var sensitive: Bool
        var totals: [Choice]
        var hasTotals: Bool
        var codes: String?
    }

    struct DirectionRow {
        var index: Int
        var name: String
        var options: [Option]
    }

    /// Outcomes offered a direction on the page.
    static let directionLimit = 300

    func columnsForm(
        _ request: Request, context: AppContext, form: Form? = nil, error: String? = nil
    ) async throws -> Response {
        _ = try context.requireUser()
        let data = try await DatasetContext.load(services, datasetId: try id(context))
        let profiles = ColumnProfiler.profiles(
            data.table, roles: RoleDetector.detect(data.table, overrides: roleOverrides(data.version.columns)),
            totals: data.totals)
        let columns = data.version.columns.enumerated().map { i, stored -> SetupColumn in
            let column = data.table.columns[i]
            let fitting = ColumnRole.fitting(column)
            let chosen = form?["role_\(i)"].flatMap(ColumnRole.init(rawValue:)) ?? stored.role
            let totals = Self.totalChoices(column, index: i, form: form, detected: Set(profiles[i].totalLevels ?? []))
            let codes = (stored.levelCodes ?? [:]).sorted { $0.value < $1.value }
            return SetupColumn(
                index: i, label: form?["label_\(i)"] ?? stored.name, code: stored.code, type: profiles[i].type,
                options: (fitting.contains(chosen) ? fitting : fitting + [chosen]).map {
                    Option(value: $0.rawValue, label: $0.swedishName, selected: $0 == chosen)
                },
                ordered: form.map { $0["ordered_\(i)"] == "1" } ?? stored.ordered,
                sensitive: form.map { $0["sensitive_\(i)"] == "1" } ?? stored.sensitive,
                totals: totals, hasTotals: !totals.isEmpty && stored.role == .dimension,
                codes: codes.isEmpty
                    ? nil
                    : codes.prefix(6).map { "\($0.value) = \($0.key)" }.joined(separator: "; ")
                        + (codes.count > 6 ? "; … (\(codes.count) koder)" : ""))
        }
        let outcomes =
            data.outcomeNames + data.shareOutcomes.flatMap(\.names).filter { !data.outcomeNames.contains($0) }
        let directions = outcomes.prefix(Self.directionLimit).enumerated().map { k, name -> DirectionRow in
            let stored = data.storedDirection(of: name)
            let suggested = OutcomeDirection.suggested(byName: name)
            let chosen = form?["dir_\(k)"] ?? stored?.rawValue ?? "forslag"
            return DirectionRow(
                index: k, name: name,
                options: [
                    Option(
                        value: "forslag", label: "Förslag efter namnet: \(suggested.swedishName.lowercased())",
                        selected: chosen == "forslag")
                ]
                    + OutcomeDirection.allCases.map {
                        Option(value: $0.rawValue, label: $0.swedishName, selected: chosen == $0.rawValue)
                    })
        }
        let model = ColumnsModel(
            id: data.dataset.id, csrf: context.csrf, name: data.dataset.name, version: data.version.version,
            error: error, saved: Form.query(request)["sparat"].map { "Sparat som version \($0)." },
            columns: columns, directions: directions, hasDirections: !directions.isEmpty,
            moreOutcomes: outcomes.count > Self.directionLimit ? Text.count(outcomes.count - Self.directionLimit) : nil)
        return Responses.html(
            services.pages.page(
                .datasetColumns, title: "Kolumner i \(data.dataset.name)", model: model, context: context,
                path: Paths.datasets),
            status: error == nil ? .ok : .badRequest)
    }

    func saveColumns(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let data = try await DatasetContext.load(services, datasetId: try id(context))
        let form = try await Form.body(request)
        guard form["version"] == String(data.version.version) else {
            return try await columnsForm(
                request, context: context,
                error:
                    "Datasetet har fått en ny version sedan sidan öppnades. Sidan visar nu den nya versionen; gör ändringarna igen."
            )
        }
        var setup = ColumnSetup()
        setup.edits = data.version.columns.indices.map { i in
            guard let role = form["role_\(i)"].flatMap(ColumnRole.init(rawValue:)) else { return nil }
            let shown = form["totals_shown_\(i)"] == "1"
            return ColumnSetup.Edit(
                label: form["label_\(i)"] ?? data.version.columns[i].name, role: role,
                ordered: form["ordered_\(i)"] == "1", sensitive: form["sensitive_\(i)"] == "1",
                totals: shown
                    ? Self.chosenTotals(form, index: i, column: data.table.columns[i]) : data.version.columns[i].totals)
        }
        var k = 0
        while let name = form["dirname_\(k)"] {
            let value = form["dir_\(k)"] ?? "forslag"
            setup.directions[name] = OutcomeDirection(rawValue: value)
            k += 1
        }
        let applied: (DataTable, [StoredColumn])
        do {
            applied = try setup.apply(to: data.table, columns: data.version.columns)
        } catch let problems as ColumnSetup.Problems {
            return try await columnsForm(
                request, context: context, form: form,
                error: problems.lines.joined(separator: " ") + " Inget har sparats.")
        }
        return try await saveSetup(applied, data: data, context: context, detail: "kolumner och riktning")
    }

    func uploadCodebook(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let data = try await DatasetContext.load(services, datasetId: try id(context))
        let codebook: Codebook
        do {
            let upload = try await Upload.read(request, field: "file", limit: 20 * 1_048_576)
            let imported = try FileImporter.read(bytes: upload.bytes, name: upload.fileName, sheet: nil)
            codebook = try Codebook.read(imported.table)
        } catch let error as WebError {
            if case .csrf = error { throw error }
            return try await columnsForm(request, context: context, error: error.message.text)
        } catch let error as ImportError {
            return try await columnsForm(request, context: context, error: error.description)
        } catch let error as CodebookError {
            return try await columnsForm(request, context: context, error: error.description)
        }
        var setup = ColumnSetup()
        setup.codebook = codebook
        let applied = try setup.apply(to: data.table, columns: data.version.columns)
        let table = applied.0
        if table.columnNames == data.table.columnNames
            && table.columns.map(\.levels) == data.table.columns.map(\.levels)
        {
            return try await columnsForm(
                request, context: context,
                error:
                    "Ingen kod i kodlistan (\(codebook.labels.count) rader) finns bland datasetets kolumnnamn eller värden. Inget har sparats."
            )
        }
        return try await saveSetup(
            applied, data: data, context: context, detail: "kodlista, \(codebook.labels.count) koder")
    }

    /// Saves the set-up as a new version and moves the publication setting to new column names.
    func saveSetup(
        _ applied: (table: DataTable, columns: [StoredColumn]), data: DatasetContext, context: AppContext,
        detail: String
    ) async throws -> Response {
        let user = try context.requireUser()
        let (table, columns) = applied
        let shape = RoleDetector.detect(table, overrides: roleOverrides(columns)).shape
        let audit = AuditEntry(
            at: Storage.now, userId: user.id, username: user.username, action: .datasetColumns, object: "",
            detail: detail, address: context.address)
        let metadata = DatasetRepository.Metadata(
            name: data.dataset.name, description: data.dataset.description, source: data.dataset.source,
            period: data.dataset.period)
        let (_, version) = try await services.datasets.importVersion(
            datasetId: data.dataset.id, metadata: metadata, table: table, columns: columns, shape: shape,
            fileName: data.version.fileName, userId: user.id, audit: audit)
        if var setting = try await services.settings.publication(datasetId: data.dataset.id) {
            let renamed = Dictionary(
                zip(data.version.columns.map(\.name), columns.map(\.name)).filter { $0 != $1 }
            ) { first, _ in first }
            setting.dimensions = setting.dimensions.map { renamed[$0] ?? $0 }
            try await services.settings.setPublication(setting, datasetId: data.dataset.id)
            await services.cache.forgetPublication()
        }
        await services.cache.forgetMetadata(data.dataset.id)
        return Responses.redirect(Paths.datasetColumns(data.dataset.id) + "?sparat=\(version.version)")
    }

    func roleOverrides(_ columns: [StoredColumn]) -> [Int: ColumnRole] {
        Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($0.offset, $0.element.role) })
    }

    /// The total-level checkboxes of a categorical column (at most 60 levels): checked as the
    /// form was sent, else as detected.
    static func totalChoices(_ column: Column, index: Int, form: Form?, detected: Set<String>) -> [Choice] {
        let levels = column.isNumeric ? [] : column.levels
        guard levels.count <= 60 else { return [] }
        return levels.map { level in
            Choice(
                value: level, label: level,
                checked: form.map { $0.all("total_\(index)").contains(level) } ?? detected.contains(level))
        }
    }

    /// The totals chosen in the form for a column: nil when they are the ones detected from the
    /// names (detection then keeps applying), else the chosen levels (possibly none).
    static func chosenTotals(_ form: Form, index: Int, column: Column) -> [String]? {
        let chosen = form.all("total_\(index)")
        let detected = column.isNumeric ? [] : column.levels.filter { TotalLevel.isTotal($0, inColumn: column.name) }
        return Set(chosen) == Set(detected) ? nil : chosen
    }
}
