/// The questions the analysis group should be able to answer about each indicator (seed 004,
/// *Förutsättningar för analys – Kunskap*, requirement F-7.6), verbatim. "Varför mäter vi det
/// här?" must be answered before an indicator is shown to residents.
public enum KnowledgeQuestion: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
    case why = "varfor"
    case relation = "relation"
    case measures = "vad"
    case whoseProcesses = "paverkar"
    case notProcesses = "paverkar-inte"
    case levels = "resurs-process-resultat"
    case background = "bakgrund"

    /// The seed's words.
    public var text: String {
        switch self {
        case .why: "Varför mäter vi det här?"
        case .relation: "Hur förhåller sig indikatorn till kommunens mål?"
        case .measures: "Vad mäter indikatorn?"
        case .whoseProcesses: "Vilkas processer påverkar indikatorn?"
        case .notProcesses: "Vilka processer påverkar inte indikatorn?"
        case .levels: "Hur ser relationen ut mellan resurs-, process- och resultatindikatorer?"
        case .background:
            "Vilka bakgrundsvariabler (sådant som kommunen inte direkt själv kan råda över) påverkar indikatorn?"
        }
    }
}
