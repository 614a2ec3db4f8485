import Foundation
import Hummingbird
import NIOCore

/// Response helpers.
enum Responses {
    /// An HTML page.
    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: ContentType.html.rawValue, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// A redirect after a form post (303 See Other).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    /// A file download.
    static func download(_ bytes: [UInt8], contentType: ContentType, fileName: String) -> Response {
        let ascii = fileName.unicodeScalars.map { $0.isASCII && $0 != "\"" ? String($0) : "_" }.joined()
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        return Response(
            status: .ok,
            headers: [
                .contentType: contentType.rawValue,
                .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// JSON.
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: ContentType.json.rawValue, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Inline SVG.
    static func svg(_ text: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: ContentType.svg.rawValue],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}
