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
        var snapshots: [SnapshotView]
        var h: HuddingeReport?
        var i: ISUReport?
        var diagram: SafeHTML
        var measures: [MeasureLine]
        var hasMeasures: Bool
    }

    struct MeasureLine {
        var number: Int
        var level: String
        var text: String
        var effectText: String
        var effect: String
        var resourceText: String
        var resources: String
        var efficiency: String
        var chosen: Bool
    }

    struct HuddingeReport {
        var rows: [StepModel.SummaryRow]
        var details: [StepModel.DifferenceRow]
        var chosen: String
        var motivation: String
        var grounds: String
        var others: String?
        var targetSummary: String
        var society: [StepModel.PairRow]
        var organisation: [StepModel.PairRow]
        var judgement: String
        var influence: String
        var proceed: String
        var proceedReason: String
        var chosenComment: String
        var norms: String
        var responsible: String
        var implementationDate: String
        var followUpDate: String
        var governanceComment: String
        var notes: String
    }

    struct ISUReport {
        var observations: [StepModel.ObservationRow]
        var seen: String
        var reliable: String
        var relevant: String
        var current: String
        var qualityComment: String
        var criteria: StepModel.CriteriaView?
        var individual: String
        var organisation: String
        var world: String
        var bias: String
        var hypotheses: String
        var inequalityRisk: String
        var knowledgeNeeds: String
        var conclusions: String
        var comparisons: String
        var decisions: String
        var involvement: String
    }

    static func measureLines(_ measures: [PlannedMeasure]) -> [MeasureLine] {
        measures.enumerated().map { i, m in
            MeasureLine(
                number: i + 1, level: m.level.swedishName, text: m.text, effectText: m.effectText,
                effect: m.effect.map(String.init) ?? "–", resourceText: m.resourceText,
                resources: m.resources.map(String.init) ?? "–",
                efficiency: m.effect.flatMap { e in
                    m.resources.map { ResourceEfficiency.describe(effect: e, resources: $0) }
                }
                    ?? "", chosen: m.chosen)
        }
    }

    func report(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let record = try await load(context)
        let names = try await services.displayNames()
        let goals = try await services.goals.all()
        let participants = try await services.analyses.participants(record.id)
        var dataset: String?
        if let id = record.datasetId { dataset = try await services.datasets.dataset(id: id)?.name }
        let measures = record.document.measures
        var model = ReportModel(
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
            }, snapshots: try await snapshotViews(record.document, user: user), h: nil, i: nil,
            diagram: Fragment.efficiency(measures, id: "eff"), measures: Self.measureLines(measures),
            hasMeasures: !measures.isEmpty)
        switch record.document.content {
        case .huddinge(let d):
            let step1 = StepModel.huddinge1(d, goals: goals, sortByD: true, base: "")
            let step2 = StepModel.huddinge2(d)
            model.h = HuddingeReport(
                rows: step1.summary, details: step1.rows.filter { !$0.isNew },
                chosen: step2.chosen ?? "Ingen vald ännu",
                motivation: d.choiceMotivation,
                grounds: TargetGround.allCases.filter(d.targetGrounds.contains).map(\.swedishName).joined(
                    separator: ", "),
                others: d.otherGroupings.isEmpty ? nil : d.otherGroupings.joined(separator: ", "),
                targetSummary: d.targetSummary,
                society: step2.society.filter { !$0.factor.isEmpty || !$0.norm.isEmpty },
                organisation: step2.organisation.filter { !$0.factor.isEmpty || !$0.norm.isEmpty },
                judgement: d.judgement?.swedishName ?? "–", influence: d.influence?.swedishName ?? "–",
                proceed: d.proceed?.swedishName ?? "–", proceedReason: d.proceedReason, chosenComment: d.chosenComment,
                norms: d.normsReflection, responsible: d.responsible, implementationDate: d.implementationDate,
                followUpDate: d.followUpDate, governanceComment: d.governanceComment, notes: d.notes)
        case .isu(let d):
            model.i = ISUReport(
                observations: StepModel.isu1(d).observations.filter { !$0.id.isEmpty }, seen: d.seen,
                reliable: d.reliable?.swedishName ?? "–", relevant: d.relevant?.swedishName ?? "–",
                current: d.current?.swedishName ?? "–", qualityComment: d.qualityComment,
                criteria: d.criteriaResult(forReader: !user.role.canAnalyse).map(StepModel.criteriaView),
                individual: d.individual,
                organisation: d.organisation, world: d.world, bias: d.biasCheck, hypotheses: d.hypotheses,
                inequalityRisk: d.inequalityRisk, knowledgeNeeds: d.knowledgeNeeds, conclusions: d.conclusions,
                comparisons: d.comparisons, decisions: d.decisions, involvement: d.involvement)
        }
        try await services.log(context, "analysis.report", "analys \(record.id)", "utskriftsversion")
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
            name: "Analys",
            rows: [
                [.text("Rubrik"), .text(record.title)], [.text("Metod"), .text(record.method.swedishName)],
                [.text("Version"), .number(Double(record.version))],
                [.text("Senast sparad"), .text(Text.dateTime(record.updatedAt))],
            ])
        book.add(
            name: "Alla fält",
            rows: [[C.text("Steg"), .text("Fält"), .text("Värde")]]
                + record.document.fields(goalNames: goals).map { [.text($0.step), .text($0.label), .text($0.value)] })
        func n(_ v: Int?) -> C { v.map { .number(Double($0)) } ?? .empty }
        if let d = record.document.huddinge {
            book.add(
                name: "1.3 Väsentlighet",
                rows: [
                    [
                        C.text("Nr"), .text("Mått/material"), .text("Grupper"), .text("Siffror"), .text("A storlek"),
                        .text("B mål"), .text("C påverkan"), .text("D summa"),
                    ]
                ]
                    + d.differences.enumerated().map { i, r in
                        [
                            .number(Double(i + 1)), .text(r.measure), .text(r.groups), .text(r.numbers),
                            n(r.significance.size), n(r.significance.goal), n(r.significance.impact),
                            n(r.significance.sum),
                        ]
                    })
        }
        let measures = record.document.measures
        book.add(
            name: "Åtgärder",
            rows: [
                [
                    C.text("Nr"), .text("Nivå"), .text("Åtgärd"), .text("Effekt (beskrivning)"), .text("Effekt 1–5"),
                    .text("Resurser (beskrivning)"), .text("Resurser 1–5"), .text("Vald"),
                ]
            ]
                + measures.enumerated().map { i, m in
                    [
                        .number(Double(i + 1)), .text(m.level.swedishName), .text(m.text), .text(m.effectText),
                        n(m.effect), .text(m.resourceText), n(m.resources), .text(m.chosen ? "Ja" : "Nej"),
                    ]
                })
        if let r = record.document.isu?.criteriaResult(forReader: !user.role.canAnalyse) {
            func num(_ v: Double?) -> C { v.map { .number($0) } ?? .text("..") }
            book.add(
                name: "Kriterier",
                rows: [
                    [
                        C.text("Kriterium"), .text("Kolumner"), .text("Skillnad"), .text("KI låg"), .text("KI hög"),
                        .text("p"), .text("Förklarad andel"), .text("Bedömning"),
                    ]
                ]
                    + [
                        [
                            .text("Okorrigerad skillnad"), .text(""), num(r.crude), num(r.crudeLow), num(r.crudeHigh),
                            num(r.crudePValue), .empty, .text(r.conclusion.swedishName),
                        ]
                    ]
                    + (r.rows + (r.together.map { [$0] } ?? [])).map { row in
                        [
                            .text(row.title), .text(row.columns.joined(separator: ", ")), num(row.estimate),
                            num(row.ciLow), num(row.ciHigh), num(row.pValue), num(row.explainedShare),
                            .text(row.verdict.swedishName),
                        ]
                    })
        }
        try await services.log(context, "export.xlsx", "analys \(record.id)", "analysens tabeller")
        return Responses.download(
            try book.data(), contentType: .workbook,
            fileName: "analys-\(record.id).xlsx")
    }

    func efficiencySVG(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        let record = try await load(context)
        let measures = record.document.measures
        return Responses.svg(Fragment.efficiency(measures, id: "eff").html)
    }
}
