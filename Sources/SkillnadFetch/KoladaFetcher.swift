import AsyncHTTPClient
import Foundation
import NIOCore
import SkillnadImport

/// Fetches data from Kolada's API: every path of a ``KoladaQuery``, every page (`next_page` in
/// v2, `next_url` in v3), waiting and retrying when the API answers 429 (too many requests).
/// The result is one Kolada JSON document that ``KoladaJSONReader`` reads, with the source and
/// the fetch time.
///
/// ```swift
/// let data = try await KoladaFetcher(base: "https://api.kolada.se").fetch(query)
/// ```
public struct KoladaFetcher: Sendable {
    /// The API's address (configurable, e.g. for a local mirror or a test server).
    public var base: String
    /// The HTTP client.
    public var client: HTTPClient
    /// Attempts per request when the API answers 429.
    public var attempts = 5
    /// Longest wait between attempts, in seconds.
    public var longestWait = 30.0
    /// Longest time for one request, connecting included.
    public var timeout: TimeAmount = .seconds(60)
    /// Most pages followed per path (a guard against a server that never ends).
    public var maximumPages = 2_000
    /// How to wait (replaced in tests).
    public var wait: @Sendable (Double) async throws -> Void = { try await Task.sleep(for: .seconds($0)) }

    /// Creates a fetcher.
    public init(base: String = "https://api.kolada.se", client: HTTPClient = .shared) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.client = client
    }

    /// Fetches the query; returns the JSON document.
    public func fetch(_ query: KoladaQuery) async throws -> Data {
        var values: [Any] = []
        for path in query.paths {
            var next: String? = base + path
            var pages = 0
            while let url = next {
                pages += 1
                guard pages <= maximumPages else {
                    throw FetchError("Kolada gav fler än \(maximumPages) sidor för \(path); hämtningen avbröts.")
                }
                let page = try await json(url)
                values += page["values"] as? [Any] ?? []
                let link = (page["next_page"] as? String) ?? (page["next_url"] as? String)
                next = link.flatMap { $0.isEmpty ? nil : $0 }
            }
        }
        var document: [String: Any] = [
            "count": values.count, "values": values, "source": base,
            "fetched": ISO8601DateFormatter().string(from: Date()),
        ]
        if let labels = await labels(values, organisationalUnits: query.organisationalUnits) {
            document["labels"] = labels
        }
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    }

    /// The titles of the KPIs and units in `values` (`/v2/kpi/{ids}`, `/v2/municipality/{ids}` or
    /// `/v2/ou/{ids}`, 25 ids per request) and the KPIs' descriptions, as `{"kpi": {id: title},
    /// "unit": {id: title}, "description": {id: text}}`; nil when Kolada gives none. Labels are a
    /// help, not the data: a failed request leaves the codes as they are.
    func labels(_ values: [Any], organisationalUnits: Bool) async -> [String: [String: String]]? {
        let entries = values.compactMap { $0 as? [String: Any] }
        func ids(_ key: String) -> [String] {
            Array(Set(entries.compactMap { ($0[key] as? String) ?? ($0[key] as? NSNumber)?.stringValue })).sorted()
        }
        var out: [String: [String: String]] = ["kpi": [:], "unit": [:], "description": [:]]
        func titles(_ path: String, _ ids: [String], into key: String, descriptions: Bool = false) async {
            for chunk in KoladaQuery.chunks(ids) {
                guard let page = try? await json("\(base)/v2/\(path)/\(chunk.joined(separator: ","))"),
                    let items = page["values"] as? [[String: Any]]
                else { continue }
                for item in items {
                    guard let id = item["id"] as? String, let title = item["title"] as? String else { continue }
                    out[key]?[id] = title
                    if descriptions, let text = item["description"] as? String { out["description"]?[id] = text }
                }
            }
        }
        await titles("kpi", ids("kpi"), into: "kpi", descriptions: true)
        await titles(
            organisationalUnits ? "ou" : "municipality", ids(organisationalUnits ? "ou" : "municipality"), into: "unit")
        return out.values.allSatisfy(\.isEmpty) ? nil : out
    }

    /// A KPI's metadata (`/v2/kpi/{id}`): title, perspective, whether it is divided by gender.
    public func kpiMetadata(_ kpi: String) async throws -> [String: String] {
        let object = try await json("\(base)/v2/kpi/\(kpi)")
        guard let first = (object["values"] as? [[String: Any]])?.first else {
            throw FetchError("Kolada har ingen beskrivning av \(kpi).")
        }
        var out: [String: String] = [:]
        for key in ["title", "perspective", "description", "operating_area"] {
            if let text = first[key] as? String { out[key] = text }
        }
        if let divided = first["is_divided_by_gender"] {
            out["is_divided_by_gender"] =
                (divided as? Bool ?? ((divided as? NSNumber)?.boolValue ?? false)) ? "true" : "false"
        }
        return out
    }

    /// One page as JSON, retried on 429.
    func json(_ url: String) async throws -> [String: Any] {
        try await JSONClient(
            service: "Kolada", base: base, client: client, attempts: attempts, longestWait: longestWait,
            timeout: timeout, wait: wait
        ).object(url)
    }
}

/// A fetch that failed, in Swedish.
public struct FetchError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public var description: String

    init(_ description: String) { self.description = description }
}
