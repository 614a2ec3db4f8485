import HTTPTypes
import Hummingbird
import NIOCore

/// Checks the session's CSRF token on every state-changing browser request: in the
/// `X-CSRF-Token` header, the `_csrf` query parameter (file uploads), or the `_csrf` form field.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppContext

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws
        -> Response
    {
        guard request.method != .get, request.method != .head, request.method != .options else {
            return try await next(request, context)
        }
        guard let expected = context.sessions.session?.csrf, !expected.isEmpty else { throw WebError.csrf }
        if let header = request.headers[.xCSRFToken], Self.equal(header, expected) {
            return try await next(request, context)
        }
        if let token = Form.query(request)["_csrf"], Self.equal(token, expected) {
            return try await next(request, context)
        }
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/x-www-form-urlencoded") else { throw WebError.csrf }
        var copy = request
        let buffer: ByteBuffer
        do {
            buffer = try await copy.collectBody(upTo: Form.maximumBytes)
        } catch is NIOTooManyBytesError {
            throw WebError.formTooLarge
        }
        let form = Form(encoded: String(buffer: buffer))
        guard let token = form["_csrf"], Self.equal(token, expected) else { throw WebError.csrf }
        let replay = Request(head: request.head, body: .init(buffer: buffer))
        return try await next(replay, context)
    }

    /// Constant-time comparison.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
