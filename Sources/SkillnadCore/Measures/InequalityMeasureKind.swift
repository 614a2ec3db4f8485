/// The summary measures of inequality of the WHO Health Equity Assessment Toolkit (HEAT).
public enum InequalityMeasureKind: String, Sendable, Hashable, Codable, CaseIterable {
    case difference = "d"
    case ratio = "r"
    case betweenGroupVariance = "bgv"
    case meanDifferenceFromMeanWeighted = "mdmw"
    case meanDifferenceFromMeanUnweighted = "mdmu"
    case meanDifferenceFromBestWeighted = "mdbw"
    case meanDifferenceFromBestUnweighted = "mdbu"
    case indexOfDisparityUnweighted = "idisu"
    case indexOfDisparityWeighted = "idisw"
    case populationAttributableRisk = "par"
    case populationAttributableFraction = "paf"
    case theilIndex = "ti"
    case meanLogDeviation = "mld"
    case slopeIndex = "sii"
    case relativeIndex = "rii"
    case absoluteConcentrationIndex = "aci"
    case relativeConcentrationIndex = "rci"

    /// Swedish name shown in reports.
    public var swedishName: String {
        switch self {
        case .difference: "Differens (D)"
        case .ratio: "Kvot (R)"
        case .betweenGroupVariance: "Varians mellan grupper (BGV)"
        case .meanDifferenceFromMeanWeighted: "Medelavvikelse från genomsnittet, viktad (MDMW)"
        case .meanDifferenceFromMeanUnweighted: "Medelavvikelse från genomsnittet, oviktad (MDMU)"
        case .meanDifferenceFromBestWeighted: "Medelavvikelse från bästa gruppen, viktad (MDBW)"
        case .meanDifferenceFromBestUnweighted: "Medelavvikelse från bästa gruppen, oviktad (MDBU)"
        case .indexOfDisparityUnweighted: "Disparitetsindex, oviktat (IDISU)"
        case .indexOfDisparityWeighted: "Disparitetsindex, viktat (IDISW)"
        case .populationAttributableRisk: "Befolkningsattributabel risk (PAR)"
        case .populationAttributableFraction: "Befolkningsattributabel andel (PAF, %)"
        case .theilIndex: "Theils index (TI × 1000)"
        case .meanLogDeviation: "Genomsnittlig logaritmisk avvikelse (MLD × 1000)"
        case .slopeIndex: "Lutningsindex (SII)"
        case .relativeIndex: "Relativt ojämlikhetsindex (RII)"
        case .absoluteConcentrationIndex: "Absolut koncentrationsindex (ACI)"
        case .relativeConcentrationIndex: "Relativt koncentrationsindex (RCI)"
        }
    }

    /// Whether the measure is relative (a ratio or index) rather than on the indicator's scale.
    public var isRelative: Bool {
        switch self {
        case .ratio, .indexOfDisparityUnweighted, .indexOfDisparityWeighted, .populationAttributableFraction,
            .theilIndex, .meanLogDeviation, .relativeIndex, .relativeConcentrationIndex:
            true
        default: false
        }
    }

    /// The value meaning "no inequality".
    public var nullValue: Double {
        self == .ratio || self == .relativeIndex ? 1 : 0
    }

    /// The measures HEAT applies to a dimension with `groupCount` subgroups, ordered or not.
    public static func applicable(groupCount: Int, ordered: Bool) -> [InequalityMeasureKind] {
        if groupCount < 2 { return [] }
        if groupCount == 2 {
            return [.difference, .ratio, .populationAttributableRisk, .populationAttributableFraction]
        }
        if ordered {
            return [
                .difference, .ratio, .slopeIndex, .relativeIndex, .absoluteConcentrationIndex,
                .relativeConcentrationIndex, .populationAttributableRisk, .populationAttributableFraction,
            ]
        }
        return [
            .difference, .ratio, .betweenGroupVariance, .meanDifferenceFromMeanWeighted,
            .meanDifferenceFromMeanUnweighted, .meanDifferenceFromBestWeighted, .meanDifferenceFromBestUnweighted,
            .indexOfDisparityUnweighted, .indexOfDisparityWeighted, .populationAttributableRisk,
            .populationAttributableFraction, .theilIndex, .meanLogDeviation,
        ]
    }
}
