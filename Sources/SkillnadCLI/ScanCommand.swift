import ArgumentParser
import SkillnadCore
import SkillnadReport

/// `skillnad scan`: every comparison and the ranked list of differences.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Skanna data efter skillnader mellan grupper och rangordna dem.",
        discussion: """
            Jämför varje utfall mellan grupperna i varje dimension och, med --cross, i korsningar av dimensioner.
            Varje skillnad prövas statistiskt, q-värden kontrollerar andelen falska upptäckter, och en poäng
            byggd på storlek, antal berörda och evidens rangordnar dem. Små grupper döljs (röjandekontroll).

            Utan --outcome och --by på demodata används Storköpings ISU-utfall och bakgrundsvariabler.
            """)

    @Argument(help: ArgumentHelp("Datafil (CSV eller .xlsx).", valueName: "fil"))
    var file: String?

    @Flag(name: .long, help: "Använd Storköpings inbyggda demodata (ISU-ärenden).")
    var demo = false

    @Option(name: .long, help: "Utfallskolumn(er), kommaseparerade.")
    var outcome: String?

    @Option(name: .long, help: "Dimension(er) att jämföra grupper inom, kommaseparerade.")
    var by: String?

    @Option(name: .long, help: "Korsa upp till 1, 2 eller 3 dimensioner.")
    var cross: Int = 1

    @Option(name: .long, help: "Antal skillnader att visa i tabellformat.")
    var top: Int = 20

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let table = try DataSource.load(file: file, demo: demo, options: analysis)
        var outcomes = AnalysisOptions.outcomes(outcome, in: table)
        var dimensions = AnalysisOptions.list(by)
        var depth = cross
        if demo && outcomes.isEmpty && dimensions.isEmpty {
            outcomes = ["beviljad_insats", "barnsamtal_genomfort", "uppfoljning_genomford", "forbattrad_situation"]
            dimensions = ["kön", "område", "åldersgrupp", "födelseland"]
            depth = max(depth, 2)
        }
        if outcomes.isEmpty || dimensions.isEmpty { throw DataSource.missingChoice(table, outcomes: outcomes) }
        var request = AnalysisRequest(outcomes: outcomes, dimensions: dimensions, crossDepth: depth)
        try analysis.apply(to: &request)
        request.publication = analysis.frame(
            dimensions: dimensions, depth: depth, outcomes: outcomes, filters: Array(request.filters.keys))
        let result = try Scanner.scan(table, request: request)
        let text: String
        switch output.format {
        case .table: text = ScanTableRenderer(top: top).render(result)
        case .json: text = try JSONRenderer.render(result)
        case .csv: text = ScanCSVRenderer.render(result)
        case .html: text = ScanHTMLRenderer(detailed: top, generatedAt: DataSource.timestamp).render(result)
        }
        try OutputWriter.write(text, to: output.out)
    }
}
