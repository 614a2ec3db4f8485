/// The checklists of SKL's guide (seed 004), verbatim, answered once a year with the common answer
/// model Ja / Delvis / Nej / Ej aktuellt, a comment, who is responsible and a date (F-3.2,
/// proposed), so a year can be compared with the last.
public enum Checklist: String, Sendable, Hashable, Codable, CaseIterable {
    /// "CHECKLISTA kultur och struktur" (F-3.1, l. 287–356).
    case cultureAndStructure = "kultur-och-struktur"
    /// "CHECKLISTA beskriv uppdrag" (F-5.2, l. 406–440).
    case describeMission = "beskriv-uppdrag"
    /// "CHECKLISTA SAMLA INFORMATION" (F-11.2, l. 996–1021).
    case collect = "samla-information"
    /// "CHECKLISTA fokusera" (F-12.6, l. 1075–1095).
    case focus = "fokusera"
    /// "CHECKLISTA RESURSFÖRDELNING" (F-8.2, l. 711–729).
    case resourceAllocation = "resursfordelning"
    /// "CHECKLISTA handlingsplan" (F-9.4, l. 731–748).
    case actionPlan = "handlingsplan"

    /// The checklist's heading.
    public var title: String {
        switch self {
        case .cultureAndStructure: "Kultur och struktur"
        case .describeMission: "Beskriv uppdrag"
        case .collect: "Samla information"
        case .focus: "Fokusera"
        case .resourceAllocation: "Resursfördelning"
        case .actionPlan: "Handlingsplan"
        }
    }

    /// The step of the governance wheel it belongs to.
    public var step: String {
        switch self {
        case .cultureAndStructure: "Förutsättningar: kultur och struktur"
        case .describeMission: "Planering – beskriv uppdrag"
        case .collect: "Uppföljning och analys – samla in information"
        case .focus: "Uppföljning och analys – fokusera"
        case .resourceAllocation: "Planering – resursfördelning"
        case .actionPlan: "Planering – handlingsplan"
        }
    }

    /// The questions, verbatim.
    public var questions: [String] {
        switch self {
        case .cultureAndStructure:
            [
                "Har kommunen en övergripande värdegrund för alla anställda där medborgaren/brukaren sätts i centrum?",
                "Är kommunledningen en förebild utifrån kommunens värdegrund?",
                "Arbetar kommunen med utbildningar för alla chefer och medarbetare som lyfter kommunens värdegrund, tillgänglighet, bemötande, medborgar-/brukarfokus, etc.?",
                "Är måluppfyllelse och resultat en viktig del i kommunens övergripande lönekriterier?",
                "Utvärderas medarbetarnas inställning till värdegrund och mål/resultat i återkommande medarbetarenkäter?",
                "Är värdegrund och resultatfokus viktiga delar i rekryteringsarbetet?",
                "Formuleras åtaganden, kontrakt eller liknande för alla anställda där det klargörs den enskildes uppdrag i förhållande mål, resultat och värdegrund?",
                "Är mål, resultat och värdegrund återkommande punkter i medarbetarsamtalet?",
                "Är alla anställda delaktiga i återkommande diskussioner kring mål och resultat på den egna arbetsplatsen?",
            ]
        case .describeMission:
            [
                "Finns det en vision?",
                "Vad formuleras i den politiska majoritetens program?",
                "Finns det andra övergripande strategiska dokument som vi måste ta hänsyn till?",
                "Vilken nationell lagstiftning måste vi beakta? Vad innebär det för oss?",
                "Görs det en analys utifrån olika grupper i befolkningen? (Kön, socioekonomi, ålder etc.) Vad säger den?",
                "Finns det en omvärldsanalys? Vad säger den? Vad berör oss i hög grad?",
                "Vilka politiska beslut har tagits utifrån tidigare uppföljningar och analyser?",
                "Har vi genomfört medborgar- och brukardialog? Vad säger dessa?",
            ]
        case .collect:
            [
                "Resultatindikatorerna ställs i relation till de mål som kommunen antagit.",
                "Resultatindikatorernas utfall avrapporteras i kommunens årsredovisning.",
                "Utfallet av dessa indikatorer följs kontinuerligt upp och sammanställs periodvis, för vissa även under löpande budgetår, till exempel i delårsbokslut och tertialrapporter.",
                "Resultatindikatorerna ställs i relation till de resurser (kostnader) som nyttjats.",
                "Resultat och kostnader ställs i relation till andra kommuners resultat.",
                "Sammanställningar av resultatindikatorer och deras utfall i förhållande till mål, presenteras för ledande politiker och tjänstemän.",
                "Sammanställningar av resultatindikatorer och deras utfall i förhållande till mål, presenteras för medarbetare i verksamheten.",
                "Sammanställningar av resultatindikatorer och deras utfall i förhållande till mål, presenteras för medborgare.",
            ]
        case .focus:
            [
                "Anger styrsystemet tydligt – angivna målnivåer som förväntas uppnås? – jämförelser med andra kommuner? – förväntad trend de 2-3 senaste åren?",
                "Går det lätt att identifiera avvikelser i förhållande till mål och förväntningar?",
                "Används stödjande grafik, bilder, färger, etc som underlättar och tydliggör vad kommunen ska fokusera sitt förbättringsarbete på?",
            ]
        case .resourceAllocation:
            [
                "Hur hanterar ni kopplingen mellan mål och resursfördelning så att ni uppnår avsedda resultat i verksamheten?",
                "Hur kompenseras förändringar i volymer?",
                "Hur hanteras oförutsedda händelser i resursfördelningssystemet?",
                "Hur klarar vi av resursfördelningen på längre sikt?",
                "Hur sker uppföljning av resurstilldelningen, till exempel utifrån kön?",
            ]
        case .actionPlan:
            [
                "Vilket område omfattar handlingsplanen?",
                "Vem ska ansvara för handlingsplanen?",
                "Hur ska genomförandet ske?",
                "Vilka aktiviteter behövs? – För att uppnå mål – Förbättra resultat – Utveckla verksamheten – När ska aktiviteterna genomföras?",
                "Vem har ansvaret för respektive aktivitet?",
                "Hur ska vi följa upp handlingsplanen?",
            ]
        }
    }

    /// Answers the system can suggest from its own indicators (question number → suggestion),
    /// shown as förslag with the evidence.
    public func suggestions(indicators: [Indicator]) -> [Int: GoalChecklist.Suggestion] {
        if self == .resourceAllocation {
            // Question 5: resource indicators followed up by kön.
            let resources = indicators.filter { $0.category == .resources }
            guard !resources.isEmpty else { return [:] }
            let bySex = resources.filter(\.individBased).count
            return [
                5: GoalChecklist.Suggestion(
                    answer: bySex == resources.count ? .yes : bySex == 0 ? .no : .partly,
                    evidence: "\(bySex) av \(resources.count) resursindikatorer följs upp efter kön.")
            ]
        }
        let results = indicators.filter { $0.category.isResult }
        guard !results.isEmpty else { return [:] }
        func share(_ test: (Indicator) -> Bool, _ what: String) -> GoalChecklist.Suggestion {
            let count = results.filter(test).count
            return GoalChecklist.Suggestion(
                answer: count == results.count ? .yes : count == 0 ? .no : .partly,
                evidence: "\(count) av \(results.count) resultatindikatorer \(what).")
        }
        let compared: (Indicator) -> Bool = { $0.isComparedWithOthers }
        switch self {
        case .collect:
            return [
                1: share({ !$0.goalIds.isEmpty && !$0.targets.isEmpty }, "är kopplade till mål med en målnivå"),
                5: share(compared, "jämförs med andra kommuner"),
            ]
        case .focus:
            return [
                1: share({ !$0.targets.isEmpty && compared($0) }, "har både målnivå och jämförelse med andra kommuner"),
                3: GoalChecklist.Suggestion(
                    answer: .yes,
                    evidence: "Kontrollrummet visar ansikten, trendpilar och färgade rutor för varje indikator."),
            ]
        default:
            return [:]
        }
    }
}
