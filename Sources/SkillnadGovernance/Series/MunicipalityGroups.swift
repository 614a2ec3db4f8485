import SkillnadCore

/// Kolada's municipality groups (`group_id, group_title, member_id, member_title`), e.g.
/// "Liknande kommuner grundskola, Ale, 2024": the comparison sets of the quartile box.
public struct MunicipalityGroups: Sendable {
    /// Group title → members (code and name).
    public var groups: [String: [(code: String, name: String)]]

    /// Reads the groups from Kolada's table.
    public init(_ table: DataTable) throws {
        guard let title = table.column(named: "group_title"), let code = table.column(named: "member_id"),
            let name = table.column(named: "member_title")
        else {
            throw SeriesError(
                "\(table.source): en fil med kommungrupper ska ha kolumnerna group_title, member_id och member_title (som Koladas)."
            )
        }
        var groups: [String: [(code: String, name: String)]] = [:]
        for row in 0..<table.rowCount {
            groups[title.text(at: row), default: []].append((code.text(at: row), name.text(at: row)))
        }
        self.groups = groups
    }

    /// The group named exactly, else the only group whose title contains the text.
    public func group(named text: String) throws -> (title: String, members: [(code: String, name: String)]) {
        if let exact = groups[text] { return (text, exact) }
        let matches = groups.keys.filter { $0.localizedCaseInsensitiveContains(text) }.sorted()
        guard matches.count == 1, let only = matches.first, let members = groups[only] else {
            throw SeriesError(
                matches.isEmpty
                    ? "Ingen kommungrupp heter \"\(text)\"."
                    : "\"\(text)\" passar \(matches.count) grupper, t.ex. \(matches.prefix(3).joined(separator: "; ")). Ange hela namnet."
            )
        }
        return (only, members)
    }
}
