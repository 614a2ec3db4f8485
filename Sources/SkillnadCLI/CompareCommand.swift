import ArgumentParser
import SkillnadCore
import SkillnadReport

/// `skillnad compare`: one comparison in full, crude and adjusted.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Jämför ett utfall mellan två grupper, okorrigerat och justerat för andra variabler.",
        discussion: """
            Med --adjust-for jämförs grupperna inom samma nivå av de angivna kolumnerna (Mantel–Haenszel och
            direkt standardisering), och andelen av skillnaden som kolumnerna förklarar redovisas. Det är de
            beräknade kriterierna för omotiverade skillnader: förklaras skillnaden av behov, samtycke eller annat?
            """)

    @Argument(help: ArgumentHelp("Datafil (CSV eller .xlsx).", valueName: "fil"))
    var file: String?

    @Flag(name: .long, help: "Använd Storköpings inbyggda demodata (ISU-ärenden).")
    var demo = false

    @Option(name: .long, help: "Utfallskolumn.")
    var outcome: String

    @Option(name: .long, help: "Dimensionen som delar in grupperna, t.ex. kön.")
    var by: String

    @Option(name: .long, help: "De två grupper att jämföra, om dimensionen har fler, t.ex. K,M.")
    var groups: String?

    @Option(name: .long, help: "Kolumner att justera för, kommaseparerade, t.ex. risk_bbic,samtycke.")
    var adjustFor: String?

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let table = try DataSource.load(file: file, demo: demo, options: analysis)
        var base = AnalysisRequest(outcomes: [outcome], dimensions: [by])
        try analysis.apply(to: &base)
        let groupList = AnalysisOptions.list(groups)
        let adjust = AnalysisOptions.list(adjustFor)
        base.publication = analysis.frame(
            dimensions: [by] + adjust, depth: 1 + adjust.count, outcomes: [outcome], filters: Array(base.filters.keys))
        let request = CompareRequest(
            outcome: outcome, by: by, groups: groupList.isEmpty ? nil : groupList,
            adjustFor: adjust, base: base)
        let report = try GroupComparison.compare(table, request: request)
        let text: String
        switch output.format {
        case .table: text = ComparisonRenderer.text(report)
        case .json: text = try JSONRenderer.render(report)
        case .csv: text = ComparisonRenderer.csv(report)
        case .html: text = ComparisonRenderer.html(report, generatedAt: DataSource.timestamp)
        }
        try OutputWriter.write(text, to: output.out)
    }
}
