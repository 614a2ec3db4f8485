/// The Swedish conclusion of a crude and adjusted comparison.
enum Interpretation {
    static func text(
        outcome: PreparedOutcome, first: String, second: String, crude: ComparisonReport.Crude?,
        adjusted: ComparisonReport.Adjusted?, explained: Double?, adjustedFor: [String]
    ) -> String {
        guard let crude else {
            return "Jämförelsen kan inte redovisas eftersom en av grupperna är för liten (röjandekontroll)."
        }
        let kind = outcome.kind
        let crudeText =
            "Skillnaden mellan \(first) och \(second) är \(SwedishFormat.difference(crude.estimate, kind: kind))"
        let significant = (crude.pValue ?? 1) < 0.05
        guard let adjusted, let explained else {
            return crudeText
                + (significant
                    ? " och statistiskt säkerställd (p = \(SwedishFormat.pValue(crude.pValue)))."
                    : " och inte statistiskt säkerställd (p = \(SwedishFormat.pValue(crude.pValue))).")
        }
        let columns = adjustedFor.map { "«\($0)»" }.joined(separator: ", ")
        let adjustedText =
            "Jämfört inom samma nivå av \(columns) är skillnaden \(SwedishFormat.difference(adjusted.estimate, kind: kind)) "
            + "(95 % KI \(SwedishFormat.number(adjusted.ciLow * 100)) till \(SwedishFormat.number(adjusted.ciHigh * 100)))"
        let share = SwedishFormat.number(explained * 100, decimals: 0) + SwedishFormat.space + "%"
        let adjustedSignificant = adjusted.ciLow > 0 || adjusted.ciHigh < 0
        if !significant {
            return crudeText + " och inte statistiskt säkerställd. " + adjustedText + "."
        }
        if explained >= 0.8 && !adjustedSignificant {
            return crudeText + ". " + adjustedText
                + ": \(columns) förklarar \(share) av skillnaden och den kvarstående "
                + "skillnaden är inte statistiskt säkerställd. Skillnaden förklaras av \(columns)."
        }
        if explained <= 0.2 && adjustedSignificant {
            return crudeText + ". " + adjustedText
                + ": \(columns) förklarar \(share) av skillnaden. Skillnaden kvarstår "
                + "och förklaras inte av \(columns)."
        }
        return crudeText + ". " + adjustedText
            + ": \(columns) förklarar \(share) av skillnaden. Skillnaden är delvis förklarad."
    }
}
