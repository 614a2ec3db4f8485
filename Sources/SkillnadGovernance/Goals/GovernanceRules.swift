import SkillnadCore

/// Rules from SKL's guide that need more than one indicator: whether an indicator is anchored
/// in the council's goals, what may be shown to residents, and whether a goal is followed up by
/// results (seed 004; requirements F-2.1, F-7.3, F-7.6).
public enum GovernanceRules {
    /// F-2.1: a KKiK or Kolada indicator without a council goal above it and a target "hänger i
    /// luften": *Ej förankrad i styrningen*.
    public static func anchoring(_ indicator: Indicator, goals: [GovernanceGoal]) -> String? {
        guard indicator.source.isKolada || indicator.kkikArea != nil else { return nil }
        let byId = Dictionary(uniqueKeysWithValues: goals.map { ($0.id, $0) })
        func reachesCouncil(_ id: Int64) -> Bool {
            var seen: Set<Int64> = []
            var current: Int64? = id
            while let next = current, !seen.contains(next), let goal = byId[next] {
                if goal.level == .council { return true }
                seen.insert(next)
                current = goal.parentId
            }
            return false
        }
        let anchored = indicator.goalIds.contains(where: reachesCouncil)
        guard !anchored || indicator.targets.isEmpty else { return nil }
        return "Ej förankrad i styrningen: koppla indikatorn till ett mål som kommunfullmäktige beslutat och ange "
            + "en nivå som kommunen vill uppnå – annars ”hänger indikatorerna i luften”."
    }

    /// F-7.3 b and F-7.6: what stands in the way of showing an indicator to residents.
    public static func publication(_ indicator: Indicator, others: [Indicator]) -> [String] {
        guard indicator.publishedToResidents == true else { return [] }
        var out: [String] = []
        if (indicator.knowledge?[.why] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            out.append("Besvara ”Varför mäter vi det här?” innan indikatorn visas för invånarna.")
        }
        if [.activities, .internalProcesses].contains(indicator.category),
            others.contains(where: { other in
                other.id != indicator.id && other.category.isResult
                    && !Set(other.goalIds).isDisjoint(with: indicator.goalIds)
            })
        {
            out.append(
                "Aktivitets- och processindikatorer ska endast kommuniceras ut till medborgare och brukare då "
                    + "relevanta resultatindikatorer saknas – målet har en resultatindikator.")
        }
        return out
    }

    /// F-7.3 a and F-6.3 Q6: a goal followed up only by resource indicators, or by none that
    /// measures results.
    public static func goalWarnings(_ goal: GovernanceGoal, indicators: [Indicator]) -> [String] {
        let mine = indicators.filter { $0.goalIds.contains(goal.id) }
        guard !mine.isEmpty else { return ["Målet har ingen indikator som följer upp det."] }
        if mine.allSatisfy({ $0.category == .resources }) {
            return [
                "Målet följs bara upp med resursindikatorer; man ska inte använda resursindikatorer när det gäller "
                    + "redovisning av vad kommunen uppnår avseende verksamhetsresultat."
            ]
        }
        if !mine.contains(where: { $0.category.isResult }) {
            return ["Målet har ingen resultatindikator utifrån ett medborgar- eller brukarperspektiv."]
        }
        return []
    }
}
