/// What readers may request from one dataset: the dimensions they may cross and how deep.
/// Everything in it is protected together by one linked suppression pattern.
public struct PublicationSetting: Sendable, Hashable, Codable {
    /// Dimension columns readers may use.
    public var dimensions: [String]
    /// The deepest crossing (1–3).
    public var depth: Int

    /// Creates a setting.
    public init(dimensions: [String], depth: Int) {
        self.dimensions = dimensions
        self.depth = max(1, min(3, depth))
    }
}
