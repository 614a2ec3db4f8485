import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import NIOCore
import SkillnadCore
import SkillnadStorage

@testable import SkillnadWeb

/// A web application on a fresh SQLite database with one account per role and the demo data.
struct WebHarness: Sendable {
    static let password = "ett-langt-testlosenord"
    let services: Services
    let directory: String

    /// Creates a harness, runs `body` with it and closes the database afterwards.
    static func with(
        demo: Bool = true, koladaURL: String = "http://127.0.0.1:9", _ body: (WebHarness) async throws -> Void
    ) async throws {
        let harness = try await make(demo: demo, koladaURL: koladaURL)
        do {
            try await body(harness)
        } catch {
            try? await harness.services.storage.close()
            throw error
        }
        try await harness.services.storage.close()
    }

    static func make(demo: Bool = true, koladaURL: String = "http://127.0.0.1:9") async throws -> WebHarness {
        setenv("SKILLNAD_BCRYPT_COST", "4", 1)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillnad-web-\(UUID().uuidString)"
        ).path
        var logger = Logger(label: "test")
        logger.logLevel = .error
        let configuration = WebConfiguration(dataDirectory: directory, uploadLimitMB: 5, koladaURL: koladaURL)
        let storage = try await Storage.open(.resolve(dataDirectory: directory, databaseURL: nil), logger: logger)
        try await storage.migrate()
        let services = try await Services(storage: storage, configuration: configuration, logger: logger)
        for (name, role) in [("admin", UserRole.admin), ("analytiker", .analyst), ("lasare", .reader)] {
            _ = try await services.users.create(
                username: name, displayName: name.capitalized, passwordHash: try await Passwords.hash(password),
                role: role)
        }
        if demo { try await DemoSetup.loadIfEmpty(services) }
        return WebHarness(services: services, directory: directory)
    }

    /// Runs `body` against the application with a fresh browser.
    func test(_ body: @escaping @Sendable (Browser) async throws -> Void) async throws {
        let app = Application(router: WebApplication.router(services))
        try await app.test(.router) { client in
            try await body(Browser(client: client))
        }
    }
}

/// A client that keeps cookies and the last CSRF token, like a browser.
final class Browser: Sendable {
    let client: any TestClientProtocol
    private let state = NIOLockedValueBox<(cookies: [String: String], csrf: String)>(([:], ""))

    init(client: any TestClientProtocol) {
        self.client = client
    }

    var csrf: String { state.withLockedValue { $0.csrf } }
    var cookies: [String: String] { state.withLockedValue { $0.cookies } }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var bytes: [UInt8]

        var location: String? { headers[.location] }
    }

    @discardableResult
    func request(
        _ method: HTTPRequest.Method, _ path: String, headers: HTTPFields = [:], body: ByteBuffer? = nil
    ) async throws
        -> Page
    {
        var headers = headers
        let cookie = state.withLockedValue { $0.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if !cookie.isEmpty { headers[.cookie] = cookie }
        let response = try await client.executeRequest(uri: path, method: method, headers: headers, body: body)
        var buffer = response.body
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        let text = String(decoding: bytes, as: UTF8.self)
        state.withLockedValue { s in
            for line in response.headers[values: .setCookie] {
                let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { continue }
                if line.contains("Max-Age=0") || pair[1].isEmpty {
                    s.cookies[pair[0]] = nil
                } else {
                    s.cookies[pair[0]] = pair[1]
                }
            }
            if let range = text.range(of: #"name="_csrf" value="([0-9a-f]+)""#, options: .regularExpression) {
                s.csrf = String(text[range].dropFirst(20).dropLast())
            }
        }
        return Page(status: response.status, headers: response.headers, body: text, bytes: bytes)
    }

    func get(_ path: String) async throws -> Page {
        try await request(.get, path)
    }

    /// Posts a form; the CSRF token of the last page is added unless `csrf` is false.
    func post(_ path: String, _ fields: [(String, String)], csrf: Bool = true) async throws -> Page {
        let all = csrf ? [("_csrf", self.csrf)] + fields : fields
        return try await request(
            .post, path, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: Form.encode(all)))
    }

    /// Logs in (fetching the login page first for its session and token).
    @discardableResult
    func login(_ user: String, password: String = WebHarness.password) async throws -> Page {
        _ = try await get("/login")
        return try await post("/login", [("username", user), ("password", password), ("next", "/")])
    }

    /// Uploads a file as multipart/form-data.
    func upload(_ path: String, fileName: String, bytes: [UInt8], fields: [(String, String)] = []) async throws -> Page
    {
        let boundary = "----skillnad\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n"
        )
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await request(
            .post, path + "?_csrf=\(csrf)", headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
            body: body)
    }
}
