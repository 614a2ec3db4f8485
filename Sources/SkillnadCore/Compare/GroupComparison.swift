import Foundation

/// Compares one outcome between two groups, crude and adjusted for stratifying columns.
///
/// ```swift
/// let request = CompareRequest(outcome: "beviljad_insats", by: "kön", adjustFor: ["risk_bbic"])
/// let report = try GroupComparison.compare(table, request: request)
/// report.explainedShare   // ≈ 1: the risk assessment explains the difference
/// ```
public enum GroupComparison {
    /// Runs the comparison. With ``AnalysisRequest/publication`` set on the base request, groups
    /// and strata are hidden as the frame's linked pattern says, and only published strata enter
    /// the adjustment; pass the pattern when it is cached, else it is computed.
    public static func compare(
        _ table: DataTable, request: CompareRequest, pattern: DisclosurePattern? = nil
    ) throws -> ComparisonReport {
        let data = try AnalysisPreparation.prepare(table, request: request.base)
        var publication: PublicationCells?
        if let frame = request.base.publication {
            var strata = request.base
            strata.crossDepth = strata.dimensions.count
            let pattern = try pattern ?? LinkedSuppression.protect(table, frame: frame, base: request.base)
            publication = try PublicationCells(pattern: pattern, data: data, request: strata)
        }
        return try compare(data, request: request, publication: publication)
    }

    /// Runs the comparison on prepared data (dimension 0 = groups, the rest = strata).
    static func compare(
        _ data: AnalysisData, request: CompareRequest, publication: PublicationCells? = nil
    ) throws -> ComparisonReport {
        // The columns under their names in the table (asked for by a code or another spelling).
        var request = request
        request.adjustFor = data.dimensions.dropFirst().map(\.name)
        let outcome = data.outcomes[0]
        let groupDimension = data.dimensions[0]
        let (first, second) = try chooseGroups(groupDimension, requested: request.groups)
        if !request.adjustFor.isEmpty && outcome.kind != .proportion {
            throw AnalysisError.adjustmentNeedsBinary(outcome: outcome.name, kind: outcome.kind)
        }
        let scope = Tabulator.PeriodScope.slice(data.selectedPeriod)
        let dims = Array(data.dimensions.indices)
        let full = Tabulator.tabulate(data, outcome: 0, dimensions: dims, scope: scope)
        let groupsTable = full.marginal(keeping: [0])
        let threshold = request.base.threshold
        let controlled = request.base.disclosureControl
        let rule = DisclosureRule(threshold: threshold)

        // Strata: every combination of the stratifying columns' slots.
        let strataShape = Array(full.shape.dropFirst())
        let strataCount = strataShape.reduce(1, *)
        var strataCells: [(first: CellStatistics, second: CellStatistics, slots: [Int])] = []
        for s in 0..<strataCount {
            var slots = [Int](repeating: 0, count: strataShape.count)
            var rest = s
            for p in stride(from: strataShape.count - 1, through: 0, by: -1) {
                slots[p] = rest % strataShape[p]
                rest /= strataShape[p]
            }
            let a = full.cells[full.index(of: [first] + slots)]
            let b = full.cells[full.index(of: [second] + slots)]
            if a.n + b.n > 0 { strataCells.append((a, b, slots)) }
        }

        // Disclosure control over the groups and the strata × group table.
        var graph = DisclosureGraph()
        let binary = outcome.kind == .proportion
        let g1 = graph.addCell(
            people: groupsTable.cells[first].people, events: binary ? groupsTable.cells[first].events : nil)
        let g2 = graph.addCell(
            people: groupsTable.cells[second].people, events: binary ? groupsTable.cells[second].events : nil)
        var memberIndex: [(Int, Int)] = []
        for stratum in strataCells {
            let i1 = graph.addCell(people: stratum.first.people, events: binary ? stratum.first.events : nil)
            let i2 = graph.addCell(people: stratum.second.people, events: binary ? stratum.second.events : nil)
            memberIndex.append((i1, i2))
        }
        if !strataCells.isEmpty && !request.adjustFor.isEmpty {
            graph.lines.append(.init(margin: g1, members: memberIndex.map(\.0)))
            graph.lines.append(.init(margin: g2, members: memberIndex.map(\.1)))
        }
        var suppressed =
            controlled ? SecondarySuppression.apply(graph, rule: rule) : [Bool](repeating: false, count: graph.count)
        if let publication {
            func hidden(_ dims: [Int], _ slots: [Int]) -> Bool {
                let key = TableKey(dimensions: dims, period: data.selectedPeriod)
                return publication.status(outcome: outcome.name, key: key, slots: slots) != .published
            }
            suppressed[g1] = hidden([0], [first])
            suppressed[g2] = hidden([0], [second])
            for (index, stratum) in strataCells.enumerated() {
                let (i1, i2) = memberIndex[index]
                suppressed[i1] = hidden(dims, [first] + stratum.slots)
                suppressed[i2] = hidden(dims, [second] + stratum.slots)
            }
        }

        let formatter = GroupFormatter(outcome: outcome)
        let firstResult = formatter.result(
            groupsTable.cells[first], key: [groupDimension.name: groupDimension.label(first)],
            label: groupDimension.label(first), suppressed: suppressed[g1])
        let secondResult = formatter.result(
            groupsTable.cells[second], key: [groupDimension.name: groupDimension.label(second)],
            label: groupDimension.label(second), suppressed: suppressed[g2])
        var notes = data.notes
        var crude: ComparisonReport.Crude?
        if !suppressed[g1] && !suppressed[g2],
            let numbers = PairComparison(groupsTable.cells[first], groupsTable.cells[second], kind: outcome.kind)
        {
            crude = ComparisonReport.Crude(
                estimate: numbers.estimate, ciLow: numbers.interval?.lower.finite,
                ciHigh: numbers.interval?.upper.finite,
                pValue: numbers.pValue?.finite, test: numbers.method.rawValue, testName: numbers.method.swedishName,
                ratio: numbers.ratio?.finite, ratioLow: numbers.ratioInterval?.lower.finite,
                ratioHigh: numbers.ratioInterval?.upper.finite)
            notes += numbers.notes
        } else {
            notes.append("Jämförelsen döljs av röjandekontrollen: minst en grupp är för liten.")
        }

        var adjusted: ComparisonReport.Adjusted?
        var explained: Double?
        var strataResults: [ComparisonReport.StratumResult] = []
        if let publication, !request.adjustFor.isEmpty,
            publication.isOutside(outcome: outcome.name, key: TableKey(dimensions: dims, period: data.selectedPeriod))
        {
            notes.append(
                "Justeringen för \(request.adjustFor.joined(separator: ", ")) kan inte publiceras: tabellen skulle röja små grupper."
            )
        } else if !request.adjustFor.isEmpty {
            let strataDimensions = Array(data.dimensions.dropFirst())
            for (index, stratum) in strataCells.enumerated() {
                var key: [String: String] = [:]
                var labels: [String] = []
                for (d, slot) in zip(strataDimensions, stratum.slots) {
                    key[d.name] = d.label(slot)
                    labels.append(d.label(slot))
                }
                let label = labels.joined(separator: " × ")
                let (i1, i2) = memberIndex[index]
                strataResults.append(
                    .init(
                        label: label, key: key,
                        first: formatter.result(stratum.first, key: key, label: label, suppressed: suppressed[i1]),
                        second: formatter.result(stratum.second, key: key, label: label, suppressed: suppressed[i2])))
            }
            // For publication only strata shown in full enter the adjustment: an estimate over hidden
            // strata, with the margins, would give their counts back. Analysts' own (exact, not for
            // publication) comparison uses every stratum.
            let usable = strataCells.indices.filter { index in
                publication == nil || (!suppressed[memberIndex[index].0] && !suppressed[memberIndex[index].1])
            }
            if usable.count < strataCells.count {
                notes.append(
                    "\(strataCells.count - usable.count) strata döljs av röjandekontrollen och ingår inte i justeringen."
                )
            }
            let strata = usable.map { strataCells[$0] }.map {
                Stratum(label: "", events1: $0.first.sum, n1: $0.first.n, events0: $0.second.sum, n0: $0.second.n)
            }
            if crude != nil, let comparison = AdjustedComparison(strata: strata) {
                let mh = comparison.mantelHaenszel
                let ds = comparison.standardised
                adjusted = ComparisonReport.Adjusted(
                    estimate: mh.riskDifference, ciLow: mh.riskDifferenceInterval.lower,
                    ciHigh: mh.riskDifferenceInterval.upper, pValue: mh.pValue, method: "mantel-haenszel",
                    oddsRatio: mh.oddsRatio, oddsRatioLow: mh.oddsRatioInterval.lower,
                    oddsRatioHigh: mh.oddsRatioInterval.upper, standardisedEstimate: ds.difference,
                    standardisedLow: ds.differenceInterval.lower, standardisedHigh: ds.differenceInterval.upper,
                    strataUsed: mh.strataUsed,
                    excludedPeople: controlled && rule.isPrimary(people: ds.excluded, events: nil) ? nil : ds.excluded)
                explained = comparison.explainedShare.finite
                if ds.excluded > 0 {
                    // The people left out are a count like any cell: a small one is not shown.
                    let count =
                        adjusted?.excludedPeople.map(SwedishFormat.integer) ?? "Färre än \(threshold)"
                    notes.append("\(count) personer i strata där bara den ena gruppen finns ingår inte i justeringen.")
                }
            }
        }
        let interpretation = Interpretation.text(
            outcome: outcome, first: firstResult.label, second: secondResult.label, crude: crude, adjusted: adjusted,
            explained: explained, adjustedFor: request.adjustFor)
        return ComparisonReport(
            outcome: outcome.name, outcomeKind: outcome.kind, dimension: groupDimension.name,
            period: data.selectedPeriodLabel, groups: [firstResult, secondResult], adjustedFor: request.adjustFor,
            threshold: threshold, disclosureControlled: controlled, crude: crude, adjusted: adjusted,
            explainedShare: explained, strata: strataResults, interpretation: interpretation, notes: notes)
    }

    /// The slots of the two groups to compare.
    static func chooseGroups(_ dimension: Dimension, requested: [String]?) throws -> (Int, Int) {
        if let requested {
            guard requested.count == 2 else {
                throw AnalysisError.groupCount(requested.count)
            }
            let slots = try requested.map { name -> Int in
                guard let slot = dimension.levels.firstIndex(where: { ColumnName.key($0) == ColumnName.key(name) })
                else {
                    throw AnalysisError.invalid(
                        "Gruppen \"\(name)\" finns inte i \(dimension.name). Grupper: \(dimension.levels.joined(separator: ", "))."
                    )
                }
                return slot
            }
            return (slots[0], slots[1])
        }
        let comparable = dimension.comparableSlots
        guard comparable.count == 2 else { throw AnalysisError.notTwoGroups(dimension.name, count: comparable.count) }
        return (comparable[0], comparable[1])
    }
}

extension Double {
    /// The value when finite, else nil (JSON has no NaN or infinity).
    public var finite: Double? { isFinite ? self : nil }
}
