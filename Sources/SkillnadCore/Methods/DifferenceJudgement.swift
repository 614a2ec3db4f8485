/// Whether a difference is motivated (Huddinge 2.3).
public enum DifferenceJudgement: String, Sendable, Codable, CaseIterable {
    /// Justified, e.g. compensating a group's present need.
    case motivated = "motiverad"
    /// Not explained by different needs or circumstances; should be acted on.
    case unmotivated = "omotiverad"

    /// Label in Swedish.
    public var swedishName: String {
        switch self {
        case .motivated: "Motiverad"
        case .unmotivated: "Omotiverad"
        }
    }
}

/// Whether the organisation can affect an unmotivated difference (Huddinge 2.3).
public enum Influence: String, Sendable, Codable, CaseIterable {
    /// Yes.
    case yes = "ja"
    /// Yes, together with other services in the municipality or external actors.
    case withOthers = "ja-samverkan"
    /// No, the possibilities are limited.
    case limited = "nej"

    /// Label in Swedish, as on the form.
    public var swedishName: String {
        switch self {
        case .yes: "Ja"
        case .withOthers: "Ja, i samverkan med andra verksamheter i kommunen eller med externa aktörer"
        case .limited: "Nej, möjligheterna att påverka är begränsade"
        }
    }
}

/// Whether to go on with a measure (Huddinge 2.3 C).
public enum ProceedDecision: String, Sendable, Codable, CaseIterable {
    /// Yes, because …
    case yes = "ja"
    /// No, because …
    case no = "nej"

    /// Label in Swedish.
    public var swedishName: String {
        switch self {
        case .yes: "Ja, därför att"
        case .no: "Nej, därför att"
        }
    }
}
