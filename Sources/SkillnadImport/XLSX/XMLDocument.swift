import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs a streaming XML parse (documents of any size) with a delegate.
///
/// Workbook parts never need a document type declaration, so one is refused: that closes entity
/// expansion ("billion laughs") and external entities before the parser sees them.
enum XMLDocument {
    /// Whether the document parsed without error (false too when it declares a DTD or entities,
    /// or is not valid UTF-8 — workbook parts are UTF-8, and the parser must never see broken
    /// sequences in names).
    static func parse(_ data: Data, with delegate: any XMLParserDelegate) -> Bool {
        guard !declaresEntities(data), UTF8Validation.isValid([UInt8](data)) else { return false }
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        return parser.parse()
    }

    /// Parses, throwing a clear error for a document with a DTD or entity declarations.
    static func parse(_ data: Data, with delegate: any XMLParserDelegate, source: String) throws -> Bool {
        if declaresEntities(data) {
            throw ImportError(
                file: source, expected: "arbetsbokens XML utan dokumenttypdeklaration",
                found: "<!DOCTYPE> eller <!ENTITY> (entiteter tas inte emot)")
        }
        return parse(data, with: delegate)
    }

    /// Whether the bytes contain `<!DOCTYPE` or `<!ENTITY` (text in cells is escaped, so these
    /// can only be markup).
    static func declaresEntities(_ data: Data) -> Bool {
        let doctype = Array("<!DOCTYPE".utf8)
        let entity = Array("<!ENTITY".utf8)
        return data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            while i + 1 < bytes.count {
                if bytes[i] == 0x3C && bytes[i + 1] == 0x21 {
                    for pattern in [doctype, entity] where i + pattern.count <= bytes.count {
                        if (0..<pattern.count).allSatisfy({ bytes[i + $0] == pattern[$0] }) { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }
}
