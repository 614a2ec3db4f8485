import Testing

@testable import SkillnadGovernance

/// Action plans (seed 004, Handlingsplan): progress, overdue activities, the checklist's gaps.
@Suite struct ActionPlanTests {
    static func plan() -> ActionPlan {
        ActionPlan(
            area: "Kontaktcenter", aim: "80 % direkt svar", responsible: "Kanslichef", followUp: "Kvartalsvis",
            followUpDate: "2026-06-30",
            activities: [
                PlanActivity(
                    id: "a", activity: "Kundtjänst", how: "Kartläggning", responsible: "Chef",
                    followUpDate: "2026-03-31",
                    due: "2026-02-28", status: .done),
                PlanActivity(
                    id: "b", activity: "Intervjuer", how: "Intervjuer", responsible: "Utredare",
                    followUpDate: "2026-04-30", due: "2026-03-31", status: .ongoing),
                PlanActivity(
                    id: "c", activity: "Smarta telefoner", how: "Inköp", responsible: "IT", due: "2026-05-31",
                    status: .stopped),
                PlanActivity(
                    id: "d", activity: "Ny växel", how: "Upphandling", responsible: "IT", followUpDate: "2026-09-01",
                    due: "2026-08-31", status: .planned),
            ])
    }

    @Test func progressCountsDoneAmongThoseNotStopped() throws {
        let progress = Self.plan().progress(today: "2026-04-15")
        #expect(progress.counted == 3, "the stopped activity is not counted")
        #expect(progress.done == 1)
        #expect(try #require(progress.doneShare) == 1.0 / 3.0)
        #expect(progress.overdue.map(\.id) == ["b"], "past its date and not done; done and stopped never overdue")
        #expect(progress.nextFollowUp == "2026-04-30", "the earliest coming follow-up of the plan or an open activity")
        #expect(progress.missedFollowUp == nil)
        #expect(Self.plan().progress(today: "2026-07-01").missedFollowUp == "2026-06-30", "the plan's date has passed")
    }

    @Test func nothingIsOverdueOnTheDueDateItself() {
        #expect(!Self.plan().activities[1].isOverdue(today: "2026-03-31"))
        #expect(Self.plan().activities[1].isOverdue(today: "2026-04-01"))
        #expect(ActionPlan(area: "x").progress(today: "2026-01-01").doneShare == nil)
    }

    @Test func theChecklistsQuestionsNameWhatIsMissing() {
        #expect(Self.plan().gaps.isEmpty, "a complete plan answers every question")
        var plan = Self.plan()
        plan.responsible = ""
        plan.activities[0].responsible = ""
        plan.activities[2].due = ""
        #expect(
            plan.gaps == [
                "Vem ska ansvara för handlingsplanen?", "När ska aktiviteterna genomföras?",
                "Vem har ansvaret för respektive aktivitet?",
            ])
        #expect(ActionPlan(area: "").gaps.first == "Vilket område omfattar handlingsplanen?")
        // The gaps use the words of the guide's checklist.
        for gap in ActionPlan(area: "").gaps {
            #expect(
                Checklist.actionPlan.questions.contains { $0.contains(gap.replacingOccurrences(of: "?", with: "")) })
        }
    }

    @Test func allocationsWithoutAGoalAreNamed() {
        let allocation = ResourceAllocation(rows: [
            .init(unit: "Socialnämnden", amount: 410_000, goalIds: [3]),
            .init(unit: "Kommunstyrelsen", amount: 152_000),
        ])
        #expect(allocation.total == 562_000)
        #expect(allocation.withoutGoal.map(\.unit) == ["Kommunstyrelsen"])
        #expect(Checklist.resourceAllocation.questions.count == 5)
        #expect(
            Checklist.resourceAllocation.questions[4]
                == "Hur sker uppföljning av resurstilldelningen, till exempel utifrån kön?")
    }
}
