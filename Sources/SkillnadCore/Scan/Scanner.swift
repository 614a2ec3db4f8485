/// The difference scan: every outcome by every dimension and crossing, compared, tested,
/// disclosure-controlled and ranked.
///
/// ```swift
/// let request = AnalysisRequest(outcomes: ["beviljad"], dimensions: ["kön", "område"], crossDepth: 2)
/// let result = try Scanner.scan(table, request: request)
/// result.differences.first?.summary
/// ```
public enum Scanner {
    /// Scans a table. With ``AnalysisRequest/publication`` set, the cells are hidden as the
    /// frame's linked pattern says; pass the pattern when it is cached, else it is computed.
    public static func scan(
        _ table: DataTable, request: AnalysisRequest, pattern: DisclosurePattern? = nil
    ) throws -> ScanResult {
        let data = try AnalysisPreparation.prepare(table, request: request)
        // Published tables one dimension at a time: each table takes the total rows of the other
        // columns (as published), not the sum of their parts, which suppression or rounding at
        // the source can make differ.
        if request.publication == nil, request.crossDepth == 1, data.shape == .aggregated, data.dimensions.count > 1,
            data.dimensions.contains(where: { !$0.totalLevels.isEmpty })
        {
            let separate = try request.dimensions.map { dimension in
                var single = request
                single.dimensions = [dimension]
                return try AnalysisPreparation.prepare(table, request: single)
            }
            return try scan(separate, request: request)
        }
        var publication: PublicationCells?
        if let frame = request.publication {
            let pattern = try pattern ?? LinkedSuppression.protect(table, frame: frame, base: request)
            publication = try PublicationCells(pattern: pattern, data: data, request: request)
        }
        return try scan(data, request: request, publication: publication)
    }

    /// Scans prepared data.
    static func scan(
        _ data: AnalysisData, request: AnalysisRequest, publication: PublicationCells? = nil
    ) throws -> ScanResult {
        try scan([data], request: request, publication: publication)
    }

    /// Scans data prepared in parts (one per dimension for published count tables), ranking and
    /// controlling false discoveries over all of them together.
    static func scan(
        _ parts: [AnalysisData], request: AnalysisRequest, publication: PublicationCells? = nil
    ) throws -> ScanResult {
        guard let data = parts.first else { throw AnalysisError.noDimensions }
        var findings: [Finding] = []
        var withheld: [SuppressedComparison] = []
        var tables: [DimensionSummary] = []
        var outcomes: [ScanResult.OutcomeInfo] = []
        var scanNotes: [String] = []
        for part in parts {
            for index in part.outcomes.indices {
                var scan = try OutcomeScan(data: part, outcomeIndex: index, request: request, publication: publication)
                scan.run()
                findings += scan.findings
                withheld += scan.withheld
                tables += scan.summaries
                scanNotes += scan.notes
                let o = part.outcomes[index]
                if !outcomes.contains(where: { $0.name == o.name }) {
                    outcomes.append(
                        .init(
                            name: o.name, kind: o.kind, higherIsBetter: o.higherIsBetter,
                            directionUnknown: request.isDirectionUnknown(o.name) ? true : nil, n: scan.totalPeople))
                }
            }
        }
        var differences = rank(findings, request: request)
        for i in differences.indices where request.isDirectionUnknown(differences[i].outcome) {
            differences[i].directionUnknown = true
        }
        agreeTrendWording(&tables, with: differences)
        var notes: [String] = []
        for note in parts.flatMap(\.notes) + scanNotes where !notes.contains(note) { notes.append(note) }
        if data.outcomes.contains(where: { $0.kind == .value }) {
            notes.append("Aggregerade värden utan antal saknar spridningsmått: skillnader redovisas utan test.")
        }
        if !request.disclosureControl {
            notes.insert("EJ RÖJANDEKONTROLLERAD: små grupper visas utan skydd.", at: 0)
        } else if publication == nil {
            notes.insert(
                "Röjandekontrollerad per tabell: exakta tal för analytiker, inte för publicering. "
                    + "Tabeller ur olika uttag kan tillsammans röja dolda celler.", at: 0)
        } else {
            notes.append(
                "Publiceringsskydd: alla tabeller ur datasetet döljer samma celler, och ingen dold grupp kan räknas "
                    + "fram ur dem tillsammans.")
        }
        return ScanResult(
            source: data.source, shape: data.shape, outcomes: outcomes,
            dimensions: parts.flatMap { $0.dimensions.map(\.name) },
            crossDepth: request.crossDepth, threshold: request.threshold,
            disclosureControlled: request.disclosureControl, published: publication != nil,
            period: data.selectedPeriodLabel,
            differences: differences, suppressedComparisons: withheld, tables: tables, notes: notes)
    }

    /// Words each table's gap trend as its ranked trend difference does: a change that does not
    /// hold after false-discovery-rate control is "ingen säker förändring".
    static func agreeTrendWording(_ tables: inout [DimensionSummary], with differences: [Difference]) {
        for i in tables.indices {
            guard tables[i].trend?.gap != nil else { continue }
            let match = differences.first {
                $0.comparison == .trend && $0.outcome == tables[i].outcome && $0.dimensions == tables[i].dimensions
            }
            guard let match else { continue }
            tables[i].trend?.gap?.qValue = match.qValue
            if !match.holds { tables[i].trend?.gap?.direction = .stable }
        }
    }

    /// Adds q-values, scores and ranks.
    static func rank(_ findings: [Finding], request: AnalysisRequest) -> [Difference] {
        let q = BenjaminiHochberg.qValues(findings.map { $0.difference.pValue ?? .nan })
        let scoringQ = BenjaminiHochberg.qValues(findings.map { $0.scoringPValue ?? $0.difference.pValue ?? .nan })
        var differences: [Difference] = []
        for (i, finding) in findings.enumerated() {
            var d = finding.difference
            d.qValue = q[i].isNaN ? nil : q[i]
            let priority = request.goalPriority.first { ColumnName.key($0.key) == ColumnName.key(d.outcome) }?.value
            let components = ScoreComponents.compute(
                kind: d.outcomeKind, difference: finding.sizeDifference, ratio: finding.scoringRatio ?? d.ratio,
                standardDeviation: finding.standardDeviation, excessCount: d.excessCount, affectedPeople: d.affected,
                qValue: scoringQ[i].isNaN ? nil : scoringQ[i], goalPriority: priority)
            d.scoreComponents = components
            d.score = components.score
            if !d.holds, let uncertain = finding.uncertainWording {
                d.summary = uncertain.summary
                d.notes = uncertain.notes
            }
            differences.append(d)
        }
        differences.sort { a, b in
            if a.holds != b.holds { return a.holds }
            if a.score != b.score { return a.score > b.score }
            return (a.pValue ?? 1) < (b.pValue ?? 1)
        }
        for i in differences.indices { differences[i].rank = i + 1 }
        return differences
    }
}

/// A difference before ranking, with what scoring needs beyond the published fields.
struct Finding {
    /// The difference (rank, score and q-value still unset).
    var difference: Difference
    /// The difference used for the size component (the gap's total change for trends).
    var sizeDifference: Double
    /// Pooled standard deviation (means), for the size component.
    var standardDeviation: Double?
    /// For crossing cells: the p-value of the interaction, which the evidence component uses.
    var scoringPValue: Double?
    /// For crossing cells: the ratio of the cell to its additive expectation.
    var scoringRatio: Double?
    /// For trends: the sentence and notes to use when the change does not hold after
    /// false-discovery-rate control (the wording follows the test, not the raw p-value).
    var uncertainWording: (summary: String, notes: [String])?
}
