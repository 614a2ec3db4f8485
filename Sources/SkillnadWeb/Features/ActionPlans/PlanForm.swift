import Foundation
import SkillnadGovernance

/// The action-plan form read into an ``ActionPlan``: the head, every activity row (a row whose
/// activity text is emptied is removed) and the new row at the end; a Swedish message per field
/// that is wrong.
struct PlanForm: Sendable {
    var plan: ActionPlan
    var errors: [String]

    /// At most this many activities in one plan.
    static let maxActivities = 100

    /// Reads the form over `base` (a new plan or the one being changed).
    init(_ form: Form, base: ActionPlan) {
        var plan = base
        var errors: [String] = []
        func date(_ field: String, _ label: String) -> String {
            let value = form.text(field, limit: 20)
            if !value.isEmpty && !Text.isDate(value) {
                errors.append("\(label): skriv datumet som ÅÅÅÅ-MM-DD (fick ”\(value)”).")
            }
            return value
        }
        plan.area = form.text("area", limit: 200)
        if plan.area.isEmpty { errors.append("Område: ange vilket område eller vilken verksamhet som berörs.") }
        plan.situation = form.text("situation")
        plan.aim = form.text("aim")
        plan.responsible = form.text("responsible", limit: 200)
        plan.followUp = form.text("followUp")
        plan.followUpDate = date("followUpDate", "När ska handlingsplanen följas upp")
        plan.reportTo = form.text("reportTo", limit: 200)
        plan.goalId = form["goal"].flatMap { Int64($0) }
        plan.analysisId = form["analysis"].flatMap { Int64($0) }
        plan.indicatorId = form["indicator"].flatMap { Int64($0) }
        var activities: [PlanActivity] = []
        let rows = (form["rows"].flatMap { Int($0) } ?? 0)
        for i in 0...min(max(rows, 0), Self.maxActivities) {
            let prefix = "a\(i)_"
            let activity = form.text(prefix + "activity", limit: 1_000)
            guard !activity.isEmpty else { continue }
            let label = "Aktivitet \(activities.count + 1)"
            let id = form.text(prefix + "id", limit: 20)
            activities.append(
                PlanActivity(
                    id: id.isEmpty ? AnalysisService.newRowId() : id, activity: activity,
                    purpose: form[prefix + "purpose"].flatMap(ActivityPurpose.init(rawValue:)),
                    why: form.text(prefix + "why"),
                    how: form.text(prefix + "how"), resources: form.text(prefix + "resources"),
                    responsible: form.text(prefix + "responsible", limit: 200),
                    followUp: form.text(prefix + "followUp"),
                    followUpDate: date(prefix + "followUpDate", "\(label), uppföljning"),
                    due: date(prefix + "due", "\(label), klar senast"),
                    status: form[prefix + "status"].flatMap(ActivityStatus.init(rawValue:)) ?? .planned,
                    appraisal: form[prefix + "appraisal"].flatMap(ActivityAppraisal.init(rawValue:)),
                    appraisalReason: form.text(prefix + "appraisalReason")))
        }
        if activities.count > Self.maxActivities {
            errors.append("En handlingsplan kan ha högst \(Self.maxActivities) aktiviteter.")
        }
        plan.activities = Array(activities.prefix(Self.maxActivities))
        self.plan = plan
        self.errors = errors
    }
}
