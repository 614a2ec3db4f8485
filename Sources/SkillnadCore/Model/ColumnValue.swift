import Foundation

/// A column and one of its values written `KOLUMN=VÄRDE` — a share outcome
/// (`Students=Eligible`), a row filter (`Gender=Flickor`), a chosen total, a role — split at the
/// first `=` so values may contain `=` and commas.
///
/// ```swift
/// ColumnValue("utbildningsnivå = eftergymnasial utbildning, 3 år eller mer")
/// // column "utbildningsnivå", value "eftergymnasial utbildning, 3 år eller mer"
/// ColumnValue("kön")   // nil: no "="
/// ```
public struct ColumnValue: Sendable, Hashable {
    /// The column's name (spaces around it removed).
    public var column: String
    /// The value (spaces around it removed; may be empty, as in `--totals KOLUMN=`).
    public var value: String

    /// A pair from its parts.
    public init(column: String, value: String) {
        self.column = column
        self.value = value
    }

    /// Reads `KOLUMN=VÄRDE`; nil when the text has no `=` or nothing before it.
    public init?(_ text: some StringProtocol) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let column = text[..<equals].trimmingCharacters(in: .whitespaces)
        guard !column.isEmpty else { return nil }
        self.column = column
        self.value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
    }

    /// The pair written back as `KOLUMN=VÄRDE`.
    public var text: String { "\(column)=\(value)" }
}
