import SkillnadCore
import SkillnadReport

/// Huddinge's three steps as read.
extension ReportBuilder {
    func huddinge(_ d: DifferenceAnalysis) -> [ReportStep] {
        let steps = AnalysisMethod.huddinge.steps
        func title(_ id: AnalysisStepID) -> String {
            steps.first { $0.id == id }.map { "\($0.number). \($0.title)" } ?? ""
        }
        return [
            ReportStep(.first, title: title(.first), parts: huddingeStep1(d)),
            ReportStep(.second, title: title(.second), parts: huddingeStep2(d)),
            ReportStep(.third, title: title(.third), parts: huddingeStep3(d)),
        ]
    }

    func huddingeStep1(_ d: DifferenceAnalysis) -> [ReportPart?] {
        typealias C = ReportTable.Cell
        func t(_ v: Int?) -> C { C(text: v.map(String.init) ?? "–", numeric: true) }
        let numbered = d.differences.enumerated().map { (number: $0.offset + 1, row: $0.element) }
        let ordered = CandidateDifference.sortedBySum(d.differences).compactMap { r in
            numbered.first { $0.row.id == r.id }
        }
        let summary = ReportPart(
            heading: "1.1–1.3 Skillnader, målkoppling och väsentlighet",
            table: ReportTable(
                caption: "Sorterade efter D (summan av A, B och C).",
                header: [
                    C(text: "Nr", numeric: true), C(text: "Mått/material"), C(text: "A storlek", numeric: true),
                    C(text: "B mål", numeric: true), C(text: "C påverkan", numeric: true),
                    C(text: "D summa", numeric: true),
                ],
                rows: ordered.map { n, r in
                    [
                        C(text: String(n), numeric: true),
                        C(text: r.measure + (r.id == d.chosenDifferenceId ? " (vald)" : "")), t(r.significance.size),
                        t(r.significance.goal), t(r.significance.impact), t(r.significance.sum),
                    ]
                }))
        let details = numbered.map { n, r -> ReportPart in
            var part = ReportPart.facts(
                "Skillnad \(n): \(r.measure.isEmpty ? "utan namn" : r.measure)",
                [
                    ("Grupper", r.groups), ("Siffror", r.numbers),
                    ("Källa", r.snapshot.map { "\($0.datasetName), version \($0.datasetVersion)" }),
                    (
                        "Mål",
                        (goals.filter { r.goalIds.contains($0.id) }.map { "\($0.name) (\($0.level.swedishName))" }
                            + (r.goalText.map { [$0] } ?? [])).joined(separator: "; ")
                    ),
                    ("A storlek", r.significance.sizeComment), ("B mål", r.significance.goalComment),
                    ("C påverkan", r.significance.impactComment),
                ])
            if let s = r.snapshot { part.charts = [Fragment.chart(s.difference, id: "d\(n)")] }
            return part
        }
        let chosen = d.chosenDifference.map { c in
            let n = (d.differences.firstIndex { $0.id == c.id } ?? 0) + 1
            return "Skillnad \(n): \(c.measure)"
        }
        return [summary] + details + [.text("1.4 Vald skillnad", chosen ?? "", d.choiceMotivation)]
    }

    func huddingeStep2(_ d: DifferenceAnalysis) -> [ReportPart?] {
        typealias C = ReportTable.Cell
        func causes(_ pairs: [CausePair], _ heading: String) -> ReportPart {
            ReportPart(
                heading: heading,
                table: ReportTable(
                    caption: nil, header: [C(text: "Konkreta faktorer"), C(text: "Normer och föreställningar")],
                    rows: pairs.filter { !$0.factor.isEmpty || !$0.norm.isEmpty }.map {
                        [C(text: $0.factor), C(text: $0.norm)]
                    }))
        }
        var target = ReportPart.text("2.1 Målgrupp", d.targetSummary)
        target.list =
            TargetGround.allCases.filter(d.targetGrounds.contains).map(\.swedishName)
            + d.otherGroupings.filter { !$0.isEmpty }
        let decision = ReportPart.facts(
            "2.3 Behöver åtgärder vidtas?",
            [
                ("Skillnaden är", d.judgement?.swedishName), ("Kan vi påverka den", d.influence?.swedishName),
                ("Gå vidare med åtgärd", d.proceed.map { Self.continuing($0.swedishName, d.proceedReason) }),
            ])
        return [
            target, causes(d.societyCauses, "2.2.1 Orsaker på samhällsnivå"),
            causes(d.organisationCauses, "2.2.2 Orsaker inom verksamheten"), decision,
        ]
    }

    func huddingeStep3(_ d: DifferenceAnalysis) -> [ReportPart?] {
        var governance = ReportPart.facts(
            "3.7 Ordinarie styrning",
            [
                ("Ansvarig", d.responsible), ("Genomförs senast", d.implementationDate),
                ("Följs upp", d.followUpDate),
            ])
        governance.paragraphs = [d.governanceComment].map(ReportPart.trimmed).filter { !$0.isEmpty }
        return [
            d.proceedAnyway == true && d.judgement != .unmotivated
                ? .text(
                    "Steg 3 trots att skillnaden inte bedömts som omotiverad",
                    d.proceedAnywayReason ?? "Ingen motivering angiven.") : nil,
            Self.measures(d.measures, heading: "3.1–3.4 Åtgärder, effekt och resurser"),
            Self.chosenMeasures(d.measures, comment: d.chosenComment, heading: "3.5 Valda åtgärder"),
            .text("3.6 Påverkan på normer", d.normsReflection), governance, .text("Anteckningar", d.notes),
        ]
    }
}
