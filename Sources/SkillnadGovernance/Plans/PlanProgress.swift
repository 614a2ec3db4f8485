/// How far an action plan has come (F-9.5): the share of its activities that are done (stopped
/// ones not counted), the overdue ones, and the next follow-up date of the plan or an open
/// activity.
public struct PlanProgress: Sendable, Hashable {
    /// Activities counted (all but the stopped).
    public var counted: Int
    /// Of those, done.
    public var done: Int
    /// Activities past their date and not done, in the plan's order.
    public var overdue: [PlanActivity]
    /// The earliest follow-up date on or after today, of the plan or an open activity.
    public var nextFollowUp: String?
    /// The plan's own follow-up date when it has passed and no later one is set.
    public var missedFollowUp: String?

    /// Done over counted; nil when nothing is counted.
    public var doneShare: Double? {
        counted == 0 ? nil : Double(done) / Double(counted)
    }

    /// Progress of `plan` on `today` (YYYY-MM-DD; dates compare as text in that form).
    public init(_ plan: ActionPlan, today: String) {
        let counted = plan.activities.filter { $0.status != .stopped }
        self.counted = counted.count
        self.done = counted.filter { $0.status == .done }.count
        self.overdue = plan.activities.filter { $0.isOverdue(today: today) }
        let dates = [plan.followUpDate] + plan.activities.filter(\.status.isOpen).map(\.followUpDate)
        self.nextFollowUp = dates.filter { !$0.isEmpty && $0 >= today }.min()
        self.missedFollowUp = !plan.followUpDate.isEmpty && plan.followUpDate < today ? plan.followUpDate : nil
    }
}
