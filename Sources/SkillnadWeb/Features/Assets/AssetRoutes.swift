import Foundation
import Hummingbird
import NIOCore

/// The stylesheet and script, served from the app itself (no CDN: closed networks).
struct AssetRoutes {
    static let files: [String: (type: String, body: String)] = {
        var files: [String: (String, String)] = [:]
        for (name, type) in [
            ("skillnad.css", ContentType.css.rawValue), ("skillnad.js", ContentType.javascript.rawValue),
        ] {
            if let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Assets"),
                let body = try? String(contentsOf: url, encoding: .utf8)
            {
                files[name] = (type, body)
            }
        }
        return files
    }()

    func register(_ routes: FeatureRoutes) {
        routes.plain.get("/assets/{file}") { _, context in
            guard let name = context.parameters.get("file"), let file = Self.files[name] else {
                throw WebError.notFound
            }
            return Response(
                status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: file.body)))
        }
    }
}
