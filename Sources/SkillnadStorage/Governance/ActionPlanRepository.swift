import Foundation
import SQLKit
import SkillnadGovernance

/// Action plans. Each save commits with its audit entry, and only over the revision the user
/// started from: a plan changed meanwhile is not overwritten.
public struct ActionPlanRepository: Sendable {
    let storage: Storage
    var db: any SQLDatabase { storage.sql }

    /// Repository on a storage.
    public init(_ storage: Storage) {
        self.storage = storage
    }

    /// Saves a new plan with its audit entry; returns it with its id.
    public func create(_ plan: ActionPlan, by userId: Int64?, audit: AuditEntry?) async throws -> ActionPlanRecord {
        try await storage.transaction { db in
            let now = Storage.now
            let row = try await db.insert(into: "action_plans")
                .columns("area", "content", "goal_id", "revision", "created_by", "created_at", "updated_at")
                .values(
                    SQLBind(plan.area), SQLBind(try Self.json(plan)), SQLBind(plan.goalId), SQLBind(Int64(1)),
                    SQLBind(userId), SQLBind(now), SQLBind(now)
                )
                .returning("id").first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw StorageError.corrupt("nytt id för handlingsplan")
            }
            var created = plan
            created.id = id
            if var audit {
                audit.object = "handlingsplan \(id)"
                try await AuditLog.append(audit, to: db)
            }
            return ActionPlanRecord(plan: created, revision: 1, createdAt: now, updatedAt: now)
        }
    }

    /// Saves a changed plan if it is still at `revision`; nil (nothing written) when someone
    /// saved it meanwhile.
    public func update(_ plan: ActionPlan, revision: Int64, audit: AuditEntry?) async throws -> ActionPlanRecord? {
        try await storage.transaction { db in
            let now = Storage.now
            let rows = try await db.update("action_plans").set("area", to: SQLBind(plan.area))
                .set("content", to: SQLBind(try Self.json(plan))).set("goal_id", to: SQLBind(plan.goalId))
                .set("revision", to: SQLBind(revision + 1)).set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(plan.id)).where("revision", .equal, SQLBind(revision))
                .returning("created_at").all()
            guard let row = rows.first else { return nil }
            if var audit {
                audit.object = "handlingsplan \(plan.id)"
                try await AuditLog.append(audit, to: db)
            }
            return ActionPlanRecord(
                plan: plan, revision: revision + 1, createdAt: try row.decode(column: "created_at", as: Int64.self),
                updatedAt: now)
        }
    }

    /// One plan.
    public func get(_ id: Int64) async throws -> ActionPlanRecord? {
        try await db.select().columns(Self.columns).from("action_plans").where("id", .equal, SQLBind(id)).first()
            .map(Self.record)
    }

    /// Every plan, by area.
    public func all() async throws -> [ActionPlanRecord] {
        try await db.select().columns(Self.columns).from("action_plans").orderBy("area").all().map(Self.record)
    }

    /// Deletes a plan with its audit entry.
    public func delete(_ id: Int64, audit: AuditEntry?) async throws {
        try await storage.transaction { db in
            try await db.delete(from: "action_plans").where("id", .equal, SQLBind(id)).run()
            if var audit {
                audit.object = "handlingsplan \(id)"
                try await AuditLog.append(audit, to: db)
            }
        }
    }

    static let columns = ["id", "content", "revision", "created_at", "updated_at"]

    static func record(_ row: any SQLRow) throws -> ActionPlanRecord {
        let content = try row.decode(column: "content", as: String.self)
        var plan = try JSONDecoder().decode(ActionPlan.self, from: Data(content.utf8))
        plan.id = try row.decode(column: "id", as: Int64.self)
        return ActionPlanRecord(
            plan: plan, revision: try row.decode(column: "revision", as: Int64.self),
            createdAt: try row.decode(column: "created_at", as: Int64.self),
            updatedAt: try row.decode(column: "updated_at", as: Int64.self))
    }

    static func json(_ plan: ActionPlan) throws -> String {
        String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
    }
}
