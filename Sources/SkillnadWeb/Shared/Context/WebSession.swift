/// What a browser session remembers: who is logged in, the CSRF token, and which datasets'
/// sensitive columns the user has opened (with a logged reason) until when.
public struct WebSession: Codable, Sendable {
    /// The logged-in user (nil before login).
    public var userId: Int64?
    /// Token every state-changing form must carry.
    public var csrf: String
    /// Dataset id → time (seconds since 1970) until which sensitive columns are shown.
    public var revealedUntil: [Int64: Int64]

    /// A new anonymous session.
    public init(userId: Int64? = nil, csrf: String = WebSession.newToken()) {
        self.userId = userId
        self.csrf = csrf
        self.revealedUntil = [:]
    }

    /// A random 256-bit token, hex.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16) }
            .map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }
}
