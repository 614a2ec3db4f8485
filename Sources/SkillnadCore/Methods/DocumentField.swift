/// One field of an analysis document as text: used for the history of changes, the conflict view
/// and the tables of the report export.
public struct DocumentField: Sendable, Hashable {
    /// Stable key ("2.3 A", "3.1 #2 effekt" …).
    public var key: String
    /// The step id the field belongs to.
    public var step: String
    /// Label in Swedish.
    public var label: String
    /// Value as text (empty when not filled in).
    public var value: String

    /// Creates a field.
    public init(key: String, step: String, label: String, value: String) {
        self.key = key
        self.step = step
        self.label = label
        self.value = value
    }

    /// The fields whose values differ between two versions (present in either).
    public static func changes(
        from old: [DocumentField], to new: [DocumentField]
    ) -> [(
        field: DocumentField, old: String, new: String
    )] {
        let before = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [(DocumentField, String, String)] = []
        for f in new where before[f.key]?.value ?? "" != f.value {
            out.append((f, before[f.key]?.value ?? "", f.value))
        }
        for f in old where after[f.key] == nil && !f.value.isEmpty { out.append((f, f.value, "")) }
        return out
    }
}
