import Foundation
import Hummingbird
import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// Turns every error under `/api/v1` into JSON `{"error", "message"}` with the right status.
struct APIErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, title, text) = ErrorPageMiddleware.describe(error, logger: context.logger)
            let body = (try? JSONEncoder().encode(["error": title, "message": text])).map {
                String(decoding: $0, as: UTF8.self)
            }
            return Responses.json(body ?? "{}", status: status)
        }
    }
}
