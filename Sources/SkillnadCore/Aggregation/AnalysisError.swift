/// Problems with an analysis request, with messages in Swedish for the user.
///
/// The same problem is worded for where the user meets it: on the command line it names the
/// flags (`--role`), on a web page the controls ("rollen i importgranskningen").
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownColumn(String, available: [String])
    case notAnOutcome(String, role: ColumnRole)
    /// The column has no values at all (every row empty or missing).
    case emptyColumn(String)
    /// The column is to be a yes/no outcome but holds more (or other) values than two.
    case notBinary(String, count: Int, examples: [String])
    case notADimension(String, reason: String)
    case noOutcomes
    case noDimensions
    case invalidCrossDepth(Int)
    case thresholdTooLow(Int)
    case unknownPeriod(String, available: [String])
    case ambiguousAggregatedRows(outcome: String, varying: [String])
    case noRows(String)
    case missingDenominator(String)
    case notTwoGroups(String, count: Int)
    /// `--groups` / the group choice names other than two groups.
    case groupCount(Int)
    /// Adjustment asked for an outcome that is not yes/no.
    case adjustmentNeedsBinary(outcome: String, kind: OutcomeKind)
    case nonNumericValue(file: String, column: String, row: Int, found: String)
    case invalid(String)
    /// A value column holds several measures (one per level of the indicator column).
    case mixedIndicators(column: String, indicator: String, examples: [String])
    case outsideFrame(String)

    /// Where the message is read.
    public enum Audience: Sendable {
        /// A terminal: name the command's flags.
        case commandLine
        /// A web page: name the page's controls.
        case web
    }

    /// Whether the request itself is wrong (a flag's value, a column or period that is not there)
    /// rather than the data: the command line exits with 64 for these and 65 for data problems.
    public var isRequestProblem: Bool {
        switch self {
        case .unknownColumn, .noOutcomes, .noDimensions, .invalidCrossDepth, .thresholdTooLow, .unknownPeriod,
            .notTwoGroups, .groupCount, .adjustmentNeedsBinary, .notAnOutcome, .notADimension, .outsideFrame,
            .mixedIndicators:
            true
        case .emptyColumn, .notBinary, .ambiguousAggregatedRows, .noRows, .missingDenominator, .nonNumericValue,
            .invalid:
            false
        }
    }

    /// The message for the command line.
    public var description: String { message(.commandLine) }

    /// The message, worded for where it is read.
    public func message(_ audience: Audience) -> String {
        let cli = audience == .commandLine
        switch self {
        case .unknownColumn(let name, let available):
            return "Kolumnen \"\(name)\" finns inte. Tillgängliga kolumner: \(available.joined(separator: ", "))."
        case .notAnOutcome(let name, let role):
            return "Kolumnen \"\(name)\" kan inte användas som utfall: den har rollen \(role.swedishName). "
                + (cli
                    ? "Ange rollen med --role \"\(name)=binar\" eller \"\(name)=numerisk\" om den är ett utfall."
                    : "Ändra kolumnens roll till binärt eller numeriskt utfall genom att importera filen som en ny "
                        + "version, om den är ett utfall.")
        case .emptyColumn(let name):
            return "Kolumnen \"\(name)\" har inga värden: alla rader är tomma eller saknar uppgift. "
                + "Välj ett annat utfall eller kontrollera filen."
        case .notBinary(let name, let count, let examples):
            let shown = examples.prefix(8).joined(separator: ", ") + (count > 8 ? ", …" : "")
            let values = count == 1 ? "bara ett värde" : "\(count) olika värden"
            return "Kolumnen \"\(name)\" kan inte vara ett binärt utfall: den har \(values) (\(shown)), "
                + "men ett binärt utfall har två (ja/nej, 1/0). "
                + (cli
                    ? "Ange --role \"\(name)=numerisk\" om värdena är tal, eller använd kolumnen i --by."
                    : "Importera filen som en ny version och ge kolumnen rollen dimension eller numeriskt utfall.")
        case .notADimension(let name, let reason):
            return "Kolumnen \"\(name)\" kan inte användas som dimension: \(reason)."
        case .noOutcomes:
            return cli ? "Ange minst ett utfall med --outcome." : "Välj minst ett utfall."
        case .noDimensions:
            return cli ? "Ange minst en dimension med --by." : "Välj minst en grupp (dimension)."
        case .invalidCrossDepth(let depth):
            return cli
                ? "--cross måste vara 1, 2 eller 3 (var \(depth))."
                : "Korsningar kan vara av en, två eller tre dimensioner."
        case .thresholdTooLow(let value):
            return "Tröskeln för röjandekontroll får inte vara lägre än 3 (var \(value))."
        case .unknownPeriod(let label, let available):
            return "Perioden \"\(label)\" finns inte i data. Perioder: \(available.joined(separator: ", "))."
        case .ambiguousAggregatedRows(let outcome, let varying):
            let columns = varying.map { "\"\($0)\"" }.joined(separator: ", ")
            if varying.isEmpty {
                return "Utfallet \"\(outcome)\" är ett aggregerat värde utan antal, och flera perioder hamnar i samma "
                    + "grupp när alla perioder slås samman. "
                    + (cli ? "Välj en period med --period." : "Välj en enskild period.")
            }
            return "Utfallet \"\(outcome)\" är ett aggregerat värde utan antal, och flera rader hamnar i samma grupp "
                + "eftersom kolumnerna \(columns) varierar. "
                + (cli
                    ? "Välj rader med --filter KOLUMN=VÄRDE eller lägg till kolumnerna i --by."
                    : "Välj ett värde för \(columns) under ”Filtrera rader”, eller välj kolumnen som grupp, så att "
                        + "varje rad blir en egen grupp.")
        case .noRows(let detail):
            return "Inga rader kvar att analysera: \(detail)."
        case .missingDenominator(let name):
            return "Utfallet \"\(name)\" är en täljare men data saknar en nämnare eller antalskolumn."
        case .notTwoGroups(let name, let count):
            return "Dimensionen \"\(name)\" har \(count) grupper; jämförelsen kräver två. "
                + (cli ? "Välj två med --groups A,B." : "Välj de två grupper som ska jämföras.")
        case .groupCount(let count):
            return cli
                ? "--groups ska ange exakt två grupper, till exempel --groups K,M (angav \(count))."
                : "Välj exakt två grupper att jämföra (valda: \(count))."
        case .adjustmentNeedsBinary(let outcome, let kind):
            return (cli ? "Justering (--adjust-for)" : "Justering")
                + " kräver ett binärt utfall; «\(outcome)» är ett \(kind.swedishName)."
        case .nonNumericValue(let file, let column, let row, let found):
            return "Fel i filen \(file), rad \(row), kolumn \"\(column)\": förväntade ett tal, men fann \"\(found)\"."
        case .mixedIndicators(let column, let indicator, let examples):
            let shown = examples.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
            return "Kolumnen \"\(column)\" innehåller flera olika mått (ett för varje värde i \"\(indicator)\"), "
                + "och olika mått räknas aldrig ihop. "
                + (cli
                    ? "Ange måttet som utfall, t.ex. --outcome \(examples.first.map { "\"\($0)\"" } ?? "MÅTT")."
                    : "Välj måtten som utfall, t.ex. \(shown).")
        case .invalid(let message):
            return message
        case .outsideFrame(let detail):
            return "Det här uttaget går inte att publicera: \(detail)."
        }
    }
}
