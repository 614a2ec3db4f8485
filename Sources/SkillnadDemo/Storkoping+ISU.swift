import Foundation
import SkillnadCore

extension Storkoping {
    /// Individual-level social-services (ISU) cases for children and young people: background,
    /// BBIC risk, needs, consent, the decision, and the participation variables of the criteria
    /// for unmotivated differences (SKR 2024, appendix tables 1–2).
    public static func isuCases(count: Int = 20_000, seed: UInt64 = 20_251_122) -> DataTable {
        var g = SeededGenerator(seed: seed)
        var columns = ISUColumns()
        for i in 0..<count {
            let year = years[i * years.count / count]
            let sex = g.nextUniform() < 0.48 ? "K" : "M"
            let girl = sex == "K"
            let age = Int(g.nextUniform() * 21)
            let area = pick(areas, areaWeights, &g)
            let birth = pick(birthRegions, birthWeights, &g)
            let risk = pick(
                ["Inte känt", "Låg risk", "Förhöjd risk", "Hög risk"],
                girl ? [0.05, 0.25, 0.35, 0.35] : [0.05, 0.40, 0.35, 0.20],
                &g)
            let exposure = pick(
                ["Bristande omsorg", "Våld mot barn", "Upplevt våld", "Missbruk", "Eget beteende"],
                [0.30, 0.15, 0.20, 0.15, 0.20], &g)
            let needProbability =
                ["Inte känt": 0.5, "Låg risk": 0.45, "Förhöjd risk": 0.75, "Hög risk": 0.92][risk] ?? 0.5
            let needsSupport = g.nextUniform() < needProbability
            let network = g.nextUniform() < 0.10
            let relative = g.nextUniform() < 0.08
            let elsewhere = g.nextUniform() < 0.15
            let wish = pick(["Ja", "Nej", "Vet ej"], [0.65, 0.20, 0.15], &g)
            let wishUsed = pick(["Ja", "Nej", "Ej aktuellt"], [0.70, 0.10, 0.20], &g)
            let consent: String
            if age >= 15 && g.nextUniform() < 0.4 {
                consent = "Samtycke finns från barn över 15 år"
            } else {
                consent = pick(
                    [
                        "Samtycke finns från samtliga vårdnadshavare", "Samtycke saknas från en vårdnadshavare",
                        "Samtycke saknas, ej skäl för LVU", "Samtycke saknas, behov av uppföljning inom 4 månader",
                        "Samtycke saknas, skäl för LVU", "Samtycke ej tillförlitligt, skäl för LVU",
                    ], [0.72, 0.09, 0.08, 0.05, 0.04, 0.02], &g)
            }
            // Decision: depends on risk, needs met elsewhere and consent — never on kön.
            var grant = ["Inte känt": 0.35, "Låg risk": 0.30, "Förhöjd risk": 0.60, "Hög risk": 0.85][risk] ?? 0.4
            if elsewhere { grant *= 0.6 }
            if consent.hasPrefix("Samtycke saknas, ej") || consent.hasPrefix("Samtycke saknas, behov") { grant *= 0.5 }
            let granted = g.nextUniform() < grant

            // Participation criteria: distributed alike for girls and boys.
            let asked = g.nextUniform() < 0.85
            let wanted = asked && g.nextUniform() < 0.80
            let planned = g.nextUniform() < 0.88
            let hindered = g.nextUniform() < 0.07
            let againstWill = !hindered && g.nextUniform() < 0.03
            let supportDisability = pick(
                ["Ja", "Nej men skulle ha behövts", "Nej behövdes ej"], [0.06, 0.03, 0.91], &g)
            let supportAge =
                age < 7
                ? pick(["Ja", "Nej men skulle ha behövts", "Nej behövdes ej"], [0.45, 0.10, 0.45], &g)
                : "Nej behövdes ej"
            let interpreter =
                birth == "Sverige"
                ? pick(["Ja", "Nej behövdes ej"], [0.02, 0.98], &g)
                : pick(["Ja", "Nej men skulle ha behövts", "Nej behövdes ej"], [0.40, 0.10, 0.50], &g)
            // Conversation with the child: lower for boys in every stratum of the criteria (unmotivated).
            var talk = (asked && wanted && !hindered) ? (girl ? 0.86 : 0.64) : (girl ? 0.30 : 0.20)
            if supportDisability == "Nej men skulle ha behövts" || interpreter == "Nej men skulle ha behövts" {
                talk *= 0.6
            }
            let talked = g.nextUniform() < talk

            // Follow-up: equal for kön and for areas overall, different in two crossings.
            var followUp = 0.70
            if area == "Bruksorten" { followUp += girl ? -0.25 : 0.2308 }
            if area == "Norra" { followUp += girl ? 0.1389 : -0.1282 }
            let followedUp = g.nextUniform() < followUp

            // Improvement: the gap between girls and boys widens year by year.
            let t = Double(year - 2021)
            let improved = g.nextUniform() < (girl ? 0.60 + 0.005 * t : 0.58 - 0.035 * t)

            let identity: String
            let roll = g.nextUniform()
            if roll < 0.006 {
                identity = "Annan könsidentitet"
            } else if roll < 0.02 {
                identity = "Vill ej uppge"
            } else {
                identity = girl ? "Kvinna/flicka" : "Man/pojke"
            }
            columns.append(
                id: String(format: "SK-%d-%05d", year, i + 1), year: year, sex: sex, identity: identity, age: age,
                area: area, birth: birth, exposure: exposure, risk: risk, needsSupport: needsSupport,
                network: network, relative: relative, elsewhere: elsewhere, wish: wish, wishUsed: wishUsed,
                consent: consent, granted: granted, asked: asked, wanted: wanted, planned: planned,
                hindered: hindered, againstWill: againstWill, supportDisability: supportDisability,
                supportAge: supportAge, interpreter: interpreter, talked: talked, followedUp: followedUp,
                improved: improved)
        }
        return DataTable(source: "storkoping_isu.csv", columns: columns.build())
    }

    static func pick(_ values: [String], _ weights: [Double], _ g: inout SeededGenerator) -> String {
        var u = g.nextUniform() * weights.reduce(0, +)
        for (value, weight) in zip(values, weights) {
            if u < weight { return value }
            u -= weight
        }
        return values[values.count - 1]
    }

    static func ageBand(_ age: Int) -> String {
        switch age {
        case ..<7: "0–6 år"
        case 7..<13: "7–12 år"
        case 13..<18: "13–17 år"
        default: "18–20 år"
        }
    }
}
