import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs a streaming XML parse (documents of any size) with a delegate.
enum XMLDocument {
    /// Whether the document parsed without error.
    static func parse(_ data: Data, with delegate: any XMLParserDelegate) -> Bool {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = delegate
        return parser.parse()
    }
}
