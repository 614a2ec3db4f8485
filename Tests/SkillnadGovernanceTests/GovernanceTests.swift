import Testing

@testable import SkillnadGovernance

/// Goals as a tree, indicator rules, targets per period and the combined signals.
@Suite struct GovernanceTests {
    @Test func goalsFormATreeAndACycleIsBroken() {
        let goals = [
            GovernanceGoal(id: 1, text: "Alla barn når målen", level: .council),
            GovernanceGoal(id: 2, text: "Fler elever behöriga", level: .committee, parentId: 1),
            GovernanceGoal(id: 3, text: "Läsfrämjande i åk 1–3", level: .service, parentId: 2),
            GovernanceGoal(id: 4, text: "A", level: .committee, parentId: 5),
            GovernanceGoal(id: 5, text: "B", level: .committee, parentId: 4),
        ]
        let tree = GoalTree(goals)
        let flat = tree.flattened.map { ($0.goal.id, $0.depth) }
        #expect(flat.prefix(3).map(\.0) == [1, 2, 3])
        #expect(flat.prefix(3).map(\.1) == [0, 1, 2])
        #expect(flat.count == 5, "the cycle 4 ↔ 5 keeps both goals")
        #expect(tree.tooManyCouncilGoals() == nil)
        let many = GoalTree(
            (1...11).map { GovernanceGoal(id: Int64($0), text: "Mål \($0)", level: .council) })
        #expect(many.tooManyCouncilGoals()?.contains("stjälper än hjälper") == true)
    }

    @Test func warningsFromTheGuides() {
        var indicator = Indicator(
            id: 1, name: "Andel behöriga", unit: "%", category: .objectiveResult, higherIsBetter: true,
            individBased: true, targets: ["2026": .value(90)])
        let total = [IndicatorObservation(period: "2025", value: 84)]
        #expect(indicator.warnings(observations: total).first?.contains("2001:100") == true)
        #expect(
            indicator.warnings(observations: [IndicatorObservation(period: "2025", value: 84, women: 86, men: 82)])
                .isEmpty)
        indicator.sexSplitWaiver = "Källan redovisar inte kön"
        #expect(indicator.warnings(observations: total).isEmpty)
        let info = Indicator(
            id: 2, name: "Arbetslöshet", category: .information, influence: .small, higherIsBetter: false,
            targets: ["2026": .value(5)])
        #expect(info.warnings(observations: []).contains { $0.contains("kan inte målsättas") })
        var small = Indicator(
            id: 3, name: "Nystartade företag", category: .objectiveResult, influence: .small, higherIsBetter: true,
            targets: ["2026": .value(5)])
        #expect(small.warnings(observations: []).contains { $0.contains("informativt syfte") })
        small.smallInfluenceReason = "Näringslivsprogrammet riktar sig direkt till nyföretagare."
        #expect(small.warnings(observations: []).isEmpty, "overridden with a reason")
    }

    @Test func aTargetHoldsUntilANewOneIsSet() {
        let indicator = Indicator(
            id: 1, name: "x", category: .objectiveResult, higherIsBetter: true,
            targets: ["2024": .value(80), "2026": .value(85)])
        #expect(indicator.target(for: "2025") == .value(80))
        #expect(indicator.target(for: "2026") == .value(85))
        #expect(indicator.target(for: "2023") == nil)
        #expect(indicator.target(for: "2025T2") == .value(80), "tertials order among years")
    }

    @Test func theSignalsOfAnIndicatorStayApart() {
        let indicator = Indicator(
            id: 1, name: "Elever i åk 9 med godkänt i sv, ma, en", unit: "%", category: .objectiveResult,
            higherIsBetter: true, individBased: true, targets: ["2012": .value(90)])
        // Ale's values from Kolada (N15404), with invented K/M for the gap.
        let observations = [
            IndicatorObservation(period: "2012", value: 85.436893, women: 90, men: 80),
            IndicatorObservation(period: "2010", value: 83.505155, women: 85, men: 82),
            IndicatorObservation(period: "2011", value: 85.488127, women: 87, men: 84),
        ]
        let signals = IndicatorSignals.evaluate(
            indicator, observations: observations,
            comparison: ("Liknande kommuner grundskola, Ale", [99.3, 95.4, 92.7]))
        #expect(signals.status == .red, "85,4 is more than 5 % below 90")
        #expect(signals.trend == .unchanged, "+1,9 from 2010 is within 5 % of 83,5")
        #expect(signals.quartile == .worst)
        #expect(signals.comparisonSet?.size == 4)
        #expect(signals.period == "2012")
        #expect(signals.target == "minst 90")
        #expect(signals.gap?.estimate == 10)
        // 3 → 10 percentage points; untested (no n), beyond 5 % of the level (4,5).
        #expect(signals.gap?.trend == .widening)
    }

    @Test func theKKiKCatalogueHasTheSeedsAreas() {
        // "ett 40-tal mått": 8 + 3 + 5 + 16 + 9 in the seed's 2014 list.
        #expect(KKiKCatalogue.entries.count == 41)
        #expect(Set(KKiKCatalogue.entries.map(\.area)) == Set(KKiKArea.allCases))
        #expect(KKiKCatalogue.entries.first?.question.hasPrefix("Hur stor andel av medborgarna som skickar in") == true)
        #expect(KKiKArea.development.swedishName == "Din kommun som samhällsutvecklare")
    }
}

/// The guide's rules across indicators (F-2.1, F-7.3, F-7.6).
@Suite struct GovernanceRuleTests {
    static let goals = [
        GovernanceGoal(id: 1, text: "Trygg uppväxt", level: .council),
        GovernanceGoal(id: 2, text: "Fler behöriga", level: .committee, parentId: 1),
        GovernanceGoal(id: 3, text: "Nämndens eget mål", level: .committee),
    ]

    @Test func aKoladaIndicatorMustBeAnchoredInACouncilGoalWithATarget() {
        var indicator = Indicator(
            id: 1, name: "Behöriga", category: .objectiveResult, higherIsBetter: true,
            source: .kolada(kpi: "N15428", municipality: "0180"), goalIds: [3], targets: ["2026": .value(90)])
        #expect(GovernanceRules.anchoring(indicator, goals: Self.goals)?.hasPrefix("Ej förankrad i styrningen") == true)
        indicator.goalIds = [2]
        #expect(GovernanceRules.anchoring(indicator, goals: Self.goals) == nil, "under a council goal, with a target")
        indicator.targets = [:]
        #expect(GovernanceRules.anchoring(indicator, goals: Self.goals) != nil, "no level to reach")
        let manual = Indicator(id: 2, name: "Egen", category: .activities, higherIsBetter: true, goalIds: [3])
        #expect(GovernanceRules.anchoring(manual, goals: Self.goals) == nil, "the rule is about KKiK and Kolada")
    }

    @Test func whatMayBeShownToResidents() {
        var activity = Indicator(
            id: 1, name: "Antal informationsträffar", category: .activities, higherIsBetter: true, goalIds: [2])
        activity.publishedToResidents = true
        let result = Indicator(id: 2, name: "Behöriga", category: .objectiveResult, higherIsBetter: true, goalIds: [2])
        let warnings = GovernanceRules.publication(activity, others: [activity, result])
        #expect(warnings.contains { $0.contains("Varför mäter vi det här?") })
        #expect(warnings.contains { $0.contains("endast kommuniceras ut") })
        activity.knowledge = [.why: "För att följa dialogen med vårdnadshavare."]
        #expect(GovernanceRules.publication(activity, others: [activity]).isEmpty)
    }

    @Test func aGoalFollowedOnlyByResources() {
        let goal = Self.goals[1]
        let cost = Indicator(id: 1, name: "Kostnad per elev", category: .resources, higherIsBetter: nil, goalIds: [2])
        #expect(
            GovernanceRules.goalWarnings(goal, indicators: [cost]).first?.contains("bara upp med resursindikatorer")
                == true)
        #expect(
            GovernanceRules.goalWarnings(goal, indicators: []).first == "Målet har ingen indikator som följer upp det.")
        let result = Indicator(id: 2, name: "Behöriga", category: .objectiveResult, higherIsBetter: true, goalIds: [2])
        #expect(GovernanceRules.goalWarnings(goal, indicators: [cost, result]).isEmpty)
        let suggestions = GoalChecklist.suggestions(goal, indicators: [cost, result])
        #expect(suggestions[6]?.answer == .yes)
        #expect(suggestions[8]?.answer == .no, "the result indicator has no target")
        #expect(GoalChecklist.questions.count == 9)
    }
}

/// The result index per KKiK perspective (F-12.8), computed by hand.
@Suite struct ResultIndexTests {
    @Test func percentileRanksAndTheirMean() {
        // Among 70, 80, 90 (the others), 80 has one worse and one tied: (1 + 0,5) / 3 = 50.
        #expect(ResultIndex.percentileRank(of: 80, among: [70, 80, 90], higherIsBetter: true) == 50)
        #expect(ResultIndex.percentileRank(of: 60, among: [70, 80], higherIsBetter: false) == 100)
        #expect(ResultIndex.percentileRank(of: 60, among: [], higherIsBetter: true) == nil)
        let indices = ResultIndex.indices([
            .init(higherIsBetter: true, values: ["A": 90, "B": 80, "C": 70]),
            .init(higherIsBetter: false, values: ["A": 12, "B": 10, "C": 14]),
        ])
        // A: first 100 (both others worse), second 50 (B better, C worse) → 75.
        // B: 50 and 100 → 75. C: 0 and 0 → 0.
        #expect(indices == ["A": 75, "B": 75, "C": 0])
    }
}

/// Targets on the gap between women and men (E-7.7) and the equality templates (E-7.4, E-7.5).
@Suite struct EqualityGoalTests {
    @Test func aTargetOnTheGapFollowsItsSize() {
        // Ohälsotal: the level rises, but the gap shrinks from 6 to 3 days: "minska" is met.
        var indicator = Indicator(
            id: 1, name: "Ohälsotal", unit: "dagar", category: .objectiveResult, higherIsBetter: false,
            individBased: true, targets: ["2025": .direction(.decrease)],
            baseline: IndicatorObservation(period: "2023", value: 24, women: 27, men: 21))
        indicator.targetOnGap = true
        let observations = [
            IndicatorObservation(period: "2023", value: 24, women: 27, men: 21),
            IndicatorObservation(period: "2024", value: 25, women: 27, men: 23),
            IndicatorObservation(period: "2025", value: 26, women: 27.5, men: 24.5),
        ]
        let signals = IndicatorSignals.evaluate(indicator, observations: observations)
        #expect(signals.status == .green, "gap 6 → 3 days, beyond 5 % of 6")
        #expect(signals.trend == .improving, "a smaller gap is better")
        #expect(signals.target == "skillnaden kvinnor–män minska")
        #expect(signals.value == 26, "the level is still shown")
        var level = indicator
        level.targetOnGap = nil
        #expect(IndicatorSignals.evaluate(level, observations: observations).status == .red, "on the level: it rose")
    }

    @Test func theTemplatesAreTheGuidesWords() {
        #expect(EqualityTemplates.examples.count == 12)
        #expect(EqualityTemplates.examples.filter { $0.level == .result }.count == 5)
        #expect(EqualityTemplates.examples.contains { $0.text == "Skillnaderna i hälsa minskar bland invånarna." })
        #expect(EqualityTemplates.botkyrka.map(\.indicators.count) == [2, 2, 3])
        #expect(EqualityTemplates.botkyrka[2].text == "Mål 3. Botkyrkaborna är friskare och mår bättre")
    }
}

/// The expected path from the baseline to the target (F-12.1), by hand.
@Suite struct ExpectedPathTests {
    @Test func theLineFromBaselineToTarget() throws {
        // 70 in 2023 towards 90 in 2027: 75 expected in 2024; 74 is 1 behind.
        let path = try #require(
            ExpectedPath.evaluate(
                baseline: IndicatorObservation(period: "2023", value: 70), targets: ["2027": .value(90)],
                latest: IndicatorObservation(period: "2024", value: 74), higherIsBetter: true))
        #expect(path.expected == 75)
        #expect(path.deviation == -1)
        #expect(!path.ahead)
        let lower = try #require(
            ExpectedPath.evaluate(
                baseline: IndicatorObservation(period: "2023", value: 20), targets: ["2025": .value(10)],
                latest: IndicatorObservation(period: "2024", value: 14), higherIsBetter: false))
        #expect(lower.expected == 15 && lower.ahead, "14 days is ahead of the path to 10")
        #expect(
            ExpectedPath.evaluate(
                baseline: IndicatorObservation(period: "2023", value: 70), targets: ["2027": .direction(.increase)],
                latest: IndicatorObservation(period: "2024", value: 74), higherIsBetter: true) == nil)
        #expect(
            ExpectedPath.evaluate(
                baseline: nil, targets: ["2027": .value(90)], latest: IndicatorObservation(period: "2024", value: 74),
                higherIsBetter: true) == nil)
    }
}

/// Result set against cost (F-11.3), by hand.
@Suite struct ResultPerCostTests {
    @Test func meritPointsPerCost() throws {
        // Merit 230 at 115 000 kr per pupil = 200 per 100 000 kr; B 180/120 000 = 150; C 240/100 000 = 240;
        // D 200/80 000 = 250. Own (A) has two better (C, D) of 4: b = 2 ≥ 1 → not Bästa; w = 1 ≥ 1 → Mittersta.
        let r = try #require(
            ResultPerCost.evaluate(
                period: "2025", own: "A", results: ["A": 230, "B": 180, "C": 240, "D": 200],
                costs: ["A": 115_000, "B": 120_000, "C": 100_000, "D": 80_000], higherIsBetter: true, per: 100_000))
        #expect(abs(r.value - 200) < 1e-9)
        #expect(r.quartile.quartile == .middle)
        #expect(r.quartile.setSize == 4)
        #expect(
            ResultPerCost.evaluate(
                period: "2025", own: "A", results: ["A": 1], costs: ["A": 0], higherIsBetter: true, per: 1) == nil)
    }
}
