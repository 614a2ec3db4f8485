import Foundation
import SkillnadCore
import SkillnadDemo
import SkillnadImport

/// Loads the data a command works on: a file, or the built-in Storköping demo data.
enum DataSource {
    static func load(file: String?, demo: Bool, options: AnalysisOptions) throws -> DataTable {
        let table = try load(file: file, demo: demo, sheet: options.sheet)
        guard let (key, value) = try options.pivotColumns() else { return table }
        return try TablePivot.pivot(table, key: key, value: value)
    }

    static func load(file: String?, demo: Bool, sheet: String?) throws -> DataTable {
        if demo {
            if file != nil { throw CLIError(message: "Ange antingen en fil eller --demo, inte båda.") }
            return Storkoping.isuCases()
        }
        guard let file else {
            throw CLIError(message: "Ange en datafil (CSV eller .xlsx), eller --demo för Storköpings demodata.")
        }
        return try FileImporter.read(path: file, sheet: sheet).table
    }

    static var timestamp: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "sv_SE")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date())
    }
}
