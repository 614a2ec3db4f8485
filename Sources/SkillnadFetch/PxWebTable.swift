import Foundation

/// A PxWeb table's dimensions as its json-stat2 metadata gives them: ids, codes in order,
/// labels, and the metadata to carry into the fetched document.
struct PxWebTable {
    var table: String
    var ids: [String]
    /// Dimension id → codes in the table's order.
    var codes: [String: [String]]
    /// Dimension id → its label ("region").
    var labels: [String: String]
    /// The metadata document (label, source, note, role, dimension …).
    var document: [String: Any]

    init(_ document: [String: Any], table: String) throws {
        guard let ids = document["id"] as? [String], let dimensions = document["dimension"] as? [String: Any] else {
            throw FetchError("PxWeb:s beskrivning av \(table) saknar dimensioner (id, dimension).")
        }
        self.table = table
        self.ids = ids
        self.document = document
        var codes: [String: [String]] = [:]
        var labels: [String: String] = [:]
        for id in ids {
            let dimension = dimensions[id] as? [String: Any] ?? [:]
            let category = dimension["category"] as? [String: Any] ?? [:]
            labels[id] = dimension["label"] as? String ?? id
            if let list = category["index"] as? [String] {
                codes[id] = list
            } else if let map = category["index"] as? [String: Int] {
                codes[id] = map.sorted { $0.value < $1.value }.map(\.key)
            } else if let names = category["label"] as? [String: String], names.count == 1 {
                codes[id] = Array(names.keys)
            } else {
                throw FetchError("PxWeb:s beskrivning av \(table) saknar koder för \(id).")
            }
        }
        self.codes = codes
        self.labels = labels
    }

    /// The codes chosen per dimension; dimensions named by id or label, case-insensitively.
    func resolve(_ selection: [String: [String]]) throws -> [String: [String]] {
        var chosen: [String: [String]] = [:]
        for (name, values) in selection {
            guard
                let id = ids.first(where: {
                    $0.lowercased() == name.lowercased() || labels[$0]?.lowercased() == name.lowercased()
                })
            else {
                throw FetchError(
                    "Tabellen \(table) har ingen dimension \"\(name)\". Dimensioner: "
                        + ids.map { "\($0) (\(labels[$0] ?? $0))" }.joined(separator: ", ") + ".")
            }
            let available = codes[id] ?? []
            if values == ["*"] {
                chosen[id] = available
                continue
            }
            for value in values where !available.contains(value) {
                throw FetchError(
                    "Koden \"\(value)\" finns inte i \(id) i tabellen \(table). Exempel på koder: "
                        + available.prefix(8).joined(separator: ", ") + (available.count > 8 ? ", …" : "") + ".")
            }
            chosen[id] = values
        }
        for id in ids where chosen[id] == nil { chosen[id] = codes[id] ?? [] }
        return chosen
    }

    /// Requests of at most `maximumCells` cells each, split along the dimension with the most
    /// chosen codes.
    func split(_ chosen: [String: [String]], maximumCells: Int) throws -> [[String: [String]]] {
        let total = ids.reduce(1) { $0 * max(1, chosen[$1]?.count ?? 1) }
        guard total > maximumCells else { return [chosen] }
        guard let largest = ids.max(by: { (chosen[$0]?.count ?? 0) < (chosen[$1]?.count ?? 0) }) else {
            return [chosen]
        }
        let along = chosen[largest] ?? []
        let perCode = total / max(1, along.count)
        guard perCode <= maximumCells else {
            throw FetchError(
                "Urvalet ger \(total) celler; även en kod i taget av \(largest) ger \(perCode), fler än de "
                    + "\(maximumCells) PxWeb lämnar per förfrågan. Välj färre koder i fler dimensioner.")
        }
        let step = max(1, maximumCells / max(1, perCode))
        return stride(from: 0, to: along.count, by: step).map { start in
            var part = chosen
            part[largest] = Array(along[start..<min(along.count, start + step)])
            return part
        }
    }
}
