/// The document as a flat list of labelled text fields.
extension AnalysisDocument {
    /// Every field, in the order of the form; goal ids are shown by name when known.
    public func fields(goalNames: [Int64: String] = [:]) -> [DocumentField] {
        var out: [DocumentField] = []
        for step in method.steps {
            out.append(
                .init(
                    key: "status \(step.id.rawValue)", step: step.id.rawValue,
                    label: "Status, \(step.number.lowercased())",
                    value: status(step.id).swedishName))
        }
        switch content {
        case .huddinge(let d): out += Self.fields(d, goalNames: goalNames)
        case .isu(let d): out += Self.fields(d)
        }
        return out
    }

    static func rating(_ value: Int?) -> String { value.map(String.init) ?? "" }

    static func fields(_ d: DifferenceAnalysis, goalNames: [Int64: String]) -> [DocumentField] {
        var f: [DocumentField] = []
        func add(_ key: String, _ step: String, _ label: String, _ value: String) {
            f.append(DocumentField(key: key, step: step, label: label, value: value))
        }
        for (i, row) in d.differences.enumerated() {
            let n = "\(i + 1)"
            let s = row.significance
            add("1.1 #\(n) mått", "1", "1.1 Skillnad \(n): mått/material", row.measure)
            add("1.1 #\(n) grupper", "1", "1.1 Skillnad \(n): grupper", row.groups)
            add("1.1 #\(n) siffror", "1", "1.1 Skillnad \(n): siffror", row.numbers)
            add(
                "1.2 #\(n) mål", "1", "1.2 Skillnad \(n): mål",
                row.goalIds.map { goalNames[$0] ?? "mål \($0)" }.joined(separator: "; "))
            add("1.3 #\(n) A", "1", "1.3 Skillnad \(n): A storlek", rating(s.size))
            add("1.3 #\(n) A kommentar", "1", "1.3 Skillnad \(n): A kommentar", s.sizeComment)
            add("1.3 #\(n) B", "1", "1.3 Skillnad \(n): B mål", rating(s.goal))
            add("1.3 #\(n) B kommentar", "1", "1.3 Skillnad \(n): B kommentar", s.goalComment)
            add("1.3 #\(n) C", "1", "1.3 Skillnad \(n): C påverkan", rating(s.impact))
            add("1.3 #\(n) C kommentar", "1", "1.3 Skillnad \(n): C kommentar", s.impactComment)
            add("1.3 #\(n) D", "1", "1.3 Skillnad \(n): D summa", rating(s.sum))
        }
        let chosen = d.differences.firstIndex { $0.id == d.chosenDifferenceId }
        add(
            "1.4 val", "1", "1.4 Vald skillnad", chosen.map { "Skillnad \($0 + 1): \(d.differences[$0].measure)" } ?? ""
        )
        add("1.4 motivering", "1", "1.4 Varför", d.choiceMotivation)
        add(
            "2.1 grunder", "2", "2.1 Målgrupp",
            TargetGround.allCases.filter(d.targetGrounds.contains).map(\.swedishName).joined(separator: ", "))
        add("2.1 andra", "2", "2.1 Andra grupptillhörigheter", d.otherGroupings.joined(separator: "; "))
        add("2.1 sammanfattning", "2", "2.1 Vilka påverkas negativt", d.targetSummary)
        for (i, p) in d.societyCauses.enumerated() {
            add("2.2.1 #\(i + 1) faktor", "2", "2.2.1 Samhällsnivå \(i + 1): konkret faktor", p.factor)
            add("2.2.1 #\(i + 1) norm", "2", "2.2.1 Samhällsnivå \(i + 1): normer/föreställningar", p.norm)
        }
        for (i, p) in d.organisationCauses.enumerated() {
            add("2.2.2 #\(i + 1) faktor", "2", "2.2.2 Verksamheten \(i + 1): konkret faktor", p.factor)
            add("2.2.2 #\(i + 1) norm", "2", "2.2.2 Verksamheten \(i + 1): normer/föreställningar", p.norm)
        }
        add("2.3 A", "2", "2.3 Motiverad eller omotiverad", d.judgement?.swedishName ?? "")
        add("2.3 B", "2", "2.3 Kan verksamheten påverka den", d.influence?.swedishName ?? "")
        add("2.3 C", "2", "2.3 Gå vidare med åtgärd", d.proceed?.swedishName ?? "")
        add("2.3 C motivering", "2", "2.3 Resonemang", d.proceedReason)
        add("3 vidare ändå", "3", "Gå vidare till steg 3 ändå", d.proceedAnyway == true ? "Ja" : "")
        add("3 vidare ändå motivering", "3", "Varför vidare ändå", d.proceedAnywayReason ?? "")
        f += measureFields(d.measures, step: "3", prefix: "3")
        add("3.5 kommentar", "3", "3.5 Kommentar till valda åtgärder", d.chosenComment)
        add("3.6", "3", "3.6 Påverkan på normer", d.normsReflection)
        add("3.7 ansvarig", "3", "3.7 Ansvarig", d.responsible)
        add("3.7 genomförande", "3", "3.7 Genomförs senast", d.implementationDate)
        add("3.7 uppföljning", "3", "3.7 Följs upp", d.followUpDate)
        add("3.7 kommentar", "3", "3.7 Kommentar", d.governanceComment)
        add("anteckningar", "3", "Anteckningar", d.notes)
        return f
    }

    static func measureFields(_ measures: [PlannedMeasure], step: String, prefix: String) -> [DocumentField] {
        var f: [DocumentField] = []
        for (i, m) in measures.enumerated() {
            let n = "\(i + 1)"
            let label = "Åtgärd \(n)"
            f.append(
                .init(key: "\(prefix).1 #\(n) nivå", step: step, label: "\(label): nivå", value: m.level.swedishName))
            f.append(.init(key: "\(prefix).1 #\(n) åtgärd", step: step, label: "\(label): åtgärd", value: m.text))
            f.append(
                .init(
                    key: "\(prefix).2a #\(n)", step: step, label: "\(label): effekt (beskrivning)", value: m.effectText)
            )
            f.append(
                .init(key: "\(prefix).2b #\(n)", step: step, label: "\(label): effekt 1–5", value: rating(m.effect)))
            f.append(
                .init(
                    key: "\(prefix).3a #\(n)", step: step, label: "\(label): resurser (beskrivning)",
                    value: m.resourceText))
            f.append(
                .init(
                    key: "\(prefix).3b #\(n)", step: step, label: "\(label): resurser 1–5", value: rating(m.resources)))
            f.append(
                .init(key: "\(prefix).5 #\(n)", step: step, label: "\(label): vald", value: m.chosen ? "Ja" : "Nej"))
        }
        return f
    }

    static func fields(_ d: ISUAnalysis) -> [DocumentField] {
        var f: [DocumentField] = []
        func add(_ key: String, _ step: String, _ label: String, _ value: String) {
            f.append(DocumentField(key: key, step: step, label: label, value: value))
        }
        for (i, o) in d.observations.enumerated() {
            add("1 iakttagelse #\(i + 1)", "1", "Iakttagelse \(i + 1)", o.text)
            if let s = o.snapshot {
                add("1 iakttagelse #\(i + 1) siffror", "1", "Iakttagelse \(i + 1): siffror", s.numbersText)
            }
        }
        add("1 frågeställning", "1", "Frågeställning", d.question ?? "")
        add("1 data behövs", "1", "Vilken data behövs", d.dataNeeded ?? "")
        add("1 data finns", "1", "Finns datan tillgänglig", d.dataAvailable ?? "")
        add("1 vad ser vi", "1", "Vad ser vi", d.seen)
        add("1 tillförlitlig", "1", "Är datan tillförlitlig", d.reliable?.swedishName ?? "")
        add("1 relevant", "1", "Är datan relevant", d.relevant?.swedishName ?? "")
        add("1 aktuell", "1", "Är datan aktuell", d.current?.swedishName ?? "")
        add("1 kvalitet kommentar", "1", "Kommentar om datakvalitet", d.qualityComment)
        add("kriterier typ", "kriterier", "Kriterier för", d.criteria.kind.swedishName)
        add("kriterier utfall", "kriterier", "Utfall", d.criteria.outcome)
        add(
            "kriterier grupper", "kriterier", "Grupper",
            ([d.criteria.groupColumn] + d.criteria.groups).filter { !$0.isEmpty }.joined(separator: ": "))
        for c in d.criteria.kind.criteria {
            add("kriterier \(c.id)", "kriterier", c.title, (d.criteria.columns[c.id] ?? []).joined(separator: ", "))
        }
        for c in d.criteria.kind.criteria {
            let a = d.assessment(c.id)
            add("kriterier \(c.id) källa", "kriterier", "\(c.heading): uppgifterna kommer från", a.source.swedishName)
            add("kriterier \(c.id) bedömning", "kriterier", "\(c.heading): bedömning", a.judgement?.swedishName ?? "")
            add("kriterier \(c.id) motivering", "kriterier", "\(c.heading): vad uppgifterna visar", a.reason)
            add("kriterier \(c.id) uppgiftskälla", "kriterier", "\(c.heading): källa", a.informationSource)
            let n = a.counts
            let counts = [n.firstWith, n.firstTotal, n.secondWith, n.secondTotal].map { $0.map(String.init) ?? "–" }
            add(
                "kriterier \(c.id) antal", "kriterier", "\(c.heading): antal per grupp",
                n.isEmpty ? "" : "\(n.characteristic): \(counts[0]) av \(counts[1]); \(counts[2]) av \(counts[3])")
        }
        add(
            "kriterier statistisk läsning", "kriterier", "Statistisk läsning",
            d.criteriaResult.flatMap { CriteriaRule.statistical($0)?.swedishName } ?? "")
        add(
            "kriterier bedömning", "kriterier", "Är skillnaderna omotiverade eller motiverade?",
            d.judgement?.swedishName ?? "")
        add("kriterier bedömning motivering", "kriterier", "Motivering", d.judgementReason ?? "")
        add("2.1", "2", "2.1 Individ och grupp", d.individual)
        add("2.2", "2", "2.2 Verksamhet och profession", d.organisation)
        add("2.3", "2", "2.3 Omvärld och det omgivande samhället", d.world)
        add("2 genusbias", "2", "Genusbias, myter och föreställningar", d.biasCheck)
        add("3 hypoteser", "3", "Tankar, hypoteser och kunskap om orsaker", d.hypotheses)
        add("3 risk", "3", "Risk att skillnaderna upprätthåller ojämställdhet eller ojämlikhet", d.inequalityRisk)
        add("3 normer", "3", "Risk att normer och föreställningar påverkar resultatet", d.normsRisk ?? "")
        add("3 kunskapsbehov", "3", "Behöver vi veta mer", d.knowledgeNeeds)
        add("3 slutsatser", "3", "Slutsatser", d.conclusions)
        add("3 jämförelser", "3", "Liknande slutsatser hos andra", d.comparisons)
        f += measureFields(d.measures, step: "4", prefix: "4")
        add("4 beslut", "4", "Beslut i verksamheten eller politiken", d.decisions)
        add("4 förankring", "4", "Involvera, återkoppla och förankra", d.involvement)
        return f
    }
}
