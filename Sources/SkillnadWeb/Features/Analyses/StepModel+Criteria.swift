import SkillnadCore
import SkillnadStorage

/// The criteria step: the set-up form and the computed result.
extension StepModel {
    static func criteria(
        _ d: ISUAnalysis, datasets: [DatasetRecord], columns: [StoredColumn], reader: Bool
    ) -> CriteriaStep {
        let setup = d.criteria
        let binary = columns.filter { $0.role == .binaryOutcome }
        let candidates = columns.filter { $0.role != .identifier && $0.role != .period && !$0.sensitive }
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
                    kind: kind.rawValue, label: kind.swedishName, hidden: kind != setup.kind,
                    criteria: kind.criteria.map { c in
                        CriterionRow(
                            id: c.id, title: c.title, needed: c.needed, examples: c.exampleVariables,
                            columns: candidates.filter { $0.name != setup.outcome && $0.name != setup.groupColumn }.map
                            {
                                Choice(
                                    value: $0.name, label: $0.name,
                                    checked: setup.columns[c.id]?.contains($0.name) ?? false)
                            })
                    })
            }, result: d.criteriaResult(forReader: reader).map(criteriaView),
            hasDataset: setup.datasetId != nil && !columns.isEmpty)
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
            conclusion: r.conclusion.swedishName, conclusionClass: r.conclusion.rawValue, rows: rows,
            groups: "\(r.groupColumn): \(r.first) jämfört med \(r.second)", version: r.datasetVersion,
            reminder: CriteriaResult.reminder)
    }
}
