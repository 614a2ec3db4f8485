import Foundation
import Hummingbird
import MultipartKit
import NIOConcurrencyHelpers
import NIOCore

/// A multipart/form-data upload read as a stream: the file part is collected while the body
/// arrives, and the upload is refused as soon as it passes the size limit.
struct Upload: Sendable {
    /// The file's name as sent by the browser.
    var fileName: String
    /// The file's bytes.
    var bytes: [UInt8]
    /// The other (text) fields.
    var fields: Form

    /// Reads the upload of the request; `field` names the file input.
    static func read(_ request: Request, field: String, limit: Int) async throws -> Upload {
        guard let contentType = request.headers[.contentType],
            contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = contentType.components(separatedBy: "boundary=").last?.trimmingCharacters(
                in: CharacterSet(charactersIn: "\" "))
        else {
            throw WebError.badRequest("Formuläret skickades inte som en filuppladdning.")
        }
        let collector = PartCollector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.complete() }
        var received = 0
        for try await buffer in request.body {
            received += buffer.readableBytes
            if received > limit + 64 * 1024 { throw WebError.tooLarge(limit / 1_048_576) }
            do {
                try parser.execute(buffer)
            } catch {
                throw WebError.badRequest("Uppladdningen kunde inte läsas (felaktigt multipart-format).")
            }
        }
        let parts = collector.parts
        var fields: [(String, String)] = []
        var upload: (String, [UInt8])?
        for part in parts {
            if part.name == field, let fileName = part.fileName {
                upload = (fileName, part.data)
            } else {
                fields.append((part.name, String(decoding: part.data, as: UTF8.self)))
            }
        }
        guard let upload, !upload.0.isEmpty else {
            throw WebError.badRequest("Välj en fil att ladda upp.")
        }
        guard !upload.1.isEmpty else {
            throw WebError.badRequest(
                "Filen \(upload.0) är tom (0 byte). Välj filen med data, eller spara om den och försök igen.")
        }
        if upload.1.count > limit { throw WebError.tooLarge(limit / 1_048_576) }
        return Upload(fileName: upload.0, bytes: upload.1, fields: Form(encoded: Form.encode(fields)))
    }
}

/// Gathers multipart parts from the parser's callbacks.
final class PartCollector: Sendable {
    struct Part {
        var name = ""
        var fileName: String?
        var data: [UInt8] = []
    }

    private let state = NIOLockedValueBox<(current: Part, done: [Part])>((Part(), []))

    var parts: [Part] { state.withLockedValue { $0.done } }

    func header(_ name: String, _ value: String) {
        guard name.lowercased() == "content-disposition" else { return }
        state.withLockedValue { s in
            for item in value.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                if item.hasPrefix("name=") { s.current.name = Self.unquote(item.dropFirst(5)) }
                if item.hasPrefix("filename=") { s.current.fileName = Self.unquote(item.dropFirst(9)) }
            }
        }
    }

    func body(_ buffer: inout ByteBuffer) {
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        state.withLockedValue { $0.current.data += bytes }
    }

    func complete() {
        state.withLockedValue { s in
            s.done.append(s.current)
            s.current = Part()
        }
    }

    static func unquote(_ text: Substring) -> String {
        var t = String(text)
        if t.hasPrefix("\"") && t.hasSuffix("\"") && t.count >= 2 { t = String(t.dropFirst().dropLast()) }
        return t
    }
}
