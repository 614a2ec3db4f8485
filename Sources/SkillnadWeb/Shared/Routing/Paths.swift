import SkillnadCore

/// Every address the application links to or redirects to, built in one place.
///
/// ```swift
/// Paths.analysisStep(7, .criteria)   // "/analyses/7/steps/kriterier"
/// Paths.explore(query)               // "/explore?dataset=1&…"
/// ```
enum Paths {
    static let home = "/"
    static let login = "/login"

    /// The login page, returning to `next` afterwards.
    static func login(next: String) -> String { login + "?" + Form.encode([("next", next)]) }

    // MARK: Datasets

    static let datasets = "/datasets"
    static let newDataset = "/datasets/new"
    static func dataset(_ id: Int64) -> String { "\(datasets)/\(id)" }
    static func datasetPreview(token: String) -> String { "/datasets/preview?" + Form.encode([("token", token)]) }
    static func importProgress(token: String) -> String { "/imports/\(token)" }
    static func datasetRows(_ id: Int64) -> String { dataset(id) + "/rows" }

    // MARK: Explorer

    static let explore = "/explore"
    static func explore(_ query: String) -> String { explore + "?" + query }
    static func difference(_ query: String, id: String) -> String {
        "/explore/difference?" + query + "&" + Form.encode([("id", id)])
    }
    static func crossing(_ query: String) -> String { "/explore/crossing?" + query }
    static func export(_ export: ExportKind, _ query: String) -> String { "/export/\(export.rawValue)?" + query }

    // MARK: Analyses

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

    // MARK: Administration

    static let adminUsers = "/admin/users"
    static let adminTokens = "/admin/tokens"
    static let adminAudit = "/admin/audit"
    static let adminSettings = "/admin/settings"

    // MARK: Goals

    static let goals = "/goals"
    static func goal(_ id: Int64) -> String { "\(goals)/\(id)" }
}

/// The explorer's downloads, each a file name under `/export/`.
enum ExportKind: String, Sendable, CaseIterable {
    case differencesCSV = "differences.csv"
    case differencesWorkbook = "differences.xlsx"
    case report = "report.html"
    case chart = "chart.svg"
    case crossingChart = "crossing.svg"
    case crossingCSV = "crossing.csv"
    case crossingWorkbook = "crossing.xlsx"
    case tablesCSV = "tables.csv"
    case tablesWorkbook = "tables.xlsx"

    /// The audit log's code for the download (`export.csv`, `export.xlsx` …).
    var auditAction: String { "export." + (rawValue.split(separator: ".").last.map(String.init) ?? rawValue) }

    /// The response's content type.
    var contentType: ContentType {
        switch self {
        case .differencesCSV, .crossingCSV, .tablesCSV: .csv
        case .differencesWorkbook, .crossingWorkbook, .tablesWorkbook: .workbook
        case .report: .html
        case .chart, .crossingChart: .svg
        }
    }
}
