import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadStorage

/// Analyses and goals on both engines: every field round-trips, saves are versioned, a stale save
/// is a conflict that changes nothing, and links follow the document. Part of the serialized contract
/// suite, since every engine test resets the same database.
extension StorageContractTests {
    static func difference(id: String) -> Difference {
        Difference(
            id: id, rank: 1, score: 71.5,
            scoreComponents: ScoreComponents(size: 0.4, affected: 0.3, evidence: 0.9, goal: 0.5),
            outcome: "barnsamtal_genomfort", outcomeKind: .proportion, higherIsBetter: true, dimensions: ["kön"],
            comparison: .twoGroups, summary: "Barnsamtal: flickor 72 %, pojkar 61 %", period: "2025", test: "chi2",
            testName: "Pearsons chi-två", statistic: 41.2, pValue: 1.2e-10, qValue: 3.1e-9, estimate: 0.11,
            ciLow: 0.08, ciHigh: 0.14, ratio: 1.18, ratioLow: 1.12, ratioHigh: 1.25, excessCount: 210,
            affected: 1900, betterGroup: "K", worseGroup: "M",
            groups: [
                GroupResult(
                    key: ["kön": "K"], label: "K", n: 1900, count: 1368, estimate: 0.72, ciLow: 0.70, ciHigh: 0.74,
                    suppressed: false),
                GroupResult(
                    key: ["kön": "M"], label: "M", n: 2000, count: 1220, estimate: 0.61, ciLow: 0.59, ciHigh: 0.63,
                    suppressed: false),
            ], notes: ["en not"])
    }

    /// A Huddinge analysis with every field filled in.
    static func fullHuddinge(goals: [Int64]) -> AnalysisDocument {
        var d = DifferenceAnalysis()
        let snapshot = DifferenceSnapshot(
            datasetId: 1, datasetName: "ISU", datasetVersion: 2,
            query: "dataset=1&outcome=barnsamtal_genomfort&by=k%C3%B6n",
            difference: difference(id: "barnsamtal_genomfort|kön|två"), takenAt: 1_790_000_000)
        d.differences = [
            CandidateDifference(id: "a", snapshot: snapshot),
            CandidateDifference(
                id: "b", measure: "Meritvärde åk 9, Skolverket", groups: "Flickor – pojkar", numbers: "240 mot 218",
                goalIds: goals,
                significance: SignificanceAssessment(
                    size: 3, goal: 2, impact: 3, sizeComment: "stor", goalComment: "KF-mål",
                    impactComment: "livschanser")),
        ]
        d.differences[0].goalIds = [goals[0]]
        d.chosenDifferenceId = "b"
        d.choiceMotivation = "Högst D"
        d.targetGrounds = [.sex, .area, .disability]
        d.otherGroupings = ["socioekonomi", "föräldrarnas utbildning"]
        d.targetSummary = "Pojkar i Norra"
        d.societyCauses = [CausePair(factor: "Läsvanor", norm: "Pojkar läser inte")]
        d.organisationCauses = [CausePair(factor: "Rutiner för läxhjälp", norm: "Flickor är ambitiösa")]
        d.judgement = .unmotivated
        d.influence = .withOthers
        d.proceed = .yes
        d.proceedReason = "Vi kan påverka"
        d.measures = [
            PlannedMeasure(
                id: "m1", level: .unit, text: "Läsfrämjande", effectText: "Fler läser", effect: 4,
                resourceText: "Två lärare",
                resources: 2, chosen: true),
            PlannedMeasure(id: "m2", level: .withOthers, text: "Samverkan med biblioteket", effect: 3, resources: 3),
        ]
        d.chosenComment = "Börjar i höst"
        d.normsReflection = "Risk att pojkar ses som homogen grupp"
        d.responsible = "Rektor"
        d.implementationDate = "2027-03-01"
        d.followUpDate = "2027-12-01"
        d.governanceComment = "In i verksamhetsplanen"
        d.notes = "Fritt"
        return AnalysisDocument(content: .huddinge(d), stepStatus: ["1": .done, "2": .inProgress])
    }

    @Test(arguments: StorageContract.engines)
    func everyFieldRoundTripsAndSavesAreVersioned(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let users = UserRepository(storage)
            let anna = try await users.create(username: "anna", displayName: "Anna", passwordHash: "h", role: .analyst)
            let bo = try await users.create(username: "bo", displayName: "Bo", passwordHash: "h", role: .analyst)
            let goals = GoalRepository(storage)
            let g1 = try await goals.create(
                GoalRecord(
                    name: "Alla barn ska känna sig trygga", level: .council, source: "Budget 2026", period: "2026"),
                by: anna.id)
            let g2 = try await goals.create(
                GoalRecord(name: "Barnets röst ska höras", level: .law, source: "SoL"), by: anna.id)
            #expect(try await goals.get(g1.id) == g1)
            #expect(try await goals.all().map(\.id) == [g1.id, g2.id], "council before law")

            let repo = AnalysisRepository(storage)
            let doc = Self.fullHuddinge(goals: [g1.id, g2.id])
            let created = try await repo.create(
                title: "Barnsamtal", ownerId: anna.id, datasetId: nil, document: doc, by: (anna.id, "anna"))
            let loaded = try #require(try await repo.get(created.id))
            #expect(loaded.document == doc)
            #expect(loaded.version == 1 && loaded.title == "Barnsamtal" && loaded.ownerId == anna.id)
            #expect(try await repo.participants(created.id) == [anna.id])
            #expect(try await repo.forGoal(g2.id).map(\.id) == [created.id])
            #expect(try await repo.countsByGoal() == [g1.id: 1, g2.id: 1])
            #expect(try await repo.titles().map(\.title) == ["Barnsamtal"])
            #expect(
                try await repo.forDifference(datasetId: 1, differenceId: "barnsamtal_genomfort|kön|två").map(\.id) == [
                    created.id
                ])
            #expect(try await repo.forDataset(1).map(\.id) == [created.id])

            // Bo and Anna both open version 1. Anna saves first; Bo's save is a conflict and changes nothing.
            var annas = doc
            annas.stepStatus["3"] = .inProgress
            guard
                case .saved(let v2) = try await repo.save(
                    id: created.id, expectedVersion: 1, title: "Barnsamtal", ownerId: anna.id, document: annas,
                    by: (anna.id, "anna"), summary: "Steg 3 sparat")
            else { Issue.record("first save should succeed"); return }
            #expect(v2.version == 2)
            var bos = doc
            if case .huddinge(var h) = bos.content {
                h.notes = "Bos text"
                h.differences[1].goalIds = []
                h.differences[0].goalIds = []
                bos.content = .huddinge(h)
            }
            let outcome = try await repo.save(
                id: created.id, expectedVersion: 1, title: "Bos titel", ownerId: anna.id, document: bos,
                by: (bo.id, "bo"),
                summary: "Steg 3 sparat")
            guard case .conflict(let current) = outcome else { Issue.record("stale save must conflict"); return }
            #expect(current.version == 2 && current.document == annas && current.title == "Barnsamtal")
            #expect(try await repo.get(created.id)?.document == annas)
            // Bo saves on top of version 2: goal links follow the document.
            guard
                case .saved = try await repo.save(
                    id: created.id, expectedVersion: 2, title: "Bos titel", ownerId: anna.id, document: bos,
                    by: (bo.id, "bo"),
                    summary: "Anteckningar")
            else { Issue.record("save on the current version should succeed"); return }
            #expect(try await repo.forGoal(g2.id).isEmpty)
            let history = try await repo.history(created.id)
            #expect(history.map(\.version) == [3, 2, 1])
            #expect(history.map(\.username) == ["bo", "anna", "anna"])
            #expect(history[2].document == doc && history[0].title == "Bos titel")

            try await repo.setParticipants(created.id, userIds: [anna.id, bo.id, bo.id])
            #expect(try await repo.participants(created.id) == [anna.id, bo.id].sorted())
            try await repo.addComment(created.id, step: "2", user: (bo.id, "bo"), text: "Läs forskningen om läsvanor")
            let comments = try await repo.comments(created.id)
            #expect(comments.map(\.text) == ["Läs forskningen om läsvanor"] && comments[0].step == "2")
            try await repo.delete(created.id)
            #expect(try await repo.get(created.id) == nil)
            #expect(try await repo.history(created.id).isEmpty)
            #expect(try await repo.comments(created.id).isEmpty)
        }
    }
}
