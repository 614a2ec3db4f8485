/// The Swedish text of a criteria result: what the difference is, what each criterion does to it,
/// the conclusion and the reminder.
enum CriteriaText {
    static func pp(_ value: Double?) -> String {
        SwedishFormat.difference(value, kind: .proportion)
    }

    static func interval(_ low: Double?, _ high: Double?) -> String {
        "95 % KI " + SwedishFormat.bounds(low, high, kind: .proportion, difference: true)
    }

    static func share(_ value: Double?) -> String {
        guard let value else { return SwedishFormat.none }
        return SwedishFormat.number(value * 100, decimals: 0) + SwedishFormat.space + "%"
    }

    static func describe(_ r: CriteriaResult) -> String {
        guard let crude = r.crude else {
            return "Skillnaden kan inte redovisas eftersom en av grupperna är för liten (röjandekontroll)."
        }
        var lines: [String] = []
        lines.append(
            "\(r.outcome): \(r.first) \(SwedishFormat.estimate(r.firstEstimate, kind: .proportion)), "
                + "\(r.second) \(SwedishFormat.estimate(r.secondEstimate, kind: .proportion)). Skillnaden är \(pp(crude)) "
                + "(\(interval(r.crudeLow, r.crudeHigh)), \(SwedishFormat.pEquals(r.crudePValue))).")
        for row in r.rows + (r.together.map { [$0] } ?? []) {
            let columns = row.columns.map { "«\($0)»" }.joined(separator: ", ")
            if row.verdict == .notComputable {
                lines.append("\(row.title) (\(columns)): kan inte bedömas – för få personer i jämförbara grupper.")
                continue
            }
            lines.append(
                "\(row.title) (\(columns)): inom samma nivå är skillnaden \(pp(row.estimate)) (\(interval(row.ciLow, row.ciHigh))); "
                    + "kriteriet förklarar \(share(row.explainedShare)) av skillnaden – \(row.verdict.swedishName.lowercased())."
            )
        }
        switch r.conclusion {
        case .motivated:
            lines.append(
                "Statistisk läsning: motiverad – skillnaden förklaras av \(r.together?.verdict == .explains && !r.rows.contains { $0.verdict == .explains } ? "kriterierna tillsammans" : "minst ett av kriterierna")."
            )
        case .unmotivated:
            lines.append("Statistisk läsning: omotiverad – skillnaden förklaras inte av något av kriterierna.")
        case .partlyExplained, .noDifference, .notComputable:
            lines.append("Statistisk läsning: ingen – bedöm kriterierna utifrån uppgifterna.")
        }
        lines += CriteriaRule.aids(r)
        lines.append(CriteriaResult.reminder)
        return lines.joined(separator: "\n")
    }
}
