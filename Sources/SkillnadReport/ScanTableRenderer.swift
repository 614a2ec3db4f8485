import SkillnadCore

/// The scan as readable Swedish text for the terminal.
public struct ScanTableRenderer: Sendable {
    /// How many differences to list.
    public var top: Int

    /// Creates a renderer.
    public init(top: Int = 20) {
        self.top = top
    }

    /// Renders the scan.
    public func render(_ scan: ScanResult) -> String {
        var out: [String] = []
        if !scan.disclosureControlled { out.append("*** \(ReportText.uncontrolledStamp) ***") }
        out.append("Skillnad – skanning av \(scan.source)")
        out.append("Utfall: " + scan.outcomes.map(ReportText.outcome).joined(separator: "; "))
        var settings = "Dimensioner: \(scan.dimensions.joined(separator: ", "))"
        if scan.crossDepth > 1 { settings += "; korsningar av upp till \(scan.crossDepth) dimensioner" }
        if let period = scan.period { settings += "; period \(period)" }
        out.append(settings)
        out.append(
            scan.disclosureControlled
                ? "Röjandekontroll: grupper under \(scan.threshold) personer döljs (..)."
                : "Röjandekontroll: AVSTÄNGD – resultatet får inte spridas.")
        for note in scan.notes { out.append("Obs: \(note)") }
        out.append("")
        let shown = scan.differences.prefix(top)
        out.append("Rangordnade skillnader (\(shown.count) av \(scan.differences.count))")
        out.append(String(repeating: "─", count: 78))
        for d in shown {
            out.append("\(pad(String(d.rank), 3)). [\(SwedishFormat.number(d.score, decimals: 0)) p] \(d.summary)")
            out.append("      \(ReportText.statistics(d))")
            if let affected = ReportText.affected(d) { out.append("      \(affected)") }
            out.append("      Poäng: \(ReportText.components(d.scoreComponents))")
            for note in d.notes { out.append("      Obs: \(note)") }
        }
        if !scan.suppressedComparisons.isEmpty {
            out.append("")
            out.append(
                "Jämförelser som inte kan redovisas på grund av röjandekontroll: \(scan.suppressedComparisons.count)")
            for w in scan.suppressedComparisons.prefix(10) {
                out.append(
                    "  – \(w.outcome) efter \(w.dimensions.joined(separator: " × ")): \(w.groups.joined(separator: " mot "))"
                )
            }
            if scan.suppressedComparisons.count > 10 {
                out.append("  … och \(scan.suppressedComparisons.count - 10) till")
            }
        }
        out.append("")
        out.append(ReportText.suppressionFootnote(threshold: scan.threshold))
        out.append(ReportText.scoreFormula)
        if !scan.disclosureControlled { out.append("*** \(ReportText.uncontrolledStamp) ***") }
        return out.joined(separator: "\n") + "\n"
    }

    func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
