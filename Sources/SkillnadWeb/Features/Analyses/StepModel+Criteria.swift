import SkillnadCore
import SkillnadStorage

/// The criteria step: the set-up form and the computed result.
extension StepModel {
    static func criteria(
        _ d: ISUAnalysis, datasets: [DatasetRecord], columns: [StoredColumn], reader: Bool, threshold: Int
    ) -> CriteriaStep {
        let setup = d.criteria
        let binary = columns.filter { $0.role == .binaryOutcome }
        let candidates = columns.filter { $0.role != .identifier && $0.role != .period && !$0.sensitive }
        let result = d.criteriaResult(forReader: reader)
        let appraisal = CriteriaAppraisal(d, result: result, threshold: threshold)
        let first = result?.first ?? setup.groups.first ?? "Första gruppen"
        let second = result?.second ?? setup.groups.dropFirst().first ?? "Andra gruppen"
        func number(_ v: Int?) -> String { v.map(String.init) ?? "" }
        return CriteriaStep(
            kinds: choices(setup.kind) { $0.swedishName },
            datasets: datasets.map {
                Choice(value: String($0.id), label: $0.name, checked: $0.id == setup.datasetId)
            },
            outcomes: binary.map { Choice(value: $0.name, label: $0.name, checked: $0.name == setup.outcome) },
            groupColumns: columns.filter { $0.role == .dimension }.map {
                Choice(
                    value: $0.name, label: $0.name + ($0.sensitive ? " (känslig)" : ""),
                    checked: $0.name == setup.groupColumn)
            }, group1: setup.groups.first ?? "", group2: setup.groups.dropFirst().first ?? "",
            criteriaGroups: CriteriaKind.allCases.map { kind in
                CriteriaGroup(
                    kind: kind.rawValue, label: kind.swedishName, lead: kind.lead, hidden: kind != setup.kind,
                    criteria: kind.criteria.map { c in
                        let a = d.assessment(c.id)
                        let item = kind == setup.kind ? appraisal.items.first { $0.criterion.id == c.id } : nil
                        let offered = candidates.filter { $0.name != setup.outcome && $0.name != setup.groupColumn }
                        return CriterionRow(
                            id: c.id, heading: c.heading, neededLead: c.neededLead, needed: c.needed,
                            questions: c.questions.map {
                                QuestionView(
                                    question: $0.question, options: $0.options, hasOptions: !$0.options.isEmpty)
                            },
                            sources: CriterionSource.allCases.map {
                                Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == a.source)
                            },
                            columns: offered.map {
                                Choice(
                                    value: $0.name, label: $0.name,
                                    checked: setup.columns[c.id]?.contains($0.name) ?? false)
                            }, hasColumns: !offered.isEmpty, fromData: a.source == .data,
                            fromCounts: a.source == .counts,
                            characteristic: a.counts.characteristic,
                            firstWith: number(a.counts.firstWith), firstTotal: number(a.counts.firstTotal),
                            secondWith: number(a.counts.secondWith), secondTotal: number(a.counts.secondTotal),
                            first: first, second: second,
                            judgements: [Choice(value: "", label: "Inte bedömt", checked: a.judgement == nil)]
                                + CriterionJudgement.allCases.map {
                                    Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == a.judgement)
                                }, reason: a.reason, informationSource: a.informationSource,
                            reading: item?.verdict.map { "Statistisk läsning: \($0.swedishName.lowercased())." },
                            countsEvidence: item?.countsEvidence, differs: item?.differs ?? false)
                    })
            }, result: result.map(criteriaView), hasDataset: setup.datasetId != nil && !columns.isEmpty,
            appraisal: appraisalView(appraisal, d))
    }

    static func appraisalView(_ a: CriteriaAppraisal, _ d: ISUAnalysis) -> AppraisalView {
        AppraisalView(
            byRule: a.byRule.map { $0.swedishName } ?? "Inte avgjord – alla kriterier är inte bedömda",
            byRuleClass: a.byRule?.rawValue ?? "inte-avgjord",
            judgements: [Choice(value: "", label: "Inte bedömt", checked: d.judgement == nil)]
                + DifferenceJudgement.allCases.map {
                    Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == d.judgement)
                }, reason: d.judgementReason ?? "", differs: a.differs,
            recorded: d.judgement?.swedishName ?? "", aids: a.aids, hasAids: !a.aids.isEmpty,
            reminder: CriteriaResult.reminder)
    }

    static func criteriaView(_ r: CriteriaResult) -> CriteriaView {
        func pp(_ v: Double?) -> String { SwedishFormat.difference(v, kind: .proportion) }
        let rows = (r.rows + (r.together.map { [$0] } ?? [])).map { row in
            CriteriaRowView(
                title: row.title, columns: row.columns.joined(separator: ", "), estimate: pp(row.estimate),
                interval: SwedishFormat.interval(row.ciLow, row.ciHigh, kind: .proportion, difference: true),
                explained: row.explainedShare.map {
                    SwedishFormat.number($0 * 100, decimals: 0) + SwedishFormat.space + "%"
                }
                    ?? SwedishFormat.none, verdict: row.verdict.swedishName, verdictClass: row.verdict.rawValue,
                excluded: row.excludedPeople.map(SwedishFormat.integer) ?? "färre än \(r.threshold)")
        }
        return CriteriaView(
            lines: r.text.split(separator: "\n").map(String.init).filter { $0 != CriteriaResult.reminder },
            conclusion: CriteriaRule.statistical(r)?.swedishName ?? "ingen", conclusionClass: r.conclusion.rawValue,
            rows: rows,
            groups: "\(r.groupColumn): \(r.first) jämfört med \(r.second)", version: r.datasetVersion,
            reminder: CriteriaResult.reminder)
    }
}
