import Foundation
import Hummingbird
import Logging
import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// Turns every error of a browser request into a Swedish page without stack traces; a missing
/// login redirects to the login page. It runs after the session's user is loaded, so error pages
/// carry the user's navigation.
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
        } catch WebError.loginRequired {
            let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return Responses.redirect("/login?" + Form.encode([("next", next)]))
        } catch {
            let (status, title, text) = Self.describe(error, logger: context.logger)
            let html = services.pages.errorPage(
                title: title, message: text, status: Int(status.code), context: context)
            return Responses.html(html, status: status)
        }
    }

    /// Status, title and Swedish message of an error (shared with the API's JSON errors).
    static func describe(_ error: any Error, logger: Logger) -> (HTTPResponse.Status, String, String) {
        switch error {
        case let web as WebError:
            let (title, text) = web.message
            return (web.status, title, text)
        case let http as HTTPError:
            if http.status == .notFound {
                let (title, text) = WebError.notFound.message
                return (http.status, title, text)
            }
            return (http.status, "Fel \(http.status.code)", http.body ?? "Begäran kunde inte utföras.")
        case let analysis as AnalysisError:
            return (.badRequest, "Analysen kunde inte göras", analysis.message(.web))
        case let importError as ImportError:
            return (.badRequest, "Filen kunde inte läsas", importError.description)
        case let storage as StorageError:
            return (.badRequest, "Det gick inte", storage.description)
        default:
            logger.error("Oväntat fel: \(String(describing: error))")
            return (
                .internalServerError, "Något gick fel",
                "Ett oväntat fel inträffade. Försök igen; kvarstår felet, kontakta administratören."
            )
        }
    }
}
