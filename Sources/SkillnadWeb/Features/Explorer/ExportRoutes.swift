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
            try await self.crossing(request, context, format: "svg")
        }
        routes.readers.get("/export/crossing.csv") { request, context in
            try await self.crossing(request, context, format: "csv")
        }
        routes.readers.get("/export/crossing.xlsx") { request, context in
            try await self.crossing(request, context, format: "xlsx")
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
            context, excel ? "export.xlsx" : "export.csv", "dataset \(data.dataset.id)", "rangordnade skillnader")
        if !excel {
            return Responses.download(
                Array(ScanCSVRenderer.render(result).utf8), contentType: .csv,
                fileName: fileName(data, "skillnader.csv"))
        }
        var book = XLSXWriter()
        book.add(name: "Skillnader", rows: DifferenceSheet.rows(result))
        for table in result.tables.prefix(40) {
            book.add(
                name: "\(table.outcome) \(table.dimensions.joined(separator: "×"))", rows: DifferenceSheet.rows(table))
        }
        return Responses.download(
            try book.data(), contentType: .workbook,
            fileName: fileName(data, "skillnader.xlsx"))
    }

    func report(_ request: Request, _ context: AppContext) async throws -> Response {
        let (_, data, result) = try await scan(request, context)
        try await services.log(context, "export.html", "dataset \(data.dataset.id)", "rapport")
        let html = ScanHTMLRenderer(detailed: 20, generatedAt: Text.dateTime(Int64(Date().timeIntervalSince1970)))
            .render(result).replacingOccurrences(
                of: "Skillnader i \(result.source)", with: "Skillnader i \(data.dataset.name)")
        return Responses.download(
            Array(html.utf8), contentType: .html, fileName: fileName(data, "rapport.html"))
    }

    func chart(_ request: Request, _ context: AppContext) async throws -> Response {
        let (_, data, result) = try await scan(request, context)
        guard let id = Form.query(request)["id"], let d = result.differences.first(where: { $0.id == id }) else {
            throw WebError.notFound
        }
        try await services.log(context, "export.svg", "dataset \(data.dataset.id)", d.summary)
        let bars = d.groups.map { BarChart.Bar($0, highlighted: $0.label == d.worseGroup) }
        var svg = BarChart(title: d.summary, kind: d.outcomeKind, bars: bars, id: "chart").svg()
        if !result.disclosureControlled {
            svg = svg.replacingOccurrences(
                of: "<title id=\"chart-t\">", with: "<title id=\"chart-t\">EJ RÖJANDEKONTROLLERAD – ")
        }
        return Responses.download(
            Array(svg.utf8), contentType: .svg, fileName: fileName(data, "diagram.svg"))
    }

    func crossing(_ request: Request, _ context: AppContext, format: String) async throws -> Response {
        let query = Form.query(request)
        var parameters = ScanParameters(query)
        parameters.cross = max(parameters.cross, 2)
        let user = try context.requireUser()
        let (data, result, _) = try await parameters.scan(services, user: user)
        guard let outcome = query["table"], let rows = query["rows"], let columns = query["cols"],
            let view = CrossingView(result: result, outcome: outcome, rows: rows, columns: columns)
        else { throw WebError.notFound }
        try await services.log(context, "export.\(format)", "dataset \(data.dataset.id)", view.title)
        switch format {
        case "svg":
            return Responses.download(
                Array(view.heatMap(id: "heat").svg().utf8), contentType: .svg,
                fileName: fileName(data, "korsning.svg"))
        case "csv":
            var csv = SwedishCSV()
            if !result.disclosureControlled { csv.append([ReportText.uncontrolledStamp]) }
            csv.append(["\(rows) \\ \(columns)"] + view.columnLabels + ["Totalt"])
            for i in view.rowLabels.indices {
                csv.append([view.rowLabels[i]] + view.cells[i].map(view.text) + [view.text(view.rowTotals[i])])
            }
            csv.append(["Totalt"] + view.columnTotals.map(view.text) + [view.text(view.total)])
            csv.append([ReportText.suppressionFootnote(threshold: result.threshold)])
            return Responses.download(
                Array(csv.text.utf8), contentType: .csv, fileName: fileName(data, "korsning.csv"))
        default:
            var book = XLSXWriter()
            var sheet: [[XLSXWriter.Cell]] = [
                [.text("\(rows) \\ \(columns)")] + view.columnLabels.map { .text($0) } + [.text("Totalt")]
            ]
            for i in view.rowLabels.indices {
                sheet.append(
                    [.text(view.rowLabels[i])] + view.cells[i].map { .text(view.text($0)) } + [
                        .text(view.text(view.rowTotals[i]))
                    ])
            }
            book.add(name: "Korsning", rows: sheet)
            return Responses.download(
                try book.data(), contentType: .workbook,
                fileName: fileName(data, "korsning.xlsx"))
        }
    }

    func tables(_ request: Request, _ context: AppContext, excel: Bool) async throws -> Response {
        let (_, data, result) = try await scan(request, context)
        try await services.log(context, excel ? "export.xlsx" : "export.csv", "dataset \(data.dataset.id)", "tabeller")
        if excel {
            var book = XLSXWriter()
            for table in result.tables {
                book.add(
                    name: "\(table.outcome) \(table.dimensions.joined(separator: "×"))",
                    rows: DifferenceSheet.rows(table))
            }
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

/// Sheets of scan results for Excel.
enum DifferenceSheet {
    static func number(_ v: Double?) -> XLSXWriter.Cell { v.map { .number($0) } ?? .empty }

    static func rows(_ result: ScanResult) -> [[XLSXWriter.Cell]] {
        var rows: [[XLSXWriter.Cell]] = []
        if !result.disclosureControlled { rows.append([.text(ReportText.uncontrolledStamp)]) }
        rows.append(
            [
                "rang", "poäng", "utfall", "dimensioner", "jämförelse", "beskrivning", "skillnad", "KI låg", "KI hög",
                "kvot", "p", "q", "överskott", "storlek", "berörda", "evidens", "mål",
            ]
            .map { .text($0) })
        for d in result.differences {
            rows.append([
                .number(Double(d.rank)), .number(d.score), .text(d.outcome),
                .text(d.dimensions.joined(separator: " × ")),
                .text(d.comparison.swedishName), .text(d.summary), .number(d.estimate), number(d.ciLow),
                number(d.ciHigh),
                number(d.ratio), number(d.pValue), number(d.qValue), number(d.excessCount),
                .number(d.scoreComponents.size),
                .number(d.scoreComponents.affected), .number(d.scoreComponents.evidence),
                .number(d.scoreComponents.goal),
            ])
        }
        rows.append([.text(ReportText.suppressionFootnote(threshold: result.threshold))])
        return rows
    }

    static func rows(_ table: DimensionSummary) -> [[XLSXWriter.Cell]] {
        var rows: [[XLSXWriter.Cell]] = [
            ["grupp", "n", "antal med utfall", "skattning", "KI låg", "KI hög"].map { .text($0) }
        ]
        for g in table.groups + [table.total] {
            if g.suppressed {
                rows.append([.text(g.label), .text(".."), .text(".."), .text(".."), .text(".."), .text("..")])
            } else {
                rows.append([
                    .text(g.label), number(g.n), number(g.count), number(g.estimate), number(g.ciLow), number(g.ciHigh),
                ])
            }
        }
        if !table.measures.isEmpty {
            rows.append([])
            rows.append(["mått", "värde", "KI låg", "KI hög"].map { .text($0) })
            for m in table.measures {
                rows.append([
                    .text(m.kind.swedishName), .number(m.value), number(m.interval?.lower), number(m.interval?.upper),
                ])
            }
        }
        return rows
    }
}
