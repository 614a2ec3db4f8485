/// How the web application runs.
public struct WebConfiguration: Sendable {
    /// Host name or address to listen on.
    public var host: String
    /// Port.
    public var port: Int
    /// Folder for the SQLite database (and nothing else).
    public var dataDirectory: String
    /// PostgreSQL URL, to share one database between several instances.
    public var databaseURL: String?
    /// Load the Storköping demo data on first start.
    public var demo: Bool
    /// Mark cookies Secure (the app is served over TLS, directly or behind a proxy).
    public var secureCookies: Bool
    /// Largest upload in megabytes (an administrator setting can lower it).
    public var uploadLimitMB: Int
    /// Kolada's API address for "Hämta från Kolada".
    public var koladaURL: String

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String = "data", databaseURL: String? = nil,
        demo: Bool = false, secureCookies: Bool = false, uploadLimitMB: Int = 200,
        koladaURL: String = "https://api.kolada.se"
    ) {
        self.koladaURL = koladaURL
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.demo = demo
        self.secureCookies = secureCookies
        self.uploadLimitMB = uploadLimitMB
    }
}
