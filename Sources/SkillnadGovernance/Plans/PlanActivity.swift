/// One activity of an action plan (F-9.2): what is done, why and how, with which resources,
/// who answers for it, how and when it is followed up, by when it is done and where it stands,
/// and whether the group believes it leads to the goal (F-9.3).
public struct PlanActivity: Sendable, Hashable, Codable, Identifiable {
    /// A short id, stable while the plan is edited.
    public var id: String
    /// "Prioriterade aktiviteter": "Vilken/vilka aktiviteter ska genomföras?"
    public var activity: String
    /// Why the activity is in the plan.
    public var purpose: ActivityPurpose?
    /// "Varför": the reason in words.
    public var why: String
    /// How it is carried out ("ska vi involvera våra medborgare/brukare etc").
    public var how: String
    /// "Viktiga faktorer": "Avsatta resurser t.ex. tid/pengar."
    public var resources: String
    /// "Ansvar": "Vem ansvarar för aktiviteten?"
    public var responsible: String
    /// "Uppföljning": "Hur ska aktiviteten följas upp?"
    public var followUp: String
    /// "När": when it is followed up (YYYY-MM-DD).
    public var followUpDate: String
    /// By when it is to be done (YYYY-MM-DD).
    public var due: String
    /// Where it stands.
    public var status: ActivityStatus
    /// Whether it is believed to lead to the goal.
    public var appraisal: ActivityAppraisal?
    /// The reason for that answer.
    public var appraisalReason: String

    /// An activity; only its text is needed.
    public init(
        id: String, activity: String, purpose: ActivityPurpose? = nil, why: String = "", how: String = "",
        resources: String = "", responsible: String = "", followUp: String = "", followUpDate: String = "",
        due: String = "", status: ActivityStatus = .planned, appraisal: ActivityAppraisal? = nil,
        appraisalReason: String = ""
    ) {
        self.id = id
        self.activity = activity
        self.purpose = purpose
        self.why = why
        self.how = how
        self.resources = resources
        self.responsible = responsible
        self.followUp = followUp
        self.followUpDate = followUpDate
        self.due = due
        self.status = status
        self.appraisal = appraisal
        self.appraisalReason = appraisalReason
    }

    /// Whether the activity is overdue on `today` (YYYY-MM-DD): its date has passed and it is
    /// neither done nor stopped.
    public func isOverdue(today: String) -> Bool {
        status.isOpen && !due.isEmpty && due < today
    }
}
