@testable import SkillnadCore

/// Small, deliberately sparse individual-level data of the kind an attacker hopes for: a few
/// hundred cases, small areas, a rare outcome and periods.
enum SparseData {
    /// `rows` cases: kön, område (two of five areas small), risk level, two yes/no outcomes and
    /// a year (two or three years).
    static func cases(rows: Int = 300, years: [String] = ["2024", "2025"], seed: UInt64 = 7) -> DataTable {
        var g = SeededGenerator(seed: seed)
        func pick(_ values: [String], _ weights: [Double]) -> String {
            let u = g.nextUniform() * weights.reduce(0, +)
            var sum = 0.0
            for (v, w) in zip(values, weights) {
                sum += w
                if u < sum { return v }
            }
            return values[values.count - 1]
        }
        var sex: [String?] = []
        var area: [String?] = []
        var risk: [String?] = []
        var granted: [String?] = []
        var talked: [String?] = []
        var year: [String?] = []
        for i in 0..<rows {
            year.append(years[i * years.count / rows])
            let s = pick(["K", "M"], [0.5, 0.5])
            sex.append(s)
            area.append(pick(["Norra", "Södra", "Östra", "Hamnen", "Ån"], [0.35, 0.3, 0.25, 0.06, 0.04]))
            let r = pick(["Låg", "Förhöjd", "Hög"], [0.45, 0.35, 0.2])
            risk.append(r)
            let p = r == "Hög" ? 0.8 : (r == "Förhöjd" ? 0.5 : 0.2)
            granted.append(g.nextUniform() < p ? "Ja" : "Nej")
            talked.append(g.nextUniform() < (s == "K" ? 0.9 : 0.75) ? "Ja" : "Nej")
        }
        return DataTable(
            source: "gles.csv",
            columns: [
                Column(name: "år", text: year), Column(name: "kön", text: sex), Column(name: "område", text: area),
                Column(name: "risk", text: risk), Column(name: "beviljad", text: granted),
                Column(name: "samtal", text: talked),
            ])
    }

    /// The request that gives the data's roles (year as period).
    static var base: AnalysisRequest {
        var request = AnalysisRequest(outcomes: [], dimensions: [])
        request.roleOverrides = ["år": .period, "beviljad": .binaryOutcome, "samtal": .binaryOutcome]
        return request
    }

    /// The frame readers get: every dimension, crossed up to three at a time.
    static func frame(depth: Int = 3, sensitive: Set<String> = []) -> PublicationFrame {
        PublicationFrame(
            dimensions: ["kön", "område", "risk"], outcomes: ["beviljad", "samtal"], depth: depth,
            sensitiveOutcomes: sensitive)
    }
}
