import SkillnadCharts
import SkillnadCore

/// `compare` output in every format.
public enum ComparisonRenderer {
    /// As text.
    public static func text(_ r: ComparisonReport) -> String {
        var out: [String] = []
        if !r.disclosureControlled { out.append("*** \(ReportText.uncontrolledStamp) ***") }
        out.append(
            "Jämförelse: \(r.outcome) (\(r.outcomeKind.swedishName)) efter \(r.dimension)\(r.period.map { ", period \($0)" } ?? "")"
        )
        out.append("")
        for g in r.groups { out.append("  " + groupLine(g, kind: r.outcomeKind)) }
        out.append("")
        if let c = r.crude {
            var line = "Okorrigerad skillnad: \(SwedishFormat.difference(c.estimate, kind: r.outcomeKind))"
            if c.ciLow != nil {
                line +=
                    " (95 % KI \(SwedishFormat.bounds(c.ciLow, c.ciHigh, kind: r.outcomeKind, difference: true)))"
            }
            line += ", \(c.testName), \(SwedishFormat.pEquals(c.pValue))"
            out.append(line)
            if let ratio = c.ratio {
                out.append(
                    "Kvot: \(SwedishFormat.ratio(ratio)) (\(SwedishFormat.ratio(c.ratioLow))–\(SwedishFormat.ratio(c.ratioHigh)))"
                )
            }
        }
        if let a = r.adjusted {
            out.append(
                "Justerad skillnad (Mantel–Haenszel, för \(r.adjustedFor.joined(separator: ", "))): \(SwedishFormat.difference(a.estimate, kind: r.outcomeKind)) "
                    + "(95 % KI \(SwedishFormat.number(a.ciLow * 100)) till \(SwedishFormat.number(a.ciHigh * 100))), CMH-test \(SwedishFormat.pEquals(a.pValue))"
            )
            out.append(
                "Justerad oddskvot (Mantel–Haenszel): \(SwedishFormat.ratio(a.oddsRatio)) (\(SwedishFormat.ratio(a.oddsRatioLow))–\(SwedishFormat.ratio(a.oddsRatioHigh)))"
            )
            out.append(
                "Direkt standardiserad skillnad: \(SwedishFormat.difference(a.standardisedEstimate, kind: r.outcomeKind)) (95 % KI \(SwedishFormat.number(a.standardisedLow * 100)) till \(SwedishFormat.number(a.standardisedHigh * 100)))"
            )
            if let share = r.explainedShare {
                out.append("Förklarad andel av skillnaden: \(SwedishFormat.number(share * 100, decimals: 0)) %")
            }
        }
        out.append("")
        out.append(r.interpretation)
        if !r.strata.isEmpty {
            out.append("")
            out.append("Per stratum (\(r.adjustedFor.joined(separator: " × "))):")
            for s in r.strata {
                out.append(
                    "  \(s.label): \(r.groups[0].label) \(value(s.first, r.outcomeKind)), \(r.groups[1].label) \(value(s.second, r.outcomeKind))"
                )
            }
        }
        for note in r.notes { out.append("Obs: \(note)") }
        out.append("")
        out.append(ReportText.suppressionFootnote(threshold: r.threshold))
        if !r.disclosureControlled { out.append("*** \(ReportText.uncontrolledStamp) ***") }
        return out.joined(separator: "\n") + "\n"
    }

    static func value(_ g: GroupResult, _ kind: OutcomeKind) -> String {
        if g.suppressed { return ".." }
        return "\(SwedishFormat.estimate(g.estimate, kind: kind)) (n = \(g.n.map { SwedishFormat.integer($0) } ?? "–"))"
    }

    static func groupLine(_ g: GroupResult, kind: OutcomeKind) -> String {
        if g.suppressed { return "\(g.label): .." }
        return
            "\(g.label): \(SwedishFormat.estimate(g.estimate, kind: kind)) \(SwedishFormat.interval(g.ciLow, g.ciHigh, kind: kind)), n = \(g.n.map { SwedishFormat.integer($0) } ?? "–")"
    }

    /// As Swedish CSV: the groups and each stratum.
    public static func csv(_ r: ComparisonReport) -> String {
        var csv = SwedishCSV()
        if !r.disclosureControlled { csv.append([ReportText.uncontrolledStamp]) }
        csv.append(["nivå", "grupp", "n", "antal med utfall", "skattning", "KI låg", "KI hög"])
        func row(_ level: String, _ g: GroupResult) -> [String] {
            if g.suppressed { return [level, g.label, "..", "..", "..", "..", ".."] }
            return [
                level, g.label, SwedishCSV.number(g.n, decimals: 0), SwedishCSV.number(g.count, decimals: 1),
                SwedishCSV.number(g.estimate), SwedishCSV.number(g.ciLow), SwedishCSV.number(g.ciHigh),
            ]
        }
        for g in r.groups { csv.append(row("totalt", g)) }
        for s in r.strata {
            var first = row(s.label, s.first)
            first[1] = r.groups[0].label
            var second = row(s.label, s.second)
            second[1] = r.groups[1].label
            csv.append(first)
            csv.append(second)
        }
        csv.append([])
        csv.append(["mått", "skattning", "KI låg", "KI hög", "p"])
        if let c = r.crude {
            csv.append([
                "okorrigerad skillnad", SwedishCSV.number(c.estimate), SwedishCSV.number(c.ciLow),
                SwedishCSV.number(c.ciHigh), SwedishCSV.number(c.pValue, decimals: 8),
            ])
        }
        if let a = r.adjusted {
            csv.append([
                "justerad skillnad (Mantel–Haenszel)", SwedishCSV.number(a.estimate), SwedishCSV.number(a.ciLow),
                SwedishCSV.number(a.ciHigh), SwedishCSV.number(a.pValue, decimals: 8),
            ])
            csv.append([
                "justerad oddskvot", SwedishCSV.number(a.oddsRatio), SwedishCSV.number(a.oddsRatioLow),
                SwedishCSV.number(a.oddsRatioHigh), "",
            ])
            csv.append([
                "standardiserad skillnad", SwedishCSV.number(a.standardisedEstimate),
                SwedishCSV.number(a.standardisedLow), SwedishCSV.number(a.standardisedHigh), "",
            ])
        }
        if let share = r.explainedShare { csv.append(["förklarad andel", SwedishCSV.number(share), "", "", ""]) }
        return csv.text
    }

    /// As a standalone HTML report.
    public static func html(_ r: ComparisonReport, generatedAt: String) -> String {
        var h =
            "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Jämförelse \(HTML.escape(r.outcome))</title><style>\(ReportStyle.css)</style></head><body>"
        if !r.disclosureControlled { h += "<div class=\"stamp\">\(ReportText.uncontrolledStamp)</div>" }
        h +=
            "<header class=\"report\"><h1>\(HTML.escape(r.outcome)) efter \(HTML.escape(r.dimension))</h1><p class=\"meta\">\(HTML.escape(generatedAt))\(r.period.map { " · period \(HTML.escape($0))" } ?? "")</p></header><main>"
        let chart = BarChart(
            title: "\(r.outcome) efter \(r.dimension)", kind: r.outcomeKind, bars: r.groups.map { BarChart.Bar($0) },
            id: "cmp")
        h += "<figure>\(chart.svg())</figure>"
        h += "<p><strong>\(HTML.escape(r.interpretation))</strong></p>"
        h += "<pre class=\"plain\">\(HTML.escape(text(r)))</pre>"
        return h + "</main></body></html>\n"
    }
}
