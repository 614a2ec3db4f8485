/// A handlingsplan (F-9.1): the area it concerns, where we stand, what we want to reach, who has
/// the whole responsibility, how, when and to whom it is followed up — and its activities. It
/// serves a goal or carries out an analysis's decision, and may follow an indicator from its
/// present value (nuläge) to its target (målbild).
///
/// ```swift
/// var plan = ActionPlan(area: "Kontaktcenter", aim: "80 % får direkt svar")
/// plan.activities = [PlanActivity(id: "a", activity: "Inrätta kundtjänst", status: .done)]
/// plan.progress(today: "2026-12-03").doneShare   // 1.0
/// ```
public struct ActionPlan: Sendable, Hashable, Codable, Identifiable {
    /// The plan's id (0 before it is saved).
    public var id: Int64
    /// "Område": "Vilket område eller vilken verksamhet är berörd?"
    public var area: String
    /// "Nuläge/problematik": "Var befinner vi oss idag? Vilket problem har vi identifierat?"
    public var situation: String
    /// "Mål": "Vad vill vi uppnå?"
    public var aim: String
    /// "Ansvar": "Vem är huvudansvarig?" — one person with the whole responsibility.
    public var responsible: String
    /// "Uppföljning": "Hur ska handlingsplanen följas upp?"
    public var followUp: String
    /// "När": when the plan is followed up (YYYY-MM-DD).
    public var followUpDate: String
    /// … and to whom ("Och till vem?").
    public var reportTo: String
    /// The goal the plan serves.
    public var goalId: Int64?
    /// The analysis whose decision it carries out.
    public var analysisId: Int64?
    /// The indicator whose nuläge and målbild the plan moves between.
    public var indicatorId: Int64?
    /// The activities, in priority order.
    public var activities: [PlanActivity]

    /// A plan; the area names it.
    public init(
        id: Int64 = 0, area: String, situation: String = "", aim: String = "", responsible: String = "",
        followUp: String = "", followUpDate: String = "", reportTo: String = "", goalId: Int64? = nil,
        analysisId: Int64? = nil, indicatorId: Int64? = nil, activities: [PlanActivity] = []
    ) {
        self.id = id
        self.area = area
        self.situation = situation
        self.aim = aim
        self.responsible = responsible
        self.followUp = followUp
        self.followUpDate = followUpDate
        self.reportTo = reportTo
        self.goalId = goalId
        self.analysisId = analysisId
        self.indicatorId = indicatorId
        self.activities = activities
    }

    /// How far the plan has come on `today` (YYYY-MM-DD).
    public func progress(today: String) -> PlanProgress {
        PlanProgress(self, today: today)
    }

    /// What the plan still lacks against *CHECKLISTA handlingsplan* (seed 004, l. 731–748), in
    /// Swedish, one line per gap.
    public var gaps: [String] {
        var lines: [String] = []
        if area.isEmpty { lines.append("Vilket område omfattar handlingsplanen?") }
        if responsible.isEmpty { lines.append("Vem ska ansvara för handlingsplanen?") }
        if activities.isEmpty { lines.append("Vilka aktiviteter behövs?") }
        if activities.contains(where: { $0.how.isEmpty }) { lines.append("Hur ska genomförandet ske?") }
        if activities.contains(where: { $0.due.isEmpty }) { lines.append("När ska aktiviteterna genomföras?") }
        if activities.contains(where: { $0.responsible.isEmpty }) {
            lines.append("Vem har ansvaret för respektive aktivitet?")
        }
        if followUp.isEmpty || followUpDate.isEmpty { lines.append("Hur ska vi följa upp handlingsplanen?") }
        return lines
    }
}
