import Foundation
import SkillnadCore
import SkillnadStorage

/// Administration's use cases without HTTP: changing an account (role, active, name, password).
struct AdminService: Sendable {
    let services: Services

    /// What became of a change to an account.
    enum Outcome: Sendable, Equatable {
        /// Saved; the detail for the audit log.
        case updated(detail: String)
        /// Refused, with the reason for the administrator.
        case refused(String)
    }

    /// Changes an account. An administrator cannot remove their own administration rights; a new
    /// password must be acceptable and logs out only that user's sessions.
    func update(
        _ user: UserRecord, role: UserRole, active: Bool, displayName: String, password: String?,
        by admin: UserRecord
    ) async throws -> Outcome {
        if user.id == admin.id && (role != .admin || !active) {
            return .refused("Du kan inte ta bort din egen administratörsbehörighet.")
        }
        if let password, !password.isEmpty, let problem = Passwords.problem(password, username: user.username) {
            return .refused("Lösenordet ändrades inte: \(problem)")
        }
        try await services.users.update(id: user.id, role: role, active: active, displayName: displayName)
        var detail = "roll: \(role.rawValue), aktiv: \(active ? "ja" : "nej")"
        if let password, !password.isEmpty {
            try await services.users.setPassword(id: user.id, hash: try await Passwords.hash(password))
            try await logOut(user.id)
            detail += ", nytt lösenord"
        }
        return .updated(detail: detail)
    }

    /// Ends every browser session of one user; everyone else stays logged in.
    func logOut(_ userId: Int64) async throws {
        try await services.store.removeAll(prefix: "session.") { value in
            (try? JSONDecoder().decode(WebSession.self, from: Data(value.utf8)))?.userId == userId
        }
    }
}
