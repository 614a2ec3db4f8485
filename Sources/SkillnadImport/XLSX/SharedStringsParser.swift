import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `xl/sharedStrings.xml`: each `<si>` is one string, the concatenation of its `<t>`
/// elements (rich-text runs), phonetic hints (`<rPh>`) left out.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    /// Whether the table's root element was closed.
    var complete = false
    /// Whether the table holds more strings than allowed.
    var tooMany = false
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    /// The strings, or an error for a malformed, cut-off or oversized table.
    static func parse(_ data: Data, source: String) throws -> [String] {
        let delegate = SharedStringsParser()
        let parsed = try XMLDocument.parse(data, with: delegate, source: source)
        if delegate.tooMany {
            throw ImportError(
                file: source, expected: "högst \(ImportLimits.sharedStrings) delade texter", found: "fler")
        }
        guard parsed, delegate.complete else {
            throw ImportError(
                file: source, expected: "en fullständig tabell med delade texter (xl/sharedStrings.xml)",
                found: "att den är skadad eller avbruten")
        }
        return delegate.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "si":
            strings.append(current)
            if strings.count > ImportLimits.sharedStrings {
                tooMany = true
                parser.abortParsing()
            }
        case "sst": complete = true
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}
