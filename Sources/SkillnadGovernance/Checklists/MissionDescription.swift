/// The planning frame of a year (seed 004, *Planering*, F-4.1): the budget year and the economic
/// plan for the two following years, with the mission description (*Beskriv uppdrag*, F-5.1) and
/// the division of responsibilities (F-4.2).
public struct MissionDescription: Sendable, Hashable, Codable {
    /// The fields of the mission description, in the seed's order.
    public enum Field: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
        case vision
        case programme = "program"
        case strategies = "strategiska-dokument"
        case legislation = "lagstiftning"
        case populationAnalysis = "befolkningsgrupper"
        case forecast = "befolkningsprognos"
        case environment = "omvarldsanalys"
        case decisions = "beslut"
        case dialogue = "dialog"
        case responsibilities = "ansvar"

        /// Label on the form.
        public var label: String {
            switch self {
            case .vision: "Vision"
            case .programme: "Den politiska majoritetens program"
            case .strategies: "Andra övergripande strategiska dokument"
            case .legislation: "Nationell lagstiftning att beakta och vad den innebär för oss"
            case .populationAnalysis:
                "Analys utifrån grupper i befolkningen (kön, socioekonomi, ålder …) och vad den säger"
            case .forecast: "Befolkningsprognos"
            case .environment: "Omvärldsanalys: vad den säger och vad som berör oss i hög grad"
            case .decisions: "Politiska beslut tagna utifrån tidigare uppföljningar och analyser"
            case .dialogue: "Medborgar- och brukardialoger och vad de sa"
            case .responsibilities:
                "Ansvar: förtroendevalda formulerar mål och fördelar resurser; tjänstemannaorganisationen beslutar hur, i handlingsplaner där det framgår vilka prestationer och aktiviteter som ska genomföras och vem som ansvarar"
            }
        }
    }

    /// The budget year ("2026").
    public var budgetYear: String
    /// The economic plan's years ("2027–2028").
    public var planYears: String
    /// The fields' texts.
    public var fields: [Field: String]
    /// How residents and service users took part, per step of the wheel (F-1.3).
    public var participation: [String: ParticipationLevel]?

    /// A description.
    public init(budgetYear: String, planYears: String = "", fields: [Field: String] = [:]) {
        self.budgetYear = budgetYear
        self.planYears = planYears
        self.fields = fields
    }
}
