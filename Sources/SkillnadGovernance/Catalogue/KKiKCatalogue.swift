/// The KKiK measures as the seed lists them for 2014 (seed 004, "Hur användbara är
/// resultatindikatorerna i KKiK …", l. 3784–4039; requirement H-10.2), the initial catalogue an
/// administrator adds to the goal tree. The seed gives no Kolada KPI ids: each entry's id is
/// filled in when it is added (KKiK's set has changed since 2014).
public enum KKiKCatalogue {
    /// One measure.
    public struct Entry: Sendable, Hashable, Codable {
        /// The seed's number, where it gives one ("12A").
        public var number: String?
        /// The measure, verbatim.
        public var question: String
        /// Its area.
        public var area: KKiKArea
        /// Whether higher is better, where the measure makes it plain.
        public var higherIsBetter: Bool?
        /// Suggested category.
        public var category: IndicatorCategory
    }

    /// The 2014 list.
    public static let entries: [Entry] = accessibility + safety + participation + efficiency + development

    static func entry(
        _ number: String?, _ question: String, _ area: KKiKArea, _ higher: Bool?, _ category: IndicatorCategory
    ) -> Entry {
        Entry(number: number, question: question, area: area, higherIsBetter: higher, category: category)
    }

    static let accessibility = [
        entry(
            "1",
            "Hur stor andel av medborgarna som skickar in en enkel fråga via e-post får svar inom två arbetsdagar?",
            .accessibility, true, .activities),
        entry(
            "2",
            "Hur stor andel av medborgarna som tar kontakt med kommunen via telefon får ett direkt svar på en enkel fråga?",
            .accessibility, true, .activities),
        entry(
            "3",
            "Hur stor andel av medborgarna uppfattar att de får ett gott bemötande när de via telefon ställt en enkel fråga till kommunen?",
            .accessibility, true, .subjectiveResult),
        entry(
            "4",
            "Hur många timmar per vecka har huvudbiblioteket, simhallen och återvinningsstationen öppet utöver tiden 08-17 på vardagar?",
            .accessibility, true, .activities),
        entry(
            "5",
            "Hur stor andel av de som erbjuds plats inom förskoleverksamheten får plats på önskat placeringsdatum?",
            .accessibility, true, .objectiveResult),
        entry(
            "6",
            "Hur lång är väntetiden (dagar) för dem som inte fått plats för sitt barn inom förskoleverksamheten på önskat placeringsdatum?",
            .accessibility, false, .objectiveResult),
        entry(
            "7",
            "Hur lång är väntetiden i snitt (dagar) för att få plats på ett äldreboende från ansökan till erbjudande om plats?",
            .accessibility, false, .objectiveResult),
        entry(
            "8", "Hur lång är handläggningstiden i snitt (dagar) för att få ekonomiskt bistånd vid nybesök?",
            .accessibility, false, .objectiveResult),
    ]

    static let safety = [
        entry("9", "Hur trygga och säkra känner sig medborgarna i kommunen?", .safety, true, .subjectiveResult),
        entry(
            "10", "Hur många olika personer besöker en äldre person med hemtjänst under en 14 dagarsperiod?", .safety,
            false, .objectiveResult),
        entry(
            "11", "Hur många barn per personal är det i kommunens förskolor? (Både planerad och faktisk.)", .safety,
            nil, .resources),
    ]

    static let participation = [
        entry(
            "12A", "Hur många av kommunens röstberättigade röstade i senaste kommunvalet?", .participation, true,
            .information),
        entry(
            "12B", "Hur många av kommunens röstberättigade röstade i senaste EU-valet?", .participation, true,
            .information),
        entry("13", "Hur god är kommunens webbinformation till medborgarna?", .participation, true, .activities),
        entry(
            "14", "Hur väl möjliggör kommunen för medborgarna att delta i kommunens utveckling?", .participation, true,
            .activities),
        entry(
            "15", "Hur väl upplever medborgarna att de har inflytande över kommunens verksamhet?", .participation, true,
            .subjectiveResult),
    ]

    static let efficiency = [
        entry(nil, "Vad är kostnaden för ett inskrivet barn i förskolan?", .efficiency, nil, .resources),
        entry(
            nil, "Vilket resultat når elever i årskurs 6 i kommunen i de nationella proven?", .efficiency, true,
            .objectiveResult),
        entry(
            nil, "Vilket resultat når elever i årskurs 3 i kommunen i de nationella proven?", .efficiency, true,
            .objectiveResult),
        entry(
            nil, "Andel behöriga elever till något nationellt program på gymnasiet?", .efficiency, true,
            .objectiveResult),
        entry(nil, "Elevers syn på skolan och undervisningen i åk 8?", .efficiency, true, .subjectiveResult),
        entry(nil, "Kostnad per betygspoäng?", .efficiency, false, .efficiency),
        entry(nil, "Andel elever som fullföljer gymnasieutbildningen i kommunen?", .efficiency, true, .objectiveResult),
        entry(nil, "Kostnad för de elever som inte fullföljer ett gymnasieprogram?", .efficiency, false, .efficiency),
        entry(nil, "Vilka kvalitetsaspekter finns inom särskilt boende?", .efficiency, true, .activities),
        entry(nil, "Vad kostar en plats i kommunens särskilda boende?", .efficiency, nil, .resources),
        entry(
            nil, "Andel brukare som är ganska/mycket nöjda med sitt särskilda boende?", .efficiency, true,
            .subjectiveResult),
        entry(
            nil, "Vilket omsorgs- och serviceutbud har hemtjänst finanserad av kommunen?", .efficiency, true,
            .activities),
        entry(nil, "Vad är kostnaden per vårdtagare inom hemtjänsten i kommunen?", .efficiency, nil, .resources),
        entry(nil, "Andel brukare som är ganska/mycket nöjda med sin hemtjänst?", .efficiency, true, .subjectiveResult),
        entry(nil, "Vilka kvalitetsaspekter finns inom LSS grupp- och serviceboende?", .efficiency, true, .activities),
        entry(
            nil, "Andelen ungdomar som inte kommit tillbaka ett år efter avslutad insats/utredning?", .efficiency, true,
            .objectiveResult),
    ]

    static let development = [
        entry(nil, "Andel förvärvsarbetare i kommunen?", .development, true, .information),
        entry(nil, "Hur stor andel av befolkningen får försörjningsstöd?", .development, false, .objectiveResult),
        entry(
            nil, "Hur många nya företag har startats per 1000 invånare i kommunen?", .development, true, .information),
        entry(
            nil, "Vad ger företagarna för sammanfattande omdöme om kommunens service till företagen?", .development,
            true,
            .subjectiveResult),
        entry(nil, "Hur högt är sjukpenningtalet bland kommunens invånare?", .development, false, .information),
        entry(
            nil, "Hur effektiv är kommunens hantering av återvinning av hushållsavfall?", .development, true,
            .objectiveResult),
        entry(
            nil, "Hur stor är kommunorganisationens andel miljöbilar av totala antal bilar?", .development, true,
            .activities),
        entry(nil, "Hur stor är andelen inköpta ekologisk livsmedel?", .development, true, .activities),
        entry(
            nil, "Hur ser medborgarna på sin kommun som en plats att bo och leva på?", .development, true,
            .subjectiveResult),
    ]
}
