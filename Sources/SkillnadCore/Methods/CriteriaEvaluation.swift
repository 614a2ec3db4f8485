/// Computes the ISU appendix criteria: the crude difference in a binary outcome between two groups,
/// the difference adjusted for each mapped criterion and for all together (Mantel–Haenszel, via
/// ``GroupComparison``), a verdict per criterion and the conclusion.
///
/// ```swift
/// var setup = CriteriaSetup.suggested(kind: .decisions, datasetId: 1, outcome: "beviljad_insats",
///                                     groupColumn: "kön", available: table.columnNames)
/// let result = try CriteriaEvaluation.evaluate(table, setup: setup, base: request, datasetVersion: 1)
/// result.conclusion   // .motivated: the need criterion (risk_bbic) explains the difference
/// ```
public enum CriteriaEvaluation {
    /// Evaluates; the base request supplies threshold, period and column roles (disclosure control is always on).
    /// With ``AnalysisRequest/publication`` set, every comparison is read through the frame's
    /// linked pattern, and a criterion whose columns the frame does not publish cannot be computed.
    public static func evaluate(
        _ table: DataTable, setup: CriteriaSetup, base: AnalysisRequest, datasetVersion: Int,
        pattern: DisclosurePattern? = nil
    ) throws -> CriteriaResult {
        guard !setup.outcome.isEmpty, !setup.groupColumn.isEmpty else {
            throw AnalysisError.invalid("Välj utfall och gruppkolumn innan kriterierna beräknas.")
        }
        guard !setup.mapped.isEmpty else {
            throw AnalysisError.invalid("Koppla minst ett kriterium till en eller flera kolumner.")
        }
        var settings = base
        settings.disclosureControl = true
        func compare(_ columns: [String]) throws -> ComparisonReport {
            try GroupComparison.compare(
                table,
                request: CompareRequest(
                    outcome: setup.outcome, by: setup.groupColumn, groups: setup.groups.count == 2 ? setup.groups : nil,
                    adjustFor: columns, base: settings), pattern: pattern)
        }
        let crudeReport = try compare([])
        let crude = crudeReport.crude
        func row(id: String, title: String, columns: [String]) throws -> CriteriaResult.Row {
            let report: ComparisonReport
            do {
                report = try compare(columns)
            } catch AnalysisError.outsideFrame {
                return .init(
                    criterionId: id, title: title, columns: columns, excludedPeople: nil, verdict: .notComputable)
            }
            guard crude != nil, let adjusted = report.adjusted, let share = report.explainedShare else {
                return .init(
                    criterionId: id, title: title, columns: columns,
                    excludedPeople: report.adjusted.map { $0.excludedPeople } ?? 0,
                    verdict: .notComputable)
            }
            return .init(
                criterionId: id, title: title, columns: columns, estimate: adjusted.estimate, ciLow: adjusted.ciLow,
                ciHigh: adjusted.ciHigh, pValue: adjusted.pValue, explainedShare: share,
                excludedPeople: adjusted.excludedPeople,
                verdict: CriterionVerdict.judge(
                    explainedShare: share, adjustedLow: adjusted.ciLow, adjustedHigh: adjusted.ciHigh))
        }
        let rows = try setup.mapped.map {
            try row(id: $0.criterion.id, title: $0.criterion.heading, columns: $0.columns)
        }
        let together =
            setup.mapped.count > 1
            ? try row(id: "alla", title: "Alla kriterier tillsammans", columns: setup.allColumns) : nil
        let groups = crudeReport.groups
        var result = CriteriaResult(
            outcome: setup.outcome, groupColumn: setup.groupColumn, first: groups.first?.label ?? "",
            second: groups.dropFirst().first?.label ?? "",
            firstEstimate: groups.first.flatMap { $0.suppressed ? nil : $0.estimate },
            firstN: groups.first.flatMap { $0.suppressed ? nil : $0.n },
            secondEstimate: groups.dropFirst().first.flatMap { $0.suppressed ? nil : $0.estimate },
            secondN: groups.dropFirst().first.flatMap { $0.suppressed ? nil : $0.n }, crude: crude?.estimate,
            crudeLow: crude?.ciLow, crudeHigh: crude?.ciHigh, crudePValue: crude?.pValue, period: crudeReport.period,
            rows: rows, together: together, conclusion: .notComputable, text: "", datasetVersion: datasetVersion,
            threshold: settings.threshold)
        result.conclusion = conclusion(result)
        result.text = CriteriaText.describe(result)
        return result
    }

    /// The statistical reading (``CriteriaRule/statistical(_:)``): motivated when any criterion or
    /// all together explains the difference, unmotivated when every one was read and none does.
    static func conclusion(_ r: CriteriaResult) -> CriteriaConclusion {
        switch CriteriaRule.statistical(r) {
        case .motivated: .motivated
        case .unmotivated: .unmotivated
        case nil: .notComputable
        }
    }
}
