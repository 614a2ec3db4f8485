import SkillnadGovernance

extension Storkoping {
    /// The guide's example action plan (seed 004, l. 788–815; there 69 % → 80 %, here with
    /// Storköping's own figures): telephone answers at the contact centre, with its three
    /// activities — two believed to lead to the goal, the smartphones not.
    public static func demoActionPlan(goalId: Int64?, indicatorId: Int64?) -> ActionPlan {
        ActionPlan(
            area: "Kontaktcenter: svar på enkla frågor via telefon",
            situation:
                "47 % av de som tar kontakt med kommunen via telefon får ett direkt svar på en enkel fråga (2025). "
                + "Växeln har haft vakanser under hösten.",
            aim: "Minst 60 % av de som tar kontakt med kommunen via telefon ska få ett direkt svar på en enkel fråga.",
            responsible: "Kanslichef", followUp: "Mätning av direkta svar varje kvartal; rapport till kommunstyrelsen.",
            followUpDate: "2026-06-30", reportTo: "Kommunstyrelsen", goalId: goalId, indicatorId: indicatorId,
            activities: [
                PlanActivity(
                    id: "kundtjanst", activity: "Inrätta en kundtjänst för de vanligaste frågorna",
                    purpose: .reachGoal, why: "De flesta samtal gäller ett fåtal återkommande frågor.",
                    how: "Kartlägg frågorna tillsammans med växeln; invånare testar svaren.",
                    resources: "2 årsarbetare, 1,4 mnkr", responsible: "Chef kontaktcenter",
                    followUp: "Andel samtal som besvaras direkt", followUpDate: "2026-03-31", due: "2026-02-28",
                    status: .done, appraisal: .yes, appraisalReason: "Direkt svar kräver samlad kunskap på ett ställe."),
                PlanActivity(
                    id: "vaxelintervjuer", activity: "Intervjua växelns personal om vilka frågor som inte kan besvaras",
                    purpose: .improveResults, how: "Intervjuer och genomgång av samtalsloggar.",
                    resources: "40 timmar", responsible: "Utredare kansliet", followUp: "Rapport med förslag",
                    followUpDate: "2026-04-30", due: "2026-03-31", status: .ongoing, appraisal: .yes,
                    appraisalReason: "Visar var svaren saknas i dag."),
                PlanActivity(
                    id: "telefoner", activity: "Utrusta alla medarbetare med senaste modellen av smarta telefoner",
                    purpose: .developServices, resources: "0,9 mnkr", responsible: "IT-chef", due: "2026-05-31",
                    status: .stopped, appraisal: .no,
                    appraisalReason: "Leder inte till fler direkta svar; risk att resurserna används ineffektivt."),
            ])
    }

    /// A resource allocation for the demo's budget year, with the principles the guide names.
    public static func demoResourceAllocation(goalIds: [String: Int64]) -> ResourceAllocation {
        func goals(_ key: String) -> [Int64] { goalIds[key].map { [$0] } ?? [] }
        return ResourceAllocation(
            rows: [
                .init(
                    unit: "Barn- och utbildningsnämnden", amount: 1_240_000,
                    principle: "Elevpeng efter prognos för antal elever", goalIds: goals("bun-behorighet")),
                .init(
                    unit: "Barn- och utbildningsnämnden", area: "Bruksorten", amount: 18_500,
                    principle: "Socioekonomiskt tillägg: lägre behörighet, fler nyanlända",
                    goalIds: goals("bun-behorighet")),
                .init(
                    unit: "Socialnämnden", amount: 410_000, principle: "Ramanslag efter befolkning 0–20 år",
                    goalIds: goals("sn-delaktighet")),
                .init(
                    unit: "Vård- och omsorgsnämnden", amount: 980_000,
                    principle: "Andelen äldre över 80 år enligt befolkningsprognosen", goalIds: goals("von-aldre")),
                .init(unit: "Kommunstyrelsen", amount: 152_000, principle: "Politisk prioritering"),
            ],
            principles:
                "Befolkningsstatistik och prognoser per åldersgrupp och område, politiska prioriteringar i Mål och budget.",
            volumeModel: "Elevpeng och hemtjänsttimmar räknas om efter utfall två gånger per år.",
            unforeseen: "En central reserv på 0,5 % av skatteintäkterna; kommunstyrelsen beslutar om användning.")
    }
}
