/// The datasets' addresses.
extension Paths {
    static let datasets = "/datasets"
    static let newDataset = "/datasets/new"
    static func dataset(_ id: Int64) -> String { "\(datasets)/\(id)" }
    static func datasetPreview(token: String) -> String { "/datasets/preview?" + Form.encode([("token", token)]) }
    static let importsSection = "/imports"
    static func importProgress(token: String) -> String { importsSection + "/\(token)" }
    static func datasetRows(_ id: Int64) -> String { dataset(id) + "/rows" }
    static func datasetColumns(_ id: Int64) -> String { dataset(id) + "/columns" }
}
