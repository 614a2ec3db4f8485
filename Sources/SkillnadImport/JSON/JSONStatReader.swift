import Foundation
import SkillnadCore

/// Reads a JSON-stat 2.0 dataset, as SCB's PxWebApi v2 returns it, into a long table: one column
/// per dimension (its label, with the categories' labels) and a `värde` column.
///
/// The value array is in row-major order over `id` with the last dimension varying fastest
/// (JSON-stat 2.0, <https://json-stat.org/format/#value>); `null` values are missing. Values may
/// also be an object keyed by the flat index (sparse datasets).
///
/// ```swift
/// let table = try JSONStatReader.read(bytes, source: "TAB6471_data.json")
/// ```
public enum JSONStatReader {
    /// Largest number of cells read (as many rows as a CSV file may have).
    public static let maximumCells = 20_000_000

    /// Whether the bytes look like a JSON-stat dataset (`"class": "dataset"` with dimensions).
    public static func recognises(_ object: [String: Any]) -> Bool {
        (object["class"] as? String) == "dataset" && object["dimension"] is [String: Any] && object["id"] is [Any]
    }

    /// Reads the dataset.
    public static func read(_ object: [String: Any], source: String) throws -> DataTable {
        func wrong(_ found: String) -> ImportError {
            ImportError(file: source, expected: "ett JSON-stat-dataset (id, size, dimension, value)", found: found)
        }
        guard let ids = object["id"] as? [String], let sizes = object["size"] as? [Int], ids.count == sizes.count,
            !ids.isEmpty, let dimensions = object["dimension"] as? [String: Any]
        else { throw wrong("att id, size eller dimension saknas eller inte stämmer överens") }
        guard sizes.allSatisfy({ $0 > 0 }) else { throw wrong("en dimension utan kategorier") }
        var cells = 1
        for size in sizes {
            let (product, overflow) = cells.multipliedReportingOverflow(by: size)
            guard !overflow, product <= maximumCells else {
                throw wrong("fler än \(maximumCells) celler")
            }
            cells = product
        }
        var names: [String] = []
        var labels: [[String]] = []
        for (id, size) in zip(ids, sizes) {
            guard let dimension = dimensions[id] as? [String: Any],
                let category = dimension["category"] as? [String: Any]
            else { throw wrong("att dimensionen \"\(id)\" saknar kategorier") }
            let order = try categoryOrder(category, size: size, id: id, wrong: wrong)
            let text = category["label"] as? [String: String] ?? [:]
            labels.append(order.map { text[$0] ?? $0 })
            let name = (dimension["label"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? id
            names.append(names.contains(name) ? id : name)
        }
        let values = try flatValues(object["value"], cells: cells, wrong: wrong)
        var columns = names.indices.map { _ in [String?]() }
        for index in columns.indices { columns[index].reserveCapacity(cells) }
        var position = [Int](repeating: 0, count: sizes.count)
        for _ in 0..<cells {
            for d in sizes.indices { columns[d].append(labels[d][position[d]]) }
            var d = sizes.count - 1
            while d >= 0 {
                position[d] += 1
                if position[d] < sizes[d] { break }
                position[d] = 0
                d -= 1
            }
        }
        let valueName = names.contains("värde") ? "värde (JSON-stat)" : "värde"
        return DataTable(
            source: source,
            columns: zip(names, columns).map { Column(name: $0, text: $1) } + [Column(name: valueName, numbers: values)]
        )
    }

    /// Category codes in index order (`index` as an array or as code → position).
    static func categoryOrder(
        _ category: [String: Any], size: Int, id: String, wrong: (String) -> ImportError
    ) throws -> [String] {
        if let list = category["index"] as? [String] {
            guard list.count == size else { throw wrong("att dimensionen \"\(id)\" har fel antal kategorier") }
            return list
        }
        if let map = category["index"] as? [String: Int] {
            var order = [String?](repeating: nil, count: size)
            for (code, position) in map {
                guard (0..<size).contains(position) else {
                    throw wrong("att dimensionen \"\(id)\" har en kategori utanför sin storlek")
                }
                order[position] = code
            }
            guard order.allSatisfy({ $0 != nil }) else {
                throw wrong("att dimensionen \"\(id)\" saknar kategorier")
            }
            return order.compactMap { $0 }
        }
        if size == 1, let text = category["label"] as? [String: String], let only = text.keys.first { return [only] }
        throw wrong("att dimensionen \"\(id)\" saknar index")
    }

    /// The values as numbers in flat order; null (or absent in a sparse object) is missing.
    static func flatValues(_ raw: Any?, cells: Int, wrong: (String) -> ImportError) throws -> [Double?] {
        if let list = raw as? [Any] {
            guard list.count == cells else {
                throw wrong("\(list.count) värden där dimensionerna ger \(cells)")
            }
            return list.map { ($0 as? NSNumber)?.doubleValue }
        }
        if let sparse = raw as? [String: Any] {
            var values = [Double?](repeating: nil, count: cells)
            for (key, value) in sparse {
                guard let i = Int(key), (0..<cells).contains(i) else { throw wrong("ett värde med ogiltigt index") }
                values[i] = (value as? NSNumber)?.doubleValue
            }
            return values
        }
        throw wrong("att värden (value) saknas")
    }
}
