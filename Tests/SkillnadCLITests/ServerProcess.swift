import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `skillnad serve` process for end-to-end tests, and a minimal HTTP client that keeps the
/// session cookie.
final class ServerProcess: @unchecked Sendable {
    // Unchecked: the process handle is only touched from the test that owns it.
    let process = Process()
    let port: Int
    let dataDirectory: String
    var cookie = ""

    init(dataDirectory: String) throws {
        self.dataDirectory = dataDirectory
        port = Int.random(in: 20_000...45_000)
        process.executableURL = CLIRunner.executable
        process.arguments = ["serve", "--data-dir", dataDirectory, "--port", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// Waits until the server answers.
    func waitUntilReady() async throws {
        for _ in 0..<200 {
            if (try? await get("/login")) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw URLError(.cannotConnectToHost)
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    struct Reply {
        var status: Int
        var body: String
        var location: String?
    }

    func send(_ request: URLRequest) async throws -> Reply {
        var request = request
        if !cookie.isEmpty { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
        let delegate = NoRedirect()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        let http = response as? HTTPURLResponse
        if let set = http?.value(forHTTPHeaderField: "Set-Cookie"), let pair = set.split(separator: ";").first {
            cookie = String(pair)
        }
        return Reply(
            status: http?.statusCode ?? 0, body: String(decoding: data, as: UTF8.self),
            location: http?.value(forHTTPHeaderField: "Location"))
    }

    func get(_ path: String) async throws -> Reply {
        try await send(URLRequest(url: URL(string: base + path)!))  // Safe: test paths are valid URLs.
    }

    func post(_ path: String, form: [(String, String)]) async throws -> Reply {
        var request = URLRequest(url: URL(string: base + path)!)  // Safe: test paths are valid URLs.
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(Self.encode(form).utf8)
        return try await send(request)
    }

    func upload(_ path: String, fileName: String, bytes: Data) async throws -> Reply {
        let boundary = "b\(UUID().uuidString)"
        var body = Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n\r\n".utf8)
        body.append(bytes)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var request = URLRequest(url: URL(string: base + path)!)  // Safe: test paths are valid URLs.
        request.httpMethod = "POST"
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        return try await send(request)
    }

    static func csrf(_ html: String) -> String {
        guard let range = html.range(of: #"name="_csrf" value="[0-9a-f]+""#, options: .regularExpression) else {
            return ""
        }
        return String(html[range].dropFirst(20).dropLast())
    }

    static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(
            separator: "&")
    }
}

/// Stops URLSession from following redirects, so tests see them.
final class NoRedirect: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
