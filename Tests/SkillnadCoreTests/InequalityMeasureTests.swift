import Testing

@testable import SkillnadCore

/// Reference values: `scripts/reference/heat_measures.py`, a numpy re-implementation of the
/// formulas in WHO's `heatmeasures` R package and statsmodels 0.15 GLM (binomial, var_weights)
/// for SII/RII with an HC1 sandwich computed by hand.
@Suite struct InequalityMeasureTests {
    static let areas = [
        Subgroup(label: "A", estimate: 62.0, population: 900, standardError: 1.6),
        Subgroup(label: "B", estimate: 71.5, population: 1500, standardError: 1.2),
        Subgroup(label: "C", estimate: 55.2, population: 400, standardError: 2.5),
        Subgroup(label: "D", estimate: 80.1, population: 1200, standardError: 1.15),
        Subgroup(label: "E", estimate: 67.3, population: 700, standardError: 1.8),
    ]

    static let quintiles = [
        Subgroup(label: "Q1", estimate: 24.0, population: 1000, standardError: 1.35, order: 1),
        Subgroup(label: "Q2", estimate: 19.5, population: 1100, standardError: 1.2, order: 2),
        Subgroup(label: "Q3", estimate: 15.2, population: 1050, standardError: 1.1, order: 3),
        Subgroup(label: "Q4", estimate: 12.8, population: 980, standardError: 1.07, order: 4),
        Subgroup(label: "Q5", estimate: 9.6, population: 1020, standardError: 0.92, order: 5),
    ]

    @Test func nonOrderedMeasures() throws {
        let m = InequalityMeasures(Self.areas, favourable: true, ordered: false, scale: 100)
        #expect(isClose(m.settingAverage, 69.86382978723404, relative: 1e-12))
        let expected: [InequalityMeasureKind: Double] = [
            .difference: 24.89999999999999, .ratio: 1.451086956521739, .betweenGroupVariance: 58.72741511996374,
            .meanDifferenceFromMeanWeighted: 6.271344499773653, .meanDifferenceFromMeanUnweighted: 7.392765957446807,
            .meanDifferenceFromBestWeighted: 10.236170212765954,
            .meanDifferenceFromBestUnweighted: 12.879999999999995,
            .indexOfDisparityUnweighted: 10.581678645389205, .indexOfDisparityWeighted: 8.976525505218715,
            .populationAttributableRisk: 10.236170212765956, .populationAttributableFraction: 14.65160190035327,
            .theilIndex: 6.086933368251728, .meanLogDeviation: 6.187315583542081,
        ]
        #expect(Set(m.measures.map(\.kind)) == Set(expected.keys))
        for (kind, value) in expected {
            let measure = try #require(m.value(of: kind))
            #expect(isClose(measure.value, value, relative: 1e-10), "\(kind)")
        }
        let d = try #require(m.value(of: .difference)?.interval)
        #expect(isClose(d.upper - 24.9, Normal.z975 * 2.7518175811634027, relative: 1e-9))
        let r = try #require(m.value(of: .ratio)?.interval)
        #expect(isClose(r.lower, 1.3220625229911622, relative: 1e-10))
        #expect(isClose(r.upper, 1.5927033092379697, relative: 1e-10))
        let par = try #require(m.value(of: .populationAttributableRisk)?.interval)
        #expect(isClose(par.upper - 10.236170212765956, Normal.z975 * 1.0674727236492718, relative: 1e-9))
        let ti = try #require(m.value(of: .theilIndex)?.interval)
        #expect(isClose(ti.upper - 6.086933368251728, Normal.z975 * 1.0874890567735984, relative: 1e-9))
        // Simulated intervals exist and contain the estimate.
        let bgv = try #require(m.value(of: .betweenGroupVariance))
        #expect(bgv.interval?.contains(bgv.value) == true)
    }

    @Test func orderedAdverseMeasures() throws {
        let m = InequalityMeasures(Self.quintiles, favourable: false, ordered: true, scale: 100)
        #expect(isClose(m.settingAverage, 16.26135922330097, relative: 1e-12))
        #expect(isClose(try #require(m.value(of: .difference)).value, 14.4, relative: 1e-12))
        #expect(isClose(try #require(m.value(of: .ratio)).value, 2.5, relative: 1e-12))
        #expect(
            isClose(try #require(m.value(of: .populationAttributableRisk)).value, -6.6613592233009715, relative: 1e-10))
        #expect(
            isClose(
                try #require(m.value(of: .populationAttributableFraction)).value, -40.964344565710604, relative: 1e-10))
        let sii = try #require(m.value(of: .slopeIndex))
        #expect(isClose(sii.value, -17.746308679617144, relative: 1e-7))
        #expect(isClose(try #require(sii.interval).lower, -18.488127404662553, relative: 1e-6))
        #expect(isClose(try #require(sii.interval).upper, -17.004489954571735, relative: 1e-6))
        let rii = try #require(m.value(of: .relativeIndex))
        #expect(isClose(rii.value, 0.32892700853558254, relative: 1e-7))
        #expect(isClose(try #require(rii.interval).lower, 0.308740803136399, relative: 1e-6))
        #expect(isClose(try #require(rii.interval).upper, 0.35043303588339914, relative: 1e-6))
        #expect(
            isClose(try #require(m.value(of: .absoluteConcentrationIndex)).value, -2.820881138655859, relative: 1e-9))
        #expect(
            isClose(try #require(m.value(of: .relativeConcentrationIndex)).value, -0.1734714238778888, relative: 1e-9))
    }

    @Test func twoGroupsGetPairwiseMeasuresOnly() {
        let m = InequalityMeasures(Array(Self.areas.prefix(2)), favourable: true, ordered: false, scale: 100)
        #expect(
            m.measures.map(\.kind) == [
                .difference, .ratio, .populationAttributableRisk, .populationAttributableFraction,
            ])
    }
}
