import SkillnadCore

/// The fictional municipality Storköping and its deterministic synthetic data.
///
/// Four differences are planted on purpose (see ``PlantedDifference``) so the scan and the
/// adjusted comparison can be checked against a known truth.
public enum Storkoping {
    /// Residential areas.
    public static let areas = ["Centrum", "Norra", "Södra", "Östra", "Västra", "Bruksorten"]
    /// Share of cases per area.
    static let areaWeights = [0.22, 0.18, 0.20, 0.15, 0.15, 0.10]
    /// Years covered.
    public static let years = Array(2021...2025)
    /// Country-of-birth groups.
    public static let birthRegions = ["Sverige", "Övriga Norden", "Övriga Europa", "Utanför Europa"]
    static let birthWeights = [0.70, 0.04, 0.09, 0.17]
    /// Schools.
    public static let schools = [
        "Centrumskolan", "Norrskolan", "Söderskolan", "Östergårdsskolan", "Västerviksskolan", "Bruksskolan",
        "Lärkskolan", "Ekbackeskolan",
    ]

    /// The differences planted in the demo data, as documented in the README.
    public static let planted: [PlantedDifference] = [
        PlantedDifference(
            outcome: "beviljad_insats", dimensions: ["kön"], explainedBy: ["risk_bbic"],
            description:
                "Fler flickor än pojkar beviljas insats, men skillnaden förklaras helt av att flickorna oftare "
                + "bedöms ha hög risk (BBIC). Inom samma risknivå beviljas flickor och pojkar lika ofta."),
        PlantedDifference(
            outcome: "barnsamtal_genomfort", dimensions: ["kön"], explainedBy: [],
            description:
                "Barnsamtal genomförs oftare med flickor än med pojkar, och skillnaden kvarstår inom varje nivå av "
                + "kriterierna (barnet ville delta, vårdnadshavare hindrade, kommunikationsstöd, tolk): omotiverad."),
        PlantedDifference(
            outcome: "uppfoljning_genomford", dimensions: ["kön", "område"], explainedBy: [],
            description:
                "Uppföljning genomförs lika ofta för flickor och pojkar och lika ofta i alla områden, men i "
                + "korsningen syns att flickor i Bruksorten och pojkar i Norra följs upp mer sällan."),
        PlantedDifference(
            outcome: "forbattrad_situation", dimensions: ["kön"], explainedBy: [],
            description:
                "Andelen vars situation förbättrats skiljer sig knappt mellan könen 2021, men skillnaden växer varje "
                + "år: pojkarnas andel sjunker medan flickornas står still."),
    ]
}

/// A difference planted in the demo data.
public struct PlantedDifference: Sendable {
    /// Outcome column.
    public var outcome: String
    /// Dimension(s) where it shows.
    public var dimensions: [String]
    /// Columns that fully explain it (empty: unexplained).
    public var explainedBy: [String]
    /// Swedish description.
    public var description: String
}
