import Foundation
import SkillnadCore
import SkillnadReport

extension ExplorerRoutes {
    /// Builds the ranked list with the user's filters and sorting.
    func resultModel(_ result: ScanResult, parameters: ScanParameters, query: Form) -> ResultModel {
        let text = query["q"] ?? ""
        let outcomeFilter = query["fo"] ?? ""
        let kindFilter = query["fk"] ?? ""
        let showAll = query["alla"] == "1"
        let sort = query["sort"] ?? "score"
        let limit = max(25, min(1000, query["limit"].flatMap { Int($0) } ?? 50))
        let matching = result.differences.filter { d in
            (text.isEmpty || d.summary.localizedCaseInsensitiveContains(text))
                && (outcomeFilter.isEmpty || d.outcome == outcomeFilter)
                && (kindFilter.isEmpty || d.comparison.rawValue == kindFilter)
        }
        let holding = matching.filter(\.holds).count
        // Published values without n cannot be tested: they are shown as they are, not hidden
        // as uncertain.
        let untested = matching.filter { !$0.tested }.count
        var rows = showAll ? matching : matching.filter { $0.holds || !$0.tested }
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
                certainty: d.holds ? "Håller" : d.tested ? "Håller inte" : "Inte prövad", holds: d.holds,
                q: d.tested ? SwedishFormat.pEquals(d.qValue, symbol: "q") : "",
                excess: d.excessCount.map { SwedishFormat.integer($0) } ?? "–", kind: d.comparison.swedishName)
        }
        let crossings = result.tables.filter { $0.dimensions.count == 2 }.map { t in
            CrossingLink(
                label: "\(t.outcome): \(t.dimensions.joined(separator: " × "))",
                link: Paths.crossing(base) + "&"
                    + Form.encode([("table", t.outcome), ("rows", t.dimensions[0]), ("cols", t.dimensions[1])]))
        }
        var summary =
            "\(SwedishFormat.count(result.differences.count, "skillnad", "skillnader")) jämförda i \(result.source)"
        if let period = result.period { summary += ", period \(period)" }
        let holdingSummary =
            untested == matching.count && !matching.isEmpty
            ? "Värdena saknar antal och spridningsmått, så skillnaderna prövas inte statistiskt; alla visas."
            : holding == 0
                ? "Ingen av dem håller efter kontroll för många jämförelser (q < 0,05)."
                : (holding == 1 ? "En" : SwedishFormat.integer(Double(holding)))
                    + " håller efter kontroll för många jämförelser (q < 0,05)"
                    + (showAll || holding == matching.count ? "." : " och visas först; de andra är osäkra.")
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
                    + (showAll ? [("alla", "1")] : []))
        let others = matching.count - holding - untested
        let showAllLink =
            !showAll && others > 0
            ? LinkItem(
                href: Paths.explore(base) + "&"
                    + Form.encode([
                        ("q", text), ("fo", outcomeFilter), ("fk", kindFilter), ("sort", sort), ("alla", "1"),
                    ]),
                label: "Visa även "
                    + (others == 1
                        ? "den som inte håller" : "de \(SwedishFormat.integer(Double(others))) som inte håller"),
                detail: "") : nil
        return ResultModel(
            summary: summary, holdingSummary: holdingSummary, threshold: result.threshold,
            controlled: result.disclosureControlled, notes: result.notes,
            rows: Array(shown), hasRows: !shown.isEmpty, shown: shown.count, total: rows.count, filterText: text,
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
            }, showAll: showAll, showAllLink: showAllLink,
            noneHold: !showAll && holding == 0 && untested == 0 && !matching.isEmpty,
            withheld: result.suppressedComparisons.count,
            hasWithheld: !result.suppressedComparisons.isEmpty, crossings: crossings, hasCrossings: !crossings.isEmpty,
            query: base,
            exportQuery: base, hidden: hidden, hasMore: rows.count > limit, nextLink: nextLink)
    }
}
