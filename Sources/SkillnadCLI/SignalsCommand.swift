import ArgumentParser
import Foundation
import SkillnadCore
import SkillnadGovernance
import SkillnadImport
import SkillnadReport

/// `skillnad signals`: the three signals of one indicator for one municipality, from a file — so
/// the rules can be checked without the web.
struct SignalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signals",
        abstract:
            "Status mot mål, trendpil och kvartil bland andra kommuner (och skillnaden kvinnor–män) för en indikator.",
        discussion: """
            Exempel:
              skillnad signals kolada.csv --indicator N15404 --municipality Ale --target 90 --direction hogre \\
                --groups kolada_kommungrupper.csv --compare-with "Liknande kommuner grundskola, Ale, 2024"
            Status: grön när målet nås, gul inom toleransen (standard 5 %) eller på väg mot målet, röd annars,
            vit när det inte går att bedöma. Trend: de tre senaste perioderna. Kvartil: Bästa 25 % när färre än
            en fjärdedel av jämförelsegruppen har ett bättre värde, Sämsta 25 % när färre än en fjärdedel har ett
            sämre; lika värden räknas varken som bättre eller sämre.
            """)

    @Argument(help: ArgumentHelp("Fil med indikatorns värden (Kolada, PxWeb, CSV, Excel).", valueName: "fil"))
    var file: String

    @Option(name: .long, help: "Indikatorn: id eller namn (t.ex. N15404). Behövs när filen har flera.")
    var indicator: String?

    @Option(name: .long, help: "Kommunen (eller enheten) vars signaler visas, namn eller kod.")
    var municipality: String

    @Option(name: .long, help: "Målet: ett värde (t.ex. 90) eller öka, minska, oförändrad.")
    var target: String?

    @Option(name: .long, help: "Vilket håll som är bättre: hogre, lagre eller okand.")
    var direction: String = "hogre"

    @Option(name: .long, help: "Utgångsperiod för mål som öka/minska (standard: föregående period).")
    var baseline: String?

    @Option(name: .long, help: "Tolerans i procent av målet (standard 5).")
    var tolerance: Double = 5

    @Option(
        name: .long,
        help: "Jämförelsegrupp: en grupp i --groups, eller kommuner kommaseparerade (standard: alla i filen).")
    var compareWith: String?

    @Option(name: .long, help: "Koladas kommungrupper (group_id, group_title, member_id, member_title).")
    var groups: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let table = try FileImporter.read(path: file).table
        let series: IndicatorSeries
        do {
            series = try IndicatorSeries(table, indicator: indicator)
        } catch let error as SeriesError {
            throw CLIError(message: "\(file): \(error.description)", code: 65)
        }
        guard let own = series.resolve(municipality), let observations = series.observations(for: own) else {
            throw CLIError(
                message:
                    "\"\(municipality)\" finns inte i \(file). Exempel: \(series.units.prefix(6).joined(separator: ", ")).",
                code: 64)
        }
        let higher: Bool?
        switch ColumnName.key(direction) {
        case "hogre", "higher": higher = true
        case "lagre", "lower": higher = false
        case "okand", "unknown": higher = nil
        default:
            throw CLIError(message: "--direction ska vara hogre, lagre eller okand (fick \"\(direction)\").", code: 64)
        }
        var definition = Indicator(
            id: 0, name: series.name, unit: series.name.contains("%") ? "%" : "", category: .objectiveResult,
            higherIsBetter: higher, tolerance: tolerance / 100)
        if let target {
            let parsed = try Self.target(target)
            for period in series.periods { definition.targets[period] = parsed }
        }
        if let baseline {
            guard let base = observations.first(where: { $0.period == baseline }) else {
                throw CLIError(message: "Perioden \(baseline) finns inte för \(own).", code: 64)
            }
            definition.baseline = base
        }
        let latest = observations.last { $0.value != nil }?.period
        let comparison = try latest.map { period -> (name: String, values: [Double]) in
            let set = try comparisonSet(series)
            let values = series.values(in: period)
            return (set.name, set.members.filter { $0 != own }.compactMap { values[$0] })
        }
        let signals = IndicatorSignals.evaluate(definition, observations: observations, comparison: comparison)
        let text: String
        switch output.format {
        case .json:
            text = try JSONRenderer.render(SignalsReport(indicator: series.name, municipality: own, signals: signals))
        default:
            text = SignalsText.render(indicator: series.name, municipality: own, signals: signals)
        }
        try OutputWriter.write(text, to: output.out)
    }

    /// The comparison set: a Kolada group, a list, or every unit in the file.
    func comparisonSet(_ series: IndicatorSeries) throws -> (name: String, members: [String]) {
        guard let compareWith, ColumnName.key(compareWith) != "alla" else {
            return ("Alla i filen", series.units)
        }
        if let groups {
            let table = try FileImporter.read(path: groups).table
            do {
                let group = try MunicipalityGroups(table).group(named: compareWith)
                let members = group.members.compactMap { series.resolve($0.name) ?? series.resolve($0.code) }
                return (group.title, members)
            } catch let error as SeriesError {
                throw CLIError(message: error.description, code: 64)
            }
        }
        let names = AnalysisOptions.list(compareWith)
        let members = names.compactMap { series.resolve($0) }
        guard members.count == names.count else {
            let missing = names.filter { series.resolve($0) == nil }
            throw CLIError(
                message:
                    "Finns inte i filen: \(missing.joined(separator: ", ")). Ange kommuner som finns, eller en grupp med --groups.",
                code: 64)
        }
        return ("Valda kommuner", members)
    }

    static func target(_ text: String) throws -> Target {
        switch ColumnName.key(text) {
        case "oka", "increase": return .direction(.increase)
        case "minska", "decrease": return .direction(.decrease)
        case "oforandrad", "unchanged": return .direction(.unchanged)
        default:
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".")) else {
                throw CLIError(
                    message: "--target ska vara ett tal eller öka, minska, oförändrad (fick \"\(text)\").", code: 64)
            }
            return .value(value)
        }
    }
}

/// The JSON of `skillnad signals`.
struct SignalsReport: Encodable {
    var indicator: String
    var municipality: String
    var signals: IndicatorSignals
}
