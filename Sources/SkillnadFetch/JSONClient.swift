import AsyncHTTPClient
import Foundation
import NIOCore

/// Requests JSON from a statistics API, waiting and retrying when it answers 429 (too many
/// requests) and saying in Swedish what went wrong, with the service's name.
struct JSONClient: Sendable {
    /// The service's name in messages ("Kolada", "SCB:s PxWeb").
    var service: String
    var base: String
    var client: HTTPClient
    var attempts: Int
    var longestWait: Double
    var timeout: TimeAmount
    var wait: @Sendable (Double) async throws -> Void

    /// One JSON object from `url`; with `body`, POSTed as JSON.
    func object(_ url: String, body: Data? = nil) async throws -> [String: Any] {
        for attempt in 1...attempts {
            var request = HTTPClientRequest(url: url)
            if let body {
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(bytes: body))
            }
            let response: HTTPClientResponse
            do {
                response = try await client.execute(request, timeout: timeout)
            } catch {
                throw FetchError(
                    "Kunde inte nå \(service) på \(base) (\(String(describing: error))). Kontrollera nätverket "
                        + "eller ange en annan adress.")
            }
            if response.status == .tooManyRequests && attempt < attempts {
                let told = response.headers.first(name: "Retry-After").flatMap(Double.init)
                try await wait(min(longestWait, told ?? pow(2, Double(attempt - 1))))
                continue
            }
            let bytes = try await response.body.collect(upTo: 256 << 20)
            guard response.status == .ok else {
                let detail = String(buffer: bytes).prefix(300)
                throw FetchError(
                    "\(service) svarade \(response.status.code) (\(response.status.reasonPhrase)) för \(url)"
                        + (detail.isEmpty ? "." : ": \(detail)"))
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(bytes.readableBytesView)) as? [String: Any]
            else {
                throw FetchError("\(service) svarade med något som inte är JSON för \(url).")
            }
            return object
        }
        throw FetchError("\(service) svarade 429 (för många förfrågningar) \(attempts) gånger; försök igen senare.")
    }
}
