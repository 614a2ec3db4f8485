import Testing

@testable import SkillnadCore

/// Reference values: scipy 1.17.1 (`scripts/reference/basic_stats.py`).
@Suite struct DistributionTests {
    @Test func normalQuantiles() {
        #expect(isClose(Normal.quantile(0.975), 1.959963984540054, relative: 1e-14))
        #expect(isClose(Normal.quantile(1e-10), -6.361340902404056, relative: 1e-12))
        #expect(isClose(Normal.quantile(0.3), -0.5244005127080409, relative: 1e-12))
    }

    @Test(arguments: [
        (1.0, 12.706204736174694), (2.0, 4.302652729749462), (3.0, 3.1824463052837078),
        (7.5, 2.333039626864974), (30.0, 2.0422724563012378), (1000.0, 1.9623390808264083),
        (250_000.0, 1.9599734736701353),
    ])
    func studentTQuantile(df: Double, expected: Double) {
        #expect(isClose(StudentT(df: df).quantile(0.975), expected, relative: 1e-10))
    }

    @Test(arguments: [
        (5.0, 2.1, 0.08975324988459879), (12.7, -3.3, 0.0059129227557434385),
        (400.0, 8.5, 3.80295935184744e-16), (3.0, 40.0, 3.4380680789158506e-05),
        (100_000.0, 4.2, 2.6714578029679787e-05),
    ])
    func studentTTwoSidedP(df: Double, t: Double, expected: Double) {
        #expect(isClose(StudentT(df: df).twoSidedP(t), expected, relative: 1e-8))
    }

    @Test(arguments: [
        (3.84, 1.0, 0.05004352124870519), (20.5, 4.0, 0.00039777188456711226),
        (200.0, 9.0, 3.312992393909567e-38), (0.01, 2.0, 0.9950124791926823),
        (28.0, 30.0, 0.5704367128273726),
    ])
    func chiSquareUpperTail(x: Double, df: Double, expected: Double) {
        #expect(isClose(ChiSquared(df: df).sf(x), expected, relative: 1e-9))
    }
}
