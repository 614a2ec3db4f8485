import Testing

@testable import SkillnadCore

/// Reference values: `scripts/reference/trend.py`, statsmodels 0.15 WLS with weights 1/Var and
/// `cov_type="fixed scale"` (variances taken as known).
@Suite struct TrendTests {
    static func series(_ counts: [(Double, Double)]) -> [PeriodEstimate] {
        counts.enumerated().map { i, c in
            PeriodEstimate(period: String(2020 + i), proportion: Proportion(successes: c.0, n: c.1))
        }
    }

    static let growing = series([(60, 400), (70, 410), (82, 405), (95, 420), (110, 415)])
    static let flat = series([(58, 390), (60, 395), (57, 400), (61, 398), (59, 402)])

    @Test func widensWhenTheGapGrowsAwayFromZero() throws {
        let gap = try #require(GapTrend(first: Self.growing, second: Self.flat))
        #expect(isClose(gap.trend.slope, 0.02868472601156489, relative: 1e-10))
        #expect(isClose(gap.trend.pValue, 0.0006881335970794312, relative: 1e-8))
        #expect(isClose(gap.trend.interval.lower, 0.01212118, relative: 1e-6))
        #expect(gap.direction == .widening)
        #expect(gap.periods == ["2020", "2021", "2022", "2023", "2024"])
    }

    @Test func narrowsWhenTheGapMovesTowardsZero() throws {
        // Reversed time order: the same gap shrinks.
        let first = Array(Self.growing.reversed())
        let second = Array(Self.flat.reversed())
        let gap = try #require(GapTrend(first: first, second: second))
        #expect(gap.direction == .narrowing)
    }

    @Test func stableWhenNothingChanges() throws {
        let gap = try #require(GapTrend(first: Self.flat, second: Self.flat))
        #expect(gap.direction == .stable)
        #expect(GapTrend(first: Array(Self.flat.prefix(1)), second: Array(Self.flat.prefix(1))) == nil)
    }
}
