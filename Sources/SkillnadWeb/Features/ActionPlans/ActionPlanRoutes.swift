import Foundation
import Hummingbird
import SkillnadGovernance
import SkillnadStorage

/// The action plans' pages: the list with each plan's progress, and one plan — read by
/// everyone, written by analysts; a save over a change made meanwhile is refused with the
/// user's text kept.
struct ActionPlanRoutes {
    let services: Services

    func register(_ routes: FeatureRoutes) {
        routes.readers.get("/styrning/handlingsplaner") { _, context in try await self.list(context) }
        routes.analysts.get("/styrning/handlingsplaner/ny") { request, context in
            try await self.new(request, context: context)
        }
        routes.analysts.post("/styrning/handlingsplaner") { request, context in
            try await self.create(request, context: context)
        }
        routes.readers.get("/styrning/handlingsplaner/{id}") { request, context in
            try await self.show(request, context: context)
        }
        routes.analysts.post("/styrning/handlingsplaner/{id}") { request, context in
            try await self.save(request, context: context)
        }
        routes.analysts.post("/styrning/handlingsplaner/{id}/ta-bort") { request, context in
            try await self.delete(request, context: context)
        }
    }

    func list(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let today = Text.today()
        let goals = try await services.goalNames()
        let rows = try await services.plans.all().map { record in
            PlanListRow(record.plan, goal: record.plan.goalId.flatMap { goals[$0] }, today: today)
        }
        let model = PlanListModel(
            canEdit: user.role.canAnalyse, rows: rows, empty: rows.isEmpty,
            checklist: "/styrning/checklistor/\(Checklist.actionPlan.rawValue)")
        return Responses.html(
            services.pages.page(
                .actionPlanList, title: "Handlingsplaner", model: model, context: context, path: Paths.governance))
    }

    func new(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let query = Form.query(request)
        var plan = ActionPlan(area: "")
        plan.goalId = query["mal"].flatMap { Int64($0) }
        plan.analysisId = query["analys"].flatMap { Int64($0) }
        plan.indicatorId = query["indikator"].flatMap { Int64($0) }
        return try await page(plan, revision: 0, user: user, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let read = PlanForm(try await Form.body(request), base: ActionPlan(area: ""))
        guard read.errors.isEmpty else {
            return try await page(read.plan, revision: 0, user: user, context: context, errors: read.errors)
        }
        let created = try await services.plans.create(
            read.plan, by: user.id, audit: entry(.planCreate, read.plan, context))
        return Responses.redirect(Paths.actionPlan(created.plan.id) + "?sparat=1")
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        guard let record = try await record(context) else { throw WebError.notFound }
        return try await page(
            record.plan, revision: record.revision, user: user, context: context,
            saved: Form.query(request)["sparat"] == "1")
    }

    func save(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        guard let record = try await record(context) else { throw WebError.notFound }
        let form = try await Form.body(request)
        let read = PlanForm(form, base: record.plan)
        guard read.errors.isEmpty else {
            return try await page(
                read.plan, revision: record.revision, user: user, context: context, errors: read.errors)
        }
        let revision = form["revision"].flatMap { Int64($0) } ?? -1
        guard
            try await services.plans.update(
                read.plan, revision: revision, audit: entry(.planUpdate, read.plan, context)) != nil
        else {
            return try await page(
                read.plan, revision: record.revision, user: user, context: context,
                errors: [
                    "Handlingsplanen har ändrats av någon annan sedan du öppnade den. Dina ändringar visas nedan men är inte sparade; "
                        + "öppna planen på nytt i en annan flik för att se den sparade versionen."
                ], status: .conflict)
        }
        return Responses.redirect(Paths.actionPlan(record.plan.id) + "?sparat=1")
    }

    func delete(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireUser()
        guard let record = try await record(context) else { throw WebError.notFound }
        try await services.plans.delete(record.plan.id, audit: entry(.planDelete, record.plan, context))
        return Responses.redirect(Paths.actionPlans)
    }

    func record(_ context: AppContext) async throws -> ActionPlanRecord? {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else { return nil }
        return try await services.plans.get(id)
    }

    func entry(_ action: AuditAction, _ plan: ActionPlan, _ context: AppContext) -> AuditEntry {
        AuditEntry(
            at: Storage.now, userId: context.user?.id, username: context.user?.username ?? "–", action: action,
            object: "", detail: "\(plan.area), \(plan.activities.count) aktiviteter", address: context.address)
    }
}
