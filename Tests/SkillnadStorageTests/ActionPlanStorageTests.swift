import Foundation
import Testing

@testable import SkillnadGovernance
@testable import SkillnadStorage

extension StorageContractTests {
    /// Action plans on both databases: the whole plan round-trips, a save over an older
    /// revision writes nothing, each change commits with its audit entry, a plan outlives the
    /// goal it served.
    @Test(arguments: StorageContract.engines)
    func actionPlansRoundTripAndRefuseStaleSaves(engine: String) async throws {
        try await StorageContract.withStorage(engine) { storage in
            let goal = try await GoalRepository(storage).create(
                GoalRecord(name: "Snabba svar", level: .board, period: "2026"), by: nil)
            let plans = ActionPlanRepository(storage)
            func audit(_ action: AuditAction) -> AuditEntry {
                AuditEntry(
                    at: Storage.now, userId: nil, username: "analytiker", action: action, object: "", detail: "test",
                    address: "lokal")
            }
            var plan = ActionPlan(
                area: "Kontaktcenter", situation: "69 % får direkt svar", aim: "80 %", responsible: "Kanslichef",
                followUpDate: "2026-06-30", goalId: goal.id,
                activities: [
                    PlanActivity(
                        id: "a", activity: "Kundtjänst", purpose: .reachGoal, due: "2026-02-28", status: .done,
                        appraisal: .yes, appraisalReason: "Samlad kunskap")
                ])
            let created = try await plans.create(plan, by: nil, audit: audit(.planCreate))
            plan.id = created.plan.id
            #expect(try await plans.get(plan.id)?.plan == plan, "every field round-trips")
            plan.activities.append(PlanActivity(id: "b", activity: "Intervjuer", status: .ongoing))
            let saved = try #require(
                try await plans.update(plan, revision: created.revision, audit: audit(.planUpdate)))
            #expect(saved.revision == created.revision + 1)
            var stale = plan
            stale.area = "Från en gammal flik"
            #expect(try await plans.update(stale, revision: created.revision, audit: audit(.planUpdate)) == nil)
            #expect(try await plans.get(plan.id)?.plan.area == "Kontaktcenter", "nothing written")
            #expect(try await AuditLog(storage.sql).entries(AuditFilter(action: "goal.plan")).count == 2)
            try await GoalRepository(storage).delete(goal.id)
            #expect(try await plans.all().count == 1, "the plan stays when its goal is deleted")
            try await plans.delete(plan.id, audit: audit(.planDelete))
            #expect(try await plans.get(plan.id) == nil)
        }
    }
}
