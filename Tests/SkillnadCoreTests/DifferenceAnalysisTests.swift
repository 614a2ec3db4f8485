import Foundation
import Testing

@testable import SkillnadCharts
@testable import SkillnadCore

/// Huddinge's form: D sums, ordering by D, the resource-efficiency diagram and the field list.
@Suite struct DifferenceAnalysisTests {
    @Test func dIsTheSumOfABCOnlyWhenAllAreAssessed() {
        #expect(SignificanceAssessment(size: 3, goal: 2, impact: 3).sum == 8)
        #expect(SignificanceAssessment(size: 1, goal: 1, impact: 1).sum == 3)
        #expect(SignificanceAssessment(size: 3, goal: nil, impact: 3).sum == nil)
        #expect(SignificanceAssessment(size: 4, goal: 2, impact: 2).size == nil, "the scale is 1–3")
    }

    @Test func rowsSortByDHighestFirstUnassessedLast() {
        let rows = [
            CandidateDifference(id: "a", significance: .init(size: 1, goal: 1, impact: 2)),
            CandidateDifference(id: "b"),
            CandidateDifference(id: "c", significance: .init(size: 3, goal: 3, impact: 2)),
            CandidateDifference(id: "d", significance: .init(size: 2, goal: 1, impact: 1)),
        ]
        #expect(CandidateDifference.sortedBySum(rows).map(\.id) == ["c", "a", "d", "b"], "8, 4, 4 (a first), none")
    }

    @Test func efficiencyIsLighterForMoreEffectAndFewerResources() {
        #expect(ResourceEfficiency.level(effect: 5, resources: 1) == 8)
        #expect(ResourceEfficiency.level(effect: 1, resources: 5) == 0)
        #expect(ResourceEfficiency.lightness(effect: 3, resources: 3) == 0.5)
        #expect(
            ResourceEfficiency.lightness(effect: 4, resources: 2)
                > ResourceEfficiency.lightness(effect: 2, resources: 4))
        #expect(EfficiencyMatrix.fill(effect: 5, resources: 1) == "rgb(239,245,251)")
        #expect(EfficiencyMatrix.fill(effect: 1, resources: 5) == "rgb(31,58,95)")
    }

    @Test func measuresArePlacedInTheirCellsAndUnratedOnesLeftOut() {
        let measures = [
            PlannedMeasure(id: "1", text: "Utbildning", effect: 4, resources: 2),
            PlannedMeasure(id: "2", text: "Ny rutin", effect: 4, resources: 2),
            PlannedMeasure(id: "3", text: "Oklart", effect: 3),
            PlannedMeasure(id: "4", text: "Samverkan", effect: 2, resources: 5),
        ]
        let placed = ResourceEfficiency.placements(measures)
        #expect(placed.map(\.number) == [1, 2, 4])
        #expect(placed.map(\.slot) == [0, 1, 0] && placed.map(\.slotsInCell) == [2, 2, 1])
        let svg = EfficiencyMatrix(measures: measures, id: "e").svg()
        // Cell (effect 4, resources 2): x = 64 + 3·72 = 280, y = 20 + 3·72 = 236; two markers side by side.
        #expect(svg.contains("<circle cx=\"304\" cy=\"272\""))
        #expect(svg.contains("<circle cx=\"328\" cy=\"272\""))
        // Cell (2, 5): x = 136, y = 20, one marker in the middle.
        #expect(svg.contains("<circle cx=\"172\" cy=\"56\""))
        #expect(svg.contains("3. Oklart – ej bedömd"))
        #expect(svg.contains("Åtgärd 4: effekt 2, resurser 5, lite resurseffektiv"))
    }

    @Test func fieldsListEveryStepAndChangesAreFound() {
        var d = DifferenceAnalysis()
        d.differences = [
            CandidateDifference(
                id: "x", measure: "Meritvärde", goalIds: [7], significance: .init(size: 2, goal: 2, impact: 3))
        ]
        d.targetGrounds = [.area, .sex]
        d.measures = [PlannedMeasure(id: "m", text: "Läxhjälp", effect: 5, resources: 1, chosen: true)]
        let before = AnalysisDocument(content: .huddinge(d))
        let fields = before.fields(goalNames: [7: "Trygg uppväxt"])
        let value = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value) })
        #expect(value["1.3 #1 D"] == "7")
        #expect(value["1.2 #1 mål"] == "Trygg uppväxt")
        #expect(value["2.1 grunder"] == "Kön, Område", "in the form's order")
        #expect(value["3.2b #1"] == "5" && value["3.5 #1"] == "Ja")
        #expect(value["status 3"] == "Ej påbörjad")
        d.judgement = .unmotivated
        d.notes = "Ny anteckning"
        let after = AnalysisDocument(content: .huddinge(d), stepStatus: ["2": .inProgress])
        let changes = DocumentField.changes(from: fields, to: after.fields(goalNames: [7: "Trygg uppväxt"]))
        #expect(Set(changes.map(\.field.key)) == ["2.3 A", "anteckningar", "status 2"])
        #expect(changes.first { $0.field.key == "2.3 A" }?.new == "Omotiverad")
    }

    @Test func snapshotChangesAreDescribed() {
        let old = Difference.sample(estimate: 0.11, pValue: 0.001, n: [1900, 2000])
        let new = Difference.sample(estimate: 0.03, pValue: 0.2, n: [2100, 2150])
        let lines = SnapshotChange.describe(old: old, new: new).map {
            $0.replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        #expect(lines.contains("Skillnaden är mindre: +3,0 procentenheter mot tidigare +11,0 procentenheter."))
        #expect(lines.contains { $0.hasPrefix("Skillnaden är inte längre statistiskt säkerställd") })
        #expect(lines.contains("Antalet personer i jämförelsen är 4 250 (tidigare 3 900)."))
        #expect(SnapshotChange.describe(old: old, new: old).isEmpty)
        #expect(SnapshotChange.describe(old: old, new: nil).count == 1)
    }
}

extension Difference {
    static func sample(estimate: Double, pValue: Double, n: [Double]) -> Difference {
        Difference(
            id: "x", rank: 1, score: 50, scoreComponents: ScoreComponents(size: 0, affected: 0, evidence: 0, goal: 0),
            outcome: "o", outcomeKind: .proportion, higherIsBetter: true, dimensions: ["kön"], comparison: .twoGroups,
            summary: "", period: "2025", test: "chi2", testName: "", statistic: nil, pValue: pValue, qValue: nil,
            estimate: estimate, ciLow: nil, ciHigh: nil, ratio: nil, ratioLow: nil, ratioHigh: nil, excessCount: nil,
            affected: nil, betterGroup: nil, worseGroup: nil,
            groups: n.enumerated().map { i, n in
                GroupResult(
                    key: [:], label: i == 0 ? "K" : "M", n: n, count: nil, estimate: nil, ciLow: nil, ciHigh: nil,
                    suppressed: false)
            }, notes: [])
    }
}
