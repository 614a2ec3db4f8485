/// A criterion for unmotivated differences from the ISU appendix: a difference is unmotivated if
/// it is not explained by this criterion (nor any other).
public struct UnmotivatedCriterion: Sendable, Hashable, Identifiable {
    /// Stable id.
    public var id: String
    /// Decisions or participation.
    public var kind: CriteriaKind
    /// The criterion, as in the appendix.
    public var title: String
    /// The information needed.
    public var needed: String
    /// The appendix's example variables.
    public var exampleVariables: [String]
    /// Column names to suggest, most relevant first (the demo data and common ISU exports use them).
    public var suggestedColumns: [String]
    /// How many suggested columns to preselect.
    public var preselect: Int

    /// Every criterion of tables 1 and 2.
    public static let all: [UnmotivatedCriterion] = [
        UnmotivatedCriterion(
            id: "behov", kind: .decisions, title: "Skillnader i brukarens behov",
            needed:
                "Vad som framkommit i utredningen om problematik/utsatthet; bedömning av begränsning och behov (IBIC) eller risk att fara illa (BBIC); socialtjänstens bedömning av behov av stöd.",
            exampleVariables: [
                "Utsatthet: bristande omsorg, våld mot barn, upplevt våld, missbruk",
                "Risk att fara illa: inte känt, låg, förhöjd, hög",
                "Behov av stöd från socialtjänsten: ja/nej",
            ], suggestedColumns: ["risk_bbic", "utsatthet", "behov_av_stod"], preselect: 1),
        UnmotivatedCriterion(
            id: "annat-satt", kind: .decisions, title: "Att behovet kan och ska tillgodoses på annat sätt",
            needed:
                "Om brukaren bedöms kunna få tillräckligt stöd från nätverk eller anhörig, eller behöver stöd från annan verksamhet eller huvudman (t.ex. hälso- och sjukvård).",
            exampleVariables: [
                "Kan behoven tillgodoses av nätverk? ja/nej", "Kan behoven tillgodoses av anhörig? ja/nej",
                "Bör behoven tillgodoses av annan verksamhet? ja/nej",
            ], suggestedColumns: ["annan_verksamhet", "behov_natverk", "behov_anhorig"], preselect: 1),
        UnmotivatedCriterion(
            id: "samtycke", kind: .decisions,
            title: "Skillnader i samtycke eller inställning hos brukaren eller, i vissa fall, hens vårdnadshavare",
            needed:
                "Brukarens önskemål om typ och omfattning av stöd; vårdnadshavares och barn över 15 års samtycke till insats.",
            exampleVariables: [
                "Önskar brukaren det stöd som föreslås? ja/nej/vet ej",
                "Har brukarens önskemål tagits tillvara? ja/nej/ej aktuellt",
                "Samtycke från vårdnadshavare/barn över 15 år",
            ], suggestedColumns: ["samtycke", "onskar_stod", "onskemal_tillvarataget"], preselect: 1),
        UnmotivatedCriterion(
            id: "onskemal-delta", kind: .participation,
            title: "Skillnader i brukarens önskemål att vara delaktig i utredningen",
            needed: "Om brukaren blivit tillfrågad att delta i utredningen men tackat nej.",
            exampleVariables: [
                "Har brukaren/barnet tillfrågats om att delta i utredningssamtal? ja/nej",
                "Har brukaren/barnet velat delta i utredningen? ja/nej",
            ], suggestedColumns: ["ville_delta", "tillfragad_delta"], preselect: 1),
        UnmotivatedCriterion(
            id: "vardnadshavare", kind: .participation,
            title:
                "Skillnader i samtycke eller inställning hos brukaren eller hens vårdnadshavare som socialtjänsten ska beakta",
            needed:
                "Om vårdnadshavare inte medverkat till att barnet fått vara delaktigt; om brukaren inte velat framföra åsikter.",
            exampleVariables: [
                "Har samtal med barn planerats? ja/nej", "Har vårdnadshavare hindrat barnet från att medverka? ja/nej",
                "Har samtal med barn genomförts mot vårdnadshavares vilja eller utan deras kännedom? ja/nej",
            ], suggestedColumns: ["vh_hindrade", "samtal_planerat", "samtal_utan_vh_vilja"], preselect: 1),
        UnmotivatedCriterion(
            id: "funktion-sprak", kind: .participation,
            title:
                "Funktionsnedsättning eller bristande språkkunskaper som begränsar delaktigheten trots omfattande anpassningar",
            needed: "Vilka anpassningar som erbjudits: samtal med bildstöd, anpassad längd, tolk.",
            exampleVariables: [
                "Kommunikationsstöd pga funktionsnedsättning: ja / nej men skulle ha behövts / nej behövdes ej",
                "Kommunikationsstöd pga låg ålder: ja / nej men skulle ha behövts / nej behövdes ej",
                "Tolk: ja / nej men skulle ha behövts / nej behövdes ej",
            ], suggestedColumns: ["kommunikationsstod_fn", "tolk", "kommunikationsstod_alder"], preselect: 2),
    ]

    /// The suggested columns that exist among `columns`, at most `preselect` of them.
    public func suggestion(among columns: [String]) -> [String] {
        Array(suggestedColumns.filter(columns.contains).prefix(preselect))
    }
}
