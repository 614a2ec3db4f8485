import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadGovernance
@testable import SkillnadImport

/// The comparison box against other municipalities (F-12.5) on Kolada's published values.
@Suite struct QuartileTests {
    static func fixture(_ name: String) throws -> DataTable {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try FileImporter.read(path: url.path).table
    }

    /// Values of one KPI and year by municipality from the Kolada extract (kpi_id, kpi_title,
    /// municipality, year, value).
    static func values(_ table: DataTable, kpi: String, year: Int) throws -> [String: Double] {
        let ids = try #require(table.column(named: "kpi_id"))
        let names = try #require(table.column(named: "municipality"))
        let years = try #require(table.column(named: "year"))
        let values = try #require(table.column(named: "value"))
        var out: [String: Double] = [:]
        for row in 0..<table.rowCount where ids.text(at: row) == kpi && years.text(at: row) == String(year) {
            if case .numeric(let v) = values.storage, !v[row].isNaN { out[names.text(at: row)] = v[row] }
        }
        return out
    }

    static func box(
        _ values: [String: Double], _ own: String, higher: Bool, set: String = "Alla kommuner"
    )
        -> QuartileSignal
    {
        QuartileSignal.evaluate(
            own: values[own], others: values.filter { $0.key != own }.map(\.value), higherIsBetter: higher,
            comparisonSet: set)
    }

    /// Reference: pandas on ../shared/data/real/kolada_33kpi_kommuner_1995_2012.csv, the same rule
    /// written with `rank(method="min")` (b = rank among the better − 1, w likewise, Bästa when
    /// b < N/4, Sämsta when w < N/4). N15404 (åk 9 godkänt i sv, ma, en), 2012, 290 municipalities:
    /// 73 Bästa, 144 Mittersta, 73 Sämsta; Danderyd and Vallentuna Bästa, Ale and Stockholm Mittersta,
    /// Malmö Sämsta. N00800 (arbetslösa 16–64, lower is better), 2011, with ties: 79 / 135 / 76;
    /// Ale and Stockholm Bästa, Malmö Sämsta.
    @Test func quartilesOnKoladasValuesMatchPandas() throws {
        let table = try Self.fixture("kolada_N15404_N00800.csv")
        let school = try Self.values(table, kpi: "N15404", year: 2012)
        #expect(school.count == 290)
        var counts: [QuartileSignal.Quartile: Int] = [:]
        for name in school.keys { counts[Self.box(school, name, higher: true).quartile, default: 0] += 1 }
        #expect(counts == [.best: 73, .middle: 144, .worst: 73])
        #expect(Self.box(school, "Danderyd", higher: true).quartile == .best)
        #expect(Self.box(school, "Vallentuna", higher: true).quartile == .best)
        #expect(Self.box(school, "Ale", higher: true).quartile == .middle)
        #expect(Self.box(school, "Stockholm", higher: true).quartile == .middle)
        #expect(Self.box(school, "Malmö", higher: true).quartile == .worst)
        #expect(Self.box(school, "Malmö", higher: true).setSize == 290)

        let unemployment = try Self.values(table, kpi: "N00800", year: 2011)
        var tied: [QuartileSignal.Quartile: Int] = [:]
        for name in unemployment.keys { tied[Self.box(unemployment, name, higher: false).quartile, default: 0] += 1 }
        #expect(tied == [.best: 79, .middle: 135, .worst: 76])
        #expect(Self.box(unemployment, "Ale", higher: false).quartile == .best)
        #expect(Self.box(unemployment, "Malmö", higher: false).quartile == .worst)
    }

    /// Kolada's group "Liknande kommuner grundskola, Ale" (7 members): among the 8 values Ale's
    /// 85,4 % is the lowest (pandas: 99,3 … 86,6, 85,4), so Sämsta 25% in that set while Mittersta
    /// among all municipalities — why the set and its size are printed beside the box.
    @Test func aKoladaGroupAsTheComparisonSet() throws {
        let table = try Self.fixture("kolada_N15404_N00800.csv")
        let school = try Self.values(table, kpi: "N15404", year: 2012)
        let groups = try Self.fixture("kolada_kommungrupp_ale.csv")
        let members = try #require(groups.column(named: "member_title"))
        let names = Set((0..<groups.rowCount).map { members.text(at: $0) })
        #expect(names.count == 7)
        let set = school.filter { names.contains($0.key) || $0.key == "Ale" }
        let box = Self.box(set, "Ale", higher: true, set: "Liknande kommuner grundskola, Ale")
        #expect(box.quartile == .worst)
        #expect(box.setSize == 8)
        #expect(box.better == 7)
    }

    @Test func tiesAndMissingValues() {
        // Four equal values: none is better or worse, so all are Bästa.
        #expect(
            QuartileSignal.evaluate(own: 5, others: [5, 5, 5], higherIsBetter: true, comparisonSet: "x").quartile
                == .best)
        #expect(
            QuartileSignal.evaluate(own: nil, others: [5, 6], higherIsBetter: true, comparisonSet: "x").quartile
                == .none)
        #expect(
            QuartileSignal.evaluate(own: 5, others: [], higherIsBetter: true, comparisonSet: "x").quartile == .none)
        #expect(
            QuartileSignal.evaluate(own: 5, others: [4, 6], higherIsBetter: nil, comparisonSet: "x").quartile == .none)
        #expect(QuartileSignal.Quartile.best.label == "Bästa 25%")
    }
}

/// Women's and men's boxes, each among the same kön (F-12.5 "the same KPI, year and kön").
@Suite struct SexQuartileTests {
    /// Four municipalities (N = 4, a quarter is 1): the own women's 90 beat the others' women
    /// (80, 85, 88) → Bästa; the own men's 70 lose to the others' men (75, 80, 85) → Sämsta;
    /// the totals (80 among 78, 82, 86) → Mittersta. One box for both would hide both.
    @Test func eachKonIsRankedAmongItsOwn() {
        var signals = IndicatorSignals.evaluate(
            Indicator(id: 1, name: "Andel", unit: "%", category: .objectiveResult, higherIsBetter: true),
            observations: [IndicatorObservation(period: "2025", value: 80, women: 90, men: 70)],
            comparison: ("Alla kommuner", [78, 82, 86]))
        #expect(signals.quartile == .middle)
        signals.placeBySex(
            own: IndicatorObservation(period: "2025", value: 80, women: 90, men: 70), women: [80, 85, 88],
            men: [75, 80, 85], higherIsBetter: true)
        #expect(signals.quartilesBySex == .init(women: .best, men: .worst))
        var none = signals
        none.quartilesBySex = nil
        none.placeBySex(
            own: IndicatorObservation(period: "2025", value: 80, women: 90, men: nil), women: [80], men: [75],
            higherIsBetter: true)
        #expect(none.quartilesBySex == nil, "no box by kön without both values")
        none.placeBySex(
            own: IndicatorObservation(period: "2024", value: 80, women: 90, men: 70), women: [80], men: [75],
            higherIsBetter: true)
        #expect(none.quartilesBySex == nil, "only for the latest period")
    }
}
