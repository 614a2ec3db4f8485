/// The level an equality indicator follows up (SKL 2010, *Indikatorer för mänskliga
/// rättigheter*, in seed 001; requirement E-7.3).
public enum EqualityLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case structure = "struktur"
    case process = "process"
    case result = "resultat"

    /// Swedish name and the seed's definition.
    public var swedishName: String {
        switch self {
        case .structure: "Strukturell indikator"
        case .process: "Processindikator"
        case .result: "Resultatindikator"
        }
    }
}
