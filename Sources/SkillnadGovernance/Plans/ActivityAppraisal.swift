/// The answer to the guide's question about each activity: "Tror vi verkligen att dessa leder
/// till det uppsatta målet? Eller finns det en risk att vi använder våra resurser på ett
/// ineffektivt sätt?" (seed 004, l. 776–780) — Ja / Osäker / Nej, with a reason.
public enum ActivityAppraisal: String, Sendable, Hashable, Codable, CaseIterable {
    /// It leads to the goal.
    case yes = "ja"
    /// Not sure.
    case unsure = "osaker"
    /// It does not; the resources would be used ineffectively.
    case no = "nej"

    /// The guide's question.
    public static let question =
        "Tror vi verkligen att dessa leder till det uppsatta målet? Eller finns det en risk att vi använder våra resurser på ett ineffektivt sätt?"

    /// The answer in Swedish.
    public var swedishName: String {
        switch self {
        case .yes: "Ja"
        case .unsure: "Osäker"
        case .no: "Nej"
        }
    }
}
