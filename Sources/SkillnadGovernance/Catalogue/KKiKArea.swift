/// The five areas of Kommunens Kvalitet i Korthet (seed 004, *Inledning*; requirement F-2.2).
public enum KKiKArea: String, Sendable, Hashable, Codable, CaseIterable {
    case accessibility = "tillganglighet"
    case safety = "trygghet"
    case participation = "delaktighet"
    case efficiency = "effektivitet"
    case development = "samhallsutvecklare"

    /// The seed's heading.
    public var swedishName: String {
        switch self {
        case .accessibility: "Din kommuns tillgänglighet"
        case .safety: "Trygghetsaspekter i din kommun"
        case .participation: "Din delaktighet och kommunens information"
        case .efficiency: "Din kommuns effektivitet"
        case .development: "Din kommun som samhällsutvecklare"
        }
    }
}
