import Foundation
import SkillnadCore

/// Reads Kolada API data (v2 and v3): `{"values": [{"kpi", "municipality" | "ou", "period",
/// "values": [{"gender": "K" | "M" | "T", "value", "status"}]}]}` into a long table with the
/// columns `kpi`, `kommun` (or `enhet`), `år`, `kön` and `värde`. Null values are missing.
///
/// ```swift
/// let table = try KoladaJSONReader.read(object, source: "n00945.json")
/// ```
public enum KoladaJSONReader {
    /// Whether the object looks like a Kolada data response.
    public static func recognises(_ object: [String: Any]) -> Bool {
        guard let values = object["values"] as? [[String: Any]] else { return false }
        return values.first.map { $0["kpi"] != nil && $0["period"] != nil } ?? (object["count"] != nil)
    }

    /// Reads the response (one page; pages are joined by the fetch command).
    public static func read(_ object: [String: Any], source: String) throws -> DataTable {
        guard let entries = object["values"] as? [[String: Any]] else {
            throw ImportError(file: source, expected: "Koladas svar med \"values\"", found: "något annat")
        }
        var kpi: [String?] = []
        var unit: [String?] = []
        var period: [String?] = []
        var gender: [String?] = []
        var value: [Double?] = []
        let byUnit = entries.contains { $0["ou"] != nil }
        for (i, entry) in entries.enumerated() {
            guard let inner = entry["values"] as? [[String: Any]] else {
                throw ImportError(
                    file: source, row: i + 1, expected: "en lista \"values\" per nyckeltal och period",
                    found: "att den saknas")
            }
            for item in inner {
                kpi.append(text(entry["kpi"]))
                unit.append(text(byUnit ? entry["ou"] : entry["municipality"]))
                period.append(text(entry["period"]))
                gender.append(text(item["gender"]))
                value.append((item["value"] as? NSNumber)?.doubleValue)
            }
        }
        guard !value.isEmpty else {
            throw ImportError(file: source, expected: "minst ett värde", found: "ett tomt svar från Kolada")
        }
        return DataTable(
            source: source,
            columns: [
                Column(name: "kpi", text: kpi), Column(name: byUnit ? "enhet" : "kommun", text: unit),
                Column(name: "år", text: period), Column(name: "kön", text: gender),
                Column(name: "värde", numbers: value),
            ])
    }

    /// The labels a fetch stored with the values (`"labels": {"kpi": {id: title}, "unit": {id:
    /// title}, "description": {id: text}}`) as a codebook: KPI titles, municipality or unit names,
    /// and the direction where a KPI's description states one; nil without labels.
    public static func codebook(_ object: [String: Any]) -> Codebook? {
        guard let labels = object["labels"] as? [String: [String: String]] else { return nil }
        var book = Codebook()
        for key in ["kpi", "unit"] {
            for (id, title) in labels[key] ?? [:] where !title.isEmpty { book.labels[id] = title }
        }
        for (id, text) in labels["description"] ?? [:] {
            if let stated = OutcomeDirection.stated(inDescription: text) { book.directions[id] = stated }
        }
        return book.labels.isEmpty ? nil : book
    }

    static func text(_ value: Any?) -> String? {
        switch value {
        case let s as String: s.isEmpty ? nil : s
        case let n as NSNumber: n.stringValue
        default: nil
        }
    }
}
