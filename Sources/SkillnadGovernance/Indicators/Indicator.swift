/// An indicator that follows up goals, with what SKL's guide asks of it (seed 004, requirement
/// F-7.1; equality level from seed 001, E-7.3): category, influence, direction, unit, source,
/// targets per period, baseline and whether it is about individuals (then divided by kön,
/// SFS 2001:100 14 §).
public struct Indicator: Sendable, Hashable, Codable, Identifiable {
    /// Where its values come from.
    public enum Source: Sendable, Hashable, Codable {
        /// A dataset's outcome (its column or measure), with row filters.
        case dataset(id: Int64, outcome: String, filters: [String: [String]])
        /// A Kolada KPI for the municipality.
        case kolada(kpi: String, municipality: String)
        /// Entered by hand per period.
        case manual

        /// Whether the values come from Kolada.
        public var isKolada: Bool {
            if case .kolada = self { return true }
            return false
        }

        /// Whether the values are computed from a dataset.
        public var isDataset: Bool {
            if case .dataset = self { return true }
            return false
        }
    }

    /// How often it is measured.
    public enum Periodicity: String, Sendable, Hashable, Codable, CaseIterable {
        case month = "manad"
        case tertial
        case halfYear = "delar"
        case year = "ar"

        /// Swedish name.
        public var swedishName: String {
            switch self {
            case .month: "Månad"
            case .tertial: "Tertial"
            case .halfYear: "Delår"
            case .year: "År"
            }
        }
    }

    /// Identifier.
    public var id: Int64
    /// Name.
    public var name: String
    /// What it measures.
    public var definition: String
    /// Unit ("%", "kr/inv", "dagar").
    public var unit: String
    /// Category (resurser … viktig information).
    public var category: IndicatorCategory
    /// How much the municipality can influence it.
    public var influence: InfluenceDegree?
    /// Structure, process or result (equality indicators).
    public var equalityLevel: EqualityLevel?
    /// Whether higher is better; nil when not known.
    public var higherIsBetter: Bool?
    /// Where the values come from.
    public var source: Source
    /// How often it is measured.
    public var periodicity: Periodicity
    /// Whether it is about individuals (then it should be divided by kön).
    public var individBased: Bool
    /// The written reason ("särskilda skäl") for not dividing an individual-based indicator by kön.
    public var sexSplitWaiver: String?
    /// Goals it follows up.
    public var goalIds: [Int64]
    /// Target per period ("2026" → minst 85).
    public var targets: [String: Target]
    /// Baseline period and value (for direction targets).
    public var baseline: IndicatorObservation?
    /// Tolerance as a share of the target (or baseline): 0,05 = 5 %.
    public var tolerance: Double
    /// KKiK area, when it belongs to the KKiK set.
    public var kkikArea: KKiKArea?
    /// Who the municipality is compared with; nil: every unit with a value.
    public var comparisonSet: ComparisonSet?
    /// Answers to the analysis group's questions about the indicator (``KnowledgeQuestion``).
    public var knowledge: [KnowledgeQuestion: String]?
    /// Whether it is shown to residents (then "Varför mäter vi det här?" must be answered).
    public var publishedToResidents: Bool?
    /// A resource indicator (a cost) the result is set against: result per cost, own and compared
    /// with other municipalities (F-11.3).
    public var costIndicatorId: Int64?
    /// Why a target is set although the municipality can influence the indicator only to a small
    /// degree (the guide's warning, overridden with a reason; F-7.4).
    public var smallInfluenceReason: String?
    /// What Kolada says of the KPI, fetched with its values: `title`, `perspective`,
    /// `is_divided_by_gender` (for the suggestions of F-7.7).
    public var koladaMetadata: [String: String]?
    /// The optional result sub-classification (nöjdhet, volym, tjänstekvalitet).
    public var resultSubgroup: ResultSubgroup?
    /// The level of the actors that influence it ("Hur styrande är våra mål?").
    public var actorLevel: ActorLevel?
    /// What a value is: a number (default), ja/nej (a structural indicator such as "policy
    /// exists", stored as 1/0), or an assessment in words per period (seed 001, E-7.3).
    public var valueKind: ValueKind?
    /// Whether the target is on the gap between women and men rather than the level — goals such
    /// as "Skillnaderna i hälsa minskar" (seed 001, E-7.7, proposed): status then follows the
    /// size of the gap, smaller being better.
    public var targetOnGap: Bool?

    /// Creates an indicator.
    public init(
        id: Int64, name: String, definition: String = "", unit: String = "", category: IndicatorCategory,
        influence: InfluenceDegree? = nil, equalityLevel: EqualityLevel? = nil, higherIsBetter: Bool?,
        source: Source = .manual, periodicity: Periodicity = .year, individBased: Bool = false,
        sexSplitWaiver: String? = nil, goalIds: [Int64] = [], targets: [String: Target] = [:],
        baseline: IndicatorObservation? = nil, tolerance: Double = 0.05, kkikArea: KKiKArea? = nil
    ) {
        self.id = id
        self.name = name
        self.definition = definition
        self.unit = unit
        self.category = category
        self.influence = influence
        self.equalityLevel = equalityLevel
        self.higherIsBetter = higherIsBetter
        self.source = source
        self.periodicity = periodicity
        self.individBased = individBased
        self.sexSplitWaiver = sexSplitWaiver
        self.goalIds = goalIds
        self.targets = targets
        self.baseline = baseline
        self.tolerance = tolerance
        self.kkikArea = kkikArea
    }

    /// Whether its values are compared with other municipalities' (a Kolada KPI or a set).
    public var isComparedWithOthers: Bool { source.isKolada || comparisonSet != nil }

    /// Whether values are percentages (then, with n, proportions with intervals).
    public var isPercentage: Bool { unit.contains("%") || unit.lowercased().contains("procent") }

    /// The target of a period, else the latest target set for an earlier period.
    public func target(for period: String) -> Target? {
        if let exact = targets[period] { return exact }
        return targets.filter { PeriodKey($0.key) <= PeriodKey(period) }.max { PeriodKey($0.key) < PeriodKey($1.key) }?
            .value
    }

    /// The kinds of value an indicator has.
    public enum ValueKind: String, Sendable, Hashable, Codable, CaseIterable {
        case number = "tal"
        case yesNo = "ja-nej"
        case text = "bedomning"

        /// Swedish name.
        public var swedishName: String {
            switch self {
            case .number: "Tal"
            case .yesNo: "Ja eller nej"
            case .text: "Bedömning i text"
            }
        }
    }

    /// Suggestions from Kolada's metadata (F-7.7, proposed): the category its perspective
    /// implies and whether it is divided by kön, when they differ from what is set; the user confirms.
    public var koladaSuggestions: [String] {
        guard let metadata = koladaMetadata else { return [] }
        var out: [String] = []
        if let perspective = metadata["perspective"],
            let suggested = IndicatorCategory.suggested(byKoladaPerspective: perspective),
            suggested != category
        {
            out.append("Kolada anger perspektivet ”\(perspective)”: förslag på kategori \(suggested.swedishName).")
        }
        if metadata["is_divided_by_gender"] == "true" && !individBased {
            out.append(
                "Kolada redovisar nyckeltalet uppdelat på kön: förslag att markera indikatorn som individbaserad.")
        }
        return out
    }
}
