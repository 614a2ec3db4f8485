import Foundation
import Hummingbird
import Logging
import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// Turns every error into a Swedish page (or JSON under /api) without stack traces; unknown
/// routes become 404 pages; a missing login redirects to the login page.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let services: Services

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            return await page(for: error, request: request, context: context)
        }
    }

    func page(for error: any Error, request: Request, context: AppContext) async -> Response {
        let api = request.uri.path.hasPrefix("/api/")
        let status: HTTPResponse.Status
        let title: String
        let text: String
        switch error {
        case WebError.loginRequired where !api:
            let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return Responses.redirect("/login?" + Form.encode([("next", next)]))
        case let web as WebError:
            status = web.status
            (title, text) = web.message
        case let http as HTTPError:
            status = http.status
            if http.status == .notFound {
                (title, text) = WebError.notFound.message
            } else {
                title = "Fel \(http.status.code)"
                text = http.body ?? "Begäran kunde inte utföras."
            }
        case let analysis as AnalysisError:
            status = .badRequest
            (title, text) = ("Analysen kunde inte göras", analysis.description)
        case let importError as ImportError:
            status = .badRequest
            (title, text) = ("Filen kunde inte läsas", importError.description)
        case let storage as StorageError:
            status = .badRequest
            (title, text) = ("Det gick inte", storage.description)
        default:
            context.logger.error("Oväntat fel: \(String(describing: error))")
            status = .internalServerError
            (title, text) = (
                "Något gick fel", "Ett oväntat fel inträffade. Försök igen; kvarstår felet, kontakta administratören."
            )
        }
        if api {
            let body = (try? JSONEncoder().encode(["error": title, "message": text])).map {
                String(decoding: $0, as: UTF8.self)
            }
            return Responses.json(body ?? "{}", status: status)
        }
        let html = services.pages.errorPage(title: title, message: text, status: Int(status.code), context: context)
        return Responses.html(html, status: status)
    }
}
