import SkillnadCore

/// Sheets of scan results for Excel.
public enum DifferenceSheet {
    static func number(_ v: Double?) -> XLSXWriter.Cell { v.map { .number($0) } ?? .empty }

    /// The ranked differences.
    public static func rows(_ result: ScanResult) -> [[XLSXWriter.Cell]] {
        var rows: [[XLSXWriter.Cell]] = []
        if !result.disclosureControlled { rows.append([.text(ReportText.uncontrolledStamp)]) }
        rows.append(
            [
                "rang", "poäng", "utfall", "dimensioner", "jämförelse", "beskrivning", "skillnad", "KI låg", "KI hög",
                "kvot", "p", "q", "överskott", "storlek", "berörda", "evidens", "mål",
            ]
            .map { .text($0) })
        for d in result.differences {
            rows.append([
                .number(Double(d.rank)), .number(d.score), .text(d.outcome),
                .text(d.dimensions.joined(separator: " × ")),
                .text(d.comparison.swedishName), .text(d.summary), .number(d.estimate), number(d.ciLow),
                number(d.ciHigh),
                number(d.ratio), number(d.pValue), number(d.qValue), number(d.excessCount),
                .number(d.scoreComponents.size),
                .number(d.scoreComponents.affected), .number(d.scoreComponents.evidence),
                .number(d.scoreComponents.goal),
            ])
        }
        rows.append([.text(ReportText.suppressionFootnote(threshold: result.threshold))])
        return rows
    }

    /// One published table with its measures.
    public static func rows(_ table: DimensionSummary) -> [[XLSXWriter.Cell]] {
        var rows: [[XLSXWriter.Cell]] = [
            ["grupp", "n", "antal med utfall", "skattning", "KI låg", "KI hög"].map { .text($0) }
        ]
        for g in table.groups + [table.total] {
            if g.suppressed {
                rows.append([.text(g.label), .text(".."), .text(".."), .text(".."), .text(".."), .text("..")])
            } else {
                rows.append([
                    .text(g.label), number(g.n), number(g.count), number(g.estimate), number(g.ciLow), number(g.ciHigh),
                ])
            }
        }
        if !table.measures.isEmpty {
            rows.append([])
            rows.append(["mått", "värde", "KI låg", "KI hög"].map { .text($0) })
            for m in table.measures {
                rows.append([
                    .text(m.kind.swedishName), .number(m.value), number(m.interval?.lower), number(m.interval?.upper),
                ])
            }
        }
        return rows
    }
}
