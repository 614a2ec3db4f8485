import AsyncHTTPClient
import Foundation
import NIOCore

/// Fetches a table from a PxWebApi v2 service (SCB's statistical database and others built on
/// PxWeb) as one json-stat2 document with codes and labels: reads the table's metadata, checks
/// the selection against it, splits the request along the largest dimension so that no request
/// asks for more cells than the service allows, and joins the answers.
///
/// ```swift
/// let data = try await PxWebFetcher(base: "https://api.scb.se/ov0104/v2beta/api/v2")
///     .fetch(table: "TAB6471", selection: ["Region": ["0126", "0180"], "Kon": ["1", "2"]])
/// ```
public struct PxWebFetcher: Sendable {
    /// The API's address up to `/tables`.
    public var base: String
    /// The HTTP client.
    public var client: HTTPClient
    /// Most cells per request (SCB: 150 000).
    public var maximumCells = 150_000
    /// Most requests per fetch (a guard against a selection far too large).
    public var maximumRequests = 200
    /// Language of the labels.
    public var language = "sv"
    /// Attempts per request when the API answers 429.
    public var attempts = 5
    /// Longest wait between attempts, in seconds.
    public var longestWait = 30.0
    /// Longest time for one request.
    public var timeout: TimeAmount = .seconds(120)
    /// How to wait (replaced in tests).
    public var wait: @Sendable (Double) async throws -> Void = { try await Task.sleep(for: .seconds($0)) }

    /// Creates a fetcher.
    public init(base: String = "https://api.scb.se/ov0104/v2beta/api/v2", client: HTTPClient = .shared) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.client = client
    }

    var http: JSONClient {
        JSONClient(
            service: "PxWeb", base: base, client: client, attempts: attempts, longestWait: longestWait,
            timeout: timeout, wait: wait)
    }

    /// Fetches `table` with the chosen codes per dimension (a dimension left out, or given as
    /// `*`, is fetched whole); returns a json-stat2 document.
    public func fetch(table: String, selection: [String: [String]]) async throws -> Data {
        guard !table.isEmpty, table.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw FetchError("Tabellens id \"\(table)\" ska bestå av bokstäver och siffror, t.ex. TAB6471.")
        }
        let metadataURL = "\(base)/tables/\(table)/metadata?lang=\(language)&outputFormat=json-stat2"
        let metadata = try PxWebTable(try await http.object(metadataURL), table: table)
        let chosen = try metadata.resolve(selection)
        let requests = try metadata.split(chosen, maximumCells: maximumCells)
        guard requests.count <= maximumRequests else {
            throw FetchError(
                "Urvalet kräver \(requests.count) förfrågningar (högst \(maximumRequests)); välj färre koder.")
        }
        var joined = PxWebJoin(metadata: metadata, chosen: chosen)
        let dataURL = "\(base)/tables/\(table)/data?lang=\(language)&outputFormat=json-stat2"
        for part in requests {
            let selection = metadata.ids.map { ["variableCode": $0, "valueCodes": part[$0] ?? []] as [String: Any] }
            let body = try JSONSerialization.data(withJSONObject: ["selection": selection])
            try joined.add(try await http.object(dataURL, body: body))
        }
        return try joined.document(source: dataURL, fetched: Date())
    }
}
