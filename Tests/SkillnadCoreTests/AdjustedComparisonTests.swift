import Testing

@testable import SkillnadCore

/// Reference values: `scripts/reference/mantel_haenszel.py` — statsmodels 0.15 `StratifiedTable`
/// for the MH odds ratio, its Robins–Breslow–Greenland interval and the CMH test
/// (`correction=False`); the Greenland–Robins variance of the MH risk difference and the direct
/// standardisation written out in numpy from their published formulas.
@Suite struct AdjustedComparisonTests {
    static let strata = [
        Stratum(label: "låg", events1: 12, n1: 40, events0: 20, n0: 90),
        Stratum(label: "medel", events1: 45, n1: 80, events0: 40, n0: 75),
        Stratum(label: "hög", events1: 70, n1: 90, events0: 30, n0: 40),
    ]

    @Test func mantelHaenszel() throws {
        let mh = try #require(MantelHaenszel(Self.strata))
        #expect(isClose(mh.oddsRatio, 1.2256771697070203, relative: 1e-12))
        #expect(isClose(mh.oddsRatioInterval.lower, 0.7913369039924106, relative: 1e-10))
        #expect(isClose(mh.oddsRatioInterval.upper, 1.8984133265639025, relative: 1e-10))
        #expect(isClose(mh.statistic, 0.830051107757806, relative: 1e-10))
        #expect(isClose(mh.pValue, 0.3622577510814122, relative: 1e-9))
        #expect(isClose(mh.riskDifference, 0.043064345991561184, relative: 1e-12))
        #expect(isClose(mh.riskDifferenceInterval.lower, -0.05043377455877478, relative: 1e-10))
        #expect(isClose(mh.riskDifferenceInterval.upper, 0.13656246654189713, relative: 1e-10))
    }

    @Test func crudeAdjustedAndExplainedShare() throws {
        let c = try #require(AdjustedComparison(strata: Self.strata))
        #expect(isClose(c.crude.value, 0.16573751451800228, relative: 1e-12))
        #expect(isClose(c.explainedShare, 0.7401653686143365, relative: 1e-10))
        #expect(isClose(c.standardised.proportion1, 0.5477074966532798, relative: 1e-12))
        #expect(isClose(c.standardised.proportion0, 0.5037483266398929, relative: 1e-12))
        #expect(isClose(c.standardised.differenceInterval.lower, -0.048887739552544995, relative: 1e-10))
        #expect(isClose(c.standardised.differenceInterval.upper, 0.13680607957931878, relative: 1e-10))
    }

    @Test func strataWithOneGroupAreSkipped() throws {
        let withEmpty = Self.strata + [Stratum(label: "okänd", events1: 3, n1: 5, events0: 0, n0: 0)]
        let mh = try #require(MantelHaenszel(withEmpty))
        #expect(mh.strataUsed == 3)
        #expect(isClose(mh.riskDifference, 0.043064345991561184, relative: 1e-12))
        let ds = try #require(DirectStandardisation(withEmpty))
        #expect(ds.excluded == 5)
        #expect(MantelHaenszel([Stratum(label: "x", events1: 1, n1: 2, events0: 0, n0: 0)]) == nil)
    }
}
