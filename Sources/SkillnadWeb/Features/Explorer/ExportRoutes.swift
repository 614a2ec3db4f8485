import Foundation
import Hummingbird
import SkillnadCharts
import SkillnadCore
import SkillnadReport

/// Downloads: the ranked differences as CSV or Excel, the whole result as a standalone HTML
/// report, any table as CSV or Excel, charts as SVG. Every export is logged; readers' exports
/// are always disclosure-controlled (the scan parameters decide that for them).
struct ExportRoutes {
    let services: Services

    func register(_ routes: FeatureRoutes) {
        routes.readers.get("/export/differences.csv") { request, context in
            try await self.differences(request, context, excel: false)
        }
        routes.readers.get("/export/differences.xlsx") { request, context in
            try await self.differences(request, context, excel: true)
        }
        routes.readers.get("/export/report.html") { request, context in try await self.report(request, context) }
        routes.readers.get("/export/chart.svg") { request, context in try await self.chart(request, context) }
        routes.readers.get("/export/crossing.svg") { request, context in
            try await self.crossing(request, context, format: .crossingChart)
        }
        routes.readers.get("/export/crossing.csv") { request, context in
            try await self.crossing(request, context, format: .crossingCSV)
        }
        routes.readers.get("/export/crossing.xlsx") { request, context in
            try await self.crossing(request, context, format: .crossingWorkbook)
        }
        routes.readers.get("/export/tables.csv") { request, context in
            try await self.tables(request, context, excel: false)
        }
        routes.readers.get("/export/tables.xlsx") { request, context in
            try await self.tables(request, context, excel: true)
        }
    }

    func scan(_ request: Request, _ context: AppContext) async throws -> (ScanParameters, DatasetContext, ScanResult) {
        let user = try context.requireUser()
        let parameters = ScanParameters(Form.query(request))
        let (data, result, _) = try await parameters.scan(services, user: user)
        return (parameters, data, result)
    }

    func fileName(_ data: DatasetContext, _ suffix: String) -> String {
        let base = data.dataset.name.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: " ", with: "_")
        return "\(base)_\(suffix)"
    }

    func differences(_ request: Request, _ context: AppContext, excel: Bool) async throws -> Response {
        let (_, data, result) = try await scan(request, context)
        try await services.log(
            context, excel ? .exportXLSX : .exportCSV, "dataset \(data.dataset.id)", "rangordnade skillnader")
        if !excel {
            return Responses.download(
                Array(ScanCSVRenderer.render(result).utf8), contentType: .csv,
                fileName: fileName(data, "skillnader.csv"))
        }
        var book = XLSXWriter()
        DifferenceSheet.add(result, to: &book)
        DifferenceSheet.addTables(result, to: &book, limit: 40)
        return Responses.download(
            try book.data(), contentType: .workbook,
            fileName: fileName(data, "skillnader.xlsx"))
    }

    func report(_ request: Request, _ context: AppContext) async throws -> Response {
        let (_, data, result) = try await scan(request, context)
        try await services.log(context, .exportHTML, "dataset \(data.dataset.id)", "rapport")
        let html = ScanHTMLRenderer(
            detailed: 20, generatedAt: Text.dateTime(Int64(Date().timeIntervalSince1970)), name: data.dataset.name
        ).render(result)
        return Responses.download(
            Array(html.utf8), contentType: .html, fileName: fileName(data, "rapport.html"))
    }

    func chart(_ request: Request, _ context: AppContext) async throws -> Response {
        let (_, data, result) = try await scan(request, context)
        guard let id = Form.query(request)["id"].map(data.differenceId),
            let d = result.differences.first(where: { $0.id == id })
        else {
            throw WebError.notFound
        }
        try await services.log(context, .exportSVG, "dataset \(data.dataset.id)", d.summary)
        let title = (result.disclosureControlled ? "" : ReportText.uncontrolledStamp + " – ") + d.summary
        let svg = HeadlineChart(d, title: title, id: "chart").svg()
        return Responses.download(
            Array(svg.utf8), contentType: .svg, fileName: fileName(data, "diagram.svg"))
    }

    func crossing(_ request: Request, _ context: AppContext, format: ExportKind) async throws -> Response {
        let query = Form.query(request)
        var parameters = ScanParameters(query)
        parameters.cross = max(parameters.cross, 2)
        let user = try context.requireUser()
        let (data, result, _) = try await parameters.scan(services, user: user)
        guard let outcome = query["table"].map(data.outcomeName), let rows = query["rows"].flatMap(data.columnName),
            let columns = query["cols"].flatMap(data.columnName),
            let view = CrossingView(result: result, outcome: outcome, rows: rows, columns: columns)
        else { throw WebError.notFound }
        try await services.log(context, format.auditAction, "dataset \(data.dataset.id)", view.title)
        switch format {
        case .crossingChart:
            return Responses.download(
                Array(view.heatMap(id: "heat").svg().utf8), contentType: .svg,
                fileName: fileName(data, "korsning.svg"))
        case .crossingCSV:
            let csv = view.csv(
                rowsName: rows, columnsName: columns, uncontrolled: !result.disclosureControlled,
                threshold: result.threshold)
            return Responses.download(Array(csv.utf8), contentType: .csv, fileName: fileName(data, "korsning.csv"))
        default:
            var book = XLSXWriter()
            view.addSheets(
                to: &book, rowsName: rows, columnsName: columns, uncontrolled: !result.disclosureControlled,
                threshold: result.threshold)
            return Responses.download(
                try book.data(), contentType: .workbook,
                fileName: fileName(data, "korsning.xlsx"))
        }
    }

    func tables(_ request: Request, _ context: AppContext, excel: Bool) async throws -> Response {
        let (_, data, result) = try await scan(request, context)
        try await services.log(context, excel ? .exportXLSX : .exportCSV, "dataset \(data.dataset.id)", "tabeller")
        if excel {
            var book = XLSXWriter()
            DifferenceSheet.addTables(result, to: &book)
            return Responses.download(
                try book.data(), contentType: .workbook,
                fileName: fileName(data, "tabeller.xlsx"))
        }
        var csv = SwedishCSV()
        if !result.disclosureControlled { csv.append([ReportText.uncontrolledStamp]) }
        csv.append(["utfall", "dimensioner", "grupp", "n", "antal med utfall", "skattning", "KI låg", "KI hög"])
        for table in result.tables {
            for g in table.groups + [table.total] {
                csv.append(
                    [table.outcome, table.dimensions.joined(separator: " × "), g.label]
                        + (g.suppressed
                            ? ["..", "..", "..", "..", ".."]
                            : [
                                SwedishCSV.number(g.n, decimals: 0), SwedishCSV.number(g.count, decimals: 1),
                                SwedishCSV.number(g.estimate),
                                SwedishCSV.number(g.ciLow), SwedishCSV.number(g.ciHigh),
                            ]))
            }
        }
        csv.append([ReportText.suppressionFootnote(threshold: result.threshold)])
        return Responses.download(
            Array(csv.text.utf8), contentType: .csv, fileName: fileName(data, "tabeller.csv"))
    }
}
