import Foundation

/// Joins json-stat2 answers for parts of a selection into one json-stat2 document over the
/// whole selection, each value placed by its codes (so answers in any order or shape fit).
struct PxWebJoin {
    let metadata: PxWebTable
    let chosen: [String: [String]]
    /// Dimension id → code → position in the joined document.
    let position: [String: [String: Int]]
    let strides: [Int]
    var values: [Any]
    var status: [String: String] = [:]
    var labels: [String: [String: String]] = [:]
    var units: [String: Any] = [:]

    init(metadata: PxWebTable, chosen: [String: [String]]) {
        self.metadata = metadata
        self.chosen = chosen
        var position: [String: [String: Int]] = [:]
        for id in metadata.ids {
            position[id] = Dictionary(uniqueKeysWithValues: (chosen[id] ?? []).enumerated().map { ($1, $0) })
        }
        self.position = position
        var strides = [Int](repeating: 1, count: metadata.ids.count)
        for i in stride(from: metadata.ids.count - 2, through: 0, by: -1) {
            strides[i] = strides[i + 1] * max(1, chosen[metadata.ids[i + 1]]?.count ?? 1)
        }
        self.strides = strides
        let total = metadata.ids.reduce(1) { $0 * max(1, chosen[$1]?.count ?? 1) }
        values = [Any](repeating: NSNull(), count: total)
    }

    /// Places one answer's values.
    mutating func add(_ answer: [String: Any]) throws {
        let part = try PxWebTable(answer, table: metadata.table)
        guard Set(part.ids) == Set(metadata.ids) else {
            throw FetchError(
                "PxWeb svarade med andra dimensioner (\(part.ids.joined(separator: ", "))) än tabellen har.")
        }
        let dimensions = answer["dimension"] as? [String: Any] ?? [:]
        for id in part.ids {
            let category = (dimensions[id] as? [String: Any])?["category"] as? [String: Any] ?? [:]
            for (code, label) in category["label"] as? [String: String] ?? [:] {
                labels[id, default: [:]][code] = label
            }
            if let unit = category["unit"] { units[id] = unit }
        }
        let sizes = part.ids.map { part.codes[$0]?.count ?? 1 }
        let cells = sizes.reduce(1, *)
        var entries: [(Int, Any)] = []
        if let list = answer["value"] as? [Any] {
            entries = list.enumerated().map { ($0.offset, $0.element) }
        } else if let map = answer["value"] as? [String: Any] {
            entries = map.compactMap { key, value in Int(key).map { ($0, value) } }
        }
        let statuses: [Int: String]
        if let list = answer["status"] as? [Any] {
            statuses = Dictionary(
                uniqueKeysWithValues: list.enumerated().compactMap { i, s in (s as? String).map { (i, $0) } })
        } else if let map = answer["status"] as? [String: String] {
            statuses = Dictionary(uniqueKeysWithValues: map.compactMap { key, s in Int(key).map { ($0, s) } })
        } else {
            statuses = [:]
        }
        for (flat, value) in entries where flat < cells {
            guard let target = target(of: flat, part: part, sizes: sizes) else { continue }
            values[target] = value
            if let s = statuses[flat] { status[String(target)] = s }
        }
    }

    /// The joined document's flat index of an answer's flat index.
    func target(of flat: Int, part: PxWebTable, sizes: [Int]) -> Int? {
        var rest = flat
        var coordinates = [Int](repeating: 0, count: sizes.count)
        for i in stride(from: sizes.count - 1, through: 0, by: -1) {
            coordinates[i] = rest % sizes[i]
            rest /= sizes[i]
        }
        var target = 0
        for (i, id) in part.ids.enumerated() {
            guard let code = part.codes[id]?[coordinates[i]], let at = position[id]?[code],
                let axis = metadata.ids.firstIndex(of: id)
            else { return nil }
            target += at * strides[axis]
        }
        return target
    }

    /// The joined json-stat2 document, with where and when it was fetched.
    func document(source: String, fetched: Date) throws -> Data {
        var dimension: [String: Any] = [:]
        let given = metadata.document["dimension"] as? [String: Any] ?? [:]
        for id in metadata.ids {
            var entry = given[id] as? [String: Any] ?? [:]
            var category = entry["category"] as? [String: Any] ?? [:]
            let codes = chosen[id] ?? []
            let known = (category["label"] as? [String: String] ?? [:]).merging(labels[id] ?? [:]) { _, new in new }
            category["index"] = codes
            category["label"] = Dictionary(uniqueKeysWithValues: codes.map { ($0, known[$0] ?? $0) })
            if let unit = units[id] { category["unit"] = unit }
            entry["category"] = category
            entry["label"] = metadata.labels[id] ?? id
            dimension[id] = entry
        }
        var document: [String: Any] = [
            "version": "2.0", "class": "dataset", "id": metadata.ids,
            "size": metadata.ids.map { chosen[$0]?.count ?? 0 }, "dimension": dimension, "value": values,
            "extension": [
                "skillnad": ["source": source, "fetched": ISO8601DateFormatter().string(from: fetched)]
            ],
        ]
        for key in ["label", "source", "updated", "note", "role"] { document[key] = metadata.document[key] }
        if !status.isEmpty { document["status"] = status }
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    }
}
