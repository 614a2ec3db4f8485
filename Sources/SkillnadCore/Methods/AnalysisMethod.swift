/// The two analysis methods Skillnad carries as working documents.
public enum AnalysisMethod: String, Sendable, Codable, CaseIterable {
    /// Huddinge's three-step difference analysis: identify, cause analysis, measures.
    case huddinge
    /// SKR's gender-equality-integrated analysis of individual-based systematic follow-up (ISU).
    case isu

    /// Name in Swedish.
    public var swedishName: String {
        switch self {
        case .huddinge: "Skillnadsanalys i tre steg"
        case .isu: "Jämställdhetsintegrerad ISU-analys"
        }
    }

    /// One-line description of the method and its source.
    public var summary: String {
        switch self {
        case .huddinge:
            "Identifiera en skillnad, gör en orsaksanalys och ta fram åtgärder (Huddinge kommuns handledning)."
        case .isu:
            "Vad ser vi? Vi reflekterar. Kan vi dra slutsatser? Hur kan vi göra annorlunda? (SKR:s analysstöd för ISU)."
        }
    }

    /// The method's steps, in order.
    public var steps: [AnalysisStep] {
        switch self {
        case .huddinge:
            [
                AnalysisStep(
                    id: .first, number: "Steg 1", title: "Identifiera en skillnad",
                    question: "Vilka skillnader ska vi analysera?"),
                AnalysisStep(
                    id: .second, number: "Steg 2", title: "Gör en orsaksanalys",
                    question: "Vilken är bakgrunden till skillnaderna?"),
                AnalysisStep(id: .third, number: "Steg 3", title: "Ta fram åtgärder", question: "Vad ska vi göra?"),
            ]
        case .isu:
            [
                AnalysisStep(id: .first, number: "Steg 1", title: "Vad ser vi?", question: "Iakttagelser"),
                AnalysisStep(
                    id: .criteria, number: "Bilaga", title: "Kriterier för omotiverade skillnader",
                    question: "Kan skillnaden förklaras?"),
                AnalysisStep(id: .second, number: "Steg 2", title: "Vi reflekterar", question: "Reflektioner"),
                AnalysisStep(id: .third, number: "Steg 3", title: "Kan vi dra slutsatser?", question: "Slutsatser"),
                AnalysisStep(
                    id: .fourth, number: "Steg 4", title: "Hur kan vi göra annorlunda?", question: "Utveckling"),
            ]
        }
    }
}

/// The identifier of a step, as it appears in addresses (`/analyses/7/steps/kriterier`) and in the
/// document's status map.
public enum AnalysisStepID: String, Sendable, Hashable, Codable, CaseIterable {
    case first = "1"
    case second = "2"
    case third = "3"
    case fourth = "4"
    /// The ISU appendix: criteria for unmotivated differences.
    case criteria = "kriterier"
}

/// One step of an analysis method.
public struct AnalysisStep: Sendable, Hashable {
    /// Identifier used in addresses and status maps.
    public var id: AnalysisStepID
    /// "Steg 1".
    public var number: String
    /// The step's title.
    public var title: String
    /// The question the step answers.
    public var question: String
}
