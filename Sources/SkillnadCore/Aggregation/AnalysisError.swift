/// Problems with an analysis request, with messages in Swedish for the user.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownColumn(String, available: [String])
    case notAnOutcome(String, role: ColumnRole)
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
    case nonNumericValue(file: String, column: String, row: Int, found: String)
    case invalid(String)
    case outsideFrame(String)

    /// The message shown to the user, in Swedish.
    public var description: String {
        switch self {
        case .unknownColumn(let name, let available):
            "Kolumnen \"\(name)\" finns inte. Tillgängliga kolumner: \(available.joined(separator: ", "))."
        case .notAnOutcome(let name, let role):
            "Kolumnen \"\(name)\" kan inte användas som utfall: den har rollen \(role.swedishName). "
                + "Ange rollen med --role \"\(name)=binar\" eller \"\(name)=numerisk\" om den är ett utfall."
        case .notADimension(let name, let reason):
            "Kolumnen \"\(name)\" kan inte användas som dimension: \(reason)."
        case .noOutcomes: "Ange minst ett utfall med --outcome."
        case .noDimensions: "Ange minst en dimension med --by."
        case .invalidCrossDepth(let depth): "--cross måste vara 1, 2 eller 3 (var \(depth))."
        case .thresholdTooLow(let value):
            "Tröskeln för röjandekontroll får inte vara lägre än 3 (var \(value))."
        case .unknownPeriod(let label, let available):
            "Perioden \"\(label)\" finns inte i data. Perioder: \(available.joined(separator: ", "))."
        case .ambiguousAggregatedRows(let outcome, let varying):
            "Utfallet \"\(outcome)\" är ett aggregerat värde utan antal, och flera rader hamnar i samma grupp "
                + "eftersom kolumnerna \(varying.map { "\"\($0)\"" }.joined(separator: ", ")) varierar. "
                + "Välj rader med --filter KOLUMN=VÄRDE eller lägg till kolumnerna i --by."
        case .noRows(let detail): "Inga rader kvar att analysera: \(detail)."
        case .missingDenominator(let name):
            "Utfallet \"\(name)\" är en täljare men data saknar en nämnare eller antalskolumn."
        case .notTwoGroups(let name, let count):
            "Dimensionen \"\(name)\" har \(count) grupper; jämförelsen kräver två. Välj två med --groups A,B."
        case .nonNumericValue(let file, let column, let row, let found):
            "Fel i filen \(file), rad \(row), kolumn \"\(column)\": förväntade ett tal, men fann \"\(found)\"."
        case .invalid(let message): message
        case .outsideFrame(let detail): "Det här uttaget går inte att publicera: \(detail)."

        }
    }
}
