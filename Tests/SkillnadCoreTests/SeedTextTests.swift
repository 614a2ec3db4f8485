import Foundation
import Testing

@testable import SkillnadCore

/// Every option list and criterion text of the two analysis methods against the seeds' words,
/// read from one fixture (`Fixtures/seed-texts.json`, copied from seeds 000 and 002).
@Suite struct SeedTextTests {
    struct Fixture: Decodable {
        struct Question: Decodable {
            var question: String
            var options: [String]
        }
        struct Criterion: Decodable {
            var id: String
            var title: String
            var neededLead: String
            var needed: [String]
            var questions: [Question]
        }
        var kindLeads: [String: String]
        var criteria: [Criterion]
        var targetGrounds: [String]
        var judgement: [String]
        var influence: [String]
        var proceed: [String]
        var measureLevels: [String]
        var rule: String
        var definition: String
    }

    static func fixture() throws -> Fixture {
        let url = try #require(
            Bundle.module.url(forResource: "seed-texts", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    @Test func criteriaAreTheAppendixWordForWord() throws {
        let expected = try Self.fixture()
        #expect(UnmotivatedCriterion.all.map(\.id) == expected.criteria.map(\.id))
        for (criterion, seed) in zip(UnmotivatedCriterion.all, expected.criteria) {
            #expect(criterion.title == seed.title)
            #expect(criterion.neededLead == seed.neededLead)
            #expect(criterion.needed == seed.needed)
            #expect(criterion.questions.map(\.question) == seed.questions.map(\.question), "\(criterion.id)")
            #expect(criterion.questions.map(\.options) == seed.questions.map(\.options), "\(criterion.id)")
        }
        #expect(UnmotivatedCriterion.consentOptions.count == 7)
        for kind in CriteriaKind.allCases { #expect(kind.lead == expected.kindLeads[kind.rawValue]) }
        #expect(CriteriaRule.rule == expected.rule)
        #expect(CriteriaRule.definition == expected.definition)
    }

    @Test func huddingeOptionsAreTheFormsWords() throws {
        let expected = try Self.fixture()
        #expect(TargetGround.allCases.map(\.swedishName) == expected.targetGrounds)
        #expect(DifferenceJudgement.allCases.map(\.swedishName) == expected.judgement)
        #expect(Influence.allCases.map(\.swedishName) == expected.influence)
        #expect(ProceedDecision.allCases.map(\.swedishName) == expected.proceed)
        #expect(MeasureLevel.allCases.map(\.swedishName) == expected.measureLevels)
    }
}
