import SkillnadCore
import SkillnadGovernance

/// The indicator form read into an ``Indicator``, with a Swedish message per field that is wrong.
struct IndicatorForm: Sendable {
    var indicator: Indicator
    var errors: [String: String]

    /// Reads the form over `base` (a new indicator or the one being changed).
    init(_ form: Form, base: Indicator) {
        var i = base
        var errors: [String: String] = [:]
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty { errors["name"] = "Ge indikatorn ett namn." }
        if name.count > 300 { errors["name"] = "Namnet får vara högst 300 tecken." }
        i.name = name
        i.definition = form["definition"] ?? ""
        i.unit = (form["unit"] ?? "").trimmingCharacters(in: .whitespaces)
        i.category = form["category"].flatMap(IndicatorCategory.init(rawValue:)) ?? .objectiveResult
        i.influence = form["influence"].flatMap(InfluenceDegree.init(rawValue:))
        i.equalityLevel = form["equality"].flatMap(EqualityLevel.init(rawValue:))
        i.higherIsBetter = form["direction"] == "hogre" ? true : form["direction"] == "lagre" ? false : nil
        i.periodicity = form["periodicity"].flatMap(Indicator.Periodicity.init(rawValue:)) ?? .year
        i.individBased = form["individ"] == "1"
        let waiver = (form["waiver"] ?? "").trimmingCharacters(in: .whitespaces)
        i.sexSplitWaiver = waiver.isEmpty ? nil : waiver
        i.kkikArea = form["kkik"].flatMap(KKiKArea.init(rawValue:))
        i.goalIds = form.all("goal").compactMap { Int64($0) }
        switch form["source"] {
        case "kolada":
            let kpi = (form["kpi"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
            if kpi.wholeMatch(of: /[A-Z][0-9]{5}/) == nil {
                errors["kpi"] = "Ange Koladas id för nyckeltalet, en bokstav och fem siffror (t.ex. N15428)."
            }
            i.source = .kolada(kpi: kpi, municipality: (form["kpi_unit"] ?? "").trimmingCharacters(in: .whitespaces))
        case "dataset":
            guard let id = form["dataset"].flatMap({ Int64($0) }), let outcome = form["outcome"], !outcome.isEmpty
            else {
                errors["dataset"] = "Välj dataset och skriv utfallet (kolumnen eller måttet)."
                i.source = .manual
                break
            }
            i.source = .dataset(id: id, outcome: outcome, filters: [:])
        default:
            i.source = .manual
        }
        let tolerance = Double((form["tolerance"] ?? "5").replacingOccurrences(of: ",", with: ".")) ?? -1
        if !(0...50).contains(tolerance) { errors["tolerance"] = "Toleransen anges i procent, 0–50." }
        i.tolerance = max(0, tolerance) / 100
        var targets: [String: Target] = [:]
        for (number, line) in (form["targets"] ?? "").split(whereSeparator: \.isNewline).enumerated() {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, GovernanceService.Entry.isPeriod(parts[0]) else {
                errors["targets"] = "Rad \(number + 1): skriv ”period: mål”, t.ex. ”2026: 90” eller ”2026: öka”."
                continue
            }
            switch ColumnName.key(parts[1]) {
            case "oka": targets[parts[0]] = .direction(.increase)
            case "minska": targets[parts[0]] = .direction(.decrease)
            case "oforandrad": targets[parts[0]] = .direction(.unchanged)
            default:
                guard let value = Double(parts[1].replacingOccurrences(of: ",", with: ".")) else {
                    errors["targets"] =
                        "Rad \(number + 1): ”\(parts[1])” är varken ett tal eller öka, minska, oförändrad."
                    continue
                }
                targets[parts[0]] = .value(value)
            }
        }
        i.targets = targets
        if !targets.isEmpty && i.category == .information {
            errors["targets"] =
                "Ett informationsmått (viktig information) kan inte målsättas; välj en annan kategori eller ta bort målen."
        }
        let baselinePeriod = (form["baseline_period"] ?? "").trimmingCharacters(in: .whitespaces)
        let baselineValue = Double((form["baseline_value"] ?? "").replacingOccurrences(of: ",", with: "."))
        if !baselinePeriod.isEmpty, let baselineValue, GovernanceService.Entry.isPeriod(baselinePeriod) {
            i.baseline = IndicatorObservation(period: baselinePeriod, value: baselineValue)
        } else if !baselinePeriod.isEmpty || !(form["baseline_value"] ?? "").isEmpty {
            errors["baseline"] = "Utgångsvärdet behöver både en period (t.ex. 2024) och ett värde."
        } else {
            i.baseline = nil
        }
        let setName = (form["set_name"] ?? "").trimmingCharacters(in: .whitespaces)
        let members = (form["set_members"] ?? "").split(whereSeparator: { $0 == "," || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        i.comparisonSet =
            members.isEmpty ? nil : ComparisonSet(name: setName.isEmpty ? "Valda kommuner" : setName, members: members)
        var knowledge: [KnowledgeQuestion: String] = [:]
        for question in KnowledgeQuestion.allCases {
            let answer = (form["k_\(question.rawValue)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !answer.isEmpty { knowledge[question] = String(answer.prefix(4_000)) }
        }
        i.knowledge = knowledge.isEmpty ? nil : knowledge
        i.publishedToResidents = form["published"] == "1"
        i.resultSubgroup = form["subgroup"].flatMap(ResultSubgroup.init(rawValue:))
        i.actorLevel = form["actors"].flatMap(ActorLevel.init(rawValue:))
        let reason = (form["influence_reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        i.smallInfluenceReason = reason.isEmpty ? nil : String(reason.prefix(2_000))
        i.costIndicatorId = form["cost"].flatMap { Int64($0) }.flatMap { $0 == i.id ? nil : $0 }
        let kind = form["kind"].flatMap(Indicator.ValueKind.init(rawValue:)) ?? .number
        i.valueKind = kind == .number ? nil : kind
        if kind == .text && !i.targets.isEmpty {
            errors["kind"] = "En bedömning i text kan inte ha en målnivå; följ upp den i texten per period."
        }
        i.targetOnGap = form["target_gap"] == "1" ? true : nil
        if i.targetOnGap == true && !i.individBased {
            errors["gap"] =
                "Ett mål på skillnaden mellan kvinnor och män kräver att indikatorn är individbaserad och uppdelad på kön."
        }
        if i.publishedToResidents == true && knowledge[.why] == nil {
            errors["why"] = "Besvara ”Varför mäter vi det här?” innan indikatorn visas för invånarna."
        }
        indicator = i
        self.errors = errors
    }
}
