import Testing

@testable import SkillnadCore

/// Reference values: scipy 1.17.1 and statsmodels 0.15.0 (`scripts/reference/basic_stats.py`);
/// Newcombe (1998) Table II, example (56/70 vs 48/80): method 10 gives 0.0524 to 0.3339.
@Suite struct TwoGroupTests {
    @Test func wilsonInterval() {
        let ci = Proportion(successes: 81, n: 263).interval
        #expect(isClose(ci.lower, 0.2552885198782742, relative: 1e-12))
        #expect(isClose(ci.upper, 0.36620957698280004, relative: 1e-12))
        let zero = Proportion(successes: 0, n: 20).interval
        #expect(zero.lower == 0)
        #expect(isClose(zero.upper, 0.1611251580528194, relative: 1e-12))
        let all = Proportion(successes: 20, n: 20).interval
        #expect(isClose(all.lower, 0.8388748419471804, relative: 1e-12))
    }

    @Test func newcombeHybridScore() {
        let d = ProportionDifference(Proportion(successes: 56, n: 70), Proportion(successes: 48, n: 80))
        #expect(isClose(d.value, 0.2, relative: 1e-12))
        #expect(isClose(d.interval.lower, 0.05243147240236498, relative: 1e-10))
        #expect(isClose(d.interval.upper, 0.33387265403690614, relative: 1e-10))
        let e = ProportionDifference(Proportion(successes: 9, n: 10), Proportion(successes: 3, n: 10))
        #expect(isClose(e.interval.lower, 0.1705227239345029, relative: 1e-10))
        #expect(isClose(e.interval.upper, 0.809017973535488, relative: 1e-10))
    }

    /// Katz log interval by hand: RR = (56/70)/(48/80) = 1.3333;
    /// SE = √(1/56 − 1/70 + 1/48 − 1/80) = 0.109109; CI = exp(ln 1.3333 ± 1.959964·0.109109) = 1.076626 … 1.651249.
    @Test func riskRatioKatz() {
        let rr = RiskRatio(Proportion(successes: 56, n: 70), Proportion(successes: 48, n: 80))
        #expect(isClose(rr.value, 4.0 / 3.0, relative: 1e-12))
        #expect(isClose(rr.interval.lower, 1.076626422763193, relative: 1e-10))
        #expect(isClose(rr.interval.upper, 1.651248511266387, relative: 1e-10))
        #expect(!rr.corrected)
    }

    @Test func fisherExact() {
        let cases: [(Int, Int, Int, Int, Double)] = [
            (8, 2, 1, 5, 0.034965034965034975), (3, 1, 1, 3, 0.48571428571428565),
            (0, 10, 7, 3, 0.0030959752321981426), (120, 880, 80, 920, 0.0035648027625589684),
            (2, 48, 9, 41, 0.05112093374568651),
        ]
        for (a, b, c, d, expected) in cases {
            #expect(isClose(FisherExactTest(a: a, b: b, c: c, d: d).pValue, expected, relative: 1e-9))
        }
    }

    @Test func chiSquareWithoutCorrection() {
        let t = ChiSquareTest(successes: [30, 45, 12, 60], totals: [100, 100, 52, 150])
        #expect(isClose(t.statistic, 9.766940622402805, relative: 1e-12))
        #expect(isClose(t.pValue, 0.02065474151589191, relative: 1e-9))
        #expect(t.degreesOfFreedom == 3)
        let two = ChiSquareTest(successes: [56, 48], totals: [70, 80])
        #expect(isClose(two.statistic, 7.023411371237457, relative: 1e-12))
        #expect(isClose(two.pValue, 0.008045081368196582, relative: 1e-9))
    }

    static let a: [Double] = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4]
    static let b: [Double] = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4]

    @Test func meanWithTInterval() {
        let m = Mean(Self.a)
        #expect(isClose(m.value, 20.82, relative: 1e-12))
        #expect(isClose(m.standardDeviation, 2.8048936827317665, relative: 1e-12))
        #expect(isClose(m.interval.lower, 19.26670165245124, relative: 1e-10))
        #expect(isClose(m.interval.upper, 22.373298347548754, relative: 1e-10))
        let fromSums = Mean(n: 15, sum: Self.a.reduce(0, +), sumOfSquares: Self.a.reduce(0) { $0 + $1 * $1 })
        #expect(isClose(fromSums.variance, m.variance, relative: 1e-9))
    }

    @Test func welch() {
        let d = MeanDifference(Mean(Self.a), Mean(Self.b))
        #expect(isClose(d.test.statistic, -2.455356398286006, relative: 1e-10))
        #expect(isClose(d.test.pValue, 0.021378001462866992, relative: 1e-8))
        #expect(isClose(d.test.degreesOfFreedom, 24.988529290231416, relative: 1e-10))
        #expect(isClose(d.interval.lower, -3.984096267140929, relative: 1e-9))
        #expect(isClose(d.interval.upper, -0.3492370661924069, relative: 1e-9))
    }

    @Test func welchANOVA() {
        let groups = [
            Mean([2.1, 3.4, 1.9, 5.6, 4.4, 3.3]), Mean([6.1, 7.2, 5.9, 8.8, 6.0]),
            Mean([3.3, 2.2, 4.1, 3.9, 2.8, 3.1, 3.6]),
        ]
        let t = WelchANOVA(groups)
        #expect(isClose(t.statistic, 15.726907043655498, relative: 1e-10))
        #expect(isClose(t.df2, 7.726284276130703, relative: 1e-10))
        #expect(isClose(t.pValue, 0.0018885062099215982, relative: 1e-8))
    }

    @Test func benjaminiHochberg() {
        let q = BenjaminiHochberg.qValues([0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.0001])
        let expected = [0.023333333333333334, 0.056, 0.0525, 0.0175, 0.23333333333333336, 0.5, 0.0007]
        for (got, want) in zip(q, expected) { #expect(isClose(got, want, relative: 1e-12)) }
        let withNaN = BenjaminiHochberg.qValues([0.01, .nan, 0.02])
        #expect(withNaN[1].isNaN)
        #expect(isClose(withNaN[2], 0.02, relative: 1e-12))
    }
}
