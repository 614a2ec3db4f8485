/// The group memberships of Huddinge's target-group analysis (2.1): the discrimination grounds and area.
public enum TargetGround: String, Sendable, Codable, CaseIterable {
    /// Kön.
    case sex = "kon"
    /// Könsöverskridande identitet eller uttryck.
    case transgender = "konsoverskridande"
    /// Sexuell läggning.
    case sexualOrientation = "sexuell-laggning"
    /// Etnicitet (någon aspekt).
    case ethnicity = "etnicitet"
    /// Religion eller annan trosuppfattning.
    case religion = "religion"
    /// Ålder.
    case age = "alder"
    /// Funktionsnedsättning, synlig och osynlig.
    case disability = "funktionsnedsattning"
    /// Område.
    case area = "omrade"

    /// Label in Swedish, as on Huddinge's form (2.1).
    public var swedishName: String {
        switch self {
        case .sex: "Kön"
        case .transgender: "Könsöverskridande uttryck/identitet"
        case .sexualOrientation: "Sexuell läggning"
        case .ethnicity: "Etnicitet (någon aspekt)"
        case .religion: "Religion/annan trosuppfattning"
        case .age: "Ålder"
        case .disability: "Funktionsnedsättning (synligt och osynligt)"
        case .area: "Område"
        }
    }
}
