/// SKL's model for categorising indicators, "Resurser → Produktion → Verksamhetsresultat", plus
/// "Viktig information" for measures the municipality cannot much influence (seed 004,
/// *Resultatindikatorer*, and the exercise *Kategorisering av indikatorer*; requirement F-7.2).
public enum IndicatorCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case resources = "resurser"
    case internalProcesses = "interna-processer"
    case activities = "aktiviteter"
    case subjectiveResult = "resultat-subjektivt"
    case objectiveResult = "resultat-objektivt"
    case efficiency = "effektivitet"
    case information = "viktig-information"

    /// Swedish name.
    public var swedishName: String {
        switch self {
        case .resources: "Resurser"
        case .internalProcesses: "Produktion – interna processer"
        case .activities: "Produktion – aktiviteter"
        case .subjectiveResult: "Verksamhetsresultat – subjektivt"
        case .objectiveResult: "Verksamhetsresultat – objektivt"
        case .efficiency: "Verksamhetsresultat – effektivitet"
        case .information: "Viktig information (informationsmått)"
        }
    }

    /// The seed's definition, as help text.
    public var definition: String {
        switch self {
        case .resources:
            "Mäter insatt resurs, till exempel kostnad (kronor), arbetstid, årsarbetstid med mera. Exempel: antal elever per lärare."
        case .internalProcesses:
            "Indikatorer som beskriver interna processer har i sig inget direkt värde för medborgaren/brukaren. Exempel: sjukfrånvaro."
        case .activities:
            "Beskriver ett antal aktiviteter som förväntas leda till ett positivt resultat för medborgare/brukare. Exempel: SKLs informationsindex."
        case .subjectiveResult:
            "Mäter upplevd kvalitet hos medborgare/brukare. Måtten tas fram ur enkäter, fokusgrupper etc. Exempel: Nöjd Äldreboende-index."
        case .objectiveResult:
            "Mäter medborgarnas/brukarnas beteende eller egenskaper. Exempel: andelen klienter som är hemlösa mer än sex månader."
        case .efficiency:
            "Mäter resultat i förhållande till kostnad eller andra insatta resurser. Exempel: kostnad per betygspoäng."
        case .information:
            "Beskriver någon viktig aspekt men ligger till stor del utanför kommunens möjlighet att påverka. Dessa mått kan därför inte målsättas."
        }
    }

    /// Whether it measures results for residents and service users (verksamhetsresultat).
    public var isResult: Bool { [.subjectiveResult, .objectiveResult, .efficiency].contains(self) }

    /// The category Kolada's `perspective` suggests (F-7.7, proposed): Resurser → resources,
    /// Kvalitet och resultat → objective result, Volymer → activities, Övrigt → information.
    public static func suggested(byKoladaPerspective perspective: String) -> IndicatorCategory? {
        switch perspective.lowercased() {
        case "resurser": .resources
        case "kvalitet och resultat", "kvalitet", "resultat": .objectiveResult
        case "volymer", "volym": .activities
        case "övrigt", "ovrigt": .information
        default: nil
        }
    }
}
