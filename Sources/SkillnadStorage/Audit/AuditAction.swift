/// What an audit-log entry records. The raw value is the code stored in the log and written to
/// exports (`dataset.import`); pages show ``swedishName``.
public enum AuditAction: String, Sendable, Hashable, Codable, CaseIterable {
    case login
    case loginFailed = "login.failed"
    case loginBlocked = "login.blocked"
    case logout
    case userCreate = "user.create"
    case userUpdate = "user.update"
    case tokenIssue = "token.issue"
    case tokenRevoke = "token.revoke"
    case settingsUpdate = "settings.update"
    case datasetPreview = "dataset.preview"
    case datasetImport = "dataset.import"
    case datasetEdit = "dataset.edit"
    case datasetDelete = "dataset.delete"
    case datasetPublication = "dataset.publication"
    case datasetColumns = "dataset.columns"
    case rowsView = "rows.view"
    case rowsReveal = "rows.reveal"
    case exportCSV = "export.csv"
    case exportXLSX = "export.xlsx"
    case exportHTML = "export.html"
    case exportSVG = "export.svg"
    case crossingView = "crossing.view"
    case compareView = "compare.view"
    case analysisCreate = "analysis.create"
    case analysisSave = "analysis.save"
    case analysisReport = "analysis.report"
    case goalCreate = "goal.create"
    case goalUpdate = "goal.update"
    case goalDelete = "goal.delete"
    case indicatorCreate = "goal.indicator.create"
    case indicatorUpdate = "goal.indicator.update"
    case indicatorValues = "goal.indicator.values"
    case planCreate = "goal.plan.create"
    case planUpdate = "goal.plan.update"
    case planDelete = "goal.plan.delete"
    case apiDatasets = "api.datasets"
    case auditExport = "audit.export"

    /// Swedish label for pages.
    public var swedishName: String {
        switch self {
        case .login: "Inloggning"
        case .loginFailed: "Misslyckad inloggning"
        case .loginBlocked: "Inloggning spärrad"
        case .logout: "Utloggning"
        case .userCreate: "Användare skapad"
        case .userUpdate: "Användare ändrad"
        case .tokenIssue: "API-nyckel skapad"
        case .tokenRevoke: "API-nyckel återkallad"
        case .settingsUpdate: "Inställningar ändrade"
        case .datasetPreview: "Fil granskad före import"
        case .datasetImport: "Dataset importerat"
        case .datasetEdit: "Dataset ändrat"
        case .datasetDelete: "Dataset borttaget"
        case .datasetPublication: "Publicering för läsare ändrad"
        case .datasetColumns: "Kolumner, etiketter eller riktning ändrade (ny version)"
        case .rowsView: "Rader visade"
        case .rowsReveal: "Känsliga kolumner visade"
        case .exportCSV: "Export till CSV"
        case .exportXLSX: "Export till Excel"
        case .exportHTML: "Export av rapport (HTML)"
        case .exportSVG: "Export av diagram (SVG)"
        case .crossingView: "Korsning visad"
        case .compareView: "Justerad jämförelse visad"
        case .analysisCreate: "Analys skapad"
        case .analysisSave: "Analys sparad"
        case .analysisReport: "Analysrapport visad"
        case .goalCreate: "Mål skapat"
        case .goalUpdate: "Mål ändrat"
        case .goalDelete: "Mål borttaget"
        case .indicatorCreate: "Indikator skapad"
        case .indicatorUpdate: "Indikator ändrad"
        case .indicatorValues: "Indikatorvärden sparade"
        case .planCreate: "Handlingsplan skapad"
        case .planUpdate: "Handlingsplan ändrad"
        case .planDelete: "Handlingsplan borttagen"
        case .apiDatasets: "API: datasetlista"
        case .auditExport: "Granskningslogg exporterad"
        }
    }

    /// The group the log's filter offers, by code prefix.
    public enum Group: String, Sendable, CaseIterable {
        case login, user, token, settings, dataset, rows, export, explore, analysis, goal, api, audit

        /// Swedish label.
        public var swedishName: String {
            switch self {
            case .login: "Inloggning och utloggning"
            case .user: "Användare"
            case .token: "API-nycklar"
            case .settings: "Inställningar"
            case .dataset: "Dataset"
            case .rows: "Radnivå"
            case .export: "Export"
            case .explore: "Korsningar och justerade jämförelser"
            case .analysis: "Analyser"
            case .goal: "Mål"
            case .api: "API"
            case .audit: "Granskningsloggen"
            }
        }

        /// The codes in the group.
        public var actions: [AuditAction] { AuditAction.allCases.filter { $0.group == self } }
    }

    /// The group the action belongs to.
    public var group: Group {
        switch self {
        case .login, .loginFailed, .loginBlocked, .logout: .login
        case .userCreate, .userUpdate: .user
        case .tokenIssue, .tokenRevoke: .token
        case .settingsUpdate: .settings
        case .datasetPreview, .datasetImport, .datasetEdit, .datasetDelete, .datasetPublication, .datasetColumns:
            .dataset
        case .rowsView, .rowsReveal: .rows
        case .exportCSV, .exportXLSX, .exportHTML, .exportSVG: .export
        case .crossingView, .compareView: .explore
        case .analysisCreate, .analysisSave, .analysisReport: .analysis
        case .goalCreate, .goalUpdate, .goalDelete, .indicatorCreate, .indicatorUpdate, .indicatorValues, .planCreate,
            .planUpdate, .planDelete:
            .goal
        case .apiDatasets: .api
        case .auditExport: .audit
        }
    }

    /// The label of a stored code; codes this version does not know are shown as they are.
    public static func label(_ code: String) -> String {
        AuditAction(rawValue: code)?.swedishName ?? code
    }
}
