import SkillnadStorage

/// The explorer's addresses.
extension Paths {
    static let explore = "/explore"
    static func explore(_ query: String) -> String { explore + "?" + query }
    static func difference(_ query: String, id: String) -> String {
        "/explore/difference?" + query + "&" + Form.encode([("id", id)])
    }
    static func crossing(_ query: String) -> String { "/explore/crossing?" + query }
    static let exportSection = "/export"
    static func export(_ export: ExportKind, _ query: String) -> String {
        exportSection + "/\(export.rawValue)?" + query
    }
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

    /// The audit log's action for the download.
    var auditAction: AuditAction {
        switch self {
        case .differencesCSV, .crossingCSV, .tablesCSV: .exportCSV
        case .differencesWorkbook, .crossingWorkbook, .tablesWorkbook: .exportXLSX
        case .report: .exportHTML
        case .chart, .crossingChart: .exportSVG
        }
    }

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
