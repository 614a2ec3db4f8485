import SkillnadCharts
import SkillnadCore

/// One difference as an HTML article with its bar chart and statistics.
public enum DifferenceHTML {
    /// The article.
    public static func article(_ d: Difference, id: String) -> String {
        var h = "<article class=\"difference\" id=\"\(id)\" aria-labelledby=\"\(id)-h\">"
        h +=
            "<h3 id=\"\(id)-h\"><span class=\"score\">\(SwedishFormat.number(d.score, decimals: 0))</span> \(d.rank). \(HTML.escape(d.summary))</h3>"
        h += chart(d, id: id)
        h += "<dl class=\"stats\">"
        h +=
            "<dt>Jämförelse</dt><dd>\(HTML.escape(d.comparison.swedishName)), \(HTML.escape(d.dimensions.joined(separator: " × ")))\(d.period.map { ", period \(HTML.escape($0))" } ?? "")</dd>"
        h += "<dt>Statistik</dt><dd>\(HTML.escape(ReportText.statistics(d)))</dd>"
        if let affected = ReportText.affected(d) { h += "<dt>Berörda</dt><dd>\(HTML.escape(affected))</dd>" }
        h += "<dt>Poäng</dt><dd>\(HTML.escape(ReportText.components(d.scoreComponents)))</dd>"
        h += "</dl>"
        if !d.notes.isEmpty {
            h += "<ul class=\"notes\">" + d.notes.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        return h + "</article>"
    }

    /// The headline chart: the trend's lines, or the groups' bars with the worse-off group
    /// highlighted (see ``HeadlineChart``).
    public static func chart(_ d: Difference, id: String) -> String {
        let chart = HeadlineChart(d, id: "\(id)-c")
        return "<figure>" + chart.svg()
            + "<figcaption class=\"notes\">\(HTML.escape(chart.caption))</figcaption></figure>"
    }
}
