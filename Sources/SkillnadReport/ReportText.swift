import SkillnadCore

/// Shared Swedish wording for reports.
public enum ReportText {
    /// The stamp on output without disclosure control.
    public static let uncontrolledStamp = "EJ RÖJANDEKONTROLLERAD"

    /// Footnote explaining `..`.
    public static func suppressionFootnote(threshold: Int) -> String {
        ".. = uppgiften döljs av röjandekontrollen: gruppen har färre än \(threshold) personer, eller färre än "
            + "\(threshold) med respektive utan utfallet, eller den döljs för att inte kunna räknas fram ur "
            + "summor (sekundär röjandekontroll)."
    }

    /// One line describing the score components.
    public static func components(_ c: ScoreComponents) -> String {
        "storlek \(SwedishFormat.number(c.size, decimals: 2)) · berörda \(SwedishFormat.number(c.affected, decimals: 2)) · "
            + "evidens \(SwedishFormat.number(c.evidence, decimals: 2)) · mål \(c.goal > 0 ? SwedishFormat.number(c.goal, decimals: 2) : "–")"
            + (c.strength < 1 ? " · styrka \(SwedishFormat.number(c.strength, decimals: 2)) (håller inte)" : "")
    }

    /// The formula of the score.
    public static let scoreFormula =
        "Poäng = 100 × (0,35 · storlek + 0,25 · berörda + 0,40 · evidens) × (1 + 0,5 · mål) × styrka. Storlek: halva delen "
        + "absolut (10 procentenheter eller 0,8 standardavvikelser ger 1), halva relativ (kvot 2 eller ½ ger 1). Berörda: "
        + "log₁₀(1 + överskott)/3 för andelar. Evidens: −log₁₀(q)/4. Mål: målprioritet 1–3. Styrka: 1 när skillnaden "
        + "håller (q < 0,05) eller saknar test, annars log(q)/log(0,05); skillnader som håller rangordnas först. "
        + "För korsningar mäter storlek "
        + "och evidens samspelet, det vill säga hur mycket cellen avviker från vad dimensionerna var för sig förutsäger."

    /// Outcome description: "beviljad_insats (andel, högre är bättre)".
    public static func outcome(_ o: ScanResult.OutcomeInfo) -> String {
        "\(o.name) (\(o.kind.swedishName), \(direction(o)))"
    }

    /// "högre är bättre", "lägre är bättre" or, when nobody has said, "riktning okänd".
    public static func direction(_ o: ScanResult.OutcomeInfo) -> String {
        o.directionUnknown == true ? "riktning okänd" : o.higherIsBetter ? "högre är bättre" : "lägre är bättre"
    }

    /// The statistics line of a difference.
    public static func statistics(_ d: Difference) -> String {
        var parts: [String] = []
        let unit = d.comparison == .trend ? " per period" : ""
        var estimate = "Skillnad \(SwedishFormat.difference(d.estimate, kind: d.outcomeKind, short: true))\(unit)"
        if d.ciLow != nil {
            estimate +=
                " (95 % KI \(SwedishFormat.bounds(d.ciLow, d.ciHigh, kind: d.outcomeKind, difference: true)))"
        }
        parts.append(estimate)
        if let r = d.ratio {
            var ratio = "kvot \(SwedishFormat.ratio(r))"
            if let lo = d.ratioLow, let hi = d.ratioHigh {
                ratio += " (\(SwedishFormat.ratio(lo))–\(SwedishFormat.ratio(hi)))"
            }
            parts.append(ratio)
        }
        parts.append(d.testName)
        if d.pValue != nil {
            parts.append("\(SwedishFormat.pEquals(d.pValue)) · \(SwedishFormat.pEquals(d.qValue, symbol: "q"))")
        }
        return parts.joined(separator: " · ")
    }

    /// Who is affected.
    public static func affected(_ d: Difference) -> String? {
        var parts: [String] = []
        if let worse = d.worseGroup {
            parts.append(d.directionUnknown == true ? "Lägre värde: \(worse)" : "Sämre utfall: \(worse)")
        }
        if d.comparison == .groupVsRest, let group = d.groups.first, let n = d.affected {
            if let excess = d.excessCount {
                let direction = (group.label == d.worseGroup) == d.higherIsBetter ? "färre" : "fler"
                parts.append(
                    "\(SwedishFormat.integer(excess)) \(direction) av \(SwedishFormat.integer(n)) i \(group.label) har utfallet än om gruppen haft samma nivå som alla andra"
                )
            }
        } else if d.directionUnknown != true, let excess = d.excessCount, let worse = d.worseGroup, let n = d.affected {
            parts.append(
                "överskott \(SwedishFormat.integer(excess)) av \(SwedishFormat.integer(n)) i \(worse) om gruppen haft samma nivå som \(d.betterGroup ?? "den andra gruppen")"
            )
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
