import ArgumentParser
import SkillnadCore
import SkillnadImport
import SkillnadReport

/// `skillnad describe`: columns, roles, types, values and missing counts.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Beskriv en datafil: kolumner, upptäckta roller och typer, olika värden och saknade värden.")

    @Argument(help: ArgumentHelp("Datafil (CSV eller .xlsx).", valueName: "fil"))
    var file: String

    @Option(name: .long, help: "Kalkylblad i en Excel-fil (standard: det första).")
    var sheet: String?

    @Option(name: .long, help: "Ange en kolumns roll: KOLUMN=ROLL. Kan upprepas.")
    var role: [String] = []

    @Option(name: .long, help: "Ange en kolumns summarader: KOLUMN=NIVÅ[|NIVÅ…], eller KOLUMN= för inga. Kan upprepas.")
    var totals: [String] = []

    @OptionGroup var output: OutputOptions

    func run() throws {
        let imported = try FileImporter.read(path: file, sheet: sheet)
        var overrides: [Int: ColumnRole] = [:]
        for item in role {
            let (column, parsed) = try AnalysisOptions.parseRole(item)
            guard let index = imported.table.columnIndex(named: column) else {
                throw AnalysisError.unknownColumn(column, available: imported.table.columnNames)
            }
            overrides[index] = parsed
        }
        let roles = RoleDetector.detect(imported.table, overrides: overrides)
        let description = DescribeRenderer.Description(
            source: imported.table.source, format: imported.format, encoding: imported.encoding?.rawValue,
            delimiter: imported.delimiter?.swedishName, rows: imported.table.rowCount, shape: roles.shape,
            normalisedColumns: imported.normalisedColumns,
            columns: ColumnProfiler.profiles(
                imported.table, roles: roles, totals: try AnalysisOptions.totalLevels(totals)))
        let text: String
        switch output.format {
        case .table: text = DescribeRenderer.text(description)
        case .json: text = try JSONRenderer.render(description)
        case .csv: text = DescribeRenderer.csv(description)
        case .html: text = DescribeRenderer.html(description, generatedAt: DataSource.timestamp)
        }
        try OutputWriter.write(text, to: output.out)
    }

}
