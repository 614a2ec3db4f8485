/// Delaktighetstrappan (seed 004, *Kommunikation*, F-16.1): how residents and service users took
/// part in a step of the governance wheel — "Medborgare och brukare kan göras delaktiga i de flesta
/// stegen" (F-1.3).
public enum ParticipationLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case information
    case consultation = "konsultation"
    case dialogue = "dialog"
    case participation = "delaktighet"
    case codecision = "medbeslutande"

    /// The seed's label and description.
    public var swedishName: String {
        switch self {
        case .information: "Information – envägskommunikation (veta)"
        case .consultation: "Konsultation – inhämta synpunkter (tycka till)"
        case .dialogue: "Dialog – inhämta tankar och idéer (diskutera)"
        case .participation: "Delaktighet – planera/genomföra (genomföra)"
        case .codecision: "Medbeslutande – beslutsfattande (besluta)"
        }
    }

    /// The steps of the governance wheel a level can be recorded for.
    public static let steps = [
        "Beskriv uppdrag", "Sätta mål", "Resursfördelning", "Handlingsplan", "Samla in information", "Fokusera",
        "Sök orsaker", "Dra slutsatser och föreslå åtgärder", "Konsekvensbeskrivning", "Prioritera", "Beslut",
    ]
}
