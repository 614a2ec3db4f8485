import SkillnadCharts
import SkillnadCore

/// The scan as one standalone, printable HTML report with SVG charts.
public struct ScanHTMLRenderer: Sendable {
    /// How many differences get a detailed section with a chart.
    public var detailed: Int
    /// When the report was made (e.g. "2026-11-23 14:05"), shown in the header.
    public var generatedAt: String

    /// What the report calls the data (the dataset's name; by default the file).
    let name: String?

    /// Creates a renderer.
    public init(detailed: Int = 20, generatedAt: String, name: String? = nil) {
        self.detailed = detailed
        self.generatedAt = generatedAt
        self.name = name
    }

    /// Renders the report.
    public func render(_ scan: ScanResult) -> String {
        var h = "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        h +=
            "<title>Skillnader – \(HTML.escape(name ?? scan.source))</title><style>\(ReportStyle.css)</style></head><body>"
        if !scan.disclosureControlled {
            h += "<div class=\"stamp\" role=\"alert\">\(ReportText.uncontrolledStamp)</div>"
        }
        h += "<header class=\"report\"><h1>Skillnader i \(HTML.escape(name ?? scan.source))</h1>"
        var meta = ["Skapad \(HTML.escape(generatedAt))"]
        if let period = scan.period { meta.append("Period \(HTML.escape(period))") }
        meta.append(
            !scan.disclosureControlled
                ? "Ingen röjandekontroll"
                : scan.published
                    ? "Skyddad för publicering: grupper under \(scan.threshold) personer döljs i alla tabeller ur datasetet på samma sätt"
                    : "Röjandekontroll per tabell: grupper under \(scan.threshold) personer döljs. Exakta tal för analys, inte för publicering"
        )
        h += "<p class=\"meta\">\(meta.joined(separator: " · "))</p></header><main>"
        h += summary(scan)
        h += ranking(scan)
        h += details(scan)
        h += tables(scan)
        h += method(scan)
        h += "</main><footer class=\"report\">Skillnad · \(HTML.escape(scan.source)) · \(HTML.escape(generatedAt))"
        if !scan.disclosureControlled { h += " · <strong>\(ReportText.uncontrolledStamp)</strong>" }
        h += "</footer>"
        if !scan.disclosureControlled { h += "<div class=\"stamp\">\(ReportText.uncontrolledStamp)</div>" }
        return h + "</body></html>\n"
    }

    func summary(_ scan: ScanResult) -> String {
        var h = "<section aria-labelledby=\"s-summary\"><h2 id=\"s-summary\">Sammanfattning</h2><ul>"
        for o in scan.outcomes {
            let n = o.n.map { ", \(SwedishFormat.integer($0)) personer med uppgift" } ?? ""
            h +=
                "<li>Utfall <strong>\(HTML.escape(o.name))</strong>: \(o.kind.swedishName), \(ReportText.direction(o))\(n).</li>"
        }
        h += "<li>Dimensioner: \(HTML.escape(scan.dimensions.joined(separator: ", ")))"
        if scan.crossDepth > 1 { h += ", korsningar av upp till \(scan.crossDepth)" }
        h += ".</li><li>\(scan.differences.count) skillnader testade och rangordnade"
        if !scan.suppressedComparisons.isEmpty {
            h += "; \(scan.suppressedComparisons.count) jämförelser kan inte redovisas på grund av röjandekontroll"
        }
        h += ".</li>"
        for note in scan.notes { h += "<li>\(HTML.escape(note))</li>" }
        return h + "</ul></section>"
    }

    func ranking(_ scan: ScanResult) -> String {
        var h = "<section aria-labelledby=\"s-rank\"><h2 id=\"s-rank\">Rangordnade skillnader</h2>"
        h +=
            "<div class=\"table-scroll\"><table><caption class=\"notes caption-left\">De \(min(scan.differences.count, 50)) högst rankade av \(scan.differences.count).</caption>"
        h +=
            "<thead><tr><th class=\"num\" scope=\"col\">#</th><th class=\"num\" scope=\"col\">Poäng</th><th scope=\"col\">Skillnad</th>"
        h +=
            "<th class=\"num\" scope=\"col\">Storlek (95 % KI)</th><th class=\"num\" scope=\"col\">q</th><th class=\"num\" scope=\"col\">Överskott</th></tr></thead><tbody>"
        for d in scan.differences.prefix(50) {
            let link =
                d.rank <= detailed ? "<a href=\"#d-\(d.rank)\">\(HTML.escape(d.summary))</a>" : HTML.escape(d.summary)
            let unit = d.comparison == .trend ? " per period" : ""
            let ci =
                d.ciLow != nil
                ? "<br><span class=\"notes\">\(HTML.escape(SwedishFormat.interval(d.ciLow, d.ciHigh, kind: d.outcomeKind, difference: true)))</span>"
                : ""
            h +=
                "<tr><td class=\"num\">\(d.rank)</td><td class=\"num\"><span class=\"score\">\(SwedishFormat.number(d.score, decimals: 0))</span></td>"
            h +=
                "<td>\(link)</td><td class=\"num\">\(HTML.escape(SwedishFormat.difference(d.estimate, kind: d.outcomeKind, short: true)))\(unit)\(ci)</td>"
            h +=
                "<td class=\"num\">\(HTML.escape(SwedishFormat.pValue(d.qValue)))</td><td class=\"num\">\(d.excessCount.map { SwedishFormat.integer($0) } ?? "–")</td></tr>"
        }
        return h + "</tbody></table></div></section>"
    }

    func details(_ scan: ScanResult) -> String {
        var h = "<section aria-labelledby=\"s-details\"><h2 id=\"s-details\">Skillnaderna i detalj</h2>"
        for d in scan.differences.prefix(detailed) {
            h += DifferenceHTML.article(d, id: "d-\(d.rank)")
        }
        return h + "</section>"
    }

    func tables(_ scan: ScanResult) -> String {
        var h = "<section aria-labelledby=\"s-tables\"><h2 id=\"s-tables\">Tabeller per dimension</h2>"
        for (i, t) in scan.tables.enumerated() {
            h += DimensionHTML.section(t, id: "t-\(i)")
        }
        return h + "</section>"
    }

    func method(_ scan: ScanResult) -> String {
        var h = "<section aria-labelledby=\"s-method\"><h2 id=\"s-method\">Metod och fotnoter</h2><ul class=\"notes\">"
        h += "<li>\(HTML.escape(ReportText.suppressionFootnote(threshold: scan.threshold)))</li>"
        h += "<li>\(HTML.escape(ReportText.scoreFormula))</li>"
        h +=
            "<li>Andelar redovisas med Wilsons 95 % konfidensintervall, skillnader i andelar med Newcombes hybrida "
            + "score-intervall och kvoter med log-intervall (Katz). Medelvärden med t-intervall och Welchs test. Test: "
            + "Pearsons χ² utan kontinuitetskorrektion, Fishers exakta test när något förväntat antal är under 5. "
            + "q-värden enligt Benjamini–Hochberg över alla test i skanningen.</li>"
        h += "<li>Sammanfattande ojämlikhetsmått enligt WHO:s Health Equity Assessment Toolkit (HEAT).</li>"
        return h + "</ul></section>"
    }
}
