import Testing

@testable import SkillnadGovernance

/// The status against the target (F-12.2) and the trend arrow (F-12.3), at their boundaries.
@Suite struct SignalTests {
    static func status(
        _ value: Double?, previous: Double? = nil, baseline: Double? = nil, target: Target?, higher: Bool? = true,
        tolerance: Double = 0.05
    ) -> StatusSignal.Colour {
        StatusSignal.evaluate(
            value: value, previous: previous, baseline: baseline, target: target, higherIsBetter: higher,
            tolerance: tolerance
        ).colour
    }

    @Test func aValueTargetMetExactlyIsGreen() {
        #expect(Self.status(85, target: .value(85)) == .green)
        #expect(Self.status(85, target: .value(85), higher: false) == .green, "lower is better: at most 85")
    }

    @Test func withinTheToleranceIsYellowJustOutsideRed() {
        // 5 % of 80 is 4: 76 is within, 75,9 outside.
        #expect(Self.status(76, target: .value(80)) == .yellow)
        #expect(Self.status(75.9, target: .value(80)) == .red)
        // Lower is better: target 10 days, tolerance 0,5 day.
        #expect(Self.status(10.5, target: .value(10), higher: false) == .yellow)
        #expect(Self.status(10.6, target: .value(10), higher: false) == .red)
        #expect(Self.status(9, target: .value(10), higher: false) == .green)
    }

    @Test func improvingTowardsTheTargetIsYellow() {
        #expect(Self.status(70, previous: 65, target: .value(80)) == .yellow)
        #expect(Self.status(70, previous: 72, target: .value(80)) == .red, "moving away")
    }

    @Test func directionTargets() {
        // Öka from 50: tolerance 2,5.
        #expect(Self.status(52.6, baseline: 50, target: .direction(.increase)) == .green)
        #expect(Self.status(52.5, baseline: 50, target: .direction(.increase)) == .yellow)
        #expect(Self.status(47.4, baseline: 50, target: .direction(.increase)) == .red)
        #expect(Self.status(47.4, baseline: 50, target: .direction(.decrease)) == .green)
        #expect(Self.status(51, baseline: 50, target: .direction(.unchanged)) == .green)
        #expect(Self.status(53, baseline: 50, target: .direction(.unchanged)) == .red)
        // Without a baseline the previous period is the reference.
        #expect(Self.status(60, previous: 50, target: .direction(.increase)) == .green)
    }

    @Test func withNTheIntervalDecidesADirectionTarget() {
        // 52 % of 400 against 50 % of 400: +2 p.e., interval about −4,9 to +8,9 — not a sure increase.
        let unsure = StatusSignal.evaluate(
            value: 52, previous: nil, baseline: 50, target: .direction(.increase), higherIsBetter: true,
            tolerance: 0.01, changeInterval: (-4.9, 8.9))
        #expect(unsure.colour == .yellow)
        let sure = StatusSignal.evaluate(
            value: 52, previous: nil, baseline: 50, target: .direction(.increase), higherIsBetter: true,
            tolerance: 0.01, changeInterval: (0.4, 3.6))
        #expect(sure.colour == .green)
    }

    @Test func missingValuesTargetsOrDirectionCannotBeJudged() {
        #expect(Self.status(nil, target: .value(80)) == .white)
        #expect(Self.status(80, target: nil) == .white)
        #expect(Self.status(80, target: .value(80), higher: nil) == .white)
        #expect(Self.status(80, target: .direction(.increase)) == .white, "no baseline, no previous value")
        #expect(StatusSignal.Colour.white.swedishName == "Kan inte bedömas")
    }

    static func series(_ values: [Double?], n: Double? = nil) -> [IndicatorObservation] {
        values.enumerated().map { IndicatorObservation(period: String(2020 + $0.offset), value: $0.element, n: n) }
    }

    @Test func theTrendNeedsThreePeriods() {
        let two = TrendSignal.evaluate(Self.series([50, 60]), higherIsBetter: true, tolerance: 0.05, percentage: false)
        #expect(two.meaning == .unknown)
        #expect(two.arrow == nil)
        let three = TrendSignal.evaluate(
            Self.series([40, 50, 60]), higherIsBetter: true, tolerance: 0.05, percentage: false)
        #expect(three.arrow == .up)
        #expect(three.meaning == .improving)
        // Only the last three count: 90 in 2020 is left out.
        let four = TrendSignal.evaluate(
            Self.series([90, 40, 50, 60]), higherIsBetter: false, tolerance: 0.05, percentage: false)
        #expect(four.periods == ["2021", "2022", "2023"])
        #expect(four.meaning == .worsening, "rising where lower is better")
    }

    @Test func aChangeWithinTheToleranceIsUnchanged() {
        // 5 % of 50 is 2,5.
        #expect(
            TrendSignal.evaluate(Self.series([50, 49, 52.5]), higherIsBetter: true, tolerance: 0.05, percentage: false)
                .meaning == .unchanged)
        #expect(
            TrendSignal.evaluate(Self.series([50, 49, 52.6]), higherIsBetter: true, tolerance: 0.05, percentage: false)
                .meaning == .improving)
        #expect(
            TrendSignal.evaluate(Self.series([50, 55, 60]), higherIsBetter: nil, tolerance: 0.05, percentage: false)
                .meaning == .unknown)
    }

    @Test func withNTheCoresTrendTestDecides() {
        // 50 → 52 → 54 % with n = 100 each: slope 2 p.e. per period, far from significant.
        let small = TrendSignal.evaluate(
            Self.series([50, 52, 54], n: 100), higherIsBetter: true, tolerance: 0.01, percentage: true)
        #expect(small.tested)
        #expect(small.meaning == .unchanged)
        // The same with n = 10 000 each: p < 0,001.
        let large = TrendSignal.evaluate(
            Self.series([50, 52, 54], n: 10_000), higherIsBetter: true, tolerance: 0.01, percentage: true)
        #expect(large.meaning == .improving)
    }

    @Test func theGapOfWomenAndMen() throws {
        let observations = [
            IndicatorObservation(period: "2022", value: 50, women: 52, womenN: 2_000, men: 48, menN: 2_000),
            IndicatorObservation(period: "2023", value: 50, women: 54, womenN: 2_000, men: 46, menN: 2_000),
            IndicatorObservation(period: "2024", value: 50, women: 56, womenN: 2_000, men: 44, menN: 2_000),
        ]
        let gap = try #require(GapSignal.evaluate(observations, percentage: true, tolerance: 0.05))
        #expect(abs(gap.estimate - 12) < 1e-9)
        // Newcombe's hybrid score interval for 56 % of 2 000 vs 44 % of 2 000, checked with
        // statsmodels' confint_proportions_2indep(1120, 2000, 880, 2000, method="newcomb"):
        // 0,089101 to 0,150574.
        #expect(abs((gap.ciLow ?? 0) - 8.9101) < 0.001)
        #expect(abs((gap.ciHigh ?? 0) - 15.0574) < 0.001)
        #expect(gap.trend == .widening)
        #expect(gap.tested)
        let untested = try #require(
            GapSignal.evaluate(
                [
                    IndicatorObservation(period: "2023", value: 10, women: 9, men: 11),
                    IndicatorObservation(period: "2024", value: 10, women: 9.9, men: 10.1),
                ], percentage: false, tolerance: 0.05))
        #expect(untested.trend == .narrowing)
        #expect(!untested.tested)
        #expect(
            GapSignal.evaluate([IndicatorObservation(period: "2024", value: 3)], percentage: false, tolerance: 0.05)
                == nil)
    }
}
