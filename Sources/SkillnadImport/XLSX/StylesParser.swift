import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Finds which cell styles (`cellXfs` indices) format numbers as dates.
final class StylesParser: NSObject, XMLParserDelegate {
    private var customFormats: [Int: String] = [:]
    private var styleFormats: [Int] = []
    private var inCellXfs = false

    /// Built-in date and time formats (ECMA-376 §18.8.30).
    static let builtInDates: Set<Int> = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]

    static func dateStyles(_ data: Data) -> Set<Int>? {
        let delegate = StylesParser()
        guard XMLDocument.parse(data, with: delegate) else { return nil }
        var result = Set<Int>()
        for (index, format) in delegate.styleFormats.enumerated() {
            if builtInDates.contains(format) || delegate.customFormats[format].map(isDateFormat) == true {
                result.insert(index)
            }
        }
        return result
    }

    /// Whether a custom number format shows a date: it has y, d or m outside quotes and brackets
    /// (and is not only a colour or elapsed-time code).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        for ch in code.lowercased() {
            if ch == "\"" {
                inQuote.toggle()
            } else if ch == "[" {
                inBracket = true
            } else if ch == "]" {
                inBracket = false
            } else if !inQuote && !inBracket && (ch == "y" || ch == "d" || ch == "m" || ch == "å") {
                return true
            }
        }
        return false
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs:
            styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "cellXfs" { inCellXfs = false }
    }
}
