import Foundation
import SkillnadCore

/// Stable, documented JSON: keys sorted, pretty-printed, no NaN.
public enum JSONRenderer {
    /// Encodes any result type.
    public static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
