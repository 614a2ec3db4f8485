import Hummingbird
import HummingbirdAuth
import NIOCore
import SkillnadCore
import SkillnadStorage

/// Per-request state: session, logged-in user, API token user.
public struct AppContext: RequestContext, SessionRequestContext, RemoteAddressRequestContext {
    /// Hummingbird's core storage.
    public var coreContext: CoreRequestContextStorage
    /// The session.
    public let sessions: SessionContext<WebSession>
    /// The logged-in user (browser session or API key).
    public var user: UserRecord?
    /// Whether the request authenticated with an API token.
    public var viaToken: Bool
    /// The connected client.
    public let remoteAddress: SocketAddress?

    /// Creates the context for a request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
        user = nil
        viaToken = false
        remoteAddress = source.channel.remoteAddress
    }

    /// Uploads are streamed and limited by the app itself.
    public var maxUploadSize: Int { 2 << 30 }

    /// The client's address for the audit log.
    public var address: String {
        remoteAddress?.ipAddress ?? "okänd"
    }

    /// The logged-in user. Route groups check the role before a handler runs
    /// (``RoleMiddleware``); this only fails for a route registered outside them.
    public func requireUser() throws -> UserRecord {
        guard let user else { throw WebError.loginRequired }
        return user
    }

    /// The CSRF token of the session.
    public var csrf: String { sessions.session?.csrf ?? "" }
}
