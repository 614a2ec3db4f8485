import Foundation

/// Reads a test fixture's bytes.
func fixture(_ name: String) throws -> [UInt8] {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
        throw FixtureMissing(name: name)
    }
    return [UInt8](try Data(contentsOf: url))
}

/// Path of a fixture on disk.
func fixturePath(_ name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
        throw FixtureMissing(name: name)
    }
    return url.path
}

struct FixtureMissing: Error {
    let name: String
}
