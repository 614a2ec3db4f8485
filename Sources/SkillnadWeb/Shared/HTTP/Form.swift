import Foundation
import Hummingbird
import NIOCore

/// A URL-encoded form (or query string): values by name, several per name for checkboxes.
public struct Form: Sendable {
    /// The values by name, in order.
    public private(set) var values: [String: [String]] = [:]

    /// Parses `a=1&b=x+y&b=%C3%A5`.
    public init(encoded: String) {
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name, default: []].append(value)
        }
    }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of a field, trimmed; nil when absent or empty.
    public subscript(_ name: String) -> String? {
        guard let value = values[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// A field's text without surrounding spaces and newlines, at most `limit` characters
    /// (empty when the field is absent).
    public func text(_ name: String, limit: Int = 4_000) -> String {
        String((self[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit))
    }

    /// Every non-empty value of a field (checkboxes, multi-selects).
    public func all(_ name: String) -> [String] {
        (values[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The query string of a request as a form.
    public static func query(_ request: Request) -> Form {
        Form(encoded: request.uri.query ?? "")
    }

    /// Largest form body accepted.
    static let maximumBytes = 1 << 20

    /// Reads a URL-encoded request body (at most 1 MB; larger is refused with a clear page).
    public static func body(_ request: Request) async throws -> Form {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumBytes)
        } catch is NIOTooManyBytesError {
            throw WebError.formTooLarge
        }
        return Form(encoded: String(buffer: buffer))
    }

    /// Encodes values for a URL query.
    public static func encode(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }.joined(separator: "&")
    }
}
