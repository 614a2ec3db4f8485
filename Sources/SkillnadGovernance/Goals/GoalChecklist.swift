/// "CHECKLISTA Sätta mål" (seed 004, *Sätta mål*, l. 598–645; requirement F-6.3), verbatim, with
/// the answer model Ja / Delvis / Nej / Ej aktuellt (F-3.2, proposed) and answers suggested from
/// the goal's own indicators where the system can see them (F-6.4, proposed: shown as förslag
/// with the evidence; the user confirms).
public enum GoalChecklist {
    /// An answer.
    public enum Answer: String, Sendable, Hashable, Codable, CaseIterable {
        case yes = "ja"
        case partly = "delvis"
        case no = "nej"
        case notApplicable = "ej-aktuellt"

        /// Swedish word.
        public var swedishName: String {
            switch self {
            case .yes: "Ja"
            case .partly: "Delvis"
            case .no: "Nej"
            case .notApplicable: "Ej aktuellt"
            }
        }
    }

    /// A suggested answer and why.
    public struct Suggestion: Sendable, Hashable {
        /// The answer suggested.
        public var answer: Answer
        /// What it rests on.
        public var evidence: String
    }

    /// The nine questions.
    public static let questions = [
        "Vilka områden är strategiskt viktiga för oss?",
        "Är det möjligt att sätta mål inom dessa områden? Vilka är våra påverkansmöjligheter?",
        "Riktar sig de mål vi sätter till alla eller de flesta verksamheter?",
        "Vilka indikatorer kan vi använda för att följa upp målen?",
        "Har vi kunskap kring de indikatorer vi använder och vad de faktiskt mäter? Resurser, produktion och verksamhetsresultat",
        "Går alla mål att följa upp med hjälp av mätbara resultatindikatorer utifrån ett medborgar- eller brukarperspektiv?",
        "Finns det möjlighet till jämförelser med andra kommuner?",
        "Är resultatindikatorerna angivna med en målnivå som anger vad kommunen vill uppnå?",
        "Finns både mål och indikatorer i kommunens övergripande budgetdokument?",
    ]

    /// Suggestions by question number (1–9) for a goal and the indicators that follow it up.
    public static func suggestions(_ goal: GovernanceGoal, indicators all: [Indicator]) -> [Int: Suggestion] {
        let mine = all.filter { $0.goalIds.contains(goal.id) }
        var out: [Int: Suggestion] = [:]
        if let most = goal.concernsMostActivities {
            out[3] = Suggestion(
                answer: most ? .yes : .no,
                evidence: most
                    ? "Målet är angivet att rikta sig till alla eller de flesta verksamheter."
                    : "Målet är angivet att rikta sig till en verksamhet.")
        }
        out[4] = Suggestion(
            answer: mine.isEmpty ? .no : .yes,
            evidence: mine.isEmpty ? "Ingen indikator följer upp målet." : "\(mine.count) indikatorer följer upp målet."
        )
        let withKnowledge = mine.filter { !($0.knowledge?[.measures] ?? "").isEmpty || !$0.definition.isEmpty }
        if !mine.isEmpty {
            out[5] = Suggestion(
                answer: withKnowledge.count == mine.count ? .yes : withKnowledge.isEmpty ? .no : .partly,
                evidence: "\(withKnowledge.count) av \(mine.count) indikatorer har en beskrivning av vad de mäter.")
        }
        let results = mine.filter { $0.category.isResult }
        out[6] = Suggestion(
            answer: results.isEmpty ? .no : .yes,
            evidence: results.isEmpty
                ? "Målet har ingen resultatindikator." : "\(results.count) resultatindikatorer följer upp målet.")
        let comparable = mine.filter(\.isComparedWithOthers)
        if !mine.isEmpty {
            out[7] = Suggestion(
                answer: comparable.isEmpty ? .no : comparable.count == mine.count ? .yes : .partly,
                evidence: "\(comparable.count) av \(mine.count) indikatorer jämförs med andra kommuner.")
        }
        if !results.isEmpty {
            let targeted = results.filter { !$0.targets.isEmpty }
            out[8] = Suggestion(
                answer: targeted.count == results.count ? .yes : targeted.isEmpty ? .no : .partly,
                evidence: "\(targeted.count) av \(results.count) resultatindikatorer har en målnivå eller riktning.")
        }
        return out
    }
}
