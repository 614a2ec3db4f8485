import SkillnadCore

/// The ranked differences as Swedish Excel-friendly CSV, one row per difference.
public enum ScanCSVRenderer {
    /// Renders the scan.
    public static func render(_ scan: ScanResult) -> String {
        var csv = SwedishCSV()
        if !scan.disclosureControlled { csv.append([ReportText.uncontrolledStamp]) }
        let groupColumns = 2
        var header = [
            "rang", "poäng", "utfall", "typ", "dimensioner", "jämförelse", "period", "beskrivning",
        ]
        for g in 1...groupColumns {
            header += ["grupp \(g)", "n \(g)", "antal med utfall \(g)", "skattning \(g)", "KI låg \(g)", "KI hög \(g)"]
        }
        header += [
            "skillnad", "KI låg", "KI hög", "kvot", "kvot KI låg", "kvot KI hög", "test", "p", "q", "överskott",
            "berörda", "sämre grupp", "storlek", "berörda (poäng)", "evidens", "mål",
        ]
        csv.append(header)
        for d in scan.differences {
            var row = [
                String(d.rank), SwedishCSV.number(d.score, decimals: 1), d.outcome, d.outcomeKind.swedishName,
                d.dimensions.joined(separator: " × "), d.comparison.swedishName, d.period ?? "", d.summary,
            ]
            for g in 0..<groupColumns {
                if g < d.groups.count {
                    let group = d.groups[g]
                    if group.suppressed {
                        row += [group.label, "..", "..", "..", "..", ".."]
                    } else {
                        row += [
                            group.label, SwedishCSV.number(group.n, decimals: 0),
                            SwedishCSV.number(group.count, decimals: 1),
                            SwedishCSV.number(group.estimate), SwedishCSV.number(group.ciLow),
                            SwedishCSV.number(group.ciHigh),
                        ]
                    }
                } else {
                    row += ["", "", "", "", "", ""]
                }
            }
            row += [
                SwedishCSV.number(d.estimate), SwedishCSV.number(d.ciLow), SwedishCSV.number(d.ciHigh),
                SwedishCSV.number(d.ratio), SwedishCSV.number(d.ratioLow), SwedishCSV.number(d.ratioHigh), d.testName,
                SwedishCSV.number(d.pValue, decimals: 8), SwedishCSV.number(d.qValue, decimals: 8),
                SwedishCSV.number(d.excessCount, decimals: 0), SwedishCSV.number(d.affected, decimals: 0),
                d.worseGroup ?? "",
                SwedishCSV.number(d.scoreComponents.size, decimals: 3),
                SwedishCSV.number(d.scoreComponents.affected, decimals: 3),
                SwedishCSV.number(d.scoreComponents.evidence, decimals: 3),
                SwedishCSV.number(d.scoreComponents.goal, decimals: 3),
            ]
            csv.append(row)
        }
        if scan.disclosureControlled {
            csv.append([])
            csv.append([ReportText.suppressionFootnote(threshold: scan.threshold)])
        } else {
            csv.append([ReportText.uncontrolledStamp])
        }
        return csv.text
    }
}
