import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the sheet list and date system from `xl/workbook.xml`.
final class WorkbookParser: NSObject, XMLParserDelegate {
    struct Sheet {
        var name: String
        var relationId: String
    }

    var sheets: [Sheet] = []
    var date1904 = false

    static func parse(_ data: Data) -> WorkbookParser? {
        let delegate = WorkbookParser()
        guard XMLDocument.parse(data, with: delegate) else { return nil }
        return delegate
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if elementName == "sheet" || elementName.hasSuffix(":sheet") {
            let id = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
            sheets.append(Sheet(name: attributes["name"] ?? "Blad\(sheets.count + 1)", relationId: id))
        } else if elementName == "workbookPr" || elementName.hasSuffix(":workbookPr") {
            date1904 = attributes["date1904"] == "1" || attributes["date1904"] == "true"
        }
    }
}

/// Reads relationship targets from `xl/_rels/workbook.xml.rels`.
final class RelationsParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    static func parse(_ data: Data) -> [String: String]? {
        let delegate = RelationsParser()
        guard XMLDocument.parse(data, with: delegate) else { return nil }
        return delegate.targets
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if elementName == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
            targets[id] = target
        }
    }
}
