/// Example equality goals and Botkyrka's goals with indicators, verbatim from the guide to
/// equality in governance (seed 001, Kap. 5 Steg 2; requirements E-7.4, E-7.5), offered as
/// templates when goals are formulated.
public enum EqualityTemplates {
    /// An example goal at its level.
    public struct Example: Sendable, Hashable {
        /// Struktur, process or resultat.
        public var level: EqualityLevel
        /// The goal, verbatim.
        public var text: String
    }

    /// A goal of Botkyrka's example with its indicators.
    public struct TemplateGoal: Sendable {
        /// The goal, verbatim.
        public var text: String
        /// Its indicators, verbatim, with whether each is individual-based and which way is better.
        public var indicators: [(name: String, individBased: Bool, higherIsBetter: Bool?)]
    }

    /// Example goals on the three levels (l. 723–769).
    public static let examples: [Example] = [
        Example(
            level: .structure,
            text:
                "Jämlikhetsperspektiv ingår som en framträdande del i organisationens mål och budgetdokument, översiktsplan eller regional utvecklingsplan."
        ),
        Example(
            level: .structure,
            text: "Rutiner för att göra konsekvensbeskrivningar för olika grupper i samhället har tagits fram."),
        Example(
            level: .structure,
            text:
                "Ett jämlikhetsperspektiv ingår som en del i de krav som ställs i offentliga upphandlingar (t ex ickediskriminering, jämställdhet)."
        ),
        Example(
            level: .process, text: "Reflektion och analys i organiserade former är en naturlig del av verksamheten."),
        Example(
            level: .process,
            text:
                "I det personalpolitiska arbetet sker ett arbete med kultur och värderingar som utgår från ett normkritiskt perspektiv."
        ),
        Example(
            level: .process,
            text:
                "I all verksamhetsuppföljning efterfrågas alltid individbaserad statistik uppdelat utifrån kvinnor och män, bostadsort, ålder och andra relevanta kategorier."
        ),
        Example(
            level: .process,
            text:
                "All kommunikation sker på ett sådant sätt att brukare och invånare känner sig inkluderade, förstår och kan ta del av den."
        ),
        Example(
            level: .result,
            text: "Alla brukare har likvärdiga förutsättningar för delaktighet i och inflytande över verksamheten."),
        Example(level: .result, text: "Alla brukare har likvärdig tillgång till välfärdstjänsterna och servicen."),
        Example(level: .result, text: "Skillnaderna i hälsa minskar bland invånarna."),
        Example(level: .result, text: "Skillnaderna i utbildningsnivå minskar bland invånarna."),
        Example(level: .result, text: "Antalet föreningar ökar i bostadsområden med låg föreningstäthet."),
    ]

    /// Botkyrka's goals and indicators (Kap. 5, l. 839–862).
    public static let botkyrka: [TemplateGoal] = [
        TemplateGoal(
            text: "Mål 1. Botkyrkaborna är mer delaktiga i samhällsutvecklingen.",
            indicators: [
                (
                    "Andelen invånare som upplever att de kan vara med och påverka i kommunala frågor som intresserar dem.",
                    true, true
                ),
                ("Upplevelse av social sammanhållning/distans.", true, nil),
            ]),
        TemplateGoal(
            text: "Mål 2. Botkyrkaborna har mer jämställda och jämlika förutsättningar och möjligheter",
            indicators: [
                ("Invånarna upplever att de inte utsätts för diskriminering.", true, true),
                ("Ekonomisk utsatthet bland barn.", true, false),
            ]),
        TemplateGoal(
            text: "Mål 3. Botkyrkaborna är friskare och mår bättre",
            indicators: [
                ("Ohälsotalet.", true, false), ("Självskattad hälsa.", true, true), ("Livslängd.", true, true),
            ]),
    ]
}
