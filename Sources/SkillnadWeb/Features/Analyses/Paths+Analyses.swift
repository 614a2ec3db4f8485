import SkillnadCore

/// The analyses' addresses.
extension Paths {
    static let analyses = "/analyses"
    static func analysis(_ id: Int64) -> String { "\(analyses)/\(id)" }
    static func analysisStep(_ id: Int64, _ step: AnalysisStepID) -> String {
        analysis(id) + "/steps/\(step.rawValue)"
    }
    static func analysisHistory(_ id: Int64) -> String { analysis(id) + "/history" }
    static func analysisReport(_ id: Int64) -> String { analysis(id) + "/report" }
    static func analysisWorkbook(_ id: Int64) -> String { analysis(id) + "/report.xlsx" }
    static func efficiencyDiagram(_ id: Int64) -> String { analysis(id) + "/efficiency.svg" }
    static func analysisMeta(_ id: Int64) -> String { analysis(id) + "/meta" }
    static func analysisRefresh(_ id: Int64) -> String { analysis(id) + "/refresh" }
    static let addDifference = "/analyses/add-difference"
    static func newAnalysis(_ method: AnalysisMethod, explorerQuery: String, difference: String) -> String {
        "/analyses/new?" + Form.encode([("method", method.rawValue), ("q", explorerQuery), ("difference", difference)])
    }
}
