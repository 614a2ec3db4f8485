import SkillnadCharts
import SkillnadCore
import SkillnadReport
import SkillnadStorage

/// Builds the step pages' fields from a document.
extension StepModel {
    /// A rating scale with its end points named as in the seed ("1 – oviktigt", "3 – mycket viktigt").
    static func scale(_ range: ClosedRange<Int>, _ value: Int?, low: String = "", high: String = "") -> [Choice] {
        [Choice(value: "", label: "–", checked: value == nil)]
            + range.map { v in
                let anchor = v == range.lowerBound ? low : v == range.upperBound ? high : ""
                return Choice(
                    value: String(v), label: anchor.isEmpty ? String(v) : "\(v) – \(anchor)", checked: v == value)
            }
    }

    static func choices<T: RawRepresentable & CaseIterable & Equatable>(_ value: T?, label: (T) -> String) -> [Choice]
    where T.RawValue == String {
        T.allCases.map { Choice(value: $0.rawValue, label: label($0), checked: $0 == value) }
    }

    /// Radio choices with "Inte besvarat" first, so an answer can be withdrawn.
    static func clearable<T: RawRepresentable & CaseIterable & Equatable>(
        _ value: T?, label: (T) -> String
    )
        -> [Choice]
    where T.RawValue == String {
        [Choice(value: "", label: "Inte besvarat", checked: value == nil)] + choices(value, label: label)
    }

    static func explorerHref(_ s: DifferenceSnapshot) -> String {
        Paths.difference(s.query, id: s.difference.id)
    }

    static func huddinge1(_ d: DifferenceAnalysis, goals: [GoalRecord], sortByD: Bool, base: String) -> Huddinge1 {
        // The rows so far and blank ones to add to (two when there are none yet).
        let blank = [CandidateDifference](repeating: CandidateDifference(id: ""), count: d.differences.isEmpty ? 2 : 1)
        let rows = (d.differences + blank).enumerated().map { i, r in
            DifferenceRow(
                index: i, number: i + 1, id: r.id, measure: r.measure, groups: r.groups, numbers: r.numbers,
                chart: r.snapshot.map { Fragment.chart($0.difference, id: "d\(i)") },
                explorerHref: r.snapshot.map(explorerHref),
                source: r.snapshot.map { "\($0.datasetName), version \($0.datasetVersion)" },
                goals: goals.map {
                    Choice(
                        value: String($0.id), label: "\($0.name) (\($0.level.swedishName))",
                        checked: r.goalIds.contains($0.id))
                }, goalText: r.goalText ?? "",
                a: scale(SignificanceAssessment.scale, r.significance.size, low: "oviktigt", high: "mycket viktigt"),
                b: scale(SignificanceAssessment.scale, r.significance.goal, low: "oviktigt", high: "mycket viktigt"),
                c: scale(SignificanceAssessment.scale, r.significance.impact, low: "oviktigt", high: "mycket viktigt"),
                ac: r.significance.sizeComment,
                bc: r.significance.goalComment, cc: r.significance.impactComment,
                sum: r.significance.sum.map(String.init) ?? "–", chosen: !r.id.isEmpty && r.id == d.chosenDifferenceId,
                isNew: r.id.isEmpty)
        }
        let numbered = d.differences.enumerated().map { (number: $0.offset + 1, row: $0.element) }
        let ordered =
            sortByD
            ? CandidateDifference.sortedBySum(d.differences).compactMap { r in numbered.first { $0.row.id == r.id } }
            : numbered
        func t(_ v: Int?) -> String { v.map(String.init) ?? "–" }
        return Huddinge1(
            rows: rows,
            summary: ordered.map {
                SummaryRow(
                    id: $0.row.id, number: $0.number, measure: $0.row.measure, a: t($0.row.significance.size),
                    b: t($0.row.significance.goal),
                    c: t($0.row.significance.impact), d: t($0.row.significance.sum),
                    chosen: $0.row.id == d.chosenDifferenceId)
            }, sortedByD: sortByD, sortHref: base + (sortByD ? "?sort=ordning" : ""), motivation: d.choiceMotivation,
            hasGoals: !goals.isEmpty, noneChosen: d.chosenDifferenceId == nil)
    }

    static func huddinge2(_ d: DifferenceAnalysis) -> Huddinge2 {
        func pairRows(_ pairs: [CausePair]) -> [PairRow] {
            let filled = pairs.enumerated().map { PairRow(index: $0, number: $0 + 1, factor: $1.factor, norm: $1.norm) }
            return filled
                + (filled.count..<(filled.count + 2)).map { PairRow(index: $0, number: $0 + 1, factor: "", norm: "") }
        }
        let others = d.otherGroupings.enumerated().map { IndexedText(index: $0, number: $0 + 1, text: $1) }
        return Huddinge2(
            chosen: d.chosenDifference.map { "\($0.measure)" + ($0.groups.isEmpty ? "" : " (\($0.groups))") },
            grounds: TargetGround.allCases.map {
                Choice(value: $0.rawValue, label: $0.swedishName, checked: d.targetGrounds.contains($0))
            },
            others: others
                + (others.count..<(others.count + 2)).map { IndexedText(index: $0, number: $0 + 1, text: "") },
            targetSummary: d.targetSummary, society: pairRows(d.societyCauses),
            organisation: pairRows(d.organisationCauses),
            judgement: clearable(d.judgement) { $0.swedishName }, influence: clearable(d.influence) { $0.swedishName },
            proceed: clearable(d.proceed) { $0.swedishName }, proceedReason: d.proceedReason)
    }

    static func measureRows(_ measures: [PlannedMeasure], isu: Bool = false) -> [MeasureRow] {
        let blank = [PlannedMeasure(id: ""), PlannedMeasure(id: "")]
        return (measures + blank).enumerated().map { i, m in
            MeasureRow(
                index: i, number: i + 1, id: m.id, levels: choices(m.level) { $0.swedishName },
                arenas: [Choice(value: "", label: "Inte bestämt", checked: m.arena == nil)]
                    + MeasureArena.allCases.map {
                        Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == m.arena)
                    },
                text: m.text,
                effectText: m.effectText,
                effect: scale(PlannedMeasure.scale, m.effect, low: "liten effekt", high: "stor effekt"),
                resourceText: m.resourceText,
                resources: scale(
                    PlannedMeasure.scale, m.resources, low: isu ? "lätt" : "små resurser",
                    high: isu ? "svår att genomföra" : "stora resurser"), chosen: m.chosen,
                efficiency: isu
                    ? nil
                    : m.effect.flatMap { e in
                        m.resources.map { ResourceEfficiency.describe(effect: e, resources: $0) }
                    }, saved: !m.id.isEmpty)
        }
    }

    static func huddinge3(_ d: DifferenceAnalysis, svgHref: String) -> MeasuresStep {
        MeasuresStep(
            measures: measureRows(d.measures), diagram: Fragment.efficiency(d.measures, id: "eff"),
            svgHref: svgHref, huddinge: true, chosenComment: d.chosenComment, norms: d.normsReflection,
            responsible: d.responsible, implementationDate: d.implementationDate, followUpDate: d.followUpDate,
            governanceComment: d.governanceComment, notes: d.notes, decisions: "", involvement: "",
            gate: d.judgement == .unmotivated
                ? nil
                : Gate(
                    judgement: d.judgement?.swedishName.lowercased() ?? "inte bedömd ännu",
                    proceedAnyway: d.proceedAnyway == true, reason: d.proceedAnywayReason ?? ""),
            gated: !d.measuresOpen)
    }

    static func isu4(_ d: ISUAnalysis, svgHref: String) -> MeasuresStep {
        MeasuresStep(
            measures: measureRows(d.measures, isu: true),
            diagram: Fragment.efficiency(d.measures, id: "eff", labels: .isu), svgHref: svgHref, huddinge: false,
            chosenComment: "", norms: "", responsible: "", implementationDate: "",
            followUpDate: "", governanceComment: "", notes: "", decisions: d.decisions, involvement: d.involvement,
            gate: nil, gated: false)
    }

    static func isu1(_ d: ISUAnalysis) -> ISU1 {
        let rows = d.observations.enumerated().map { i, o in
            ObservationRow(
                index: i, number: i + 1, id: o.id, text: o.text, numbers: o.snapshot?.numbersText,
                chart: o.snapshot.map { Fragment.chart($0.difference, id: "o\(i)") },
                explorerHref: o.snapshot.map(explorerHref), saved: true)
        }
        let blank = (rows.count..<(rows.count + 2)).map {
            ObservationRow(
                index: $0, number: $0 + 1, id: "", text: "", numbers: nil, chart: nil, explorerHref: nil, saved: false)
        }
        return ISU1(
            question: d.question ?? "", dataNeeded: d.dataNeeded ?? "", dataAvailable: d.dataAvailable ?? "",
            observations: rows + blank, seen: d.seen, reliable: clearable(d.reliable) { $0.swedishName },
            relevant: clearable(d.relevant) { $0.swedishName }, current: clearable(d.current) { $0.swedishName },
            qualityComment: d.qualityComment)
    }
}
