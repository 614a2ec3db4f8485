import SkillnadCore
import SkillnadGovernance
import SkillnadStorage

/// The goals' use cases without HTTP: create and change a goal, each with its audit entry.
struct GoalService: Sendable {
    let services: Services

    /// The fields of a goal as a form gives them.
    struct Fields: Sendable {
        var name: String
        var level: GoalLevel
        var source: String
        var period: String
        var description: String
        var parentId: Int64?
        var owner: String
        var details: GoalDetails

        /// Why an equality goal cannot be saved: it must start from a shortcoming or need, and say how
        /// and when it is followed up (seed 001, Steg 2).
        var equalityProblem: String? {
            if let date = details.decidedOn, date.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) == nil {
                return "Skriv beslutsdatumet som ÅÅÅÅ-MM-DD, t.ex. 2025-11-17."
            }
            guard details.equalityLevel != nil else { return nil }
            if details.need == nil {
                return
                    "Ett jämlikhetsmål ska ta sin utgångspunkt i de brister och behov som synliggjorts i nulägesbeskrivningen: ange vilken."
            }
            if details.followUp == nil {
                return "Ange hur och när jämlikhetsmålet ska följas upp."
            }
            return nil
        }

        /// Reads the fields; nil without a name.
        init?(_ form: Form, level fallback: GoalLevel = .council) {
            guard let name = form["name"], !name.isEmpty else { return nil }
            self.name = name
            level = form["level"].flatMap(GoalLevel.init(rawValue:)) ?? fallback
            source = form["source"] ?? ""
            period = form["period"] ?? ""
            description = form["description"] ?? ""
            parentId = form["parent"].flatMap { Int64($0) }
            owner = (form["owner"] ?? "").trimmingCharacters(in: .whitespaces)
            details = GoalDetails(
                horizon: form["horizon"].flatMap { $0.isEmpty ? nil : $0 },
                reason: form["reason"].flatMap { $0.isEmpty ? nil : $0 }, perspectives: form.all("perspective"),
                concernsMostActivities: form["scope"] == "flera" ? true : form["scope"] == "en" ? false : nil)
            func text(_ key: String) -> String? {
                let value = (form[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : String(value.prefix(4_000))
            }
            details.equalityLevel = form["equality"].flatMap { EqualityLevel(rawValue: $0)?.rawValue }
            details.need = text("need")
            details.followUp = text("followup")
            details.ambition = text("ambition")
            details.decidedBy = text("decided_by")
            details.decidedOn = text("decided_on")
            details.decisionDocument = text("decision_document")
        }
    }

    /// A new goal.
    func create(_ fields: Fields, by user: UserRecord, address: String) async throws -> GoalRecord {
        let goal = try await services.goals.create(
            GoalRecord(
                name: fields.name, level: fields.level, source: fields.source, period: fields.period,
                description: fields.description, parentId: fields.parentId, owner: fields.owner,
                details: fields.details),
            by: user.id)
        try await log(.goalCreate, goal, user, address)
        return goal
    }

    /// A goal changed.
    func update(_ goal: GoalRecord, with fields: Fields, by user: UserRecord, address: String) async throws {
        var changed = goal
        changed.name = fields.name
        changed.level = fields.level
        changed.source = fields.source
        changed.period = fields.period
        changed.description = fields.description
        // A goal cannot sit under itself or under a goal below it.
        let below = GoalTree(try await services.goals.all().map(GovernanceRoutes.governanceGoal)).flattened
        var descendants: Set<Int64> = [goal.id]
        for item in below where item.goal.parentId.map(descendants.contains) ?? false {
            descendants.insert(item.goal.id)
        }
        changed.parentId = fields.parentId.flatMap { descendants.contains($0) ? nil : $0 }
        changed.owner = fields.owner
        changed.details = fields.details
        try await services.goals.update(changed)
        try await log(.goalUpdate, changed, user, address)
    }

    private func log(_ action: AuditAction, _ goal: GoalRecord, _ user: UserRecord, _ address: String) async throws {
        try await services.audit.append(
            AuditEntry(
                at: Storage.now, userId: user.id, username: user.username, action: action, object: "mål \(goal.id)",
                detail: goal.name, address: address))
    }
}
