import Foundation
import SkillnadCore

extension Storkoping {
    /// School results per school × kön × år: pupils in year 9, how many are eligible for an
    /// upper-secondary programme, and the mean merit value. Boys at Bruksskolan fall behind.
    public static func schoolResults(seed: UInt64 = 9) -> DataTable {
        var g = SeededGenerator(seed: seed)
        var school: [String?] = []
        var sex: [String?] = []
        var year: [Double?] = []
        var pupils: [Double?] = []
        var eligible: [Double?] = []
        var merit: [Double?] = []
        for y in years {
            for s in schools {
                for k in ["Flickor", "Pojkar"] {
                    let n =
                        s == "Lärkskolan"
                        ? Double(3 + Int(g.nextUniform() * 4)) : Double(28 + Int(g.nextUniform() * 40))
                    var p = k == "Flickor" ? 0.88 : 0.84
                    if s == "Bruksskolan" && k == "Pojkar" { p = 0.62 }
                    if s == "Bruksskolan" && k == "Flickor" { p = 0.80 }
                    let e = (0..<Int(n)).reduce(0.0) { sum, _ in sum + (g.nextUniform() < p ? 1 : 0) }
                    school.append(s)
                    sex.append(k)
                    year.append(Double(y))
                    pupils.append(n)
                    eligible.append(e)
                    let base = (k == "Flickor" ? 240.0 : 218.0) - (s == "Bruksskolan" ? 25 : 0)
                    merit.append(((base + (g.nextUniform() - 0.5) * 20) * 10).rounded() / 10)
                }
            }
        }
        return DataTable(
            source: "storkoping_skolresultat.csv",
            columns: [
                Column(name: "skola", text: school), Column(name: "kön", text: sex), Column(name: "år", numbers: year),
                Column(name: "antal_elever", numbers: pupils), Column(name: "behöriga_gymnasiet", numbers: eligible),
                Column(name: "meritvärde_medel", numbers: merit),
            ])
    }

    /// Indicators per område × kön × år: residents 20–64, how many are gainfully employed and how
    /// many receive financial assistance, and the ill-health rate (days).
    public static func areaIndicators(seed: UInt64 = 17) -> DataTable {
        var g = SeededGenerator(seed: seed)
        var area: [String?] = []
        var sex: [String?] = []
        var year: [Double?] = []
        var residents: [Double?] = []
        var employed: [Double?] = []
        var assistance: [Double?] = []
        var illHealth: [Double?] = []
        let sizes = [4200.0, 3100, 3900, 2600, 2700, 1500]
        let employment = [0.82, 0.85, 0.74, 0.80, 0.83, 0.66]
        for y in years {
            for (i, a) in areas.enumerated() {
                for k in ["K", "M"] {
                    let n = (sizes[i] * (0.97 + 0.06 * g.nextUniform())).rounded()
                    let shift = (k == "K" ? -0.04 : 0.0) + (a == "Bruksorten" && k == "K" ? -0.08 : 0)
                    let e = (n * (employment[i] + shift + 0.004 * Double(y - 2021)) + (g.nextUniform() - 0.5) * 20)
                        .rounded()
                    let fa =
                        (n * ((1 - employment[i]) * 0.18 + (a == "Bruksorten" ? 0.02 : 0)) + (g.nextUniform() - 0.5) * 6)
                        .rounded()
                    area.append(a)
                    sex.append(k)
                    year.append(Double(y))
                    residents.append(n)
                    employed.append(e)
                    assistance.append(max(0, fa))
                    illHealth.append(
                        ((k == "K" ? 28.0 : 20.0) + (a == "Bruksorten" ? 9 : 0) + (g.nextUniform() - 0.5) * 4).rounded(
                            toPlaces: 1))
                }
            }
        }
        return DataTable(
            source: "storkoping_omradesindikatorer.csv",
            columns: [
                Column(name: "område", text: area), Column(name: "kön", text: sex), Column(name: "år", numbers: year),
                Column(name: "invånare_20_64", numbers: residents),
                Column(name: "förvärvsarbetande", numbers: employed),
                Column(name: "ekonomiskt_bistånd", numbers: assistance), Column(name: "ohälsotal", numbers: illHealth),
            ])
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let factor = pow(10, Double(places))
        return (self * factor).rounded() / factor
    }
}
