import SkillnadCore

/// The crossing as data: one record per cell and margin, and the CSV and Excel built from them,
/// with each value in a column of its own and numbers as numbers.
extension CrossingView {
    /// One cell or margin of the crossing.
    public struct Record: Sendable {
        /// The row dimension's group, or "Totalt" for a column margin.
        public var row: String
        /// The column dimension's group, or "Totalt" for a row margin.
        public var column: String
        /// The published result (nil when the crossing has no such group).
        public var group: GroupResult?
    }

    /// Every cell row by row, each row's margin after it, then the column margins and the total.
    public var records: [Record] {
        var out: [Record] = []
        for (i, row) in rowLabels.enumerated() {
            for (j, column) in columnLabels.enumerated() {
                out.append(Record(row: row, column: column, group: cells[i][j]))
            }
            out.append(Record(row: row, column: "Totalt", group: rowTotals[i]))
        }
        for (j, column) in columnLabels.enumerated() {
            out.append(Record(row: "Totalt", column: column, group: columnTotals[j]))
        }
        out.append(Record(row: "Totalt", column: "Totalt", group: total))
        return out
    }

    /// The estimate's column name: "andel (%)", "medelvärde" or "värde".
    var estimateName: String {
        kind == .proportion ? "andel (%)" : kind == .mean ? "medelvärde" : "värde"
    }

    /// Swedish CSV: the two dimensions, then estimate, n, lower and upper 95 % bound; `..` in each
    /// value of a suppressed group. Proportions in percent.
    public func csv(rowsName: String, columnsName: String, uncontrolled: Bool, threshold: Int) -> String {
        var csv = SwedishCSV()
        if uncontrolled { csv.append([ReportText.uncontrolledStamp]) }
        csv.append([rowsName, columnsName, estimateName, "n", "KI låg", "KI hög"])
        let scale = kind == .proportion ? 100.0 : 1.0
        for r in records {
            guard let g = r.group else { continue }
            if g.suppressed {
                csv.append([r.row, r.column] + Array(repeating: SwedishFormat.suppressed, count: 4))
                continue
            }
            csv.append([
                r.row, r.column, SwedishCSV.number(g.estimate.map { $0 * scale }, decimals: 2),
                SwedishCSV.number(g.n, decimals: 0), SwedishCSV.number(g.ciLow.map { $0 * scale }, decimals: 2),
                SwedishCSV.number(g.ciHigh.map { $0 * scale }, decimals: 2),
            ])
        }
        csv.append([ReportText.suppressionFootnote(threshold: threshold)])
        return csv.text
    }

    /// Three sheets: the estimates as a grid, n as a grid, and every value as a list.
    public func addSheets(
        to book: inout XLSXWriter, rowsName: String, columnsName: String, uncontrolled: Bool, threshold: Int
    ) {
        let format: XLSXWriter.NumberFormat = kind == .proportion ? .percent : .decimal2
        let preamble = (uncontrolled ? [ReportText.uncontrolledStamp] : []) + [title]
        let footnotes = [ReportText.suppressionFootnote(threshold: threshold)]
        let header = ["\(rowsName) \\ \(columnsName)"] + columnLabels + ["Totalt"]
        func grid(_ value: (GroupResult) -> XLSXWriter.Cell) -> [[XLSXWriter.Cell]] {
            func cell(_ g: GroupResult?) -> XLSXWriter.Cell {
                guard let g else { return .empty }
                return g.suppressed ? .text(SwedishFormat.suppressed) : value(g)
            }
            return rowLabels.indices.map { i in [.text(rowLabels[i])] + cells[i].map(cell) + [cell(rowTotals[i])] }
                + [[.text("Totalt")] + columnTotals.map(cell) + [cell(total)]]
        }
        book.add(
            name: kind == .proportion ? "Andel" : kind == .mean ? "Medelvärde" : "Värde", preamble: preamble,
            header: header, rows: grid { g in g.estimate.map { .number($0, format) } ?? .empty }, footnotes: footnotes)
        book.add(
            name: "Antal (n)", preamble: preamble, header: header,
            rows: grid { g in g.n.map { .number($0, .integer) } ?? .empty }, footnotes: footnotes)
        book.add(
            name: "Alla värden", preamble: preamble,
            header: [
                rowsName, columnsName, estimateName.replacingOccurrences(of: " (%)", with: ""), "n", "KI låg", "KI hög",
            ],
            rows: records.compactMap { r in
                guard let g = r.group else { return nil }
                if g.suppressed {
                    return [.text(r.row), .text(r.column)] + Array(repeating: .text(SwedishFormat.suppressed), count: 4)
                }
                return [
                    .text(r.row), .text(r.column), g.estimate.map { .number($0, format) } ?? .empty,
                    g.n.map { .number($0, .integer) } ?? .empty, g.ciLow.map { .number($0, format) } ?? .empty,
                    g.ciHigh.map { .number($0, format) } ?? .empty,
                ]
            }, footnotes: footnotes)
    }
}
