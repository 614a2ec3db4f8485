import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadGovernance
@testable import SkillnadStorage

extension StorageContractTests {
    /// The goal tree and indicators with their values, on both databases.
    @Test(arguments: StorageContract.engines)
    func goalTreeIndicatorsAndValues(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let goals = GoalRepository(storage)
            let top = try await goals.create(
                GoalRecord(name: "Alla barn når målen", level: .council, period: "2026"), by: nil)
            var sub = try await goals.create(
                GoalRecord(
                    name: "Fler behöriga till gymnasiet", level: .committee, parentId: top.id,
                    owner: "Utbildningsnämnden",
                    details: GoalDetails(horizon: "kort", reason: "problemomrade", perspectives: ["jämställdhet"])),
                by: nil)
            let read = try #require(try await goals.get(sub.id))
            #expect(read.parentId == top.id && read.owner == "Utbildningsnämnden")
            #expect(read.details.perspectives == ["jämställdhet"] && read.details.reason == "problemomrade")
            sub.owner = "Barn- och utbildningsnämnden"
            try await goals.update(sub)
            #expect(try await goals.get(sub.id)?.owner == "Barn- och utbildningsnämnden")

            let repository = IndicatorRepository(storage)
            let created = try await repository.create(
                Indicator(
                    id: 0, name: "Andel behöriga till yrkesprogram", unit: "%", category: .objectiveResult,
                    higherIsBetter: true, source: .kolada(kpi: "N15428", municipality: "Storköping"),
                    individBased: true,
                    goalIds: [sub.id], targets: ["2026": .value(90)]),
                by: nil)
            #expect(created.id > 0)
            let stored = try #require(try await repository.get(created.id))
            #expect(stored.indicator == created, "the whole definition round-trips")
            let entry = AuditEntry(
                at: Storage.now, userId: nil, username: "anna", action: .indicatorValues, object: "",
                detail: "2 värden",
                address: "test")
            try await repository.save(
                [
                    IndicatorValue(
                        unit: "Storköping", period: "2025", value: 84.2, n: 310, origin: .manual, enteredBy: "anna"),
                    IndicatorValue(
                        unit: "Storköping", period: "2025", sex: "K", value: 86.0, origin: .manual, enteredBy: "anna"),
                ], indicator: created.id, audit: entry)
            // Saving the same unit, period and kön again replaces the value.
            try await repository.save(
                [
                    IndicatorValue(
                        unit: "Storköping", period: "2025", value: 84.5, n: 310, origin: .manual, enteredBy: "bo")
                ],
                indicator: created.id, fetched: true, audit: nil)
            let values = try await repository.values(created.id)
            #expect(values.count == 2)
            let observations = values.observations(unit: "Storköping")
            #expect(observations.first?.value == 84.5 && observations.first?.women == 86.0)
            #expect(try await repository.get(created.id)?.fetchedAt != nil)
            #expect(
                try await AuditLog(storage).entries(AuditFilter()).contains { $0.object == "indicator \(created.id)" })
            // Deleting a goal moves its children up and unlinks indicators.
            try await goals.delete(top.id)
            #expect(try await goals.get(sub.id)?.parentId == nil)
            try await repository.delete(created.id)
            #expect(try await repository.all().isEmpty)
            #expect(try await repository.values(created.id).isEmpty)
        }
    }
}
