/// The ISU appendix's rule for unmotivated differences, and the app's statistical aids to it.
///
/// The rule (SKR, *Jämställdhetsintegrerad analys av ISU*, bilaga, steg 2): "Kan skillnaderna
/// förklaras av något eller några av kriterierna är de motiverade … Om skillnaderna inte kan
/// förklaras av något eller några av kriterierna är de omotiverade." The analyst judges each
/// criterion; where the analyst has not, a criterion computed from data is read from its
/// statistics (``CriterionVerdict``: Skillnad's own thresholds, labelled as such).
///
/// ```swift
/// CriteriaRule.conclusion([.doesNotExplain, .explains])   // .motivated
/// CriteriaRule.conclusion([.doesNotExplain, nil])         // nil: one criterion is not judged
/// ```
public enum CriteriaRule {
    /// The seed's rule, as shown beside the criteria.
    public static let rule =
        "Kan skillnaderna förklaras av något eller några av kriterierna är de motiverade, det finns en faktisk förklaring till skillnaderna. Om skillnaderna inte kan förklaras av något eller några av kriterierna är de omotiverade."

    /// The seed's definition (kapitel 1, "Omotiverade skillnader – vad handlar det om?").
    public static let definition =
        "Begreppet omotiverade skillnader används när skillnader i bemötande, bedömning och insatser inte kan förklaras av faktiska skillnader när det gäller den enskildes behov, situation eller önskemål. Skillnaderna kan utöver kön vara relaterade till exempelvis socioekonomisk status, bostadsort eller någon av diskrimineringsgrunderna."

    /// The seed's purpose sentence that follows the definition.
    public static let purpose =
        "Syftet är att komma åt skillnader som kan bero på normer och föreställningar, snarare än skillnader som beror på individers behov, situation eller önskemål, och alltså kan motiveras."

    /// How the statistical aids are read (the app's own thresholds, not the seed's).
    public static let aidNote =
        "Skillnads statistiska läsning är ett stöd för bedömningen, inte stödets regel: ett kriterium läses som att det förklarar skillnaden när jämförelsen inom samma nivå förklarar minst 80 % av den och det som återstår inte är statistiskt säkerställt, och som att det inte förklarar när det förklarar högst 20 % och skillnaden kvarstår. Däremellan förklarar det delvis, och bedömningen är er."

    /// The conclusion from the criteria's judgements: motivated if any explains, unmotivated if
    /// every one is judged and none explains, nil while that cannot yet be said.
    public static func conclusion(_ judgements: [CriterionJudgement?]) -> DifferenceJudgement? {
        if judgements.contains(.explains) { return .motivated }
        guard !judgements.isEmpty, judgements.allSatisfy({ $0 == .doesNotExplain }) else { return nil }
        return .unmotivated
    }

    /// What a statistical verdict says about the criterion, where it says anything.
    public static func reading(_ verdict: CriterionVerdict) -> CriterionJudgement? {
        switch verdict {
        case .explains: .explains
        case .doesNotExplain: .doesNotExplain
        case .partly, .notComputable: nil
        }
    }

    /// The statistical reading of a computed result: motivated when any criterion, or the
    /// criteria together, explains the difference; unmotivated when every comparison was made and
    /// none explains it.
    public static func statistical(_ r: CriteriaResult) -> DifferenceJudgement? {
        guard r.crude != nil else { return nil }
        let rows = r.rows + (r.together.map { [$0] } ?? [])
        if rows.contains(where: { $0.verdict == .explains }) { return .motivated }
        return conclusion(r.rows.map { reading($0.verdict) })
    }

    /// The aids beside the reading: no statistically certain difference, criteria that explain
    /// in part, criteria that cannot be read.
    public static func aids(_ r: CriteriaResult) -> [String] {
        var aids: [String] = []
        if let p = r.crudePValue, p >= 0.05 {
            aids.append(
                "Ingen statistiskt säkerställd skillnad (\(SwedishFormat.pEquals(p))): skillnaden kan bero på slumpen.")
        }
        for row in r.rows + (r.together.map { [$0] } ?? []) {
            switch row.verdict {
            case .partly:
                let share = row.explainedShare.map { SwedishFormat.number($0 * 100, decimals: 0) + " %" } ?? ""
                aids.append("Delvis förklarad av «\(row.title)» (\(share)).")
            case .notComputable:
                aids.append("«\(row.title)» kan inte bedömas med dessa uppgifter.")
            case .explains, .doesNotExplain: break
            }
        }
        return aids
    }
}
