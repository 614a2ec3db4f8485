import Foundation
import SkillnadCore
import SkillnadReport

extension ExplorerRoutes {
    /// Builds the ranked list with the user's filters and sorting.
    func resultModel(_ result: ScanResult, parameters: ScanParameters, query: Form) -> ResultModel {
        let text = query["q"] ?? ""
        let outcomeFilter = query["fo"] ?? ""
        let kindFilter = query["fk"] ?? ""
        let significantOnly = query["sig"] == "1"
        let sort = query["sort"] ?? "score"
        let limit = max(25, min(1000, query["limit"].flatMap { Int($0) } ?? 50))
        var rows = result.differences.filter { d in
            (text.isEmpty || d.summary.localizedCaseInsensitiveContains(text))
                && (outcomeFilter.isEmpty || d.outcome == outcomeFilter)
                && (kindFilter.isEmpty || d.comparison.rawValue == kindFilter)
                && (!significantOnly || (d.qValue ?? 1) < 0.05)
        }
        switch sort {
        case "p": rows.sort { ($0.pValue ?? 2) < ($1.pValue ?? 2) }
        case "estimate": rows.sort { abs($0.estimate) > abs($1.estimate) }
        case "excess": rows.sort { ($0.excessCount ?? $0.affected ?? 0) > ($1.excessCount ?? $1.affected ?? 0) }
        default: break
        }
        let base = parameters.query
        let shown = rows.prefix(limit).map { d in
            DifferenceRow(
                rank: d.rank, score: SwedishFormat.number(d.score, decimals: 0), summary: d.summary,
                link: Paths.difference(base, id: d.id),
                estimate: SwedishFormat.difference(d.estimate, kind: d.outcomeKind, short: true)
                    + (d.comparison == .trend ? " per period" : ""),
                interval: SwedishFormat.interval(d.ciLow, d.ciHigh, kind: d.outcomeKind, difference: true),
                q: SwedishFormat.pValue(d.qValue), excess: d.excessCount.map { SwedishFormat.integer($0) } ?? "–",
                components: ReportText.components(d.scoreComponents), kind: d.comparison.swedishName)
        }
        let crossings = result.tables.filter { $0.dimensions.count == 2 }.map { t in
            CrossingLink(
                label: "\(t.outcome): \(t.dimensions.joined(separator: " × "))",
                link: Paths.crossing(base) + "&"
                    + Form.encode([("table", t.outcome), ("rows", t.dimensions[0]), ("cols", t.dimensions[1])]))
        }
        var summary = "\(result.differences.count) skillnader prövade i \(result.source)"
        if let period = result.period { summary += ", period \(period)" }
        let hidden = Form(encoded: base).values.flatMap { name, values in
            values.map { HiddenField(name: name, value: $0) }
        }
        .sorted { $0.name < $1.name }
        let nextLink =
            Paths.explore(base) + "&"
            + Form.encode(
                [
                    ("q", text), ("fo", outcomeFilter), ("fk", kindFilter), ("sort", sort),
                    ("limit", String(limit + 100)),
                ]
                    + (significantOnly ? [("sig", "1")] : []))
        return ResultModel(
            summary: summary, threshold: result.threshold, controlled: result.disclosureControlled, notes: result.notes,
            rows: Array(shown), shown: shown.count, total: rows.count, filterText: text,
            outcomeOptions: [Choice(value: "", label: "Alla utfall", checked: outcomeFilter.isEmpty)]
                + result.outcomes.map { Choice(value: $0.name, label: $0.name, checked: $0.name == outcomeFilter) },
            kindOptions: [Choice(value: "", label: "Alla jämförelser", checked: kindFilter.isEmpty)]
                + [ComparisonKind.twoGroups, .highestVsLowest, .groupVsRest, .trend].map {
                    Choice(value: $0.rawValue, label: $0.swedishName, checked: $0.rawValue == kindFilter)
                },
            sortOptions: [
                ("score", "Poäng"), ("p", "p-värde"), ("estimate", "Skillnadens storlek"), ("excess", "Antal berörda"),
            ].map {
                Choice(value: $0.0, label: $0.1, checked: $0.0 == sort)
            }, significantOnly: significantOnly, withheld: result.suppressedComparisons.count,
            hasWithheld: !result.suppressedComparisons.isEmpty, crossings: crossings, hasCrossings: !crossings.isEmpty,
            query: base,
            exportQuery: base, hidden: hidden, hasMore: rows.count > limit, nextLink: nextLink)
    }
}
