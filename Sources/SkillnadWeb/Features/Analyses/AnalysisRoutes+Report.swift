import Foundation
import Hummingbird
import SkillnadCharts
import SkillnadCore
import SkillnadReport
import SkillnadStorage

/// A whole analysis as a printable report, as an Excel workbook of its tables, and its diagram as SVG.
extension AnalysisRoutes {
    struct ReportModel {
        var id: Int64
        var title: String
        var method: String
        var owner: String
        var participants: String
        var dataset: String?
        var updated: String
        var version: Int
        var goals: [LinkItem]
        var steps: [StepLink]
        /// The steps as read; only what has content.
        var report: [ReportStep]
    }

    func report(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let record = try await load(context)
        let names = try await services.displayNames()
        let goals = try await services.goals.all()
        let participants = try await services.analyses.participants(record.id)
        var dataset: String?
        if let id = record.datasetId { dataset = try await services.datasets.dataset(id: id)?.name }
        let model = ReportModel(
            id: record.id, title: record.title, method: record.method.swedishName,
            owner: record.ownerId.flatMap { names[$0] } ?? "–",
            participants: participants.compactMap { names[$0] }.joined(separator: ", "), dataset: dataset,
            updated: Text.dateTime(record.updatedAt), version: record.version,
            goals: goals.filter { record.document.goalIds.contains($0.id) }.map {
                LinkItem(
                    href: Paths.goal($0.id), label: $0.name,
                    detail: "\($0.level.swedishName)\($0.source.isEmpty ? "" : ", \($0.source)")")
            },
            steps: record.method.steps.map {
                let s = record.document.status($0.id)
                return StepLink(
                    href: "", number: $0.number, title: $0.title, question: $0.question, status: s.swedishName,
                    statusClass: s.rawValue)
            },
            report: ReportBuilder(
                goals: goals, reader: !user.role.canAnalyse, threshold: try await services.threshold()
            ).steps(record.document))
        try await services.log(context, .analysisReport, "analys \(record.id)", "utskriftsversion")
        return Responses.html(
            services.pages.page(
                .analysisReport, title: "Rapport – \(record.title)", model: model, context: context,
                path: Paths.analyses
            ))
    }

    func excel(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let record = try await load(context)
        let goals = try await services.goalNames()
        var book = XLSXWriter()
        typealias C = XLSXWriter.Cell
        book.add(
            name: "Analys", header: ["Uppgift", "Värde"],
            rows: [
                [.text("Rubrik"), .text(record.title)], [.text("Metod"), .text(record.method.swedishName)],
                [.text("Version"), .number(Double(record.version), .integer)],
                [.text("Senast sparad"), .text(Text.dateTime(record.updatedAt))],
            ])
        book.add(
            name: "Alla fält", header: ["Steg", "Fält", "Värde"],
            rows: record.document.fields(goalNames: goals).map { [.text($0.step), .text($0.label), .text($0.value)] })
        func n(_ v: Int?) -> C { v.map { .number(Double($0), .integer) } ?? .empty }
        if let d = record.document.huddinge {
            book.add(
                name: "1.3 Väsentlighet",
                header: ["Nr", "Mått/material", "Grupper", "Siffror", "A storlek", "B mål", "C påverkan", "D summa"],
                rows: d.differences.enumerated().map { i, r in
                    [
                        .number(Double(i + 1), .integer), .text(r.measure), .text(r.groups), .text(r.numbers),
                        n(r.significance.size), n(r.significance.goal), n(r.significance.impact), n(r.significance.sum),
                    ]
                })
        }
        let measures = record.document.measures
        book.add(
            name: "Åtgärder",
            header: [
                "Nr", "Nivå", "Åtgärd", "Effekt (beskrivning)", "Effekt 1–5", "Resurser (beskrivning)", "Resurser 1–5",
                "Vald",
            ],
            rows: measures.enumerated().map { i, m in
                [
                    .number(Double(i + 1), .integer), .text(m.level.swedishName), .text(m.text), .text(m.effectText),
                    n(m.effect), .text(m.resourceText), n(m.resources), .text(m.chosen ? "Ja" : "Nej"),
                ]
            })
        if let r = record.document.isu?.criteriaResult(forReader: !user.role.canAnalyse) {
            // Differences in percentage points, the explained share in percent.
            func points(_ v: Double?) -> C { v.map { .number($0 * 100, .decimal1) } ?? .text(SwedishFormat.suppressed) }
            func p(_ v: Double?) -> C { v.map { .number($0, .pValue) } ?? .text(SwedishFormat.suppressed) }
            book.add(
                name: "Kriterier",
                header: [
                    "Kriterium", "Kolumner", "Skillnad (procentenheter)", "KI låg", "KI hög", "p-värde",
                    "Förklarad andel", "Statistisk läsning",
                ],
                rows: [
                    [
                        .text("Okorrigerad skillnad"), .text(""), points(r.crude), points(r.crudeLow),
                        points(r.crudeHigh),
                        p(r.crudePValue), .empty,
                        .text(
                            "Statistisk läsning: " + (CriteriaRule.statistical(r)?.swedishName.lowercased() ?? "ingen")),
                    ]
                ]
                    + (r.rows + (r.together.map { [$0] } ?? [])).map { row in
                        [
                            .text(row.title), .text(row.columns.joined(separator: ", ")), points(row.estimate),
                            points(row.ciLow), points(row.ciHigh), p(row.pValue),
                            row.explainedShare.map { .number($0, .percent) } ?? .empty, .text(row.verdict.swedishName),
                        ]
                    })
        }
        try await services.log(context, .exportXLSX, "analys \(record.id)", "analysens tabeller")
        return Responses.download(
            try book.data(), contentType: .workbook,
            fileName: "analys-\(record.id).xlsx")
    }

    func efficiencySVG(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let record = try await load(context)
        let measures = record.document.measures
        let labels: EfficiencyMatrix.Labels = record.document.method == .isu ? .isu : .huddinge
        return Responses.svg(Fragment.efficiency(measures, id: "eff", labels: labels).html)
    }
}
