import SkillnadCore
import SkillnadReport

/// The ISU analysis's steps and the criteria appendix as read.
extension ReportBuilder {
    func isu(_ d: ISUAnalysis) -> [ReportStep] {
        let steps = AnalysisMethod.isu.steps
        func title(_ id: AnalysisStepID) -> String {
            steps.first { $0.id == id }.map { "\($0.number). \($0.title)" } ?? ""
        }
        return [
            ReportStep(.first, title: title(.first), parts: isuStep1(d)),
            ReportStep(.criteria, title: title(.criteria), parts: appraisal(d) + [criteria(d)]),
            ReportStep(
                .second, title: title(.second),
                parts: [
                    .text("Individ och grupp", d.individual), .text("Verksamhet och profession", d.organisation),
                    .text("Omvärld och det omgivande samhället", d.world),
                    .text("Genusbias, myter och föreställningar", d.biasCheck),
                ]),
            ReportStep(
                .third, title: title(.third),
                parts: [
                    .text("Tankar, hypoteser och kunskap om orsaker", d.hypotheses),
                    .text("Risk att ojämställdhet eller ojämlikhet upprätthålls", d.inequalityRisk),
                    .text("Risk att normer och föreställningar påverkar resultatet", d.normsRisk ?? ""),
                    .text("Behöver vi veta mer?", d.knowledgeNeeds), .text("Slutsatser", d.conclusions),
                    .text("Liknande slutsatser hos andra", d.comparisons),
                ]),
            ReportStep(
                .fourth, title: title(.fourth),
                parts: [
                    Self.measures(
                        d.measures, heading: "Förslag på åtgärder: effekt i förhållande till insats", isu: true),
                    Self.chosenMeasures(d.measures, comment: "", heading: "Valda åtgärder"),
                    .text("Beslut i verksamheten eller politiken", d.decisions),
                    .text("Involvera, återkoppla och förankra", d.involvement),
                ]),
        ]
    }

    func isuStep1(_ d: ISUAnalysis) -> [ReportPart?] {
        let observations = d.observations.enumerated().map { i, o -> ReportPart in
            var part = ReportPart.text("Iakttagelse \(i + 1)", o.text, o.snapshot?.numbersText ?? "")
            if let s = o.snapshot { part.charts = [Fragment.chart(s.difference, id: "o\(i + 1)")] }
            return part
        }
        return [
            .text("Frågeställning", d.question ?? ""),
            .text("Vilken data behövs för att besvara frågeställningen?", d.dataNeeded ?? ""),
            .text(
                "Finns datan redan tillgänglig eller behöver den kompletteras genom en ny insamling av data?",
                d.dataAvailable ?? ""),
        ] + observations + [
            .text("Vad ser vi?", d.seen),
            .facts(
                "Datakvalitet",
                [
                    ("Tillförlitlig", d.reliable?.swedishName), ("Relevant", d.relevant?.swedishName),
                    ("Aktuell", d.current?.swedishName), ("Kommentar", d.qualityComment),
                ]),
        ]
    }

    /// The conclusion by the seed's rule, the analyst's judgement and each criterion as judged.
    func appraisal(_ d: ISUAnalysis) -> [ReportPart?] {
        let a = CriteriaAppraisal(d, result: d.criteriaResult(forReader: reader), threshold: threshold)
        let judged = a.items.filter { !$0.assessment.isEmpty || $0.verdict != nil }
        guard !judged.isEmpty || a.recorded != nil else { return [] }
        var conclusion = ReportPart.facts(
            d.criteria.kind.swedishName,
            [
                (
                    "Slutsats enligt kriterierna",
                    a.byRule?.swedishName ?? "Inte avgjord – alla kriterier är inte bedömda"
                ),
                ("Er bedömning", a.recorded?.swedishName), ("Motivering", d.judgementReason),
            ])
        if a.differs {
            conclusion.paragraphs = ["Bedömningen skiljer sig från slutsatsen enligt kriterierna; båda redovisas."]
        }
        let criteria = judged.map { item -> ReportPart in
            ReportPart.facts(
                item.criterion.heading,
                [
                    ("Uppgifterna kommer från", item.assessment.source.swedishName),
                    ("Statistisk läsning", item.verdict?.swedishName), ("Antal per grupp", item.countsEvidence),
                    ("Bedömning", item.assessment.judgement?.swedishName),
                    ("Vad uppgifterna visar", item.assessment.reason),
                    ("Källa", item.assessment.informationSource),
                ])
        }
        return [conclusion] + criteria
    }

    /// The criteria result as the viewer may see it (readers: protected for publication).
    func criteria(_ d: ISUAnalysis) -> ReportPart? {
        guard let r = d.criteriaResult(forReader: reader) else { return nil }
        let view = StepModel.criteriaView(r)
        typealias C = ReportTable.Cell
        var part = ReportPart(
            heading: "Statistisk läsning (stöd för bedömningen): \(view.conclusion)",
            paragraphs: [view.groups] + view.lines + [view.reminder])
        part.table = ReportTable(
            caption: "Skillnaden jämförd inom samma nivå av kriteriernas kolumner (datasetversion \(view.version)).",
            header: [
                C(text: "Kriterium"), C(text: "Kolumner"), C(text: "Skillnad", numeric: true), C(text: "95 % KI"),
                C(text: "Förklarad andel", numeric: true), C(text: "Statistisk läsning"),
            ],
            rows: view.rows.map {
                [
                    C(text: $0.title), C(text: $0.columns), C(text: $0.estimate, numeric: true), C(text: $0.interval),
                    C(text: $0.explained, numeric: true), C(text: $0.verdict),
                ]
            })
        return part
    }
}
