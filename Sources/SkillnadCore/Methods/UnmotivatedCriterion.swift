/// A criterion for unmotivated differences from the ISU appendix: a difference is unmotivated if
/// it is not explained by this criterion (nor any other). Titles, the information needed and the
/// example variables are the seed's words (SKR, *Jämställdhetsintegrerad analys av ISU*, bilaga,
/// tabell 1 och 2).
public struct UnmotivatedCriterion: Sendable, Hashable, Identifiable {
    /// Stable id.
    public var id: String
    /// Decisions or participation.
    public var kind: CriteriaKind
    /// The criterion, as in the appendix (continuing the table's lead sentence).
    public var title: String
    /// "Uppgifter som behövs": a lead line (may be empty) and the items, numbered as in the seed.
    public var neededLead: String
    /// The information needed, item by item.
    public var needed: [String]
    /// "Exempel på variabler": the questions and their answer options.
    public var questions: [CriterionQuestion]
    /// Column names to suggest, most relevant first (the demo data and common ISU exports use them).
    public var suggestedColumns: [String]
    /// How many suggested columns to preselect.
    public var preselect: Int

    static let yesNo = ["Ja", "Nej"]
    static let support = ["Ja", "Nej men skulle ha behövts", "Nej behövdes ej"]

    /// The seven answers to "Finns samtycke från vårdnadshavare/barn över 15 år?" (tabell 1).
    public static let consentOptions = [
        "Samtycke finns från barn över 15 år", "Samtycke finns från samtliga vårdnadshavarna",
        "Samtycke saknas från en vårdnadshavare", "Samtycke saknas, ej skäl för LVU",
        "Samtycke saknas, behov av uppföljning inom 4 månader", "Samtycke saknas, skäl för LVU",
        "Samtycke ej tillförlitligt, skäl för LVU",
    ]

    /// Every criterion of tables 1 and 2.
    public static let all: [UnmotivatedCriterion] = [
        UnmotivatedCriterion(
            id: "behov", kind: .decisions, title: "Skillnader i brukarens behov",
            neededLead: "Tre alternativ, där uppgifter om alla tre ger säkrast underlag:",
            needed: [
                "1. Vad som framkommit i en utredning om brukarens problematik/utsatthet",
                "2a. Vilken bedömning av begränsning och behov som gjorts enligt IBIC eller motsvarande",
                "2b. Vilken bedömning av risk att fara illa som gjorts enligt BBIC eller motsvarande",
                "3. Socialtjänstens bedömning av behov av stöd",
            ],
            questions: [
                CriterionQuestion(
                    "Vilken utsatthet har fram kommit under utredningen:",
                    ["Bristande omsorg", "Våld mot barn", "Upplevt våld", "Missbruk etc."]),
                CriterionQuestion(
                    "Hur bedöms risken att barnet far illa?", ["Inte känt", "Låg risk", "Förhöjd risk", "Hög risk"]),
                CriterionQuestion("Bedömer socialtjänsten att det finns behov av stöd från socialtjänsten?", yesNo),
            ], suggestedColumns: ["risk_bbic", "utsatthet", "behov_av_stod"], preselect: 1),
        UnmotivatedCriterion(
            id: "annat-satt", kind: .decisions, title: "att behovet kan och ska tillgodoses på annat sätt",
            neededLead: "",
            needed: [
                "Uppgifter om brukaren bedöms kunna få tillräckligt stöd från nätverk eller anhörig.",
                "Uppgifter om brukaren bedöms vara i behov av stöd från annan verksamhet inom socialtjänsten eller annan huvudman, t ex hälso- och sjukvård.",
            ],
            questions: [
                CriterionQuestion("Kan brukarens behov tillgodoses av nätverk?", yesNo),
                CriterionQuestion("Kan brukarens behov tillgodoses av anhörig?", yesNo),
                CriterionQuestion("Bör brukarens behov tillgodoses av annan verksamhet?", yesNo),
            ], suggestedColumns: ["annan_verksamhet", "behov_natverk", "behov_anhorig"], preselect: 1),
        UnmotivatedCriterion(
            id: "samtycke", kind: .decisions,
            title: "skillnader i samtycke eller inställning hos brukaren eller, i vissa fall, hens vårdnadshavare",
            neededLead: "",
            needed: [
                "Uppgifter om brukarens önskemål om typ och omfattning av stöd",
                "Vårdnadshavares och barn över 15 års samtycke till insats",
            ],
            questions: [
                CriterionQuestion("Önskar brukaren få det stöd som föreslås?", ["Ja", "Nej", "Vet ej"]),
                CriterionQuestion("Har brukarens önskemål om insats tagits tillvara?", ["Ja", "Nej", "Ej aktuellt"]),
                CriterionQuestion("Finns samtycke från vårdnadshavare/barn över 15 år?", consentOptions),
            ], suggestedColumns: ["samtycke", "onskar_stod", "onskemal_tillvarataget"], preselect: 1),
        UnmotivatedCriterion(
            id: "onskemal-delta", kind: .participation,
            title: "skillnader i brukarens önskemål att vara delaktig i utredningen", neededLead: "",
            needed: ["Uppgifter om brukaren blivit tillfrågad att delta i utredningen men tackat nej"],
            questions: [
                CriterionQuestion("Har brukaren/barnet tillfrågats om att delta i utredningssamtal?", yesNo),
                CriterionQuestion("Har brukaren/barnet velat delta i utredningen?", yesNo),
            ], suggestedColumns: ["ville_delta", "tillfragad_delta"], preselect: 1),
        UnmotivatedCriterion(
            id: "vardnadshavare", kind: .participation,
            title:
                "skillnader i samtycke eller inställning hos brukaren eller hens vårdnadshavare som socialtjänsten ska beakta",
            neededLead: "",
            needed: [
                "Uppgifter om vårdnadshavare inte medverkat till att barnet har fått vara delaktig",
                "Uppgifter om att brukaren inte velat framföra åsikter om önskemål om insats",
            ],
            questions: [
                CriterionQuestion("Har samtal med barn planerats?", yesNo),
                CriterionQuestion("Har vårdnadshavare hindrat barnet från att medverka i utredningen?", yesNo),
                CriterionQuestion(
                    "Har samtal med barn genomförts mot vårdnadshavares vilja/utan vårdnadshavares kännedom?", yesNo),
            ], suggestedColumns: ["vh_hindrade", "samtal_planerat", "samtal_utan_vh_vilja"], preselect: 1),
        UnmotivatedCriterion(
            id: "funktion-sprak", kind: .participation,
            title:
                "skillnader som har sin grund i brukarens funktionsnedsättning och eller bristande språkkunskaper som begränsar möjligheten att vara delaktig, trots omfattande insatser från kommunen för att göra utredningsprocessen tillgänglig",
            neededLead: "",
            needed: [
                "Uppgifter om vilka anpassningar som erbjudits för att kunna göra brukaren delaktig, ex samtal med bildstöd, anpassningar av samtalets längd, samtal med tolk"
            ],
            questions: [
                CriterionQuestion(
                    "Har kommunikationsstöd använts i samtal med brukaren/barnet/vårdnadshavare pga funktionsnedsättning?",
                    support),
                CriterionQuestion("Har kommunikationsstöd använts i samtal med barnet pga låg ålder?", support),
                CriterionQuestion("Har tolk använts i samtal med brukaren/barnet/vårdnadshavare?", support),
            ], suggestedColumns: ["kommunikationsstod_fn", "tolk", "kommunikationsstod_alder"], preselect: 2),
    ]

    /// The suggested columns that exist among `columns`, at most `preselect` of them, matched
    /// regardless of case and punctuation, also by the name a relabelled column had in its file
    /// (`earlierNames`: current name → name in the file, "Risk att fara illa (BBIC)" → "risk_bbic").
    public func suggestion(among columns: [String], earlierNames: [String: String] = [:]) -> [String] {
        let found = suggestedColumns.compactMap { suggested in
            let key = ColumnName.key(suggested)
            return columns.first { column in
                ColumnName.key(column) == key || earlierNames[column].map(ColumnName.key) == key
            }
        }
        return Array(found.prefix(preselect))
    }

    /// The title as a heading (first letter capitalised; the seed's lower case continues its lead).
    public var heading: String {
        title.prefix(1).uppercased() + title.dropFirst()
    }
}
