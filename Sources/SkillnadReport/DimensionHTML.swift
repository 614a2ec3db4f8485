import SkillnadCharts
import SkillnadCore

/// One published table (outcome by dimension or crossing) as HTML: groups, test, HEAT
/// measures and the trend chart.
public enum DimensionHTML {
    /// The section.
    public static func section(_ t: DimensionSummary, id: String) -> String {
        let title = "\(t.outcome) efter \(t.dimensions.joined(separator: " × "))"
        var h =
            "<section class=\"table\" aria-labelledby=\"\(id)-h\"><h3 id=\"\(id)-h\">\(HTML.escape(title))\(t.period.map { " (\(HTML.escape($0)))" } ?? "")</h3>"
        h += groupTable(t)
        if let test = t.homogeneity {
            h +=
                "<p class=\"notes\">\(HTML.escape(test.name)): testvärde \(SwedishFormat.number(test.statistic, decimals: 2)), \(HTML.escape(SwedishFormat.pEquals(test.pValue))).</p>"
        }
        if !t.measures.isEmpty { h += measuresTable(t) }
        for note in t.notes { h += "<p class=\"notes\">\(HTML.escape(note))</p>" }
        if let trend = t.trend, trend.periods.count > 1 {
            h +=
                "<figure>"
                + LineChart(title: "\(title) över tid", kind: t.outcomeKind, trend: trend, id: "\(id)-trend").svg()
                + "</figure>"
            if let gap = trend.gap {
                h +=
                    "<p>Skillnaden \(HTML.escape(gap.first)) − \(HTML.escape(gap.second)) \(HTML.escape(gap.direction.rawValue)): "
                h +=
                    "\(HTML.escape(SwedishFormat.difference(gap.gaps.first, kind: t.outcomeKind))) (\(HTML.escape(gap.periods.first ?? ""))) till "
                h +=
                    "\(HTML.escape(SwedishFormat.difference(gap.gaps.last, kind: t.outcomeKind))) (\(HTML.escape(gap.periods.last ?? ""))), "
                h +=
                    "\(HTML.escape(SwedishFormat.difference(gap.slope, kind: t.outcomeKind, short: true))) per period, \(HTML.escape(SwedishFormat.pEquals(gap.pValue)))\(gap.qValue.map { ", " + HTML.escape(SwedishFormat.pEquals($0, symbol: "q")) } ?? "").</p>"
            }
        }
        return h + "</section>"
    }

    /// The groups as a table.
    public static func groupTable(_ t: DimensionSummary) -> String {
        let isProportion = t.outcomeKind == .proportion
        var h =
            "<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">\(HTML.escape(t.dimensions.joined(separator: " × ")))</th><th class=\"num\" scope=\"col\">n</th>"
        if isProportion { h += "<th class=\"num\" scope=\"col\">Antal med utfallet</th>" }
        h +=
            "<th class=\"num\" scope=\"col\">\(isProportion ? "Andel" : t.outcomeKind == .mean ? "Medelvärde" : "Värde")</th><th class=\"num\" scope=\"col\">95 % KI</th></tr></thead><tbody>"
        for g in t.groups + [t.total] {
            h += row(g, kind: t.outcomeKind, bold: g.label == "Totalt")
        }
        return h + "</tbody></table></div>"
    }

    static func row(_ g: GroupResult, kind: OutcomeKind, bold: Bool) -> String {
        let open = bold ? "<strong>" : ""
        let close = bold ? "</strong>" : ""
        var h = "<tr><th scope=\"row\">\(open)\(HTML.escape(g.label))\(close)</th>"
        if g.suppressed {
            let cells = kind == .proportion ? 4 : 3
            h += String(repeating: "<td class=\"num suppressed\">..</td>", count: cells)
            return h + "</tr>"
        }
        h += "<td class=\"num\">\(g.n.map { SwedishFormat.integer($0) } ?? "–")</td>"
        if kind == .proportion { h += "<td class=\"num\">\(g.count.map { SwedishFormat.integer($0) } ?? "–")</td>" }
        h +=
            "<td class=\"num\">\(HTML.escape(g.estimate.map { SwedishFormat.estimate($0, kind: kind) } ?? SwedishFormat.none))</td>"
        h += "<td class=\"num\">\(HTML.escape(SwedishFormat.interval(g.ciLow, g.ciHigh, kind: kind)))</td></tr>"
        return h
    }

    /// The HEAT measures as a table.
    public static func measuresTable(_ t: DimensionSummary) -> String {
        var h =
            "<div class=\"table-scroll\"><table><caption class=\"notes caption-left\">Sammanfattande ojämlikhetsmått (WHO HEAT)\(t.ordered ? ", ordnad dimension" : "").</caption>"
        h +=
            "<thead><tr><th scope=\"col\">Mått</th><th class=\"num\" scope=\"col\">Värde</th><th class=\"num\" scope=\"col\">95 % KI</th></tr></thead><tbody>"
        for m in t.measures {
            let ci =
                m.interval.map {
                    "\(SwedishFormat.number($0.lower, decimals: 2)) – \(SwedishFormat.number($0.upper, decimals: 2))"
                } ?? "–"
            h +=
                "<tr><th scope=\"row\">\(HTML.escape(m.kind.swedishName))</th><td class=\"num\">\(SwedishFormat.number(m.value, decimals: 2))</td><td class=\"num\">\(HTML.escape(ci))</td></tr>"
        }
        return h + "</tbody></table></div>"
    }
}
