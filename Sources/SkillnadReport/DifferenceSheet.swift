import SkillnadCore

/// Sheets of scan results for Excel: Swedish headers, numbers with formats, one row per
/// difference or group.
public enum DifferenceSheet {
    typealias Cell = XLSXWriter.Cell

    static func number(_ v: Double?, _ format: XLSXWriter.NumberFormat = .general) -> Cell {
        v.map { .number($0, format) } ?? .empty
    }

    /// A difference on its scale: percentage points for proportions (one decimal), otherwise the
    /// outcome's unit (two decimals).
    static func difference(_ v: Double?, kind: OutcomeKind) -> Cell {
        kind == .proportion ? number(v.map { $0 * 100 }, .decimal1) : number(v, .decimal2)
    }

    /// The unit of ``difference(_:kind:)``.
    static func unit(_ d: Difference) -> String {
        (d.outcomeKind == .proportion ? "procentenheter" : "enheter") + (d.comparison == .trend ? " per period" : "")
    }

    /// The ranked differences, with the workbook's header and the lines around it.
    public static func add(_ result: ScanResult, to book: inout XLSXWriter) {
        let header = [
            "Rang", "Poäng", "Utfall", "Dimensioner", "Jämförelse", "Beskrivning", "Period", "Skillnad", "KI låg",
            "KI hög", "Enhet", "Kvot", "p-värde", "q-värde", "Håller (q < 0,05)", "Överskott", "Berörda",
            "Poängdel storlek", "Poängdel berörda", "Poängdel evidens", "Poängdel mål", "Poängdel styrka",
        ]
        let rows = result.differences.map { d -> [Cell] in
            [
                .number(Double(d.rank), .integer), .number(d.score, .integer), .text(d.outcome),
                .text(d.dimensions.joined(separator: " × ")), .text(d.comparison.swedishName), .text(d.summary),
                d.period.map { .text($0) } ?? .empty, difference(d.estimate, kind: d.outcomeKind),
                difference(d.ciLow, kind: d.outcomeKind), difference(d.ciHigh, kind: d.outcomeKind), .text(unit(d)),
                number(d.ratio, .decimal2), number(d.pValue, .pValue), number(d.qValue, .pValue),
                .text(d.holds ? "Ja" : d.tested ? "Nej" : "Inte prövad"), number(d.excessCount, .integer),
                number(d.affected, .integer), .number(d.scoreComponents.size, .decimal2),
                .number(d.scoreComponents.affected, .decimal2), .number(d.scoreComponents.evidence, .decimal2),
                .number(d.scoreComponents.goal, .decimal2), .number(d.scoreComponents.strength, .decimal2),
            ]
        }
        book.add(
            name: "Skillnader", preamble: result.disclosureControlled ? [] : [ReportText.uncontrolledStamp],
            header: header, rows: rows,
            footnotes: [ReportText.suppressionFootnote(threshold: result.threshold), ReportText.scoreFormula])
    }

    /// The published tables (at most `limit`), one sheet each ("T1 beviljad_insats × kön"),
    /// after a contents sheet naming each in full.
    public static func addTables(_ result: ScanResult, to book: inout XLSXWriter, limit: Int = .max) {
        let titles = result.tables.prefix(limit).enumerated().map { i, t in
            (
                // The dimensions first and the outcome last, so a long name loses the outcome's end
                // (named in full on the contents sheet and above the table), not the dimensions.
                short: "T\(i + 1) \(t.dimensions.joined(separator: " × ")) – "
                    + t.outcome.replacingOccurrences(of: "_", with: " "),
                full: "\(t.outcome) efter \(t.dimensions.joined(separator: " × "))" + (t.period.map { ", \($0)" } ?? "")
            )
        }
        var names: [String] = []
        for title in titles {
            names.append(XLSXWriter.sheetName(title.short, taken: names + ["Innehåll"]))
        }
        book.add(
            name: "Innehåll", preamble: result.disclosureControlled ? [] : [ReportText.uncontrolledStamp],
            header: ["Blad", "Tabell"], rows: zip(names, titles).map { [.text($0), .text($1.full)] },
            footnotes: [ReportText.suppressionFootnote(threshold: result.threshold)])
        if result.tables.count > limit {
            book.sheets[book.sheets.count - 1].footnotes.append(
                "Arbetsboken har de första \(limit) av \(result.tables.count) tabellerna; alla finns i tabellexporten.")
        }
        for (table, name) in zip(result.tables, names) {
            add(table, name: name, to: &book)
        }
    }

    /// One published table with its summary measures below it.
    static func add(_ table: DimensionSummary, name: String, to book: inout XLSXWriter) {
        let proportion = table.outcomeKind == .proportion
        let estimate: XLSXWriter.NumberFormat = proportion ? .percent : .decimal2
        let header = [
            table.dimensions.joined(separator: " × "), "n", "Antal med utfallet",
            proportion ? "Andel" : table.outcomeKind == .mean ? "Medelvärde" : "Värde", "KI låg", "KI hög",
        ]
        var rows: [[Cell]] = (table.groups + [table.total]).map { g in
            if g.suppressed { return [.text(g.label)] + Array(repeating: .text(SwedishFormat.suppressed), count: 5) }
            return [
                .text(g.label), number(g.n, .integer), proportion ? number(g.count, .integer) : .empty,
                number(g.estimate, estimate), number(g.ciLow, estimate), number(g.ciHigh, estimate),
            ]
        }
        if !table.measures.isEmpty {
            rows.append([])
            rows.append(["Sammanfattande mått (WHO HEAT)", "Värde", "KI låg", "KI hög"].map { .text($0) })
            for m in table.measures {
                rows.append([
                    .text(m.kind.swedishName), .number(m.value, .decimal2), number(m.interval?.lower, .decimal2),
                    number(m.interval?.upper, .decimal2),
                ])
            }
        }
        book.add(
            name: name, preamble: ["\(table.outcome) efter \(table.dimensions.joined(separator: " × "))"],
            header: header, rows: rows, footnotes: table.notes)
    }
}
