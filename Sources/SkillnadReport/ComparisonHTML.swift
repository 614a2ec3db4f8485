import SkillnadCharts
import SkillnadCore

/// A crude and adjusted comparison as an HTML section (for pages and reports).
public enum ComparisonHTML {
    /// The section.
    public static func section(_ r: ComparisonReport) -> String {
        var h =
            "<section class=\"card\" aria-labelledby=\"cmp-h\"><h3 id=\"cmp-h\">Justerad jämförelse: \(HTML.escape(r.outcome)) efter \(HTML.escape(r.dimension))</h3>"
        h += "<p><strong>\(HTML.escape(r.interpretation))</strong></p>"
        h +=
            "<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">Mått</th><th class=\"num\" scope=\"col\">Skattning</th><th class=\"num\" scope=\"col\">95 % KI</th><th class=\"num\" scope=\"col\">p</th></tr></thead><tbody>"
        if let c = r.crude {
            h += row(
                "Okorrigerad skillnad (\(c.testName))", SwedishFormat.difference(c.estimate, kind: r.outcomeKind),
                SwedishFormat.interval(c.ciLow, c.ciHigh, kind: r.outcomeKind, difference: true),
                SwedishFormat.pValue(c.pValue))
        }
        if let a = r.adjusted {
            h += row(
                "Justerad skillnad (Mantel–Haenszel)", SwedishFormat.difference(a.estimate, kind: r.outcomeKind),
                SwedishFormat.interval(a.ciLow, a.ciHigh, kind: r.outcomeKind, difference: true),
                SwedishFormat.pValue(a.pValue))
            h += row(
                "Justerad oddskvot (Mantel–Haenszel)", SwedishFormat.ratio(a.oddsRatio),
                "(\(SwedishFormat.ratio(a.oddsRatioLow)) – \(SwedishFormat.ratio(a.oddsRatioHigh)))", "")
            h += row(
                "Direkt standardiserad skillnad", SwedishFormat.difference(a.standardisedEstimate, kind: r.outcomeKind),
                SwedishFormat.interval(a.standardisedLow, a.standardisedHigh, kind: r.outcomeKind, difference: true), ""
            )
        }
        if let share = r.explainedShare {
            h += row(
                "Förklarad andel av skillnaden",
                SwedishFormat.number(share * 100, decimals: 0) + SwedishFormat.space + "%", "", "")
        }
        h += "</tbody></table></div>"
        if !r.strata.isEmpty {
            h +=
                "<details><summary>Per stratum (\(HTML.escape(r.adjustedFor.joined(separator: " × "))))</summary><div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">Stratum</th>"
            h +=
                "<th class=\"num\" scope=\"col\">\(HTML.escape(r.groups[0].label))</th><th class=\"num\" scope=\"col\">\(HTML.escape(r.groups[1].label))</th></tr></thead><tbody>"
            for s in r.strata {
                h +=
                    "<tr><th scope=\"row\">\(HTML.escape(s.label))</th><td class=\"num\">\(HTML.escape(cell(s.first, r.outcomeKind)))</td><td class=\"num\">\(HTML.escape(cell(s.second, r.outcomeKind)))</td></tr>"
            }
            h += "</tbody></table></div></details>"
        }
        for note in r.notes { h += "<p class=\"notes\">\(HTML.escape(note))</p>" }
        return h + "</section>"
    }

    static func row(_ label: String, _ estimate: String, _ interval: String, _ p: String) -> String {
        "<tr><th scope=\"row\">\(HTML.escape(label))</th><td class=\"num\">\(HTML.escape(estimate))</td><td class=\"num\">\(HTML.escape(interval))</td><td class=\"num\">\(HTML.escape(p))</td></tr>"
    }

    static func cell(_ g: GroupResult, _ kind: OutcomeKind) -> String {
        if g.suppressed { return ".." }
        return "\(SwedishFormat.estimate(g.estimate, kind: kind)) (n = \(g.n.map { SwedishFormat.integer($0) } ?? "–"))"
    }
}
