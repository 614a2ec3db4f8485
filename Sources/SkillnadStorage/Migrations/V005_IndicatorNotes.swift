import SQLKit

extension Schema {
    /// Indicator values may carry a text: the assessment of a qualitative indicator, or a note.
    static let v005 = Migration(version: 5, name: "indikatorvärden med text") { db, _ in
        try await db.alter(table: "indicator_values").column("note", type: .text, .notNull, .default("")).run()
    }
}
