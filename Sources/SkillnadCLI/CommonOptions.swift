import ArgumentParser
import SkillnadCore

/// Options shared by the analysis commands.
struct AnalysisOptions: ParsableArguments {
    @Option(name: .long, help: "Tröskel för röjandekontroll: grupper under N personer döljs (minst 3).")
    var threshold: Int = 5

    @Flag(name: .long, help: "Stäng av röjandekontrollen. Resultatet stämplas \"EJ RÖJANDEKONTROLLERAD\".")
    var noDisclosureControl = false

    @Flag(
        name: .long,
        help:
            "Skydda för publicering: alla tabeller som kan tas fram ur dimensionerna (korsade till --cross, varje period och alla perioder, alla utfall) döljer samma celler, så att inga små grupper kan räknas fram ur dem tillsammans."
    )
    var publish = false

    @Option(name: .long, help: "Utfall vars 0 % och 100 % i små grupper också skyddas vid --publish, kommaseparerade.")
    var sensitive: String?

    @Option(name: .long, help: "Period att jämföra: senaste (standard), alla, eller en period, t.ex. 2024.")
    var period: String = "senaste"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Utfall där lägre värden är bättre, kommaseparerade (\"ingen\" för inga).",
            discussion:
                "Utan flaggan föreslås det efter utfallets namn (arbetslöshet, ohälsa, kostnader, väntetider …)."
        ))
    var lowerBetter: String?

    @Option(
        name: .long,
        help: "Utfall där det inte är känt vilket håll som är bättre (visas som högre/lägre), kommaseparerade.")
    var unknownDirection: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Ange en kolumns summarader: KOLUMN=NIVÅ[|NIVÅ…], eller KOLUMN= för inga. Kan upprepas.",
            discussion: "Utan flaggan känns summarader igen på namnet (Totalt, Samtliga, Riket …); describe visar dem."
        ))
    var totals: [String] = []

    @Option(
        name: .long,
        help:
            "Ange en kolumns roll: KOLUMN=ROLL (dimension, binar, numerisk, antal, taljare, namnare, varde, vikt, period, id, ignorera). Kan upprepas."
    )
    var role: [String] = []

    @Option(name: .long, help: "Välj rader: KOLUMN=VÄRDE[|VÄRDE…]. Kan upprepas.")
    var filter: [String] = []

    @Option(name: .long, help: "Dimensioner som är ordnade (t.ex. åldersgrupper), kommaseparerade.")
    var ordered: String?

    @Option(name: .long, help: "Kalkylblad i en Excel-fil (standard: det första).")
    var sheet: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Kodlista med etiketter: kod i första kolumnen, etikett i andra (t.ex. Koladas lista över nyckeltal).",
            discussion: "Kolumnnamn och värden som finns i listan visas med sin etikett; ange dem då med etiketten.",
            valueName: "fil"))
    var codebook: String?

    @Option(
        name: .long,
        help:
            "Vänd en lång tabell till bred: NYCKEL=VÄRDE gör nyckelkolumnens värden till egna kolumner (t.ex. Students=value)."
    )
    var pivot: String?

    /// The pivot's key and value columns, if given.
    func pivotColumns() throws -> (key: String, value: String)? {
        guard let pivot else { return nil }
        guard let pair = ColumnValue(pivot), !pair.value.isEmpty else {
            throw CLIError(message: "--pivot ska skrivas NYCKEL=VÄRDE (fick \"\(pivot)\").")
        }
        return (pair.column, pair.value)
    }

    /// The request's shared settings.
    func apply(to request: inout AnalysisRequest) throws {
        guard noDisclosureControl || threshold >= 3 else { throw AnalysisError.thresholdTooLow(threshold) }
        if publish && noDisclosureControl {
            throw CLIError(message: "--publish och --no-disclosure-control går inte att kombinera.")
        }
        request.threshold = threshold
        request.disclosureControl = !noDisclosureControl
        request.period = PeriodSelection(userInput: period)
        request.lowerIsBetter =
            lowerBetter.map { ColumnName.key($0) == "ingen" ? [] : Set(Self.list($0)) }
            ?? Set(request.outcomes.filter(OutcomeDirection.lowerIsBetterByName))
        for item in role {
            let (column, parsed) = try Self.parseRole(item)
            request.roleOverrides[column] = parsed
        }
        for item in filter {
            guard let pair = ColumnValue(item), !pair.value.isEmpty else {
                throw CLIError(message: "--filter ska skrivas KOLUMN=VÄRDE (fick \"\(item)\").")
            }
            request.filters[pair.column, default: []] += pair.value.split(separator: "|").map(String.init)
        }
        for name in Self.list(ordered) { request.orderedOverrides[name] = true }
        request.unknownDirection = Set(Self.list(unknownDirection))
        request.lowerIsBetter.subtract(request.unknownDirection)
        request.totals = try Self.totalLevels(totals)
    }

    /// The total levels chosen with `--totals` (`KOLUMN=NIVÅ|…`, or `KOLUMN=` for none).
    static func totalLevels(_ items: [String]) throws -> TotalLevels {
        var levels = TotalLevels()
        for item in items {
            guard let pair = ColumnValue(item) else {
                throw CLIError(message: "--totals ska skrivas KOLUMN=NIVÅ[|NIVÅ…] eller KOLUMN= (fick \"\(item)\").")
            }
            levels.overrides[pair.column, default: []] += pair.value.split(separator: "|").map(String.init)
        }
        return levels
    }

    /// The publication frame of `--publish`: the request's dimensions (and filtered columns) at
    /// its crossing depth, every outcome in the request.
    func frame(dimensions: [String], depth: Int, outcomes: [String], filters: [String]) -> PublicationFrame? {
        guard publish else { return nil }
        let all = dimensions + filters.filter { !dimensions.contains($0) }
        return PublicationFrame(
            dimensions: all, outcomes: outcomes, depth: min(3, max(depth, 1) + filters.count),
            rule: DisclosureRule(threshold: threshold), sensitiveOutcomes: Set(Self.list(sensitive)))
    }

    /// Parses one `--role KOLUMN=ROLL` value.
    static func parseRole(_ item: String) throws -> (column: String, role: ColumnRole) {
        guard let pair = ColumnValue(item), let parsed = ColumnRole(userInput: pair.value) else {
            throw CLIError(
                message: "--role ska skrivas KOLUMN=ROLL med en av rollerna dimension, binar, numerisk, antal, "
                    + "taljare, namnare, varde, vikt, period, id, ignorera (fick \"\(item)\").")
        }
        return (pair.column, parsed)
    }

    /// Splits a comma-separated list, trimming spaces.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Outcome names: the whole text when it names a column or a measure of the indicator
    /// column (most Kolada KPI titles contain commas: "Arbetslöshet, (%)"), else a list.
    static func outcomes(_ text: String?, in table: DataTable) -> [String] {
        guard let whole = text?.trimmingCharacters(in: .whitespaces), !whole.isEmpty else { return [] }
        let known = table.columnNames + AnalysisPreparation.indicatorLevels(table, roles: RoleDetector.detect(table))
        if known.contains(where: { ColumnName.key($0) == ColumnName.key(whole) }) { return [whole] }
        // A share of one level ("utbildningsnivå=eftergymnasial utbildning, 3 år eller mer") whose
        // level is in the column: one outcome, commas and all.
        if let share = ColumnValue(whole), let column = table.column(named: share.column),
            column.asCategorical().levels.contains(where: { ColumnName.key($0) == ColumnName.key(share.value) })
        {
            return [whole]
        }
        return list(whole)
    }
}

/// Output options.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Format: table (läsbar text, standard), json, csv eller html.")
    var format: OutputFormat = .table

    @Option(name: .long, help: "Skriv till en fil i stället för till skärmen.")
    var out: String?
}

/// Output formats.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, html
}
