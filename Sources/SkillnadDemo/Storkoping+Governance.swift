import SkillnadCore
import SkillnadGovernance

/// Storköping's governance demo: a goal tree from the council's goals down to a unit, twenty
/// indicators (several in the KKiK set) with five years of values, women's and men's values for
/// the individual-based ones, and values for 24 fictional comparison municipalities — so the
/// cockpit shows every status, every arrow, every quartile box and widening and narrowing gaps.
/// All values are invented in the shape of Kolada's.
extension Storkoping {
    /// A goal of the demo tree; `parent` is another goal's key.
    public struct DemoGoal: Sendable {
        /// Key other goals name as their parent.
        public var key: String
        /// The goal's text.
        public var name: String
        /// Its level.
        public var level: GoalLevel
        /// The parent's key.
        public var parent: String?
        /// Who answers for it.
        public var owner: String
        /// "strategiskt" or "problemomrade".
        public var reason: String?
        /// Horizontal perspectives.
        public var perspectives: [String]
    }

    /// An indicator with its goal (by key) and values.
    public struct DemoIndicator: Sendable {
        /// The definition.
        public var indicator: Indicator
        /// The goal's key.
        public var goal: String
        /// Storköping's values per year 2021–2025: total, women, men, n.
        public var own: [(period: String, total: Double?, women: Double?, men: Double?, n: Double?)]
        /// Other municipalities' totals in 2021–2025.
        public var others: [String: [String: Double]]
        /// Other municipalities' women − men gap, for indicators divided by kön (the same each year).
        public var otherGaps: [String: Double] = [:]
    }

    /// The fictional comparison municipalities.
    public static let comparisonMunicipalities = [
        "Ekeby", "Bergvik", "Sjöstad", "Lindhamn", "Åsby", "Norrvik", "Granlunda", "Björkås", "Älvsjöberg", "Mossby",
        "Hagfors-Strand", "Ljungby-Hed", "Västerhöjd", "Tallåsen", "Kvarnby", "Fjällmark", "Solvik", "Ängsbro",
        "Rödbäck", "Stensjö", "Holmtorp", "Vretby", "Skogslund", "Lervik",
    ]

    /// The years of the demo.
    public static let governanceYears = ["2021", "2022", "2023", "2024", "2025"]

    /// The goal tree.
    public static let demoGoals: [DemoGoal] = [
        DemoGoal(
            key: "kf-barn", name: "Alla barn och unga ges goda förutsättningar att lyckas", level: .council,
            parent: nil,
            owner: "Kommunfullmäktige", reason: "strategiskt", perspectives: ["jämställdhet", "barnrätt"]),
        DemoGoal(
            key: "bun-behorighet", name: "Fler elever når behörighet till gymnasiet", level: .committee,
            parent: "kf-barn", owner: "Barn- och utbildningsnämnden", reason: "problemomrade",
            perspectives: ["jämställdhet"]),
        DemoGoal(
            key: "skola-las", name: "Läsfrämjande arbete i årskurs 1–3", level: .service, parent: "bun-behorighet",
            owner: "Rektorsområde Norr", reason: nil, perspectives: []),
        DemoGoal(
            key: "sn-delaktighet", name: "Barn och unga i socialtjänsten är delaktiga", level: .committee,
            parent: "kf-barn", owner: "Socialnämnden", reason: "strategiskt", perspectives: ["barnrätt"]),
        DemoGoal(
            key: "kf-arbete", name: "Invånarna har arbete och egen försörjning", level: .council, parent: nil,
            owner: "Kommunfullmäktige", reason: "strategiskt", perspectives: ["jämlikhet"]),
        DemoGoal(
            key: "amn-bistand", name: "Färre invånare är beroende av ekonomiskt bistånd", level: .committee,
            parent: "kf-arbete", owner: "Arbetsmarknadsnämnden", reason: "problemomrade", perspectives: ["jämlikhet"]),
        DemoGoal(
            key: "kf-aldre", name: "Äldre har en trygg och god omsorg", level: .council, parent: nil,
            owner: "Kommunfullmäktige", reason: "strategiskt", perspectives: []),
        DemoGoal(
            key: "von-aldre", name: "Kortare väntan och fler nöjda brukare i äldreomsorgen", level: .committee,
            parent: "kf-aldre", owner: "Vård- och omsorgsnämnden", reason: "problemomrade", perspectives: []),
        DemoGoal(
            key: "kf-service", name: "Kommunen är tillgänglig och invånarna delaktiga", level: .council, parent: nil,
            owner: "Kommunfullmäktige", reason: "strategiskt", perspectives: ["tillgänglighet"]),
        DemoGoal(
            key: "ks-kontakt", name: "Snabba svar och gott bemötande i kontakten med kommunen", level: .board,
            parent: "kf-service", owner: "Kommunstyrelsen", reason: nil, perspectives: []),
        DemoGoal(
            key: "ks-personal", name: "Kommunen är en hållbar arbetsgivare", level: .board, parent: "kf-service",
            owner: "Kommunstyrelsen", reason: nil, perspectives: ["folkhälsa"]),
    ]

    /// The indicators with their values.
    public static func demoIndicators() -> [DemoIndicator] {
        var generator = SeededGenerator(seed: 0x5717_2025)
        var out: [DemoIndicator] = []
        // name, unit, category, higher, goal, own totals 2021–2025, comparison mean and spread,
        // target, women − men gaps 2021–2025 (nil: not divided by kön), n, KKiK area, source.
        func add(
            _ name: String, unit: String, _ category: IndicatorCategory, higher: Bool?, goal: String, own: [Double],
            mean: Double?, spread: Double, target: [String: Target] = [:], gaps: [Double]? = nil, n: Double? = nil,
            kkik: KKiKArea? = nil, kolada: String? = nil, baseline: Double? = nil, influence: InfluenceDegree? = nil,
            equality: EqualityLevel? = nil
        ) {
            let indicator = Indicator(
                id: 0, name: name, unit: unit, category: category, influence: influence, equalityLevel: equality,
                higherIsBetter: higher, source: kolada.map { .kolada(kpi: $0, municipality: "Storköping") } ?? .manual,
                individBased: gaps != nil, targets: target,
                baseline: baseline.map { IndicatorObservation(period: "2023", value: $0) }, kkikArea: kkik)
            let rows = zip(governanceYears, own).enumerated().map { i, pair in
                let gap = gaps?[i]
                return (
                    period: pair.0, total: Optional(pair.1), women: gap.map { pair.1 + $0 / 2 },
                    men: gap.map { pair.1 - $0 / 2 }, n: n
                )
            }
            var others: [String: [String: Double]] = [:]
            if let mean {
                for municipality in comparisonMunicipalities {
                    let level = mean + (Double.random(in: -1...1, using: &generator)) * spread
                    for (i, year) in governanceYears.enumerated() {
                        let drift = Double(i - 2) * spread * 0.04
                        let noise = Double.random(in: -0.08...0.08, using: &generator) * spread
                        others[municipality, default: [:]][year] = ((level + drift + noise) * 10).rounded() / 10
                    }
                }
            }
            // A gap per municipality from a generator of its own, so the totals stay as they were.
            var otherGaps: [String: Double] = [:]
            if let typical = gaps?.last, !others.isEmpty {
                var gapGenerator = SeededGenerator(seed: UInt64(name.unicodeScalars.count) &* 7_919)
                for municipality in comparisonMunicipalities {
                    otherGaps[municipality] =
                        (typical * Double.random(in: 0.2...1.4, using: &gapGenerator) * 10).rounded() / 10
                }
            }
            out.append(
                DemoIndicator(indicator: indicator, goal: goal, own: rows, others: others, otherGaps: otherGaps))
        }
        add(
            "Elever i åk 9 som är behöriga till yrkesprogram, andel (%)", unit: "%", .objectiveResult, higher: true,
            goal: "bun-behorighet", own: [86.1, 85.4, 85.9, 84.6, 83.9], mean: 85, spread: 6,
            target: ["2025": .value(90)], gaps: [4.0, 5.1, 6.0, 7.2, 8.4], n: 1_180, kkik: .efficiency,
            kolada: "N15428")
        add(
            "Genomsnittligt meritvärde i åk 9", unit: "poäng", .objectiveResult, higher: true, goal: "bun-behorighet",
            own: [219, 222, 225, 228, 229.5], mean: 221, spread: 6, target: ["2025": .value(232)],
            gaps: [24, 23, 23, 22, 22], kolada: "N15505")
        add(
            "Elever på gymnasiet som tagit examen inom 4 år, andel (%)", unit: "%", .objectiveResult, higher: true,
            goal: "kf-barn", own: [68.5, 69.0, 70.0, 72.4, 74.1], mean: 71, spread: 5,
            target: ["2025": .direction(.increase)], gaps: [7, 6.5, 6, 5.2, 4.1], n: 930, kkik: .efficiency,
            kolada: "N17461", baseline: 70.0)
        add(
            "Elever i åk 1–3 som läser med flyt, andel (%)", unit: "%", .objectiveResult, higher: true,
            goal: "skola-las", own: [71, 73, 72, 74, 76], mean: nil, spread: 0, target: ["2026": .value(80)],
            gaps: [6, 5, 5, 4, 4], n: 1_450, baseline: 72)
        add(
            "Barn i utredning som fått komma till tals, andel (%)", unit: "%", .objectiveResult, higher: true,
            goal: "sn-delaktighet", own: [78, 81, 80, 82, 82], mean: nil, spread: 0, target: ["2025": .value(80)],
            gaps: [3, 2, 2, 1.5, 1], n: 240, equality: .result)
        add(
            "Handläggningstid för ekonomiskt bistånd vid nybesök, dagar (medelvärde)", unit: "dagar", .objectiveResult,
            higher: false, goal: "amn-bistand", own: [9, 10, 11, 13, 14], mean: 10, spread: 3,
            target: ["2025": .value(10)], kkik: .accessibility, kolada: "U31402")
        add(
            "Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%)", unit: "%", .objectiveResult,
            higher: false, goal: "amn-bistand", own: [4.6, 4.5, 4.4, 4.1, 3.9], mean: 4.2, spread: 1.4,
            target: ["2025": .direction(.decrease)], kkik: .development, kolada: "N31807", baseline: 4.4)
        add(
            "Förvärvsarbetande invånare 20–64 år, andel (%)", unit: "%", .information, higher: true,
            goal: "kf-arbete", own: [76.2, 77.0, 77.9, 78.4, 79.3], mean: 79, spread: 4,
            gaps: [-5.0, -4.6, -4.1, -3.6, -3.0], n: 48_000, kkik: .development, kolada: "N00914",
            influence: .small)
        add(
            "Ohälsotal, dagar per invånare 16–64 år", unit: "dagar", .objectiveResult, higher: false,
            goal: "kf-arbete", own: [24.1, 24.9, 25.8, 26.6, 27.9], mean: 25, spread: 4,
            target: ["2025": .direction(.decrease)], gaps: [8.1, 8.7, 9.6, 10.4, 11.6], kolada: "N00927",
            baseline: 25.8)
        add(
            "Väntetid i antal dagar från ansökningsdatum till erbjudet inflyttningsdatum till särskilt boende",
            unit: "dagar", .objectiveResult, higher: false, goal: "von-aldre", own: [84, 77, 70, 64, 55], mean: 75,
            spread: 20, target: ["2025": .value(60)], kkik: .accessibility, kolada: "U23401")
        add(
            "Brukarbedömning särskilt boende äldreomsorg – helhetssyn, andel (%)", unit: "%", .subjectiveResult,
            higher: true, goal: "von-aldre", own: [82, 83, 82, 83, 82.5], mean: 82, spread: 4,
            target: ["2025": .value(85)], gaps: [1, 1, 1, 1, 1], n: 410, kkik: .efficiency, kolada: "U23471")
        add(
            "Personalkontinuitet, antal personal som en hemtjänsttagare möter under 14 dagar", unit: "personer",
            .activities, higher: false, goal: "von-aldre", own: [17, 17, 16.5, 17, 17], mean: 15, spread: 3,
            target: ["2025": .value(15)], kkik: .safety, kolada: "U21468")
        add(
            "Andel som får svar på e-post inom en dag (%)", unit: "%", .activities, higher: true, goal: "ks-kontakt",
            own: [81, 84, 88, 91, 93], mean: 78, spread: 12, target: ["2025": .value(90)], kkik: .accessibility,
            kolada: "U00442")
        add(
            "Andel som får ett direkt svar på en enkel fråga via telefon (%)", unit: "%", .activities, higher: true,
            goal: "ks-kontakt", own: [58, 55, 52, 50, 47], mean: 60, spread: 8, target: ["2025": .value(60)],
            kkik: .accessibility, kolada: "U00412")
        add(
            "Andel som upplever ett gott bemötande vid kontakt med kommunen via telefon (%)", unit: "%",
            .subjectiveResult, higher: true, goal: "ks-kontakt", own: [86, 85, 86, 86.5, 86], mean: 84, spread: 6,
            target: ["2025": .value(85)], kkik: .accessibility, kolada: "U00414")
        add(
            "Valdeltagande i senaste kommunvalet, andel (%)", unit: "%", .information, higher: true,
            goal: "kf-service", own: [82.1, 82.1, 82.3, 82.3, 82.3], mean: 83, spread: 3,
            kkik: .participation, kolada: "N05401", influence: .small)
        add(
            "Kommunens webbinformation till medborgarna, andel av maxpoäng (%)", unit: "%", .activities, higher: true,
            goal: "kf-service", own: [79, 80, 80, 81, 80], mean: 80, spread: 8,
            target: ["2025": .direction(.increase)], kkik: .participation, kolada: "U00401", baseline: 80)
        add(
            "Sjukfrånvaro bland kommunens anställda, andel (%)", unit: "%", .internalProcesses, higher: false,
            goal: "ks-personal", own: [7.4, 7.1, 6.8, 6.4, 6.2], mean: 7, spread: 1.2, target: ["2025": .value(6)],
            gaps: [2.4, 2.3, 2.3, 2.2, 2.2], kolada: "N00090")
        add(
            "Kostnad grundskola åk 1–9, kr per elev", unit: "kr/elev", .resources, higher: nil,
            goal: "bun-behorighet", own: [112_000, 115_500, 118_900, 122_300, 125_800], mean: 118_000, spread: 9_000,
            kolada: "N15008")
        add(
            "Medarbetare som har genomgått utbildning i normkritik, andel (%)", unit: "%", .activities, higher: true,
            goal: "ks-personal", own: [12, 20, 31, 44, 52], mean: nil, spread: 0, target: ["2025": .value(60)],
            equality: .process)
        return out
    }
}
