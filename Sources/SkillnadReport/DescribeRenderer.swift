import SkillnadCore

/// `describe` output: what each column is and holds.
public enum DescribeRenderer {
    /// Everything describe reports.
    public struct Description: Sendable, Codable {
        /// File name.
        public var source: String
        /// "CSV" or "Excel".
        public var format: String
        /// Detected encoding (CSV).
        public var encoding: String?
        /// Detected delimiter (CSV).
        public var delimiter: String?
        /// Number of rows.
        public var rows: Int
        /// Individual or aggregated.
        public var shape: DataShape
        /// Columns whose codes were normalised.
        public var normalisedColumns: [String]
        /// The columns.
        public var columns: [ColumnProfile]

        /// Creates a description.
        public init(
            source: String, format: String, encoding: String?, delimiter: String?, rows: Int, shape: DataShape,
            normalisedColumns: [String], columns: [ColumnProfile]
        ) {
            self.source = source
            self.format = format
            self.encoding = encoding
            self.delimiter = delimiter
            self.rows = rows
            self.shape = shape
            self.normalisedColumns = normalisedColumns
            self.columns = columns
        }
    }

    /// As text.
    public static func text(_ d: Description) -> String {
        var out: [String] = []
        out.append(
            "\(d.source): \(d.format), \(SwedishFormat.count(d.rows, "rad", "rader")), "
                + SwedishFormat.count(d.columns.count, "kolumn", "kolumner"))
        var detected: [String] = []
        if let e = d.encoding { detected.append("teckenkodning \(e)") }
        if let s = d.delimiter { detected.append("avgränsare \(s)") }
        detected.append("form: \(d.shape.swedishName)")
        out.append(detected.joined(separator: ", "))
        if !d.normalisedColumns.isEmpty {
            out.append("Normaliserade koder i: \(d.normalisedColumns.joined(separator: ", "))")
        }
        out.append("")
        for c in d.columns {
            var line = "• \(c.name) — \(c.type), roll: \(c.role.swedishName)"
            if c.ordered { line += " (ordnad)" }
            out.append(line)
            var facts = ["\(SwedishFormat.integer(Double(c.distinctCount))) olika värden"]
            if let lo = c.minimum, let hi = c.maximum {
                facts.append("min \(bound(lo, c)), max \(bound(hi, c))")
            }
            if let sep = c.decimalSeparator { facts.append("decimaltecken \(sep == "," ? "komma" : "punkt")") }
            let missing = c.missing.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            facts.append(missing.isEmpty ? "inga saknade värden" : "saknas: " + missing.joined(separator: ", "))
            out.append("    " + facts.joined(separator: "; "))
            if !c.examples.isEmpty {
                let more = c.distinctCount > c.examples.count ? ", …" : ""
                out.append("    värden: " + c.examples.joined(separator: ", ") + more)
            }
            if let totals = c.totalLevels {
                out.append(
                    "    summanivåer (marginaler, inte grupper): " + totals.joined(separator: ", ")
                        + " – jämförs kolumnen används delarna; annars summaraderna")
            }
        }
        out.append("")
        out.append(
            "Ändra en roll med --role KOLUMN=ROLL och summarader med --totals KOLUMN=NIVÅ (eller KOLUMN= för inga) i describe, scan och compare."
        )
        return out.joined(separator: "\n") + "\n"
    }

    /// A minimum or maximum as written: years and codes (periods, identifiers, columns named like a
    /// year) without thousands grouping, other whole numbers grouped, decimals with two places.
    static func bound(_ value: Double, _ c: ColumnProfile) -> String {
        let whole = value == value.rounded()
        let name = c.name.lowercased()
        let code =
            c.role == .period || c.role == .identifier
            || ["år", "year", "period", "kod"].contains { name.contains($0) }
        return SwedishFormat.number(value, decimals: whole ? 0 : 2, grouping: !(code && whole))
    }

    /// As Swedish CSV (one row per column).
    public static func csv(_ d: Description) -> String {
        var csv = SwedishCSV()
        csv.append(["kolumn", "typ", "roll", "ordnad", "olika värden", "saknade", "min", "max", "exempel"])
        for c in d.columns {
            csv.append([
                c.name, c.type, c.role.swedishName, c.ordered ? "ja" : "nej", String(c.distinctCount),
                String(c.missing.values.reduce(0, +)), SwedishCSV.number(c.minimum), SwedishCSV.number(c.maximum),
                c.examples.joined(separator: ", "),
            ])
        }
        return csv.text
    }

    /// As HTML.
    public static func html(_ d: Description, generatedAt: String) -> String {
        var h =
            "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Beskrivning av \(HTML.escape(d.source))</title><style>\(ReportStyle.css)</style></head><body>"
        h +=
            "<header class=\"report\"><h1>\(HTML.escape(d.source))</h1><p class=\"meta\">\(HTML.escape(d.format)), \(SwedishFormat.count(d.rows, "rad", "rader")) · \(HTML.escape(d.shape.swedishName)) · \(HTML.escape(generatedAt))</p></header><main>"
        h +=
            "<table><thead><tr><th scope=\"col\">Kolumn</th><th scope=\"col\">Typ</th><th scope=\"col\">Roll</th><th class=\"num\" scope=\"col\">Olika värden</th><th class=\"num\" scope=\"col\">Saknade</th><th scope=\"col\">Exempel</th></tr></thead><tbody>"
        for c in d.columns {
            h +=
                "<tr><th scope=\"row\">\(HTML.escape(c.name))</th><td>\(c.type)</td><td>\(HTML.escape(c.role.swedishName))\(c.ordered ? " (ordnad)" : "")</td>"
            h +=
                "<td class=\"num\">\(c.distinctCount)</td><td class=\"num\">\(c.missing.values.reduce(0, +))</td><td>\(HTML.escape(c.examples.joined(separator: ", ")))</td></tr>"
        }
        return h + "</tbody></table></main></body></html>\n"
    }
}
