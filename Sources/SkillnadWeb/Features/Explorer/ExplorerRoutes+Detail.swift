import Foundation
import Hummingbird
import SkillnadCharts
import SkillnadCore
import SkillnadReport
import SkillnadStorage

extension ExplorerRoutes {
    struct DetailModel {
        var title: String
        var article: SafeHTML
        var table: SafeHTML
        var backLink: String
        var svgLink: String
        var canAdjust: Bool
        var adjustChoices: [Choice]
        var hidden: [HiddenField]
        var comparison: SafeHTML?
        var adjustNote: String
        var id: String
        var analyses: [LinkItem]
        var canStart: Bool
        var startHuddinge: String
        var startISU: String
        var others: [Choice]
        var hasOthers: Bool
        var csrf: String
        var explorerQuery: String
    }

    func difference(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let query = Form.query(request)
        let parameters = ScanParameters(query)
        guard let asked = query["id"] else { throw WebError.notFound }
        let service = ExplorerService(services: services)
        guard let found = try await service.difference(asked, parameters, user: user) else { throw WebError.notFound }
        let (data, result, d) = (found.data, found.result, found.difference)
        let id = d.id
        let table = result.tables.first { $0.outcome == d.outcome && $0.dimensions == d.dimensions }
        let tableHTML = table.map { Fragment.table($0, id: "tab") } ?? SafeHTML(rendered: "")
        // Adjusted comparison: two named groups of one dimension, within levels of other columns.
        let groups = ExplorerService.adjustableGroups(d)
        let candidates = ExplorerService.stratifiers(found)
        let chosen = query.all("adjust").map { data.columnName($0) ?? $0 }
        var comparisonHTML: SafeHTML?
        if let report = try await service.adjusted(found, columns: chosen) {
            comparisonHTML = Fragment.comparison(report)
            try await services.log(
                context, .compareView, "dataset \(data.dataset.id)",
                "\(d.outcome) efter \(d.dimensions[0]) justerat för \(chosen.joined(separator: ", "))")
        }
        let backQuery = parameters.resolved(in: data).query
        let hidden = Form(encoded: backQuery + "&" + Form.encode([("id", id)])).values
            .flatMap { name, values in values.map { HiddenField(name: name, value: $0) } }.sorted { $0.name < $1.name }
        let analyses = try await services.analyses.forDifference(datasetId: data.dataset.id, differenceId: id)
        func start(_ method: AnalysisMethod) -> String {
            Paths.newAnalysis(method, explorerQuery: backQuery, difference: id)
        }
        // Analyses this difference could join (analysts only).
        let others =
            user.role.canAnalyse
            ? try await services.analyses.titles().filter { a in !analyses.contains { $0.id == a.id } }.map {
                Choice(value: String($0.id), label: "\($0.title) (\($0.method.swedishName))", checked: false)
            } : []
        let model = DetailModel(
            title: d.summary, article: Fragment.article(d, id: "d"), table: tableHTML,
            backLink: Paths.explore(backQuery),
            svgLink: Paths.export(.chart, backQuery + "&" + Form.encode([("id", id)])),
            canAdjust: groups.count == 2 && !candidates.isEmpty,
            adjustChoices: candidates.map { Choice(value: $0.name, label: $0.name, checked: chosen.contains($0.name)) },
            hidden: hidden, comparison: comparisonHTML,
            adjustNote: groups.count == 2
                ? "Jämför \(groups[0]) och \(groups[1]) inom samma nivå av de valda kolumnerna. "
                    + ExplorerService.adjustHint(candidates) : "", id: id,
            analyses: analyses.map {
                LinkItem(href: Paths.analysis($0.id), label: $0.title, detail: $0.method.swedishName)
            }, canStart: user.role.canAnalyse, startHuddinge: start(.huddinge), startISU: start(.isu),
            others: others, hasOthers: !others.isEmpty, csrf: context.csrf, explorerQuery: backQuery)
        return Responses.html(
            services.pages.page(
                .explorerDifference, title: "Skillnad \(d.rank)", model: model, context: context, path: Paths.explore,
                stamp: !result.disclosureControlled))
    }

    struct CrossingModel {
        var title: String
        var heatmap: SafeHTML
        var header: [String]
        var rows: [CrossRow]
        var totals: [String]
        var grandTotal: String
        var backLink: String
        var svgLink: String
        var csvLink: String
        var rowName: String
        var columnName: String
    }

    struct CrossRow {
        var label: String
        var cells: [String]
        var total: String
    }

    func crossing(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let query = Form.query(request)
        var parameters = ScanParameters(query)
        guard let asked = query["table"], let askedRows = query["rows"], let askedColumns = query["cols"] else {
            throw WebError.notFound
        }
        parameters.cross = max(parameters.cross, 2)
        let (data, result, _) = try await parameters.scan(services, user: user)
        parameters = parameters.resolved(in: data)
        let outcome = data.outcomeName(asked)
        let rowName = data.columnName(askedRows) ?? askedRows
        let columnName = data.columnName(askedColumns) ?? askedColumns
        guard let view = CrossingView(result: result, outcome: outcome, rows: rowName, columns: columnName) else {
            throw WebError.notFound
        }
        let base = parameters.query + "&" + Form.encode([("table", outcome), ("rows", rowName), ("cols", columnName)])
        let model = CrossingModel(
            title: "\(outcome): \(rowName) × \(columnName)", heatmap: Fragment.heatMap(view, id: "heat"),
            header: view.columnLabels,
            rows: view.rowLabels.indices.map { i in
                CrossRow(
                    label: view.rowLabels[i], cells: view.cells[i].map(view.text), total: view.text(view.rowTotals[i]))
            }, totals: view.columnTotals.map(view.text), grandTotal: view.text(view.total),
            backLink: Paths.explore(parameters.query), svgLink: Paths.export(.crossingChart, base),
            csvLink: Paths.export(.crossingCSV, base),
            rowName: rowName, columnName: columnName)
        try await services.log(context, .crossingView, "\(outcome)", "\(rowName) × \(columnName)")
        return Responses.html(
            services.pages.page(
                .explorerCrossing, title: "Korsning", model: model, context: context, path: Paths.explore,
                stamp: !result.disclosureControlled,
                wide: true))
    }
}
