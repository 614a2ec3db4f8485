import Foundation
import Testing

@testable import SkillnadStorage
@testable import SkillnadWeb

/// Action plans and resource allocation in the browser: the demo's plan from the guide, a plan
/// written from a goal, activities added, removed and flagged overdue, a stale save refused with
/// the text kept, readers reading only, every change in the audit log.
@Suite(.serialized) struct ActionPlanWebTests {
    @Test func theGuidesExamplePlanWithItsProgressAndIndicator() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let list = try await browser.get("/styrning/handlingsplaner")
                #expect(list.status == .ok)
                #expect(list.body.contains("Kontaktcenter: svar på enkla frågor via telefon"))
                #expect(list.body.contains("1 av 2 aktiviteter klara (50 %)"), "the stopped activity is not counted")
                let href = try #require(
                    list.body.firstMatch(of: /href="(\/styrning\/handlingsplaner\/[0-9]+)"/).map { String($0.1) })
                let plan = try await browser.get(href)
                #expect(plan.body.contains("Nuläge "), "the followed indicator's present value")
                #expect(plan.body.contains("målbild"))
                #expect(plan.body.contains("Utrusta alla medarbetare med senaste modellen av smarta telefoner"))
                #expect(plan.body.contains("Tror vi verkligen att dessa leder till det uppsatta målet?"))
                #expect(plan.body.contains("Snabba svar och gott bemötande i kontakten med kommunen"), "its goal")
            }
        }
    }

    @Test func aPlanFromAGoalWithActivitiesChangedAndAStaleSaveRefused() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let goal = try #require(try await harness.services.goals.all().first)
                let form = try await browser.get("/styrning/handlingsplaner/ny?mal=\(goal.id)")
                #expect(form.status == .ok)
                #expect(form.body.contains("value=\"\(goal.id)\" selected"), "the goal is chosen")
                // A wrong date is refused with the text kept and nothing saved.
                let wrong = try await browser.post(
                    "/styrning/handlingsplaner",
                    [
                        ("area", "Läsfrämjande"), ("goal", String(goal.id)), ("rows", "0"),
                        ("a0_activity", "Läsombud på varje skola"), ("a0_due", "31/3"),
                    ])
                #expect(wrong.status == .badRequest)
                #expect(wrong.body.contains("skriv datumet som ÅÅÅÅ-MM-DD (fick ”31/3”)"))
                #expect(wrong.body.contains("Läsombud på varje skola"))
                #expect(try await harness.services.plans.all().count == 1, "only the demo's plan")
                let created = try await browser.post(
                    "/styrning/handlingsplaner",
                    [
                        ("area", "Läsfrämjande"), ("goal", String(goal.id)), ("responsible", "Rektor"), ("rows", "0"),
                        ("a0_activity", "Läsombud på varje skola"), ("a0_due", "2020-03-31"), ("a0_status", "pagar"),
                        ("a0_appraisal", "osaker"), ("a0_appraisalReason", "Oprövat i Storköping"),
                    ])
                #expect(created.status == .seeOther)
                let url = try #require(created.location?.split(separator: "?").first.map(String.init))
                let page = try await browser.get(url)
                #expect(page.body.contains("0 av 1 aktiviteter klara (0 %)"))
                #expect(page.body.contains("Försenad"), "past its date and not done, said in words")
                #expect(page.body.contains("Läsombud på varje skola (klar senast 2020-03-31)"))
                #expect(page.body.contains("Hur ska vi följa upp handlingsplanen?"), "what the checklist still asks")
                let id = try #require(Int64(url.split(separator: "/").last ?? ""))
                let stored = try #require(try await harness.services.plans.get(id))
                #expect(stored.plan.activities.first?.appraisal == .unsure)

                // Add a second activity on the blank row, mark the first done.
                let activityId = try #require(stored.plan.activities.first?.id)
                let saved = try await browser.post(
                    url,
                    [
                        ("revision", String(stored.revision)), ("area", "Läsfrämjande"), ("rows", "1"),
                        ("a0_id", activityId), ("a0_activity", "Läsombud på varje skola"), ("a0_status", "klar"),
                        ("a1_activity", "Bokcirklar för föräldrar"), ("a1_due", "2027-05-31"),
                    ])
                #expect(saved.status == .seeOther)
                let after = try #require(try await harness.services.plans.get(id))
                #expect(
                    after.plan.activities.map(\.activity) == ["Läsombud på varje skola", "Bokcirklar för föräldrar"])
                #expect(after.plan.activities.first?.id == activityId, "the activity keeps its id")
                #expect(try await browser.get(url).body.contains("1 av 2 aktiviteter klara (50 %)"))

                // A save from the form as it was before: refused, the user's text shown, nothing written.
                let stale = try await browser.post(
                    url,
                    [
                        ("revision", String(stored.revision)), ("area", "Läsfrämjande – gammal flik"), ("rows", "0"),
                        ("a0_activity", "Något annat"),
                    ])
                #expect(stale.status == .conflict)
                #expect(stale.body.contains("har ändrats av någon annan"))
                #expect(stale.body.contains("Läsfrämjande – gammal flik"))
                #expect(try await harness.services.plans.get(id)?.plan.area == "Läsfrämjande")

                // Emptying an activity's text removes it.
                let removed = try await browser.post(
                    url,
                    [
                        ("revision", String(after.revision)), ("area", "Läsfrämjande"), ("rows", "1"),
                        ("a0_activity", ""), ("a1_id", after.plan.activities[1].id),
                        ("a1_activity", "Bokcirklar för föräldrar"),
                    ])
                #expect(removed.status == .seeOther)
                #expect(
                    try await harness.services.plans.get(id)?.plan.activities.map(\.activity) == [
                        "Bokcirklar för föräldrar"
                    ])
                let logged = try await harness.services.audit.entries(.init(action: "goal.plan"))
                #expect(logged.count >= 3, "created and saved twice, each in the log")

                // Readers read the plan and cannot change it.
                let reader = Browser(client: browser.client)
                _ = try await reader.login("lasare")
                let read = try await reader.get(url)
                #expect(read.status == .ok)
                #expect(read.body.contains("Bokcirklar för föräldrar"))
                #expect(!read.body.contains("Spara handlingsplanen"))
                #expect(
                    try await reader.post(url, [("revision", "9"), ("area", "x"), ("rows", "0")]).status == .forbidden)
            }
        }
    }

    @Test func resourceAllocationWithGoalsAndResourceIndicatorsByKon() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let page = try await browser.get("/styrning/resurser")
                #expect(page.status == .ok)
                #expect(page.body.contains("Vård- och omsorgsnämnden"))
                #expect(page.body.contains("Summa: 2\u{00A0}800\u{00A0}500 tkr."), "the demo's rows summed")
                #expect(page.body.contains("Kopplas inte till något mål: Kommunstyrelsen"))
                #expect(page.body.contains("Hur sker uppföljning av resurstilldelningen, till exempel utifrån kön?"))
                let wrong = try await browser.post(
                    "/styrning/resurser",
                    [("ar", "2031"), ("rows", "0"), ("r0_unit", "Kulturnämnden"), ("r0_amount", "mycket")])
                #expect(wrong.status == .badRequest)
                #expect(wrong.body.contains("Kulturnämnden: beloppet ”mycket” är inget tal"))
                #expect(wrong.body.contains("value=\"Kulturnämnden\""), "the row is kept")
                let saved = try await browser.post(
                    "/styrning/resurser",
                    [
                        ("ar", "2031"), ("rows", "0"), ("r0_unit", "Kulturnämnden"), ("r0_amount", "12 500,7"),
                        ("volumeModel", "Ingen"),
                    ])
                #expect(saved.location == "/styrning/resurser?ar=2031&sparat=1")
                let year = try await browser.get("/styrning/resurser?ar=2031")
                #expect(year.body.contains("Summa: 12\u{00A0}501 tkr."))
                #expect(year.body.contains(">Ingen</textarea>"))
                let checklist = try await browser.get("/styrning/checklistor/resursfordelning")
                #expect(checklist.status == .ok)
                #expect(checklist.body.contains("Hur kompenseras förändringar i volymer?"))
            }
        }
    }
}
