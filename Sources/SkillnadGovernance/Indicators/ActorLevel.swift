/// "Hur styrande är våra mål?" (seed 004, *Sätta mål*, l. 470–506; requirement F-7.5): the level
/// of the actors that influence an indicator, from the municipality alone to the international
/// level; the higher the level, the less the municipality can steer it — from resultatindikator
/// towards informationsmått.
public enum ActorLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case municipal = "kommunal"
    case regional
    case national = "nationell"
    case international = "internationell"

    /// Swedish name.
    public var swedishName: String {
        switch self {
        case .municipal: "Kommunal nivå"
        case .regional: "Regional nivå"
        case .national: "Nationell nivå"
        case .international: "Internationell nivå"
        }
    }

    /// The seed's explanation.
    public static let explanation =
        "På kommunal nivå är det vi som kommun som helt och hållet påverkar resultat. På nationell nivå är det "
        + "flera olika aktörer som påverkar resultat. Ju högre nivå, desto mer blir måttet ett informationsmått "
        + "snarare än en resultatindikator."
}
