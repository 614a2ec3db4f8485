import Foundation
import SkillnadCore
import SkillnadDemo
import SkillnadImport

/// Loads the data a command works on: a file, or the built-in Storköping demo data.
enum DataSource {
    static func load(file: String?, demo: Bool, options: AnalysisOptions) throws -> DataTable {
        var table = try load(file: file, demo: demo, sheet: options.sheet)
        if let path = options.codebook {
            let book = try Codebook.read(FileImporter.read(path: path, sheet: nil).table)
            table = Relabelling(table, codebook: book).table
        }
        guard let (key, value) = try options.pivotColumns() else { return table }
        return try TablePivot.pivot(table, key: key, value: value)
    }

    /// The file's table with the labels it carries (a Kolada fetch: KPI titles, municipality
    /// names; codes stay findable), or the demo data.
    static func load(file: String?, demo: Bool, sheet: String?) throws -> DataTable {
        if demo {
            if file != nil { throw CLIError(message: "Ange antingen en fil eller --demo, inte båda.") }
            return Storkoping.isuCases()
        }
        guard let file else {
            throw CLIError(message: "Ange en datafil (CSV eller .xlsx), eller --demo för Storköpings demodata.")
        }
        let read = try FileImporter.read(path: file, sheet: sheet)
        return read.codebook.map { Relabelling(read.table, codebook: $0).table } ?? read.table
    }

    /// The error for a scan without outcomes or dimensions, naming the file's columns that could
    /// be chosen (as the role detection sees them).
    static func missingChoice(_ table: DataTable, outcomes: [String]) -> CLIError {
        let roles = RoleDetector.detect(table)
        func names(_ wanted: [ColumnRole]) -> String {
            let list = wanted.flatMap { roles.columns(with: $0) }.sorted().map { table.columns[$0].name }
            return list.isEmpty
                ? "inga hittades" : list.prefix(12).joined(separator: ", ") + (list.count > 12 ? ", …" : "")
        }
        if outcomes.isEmpty {
            let measures = AnalysisPreparation.indicatorLevels(table, roles: roles)
            let candidates =
                measures.isEmpty
                ? names([.binaryOutcome, .numericOutcome, .value, .numerator])
                : "måtten i indikatorkolumnen: " + measures.prefix(12).map { "\"\($0)\"" }.joined(separator: ", ")
                    + (measures.count > 12 ? ", …" : "")
            return CLIError(
                message: "Ange minst ett utfall med --outcome. Möjliga utfall i \(table.source): "
                    + candidates + ". Se \"skillnad describe\".")
        }
        return CLIError(
            message: "Ange minst en dimension med --by. Möjliga dimensioner i \(table.source): "
                + names([.dimension]) + ".")
    }

    static var timestamp: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "sv_SE")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date())
    }
}
