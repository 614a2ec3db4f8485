/// A proposed measure with its expected effect and the resources it needs (Huddinge 3.1–3.5;
/// ISU step 4 weighs effort against effect the same way).
public struct PlannedMeasure: Sendable, Codable, Hashable, Identifiable {
    /// The 1–5 scale of effect and resources.
    public static let scale = 1...5

    /// Stable id within the analysis.
    public var id: String
    /// Level (3.1).
    public var level: MeasureLevel
    /// What to do (3.1).
    public var text: String
    /// How it would affect the difference (3.2 a).
    public var effectText: String
    /// Value of the effect for reducing the difference, 1 small – 5 large (3.2 b).
    public var effect: Int?
    /// What it takes (3.3 a).
    public var resourceText: String
    /// Resources needed relative to budget and capacity, 1 small – 5 large (3.3 b).
    public var resources: Int?
    /// Chosen to go ahead with (3.5).
    public var chosen: Bool
    /// ISU step 4: where the measure is decided (optional, so earlier documents still read).
    public var arena: MeasureArena?

    /// Creates a measure; ratings outside 1–5 are dropped.
    public init(
        id: String, level: MeasureLevel = .unit, text: String = "", effectText: String = "", effect: Int? = nil,
        resourceText: String = "", resources: Int? = nil, chosen: Bool = false
    ) {
        self.id = id
        self.level = level
        self.text = text
        self.effectText = effectText
        self.effect = effect.flatMap { Self.scale.contains($0) ? $0 : nil }
        self.resourceText = resourceText
        self.resources = resources.flatMap { Self.scale.contains($0) ? $0 : nil }
        self.chosen = chosen
    }

    /// Whether nothing has been written.
    public var isEmpty: Bool { text.isEmpty && effectText.isEmpty && resourceText.isEmpty }
}
