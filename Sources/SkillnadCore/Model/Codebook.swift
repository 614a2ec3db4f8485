/// Readable labels for a dataset's column names and codes — `N00945` → "Andel dagar för vård
/// av barn som tas ut av män, (%)", `0180` → "Stockholm", `behov_av_stod` → "Behov av stöd" —
/// and, where a source states it, which direction of an outcome is better.
///
/// Read from a table whose first column is the code and second the label (a two-column CSV,
/// Kolada's KPI list `id,title,description,…`, Kolada's municipality list `id,title`). Applying
/// it gives a table in which columns and levels carry the labels; ``Relabelling`` keeps the codes.
public struct Codebook: Sendable, Hashable {
    /// Code (a column name or a level) → label.
    public var labels: [String: String]
    /// Code → direction, where the codebook's description says which value is better.
    public var directions: [String: OutcomeDirection]

    /// A codebook from pairs.
    public init(labels: [String: String] = [:], directions: [String: OutcomeDirection] = [:]) {
        self.labels = labels
        self.directions = directions
    }

    /// Reads a codebook from a table: code in the first column, label in the second; a column
    /// named `description`/`beskrivning` gives directions where it states one. Throws when the
    /// table has fewer than two columns or no codes.
    public static func read(_ table: DataTable) throws -> Codebook {
        guard table.columns.count >= 2 else {
            throw CodebookError.tooFewColumns(table.source, found: table.columns.count)
        }
        let codes = table.columns[0]
        let names = table.columns[1]
        let description = table.columns.first {
            ["description", "beskrivning"].contains(ColumnName.key($0.name))
        }
        var book = Codebook()
        for row in 0..<table.rowCount {
            let code = codes.text(at: row).trimmingCharacters(in: .whitespaces)
            let label = names.text(at: row).trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty, !label.isEmpty, codes.missingReason(at: row) == nil else { continue }
            book.labels[code] = label
            if let description, let stated = OutcomeDirection.stated(inDescription: description.text(at: row)) {
                book.directions[code] = stated
            }
        }
        guard !book.labels.isEmpty else { throw CodebookError.empty(table.source) }
        return book
    }

    /// The label of a code, if the codebook has one.
    public func label(_ code: String) -> String? {
        labels[code]
    }
}

/// Why a codebook could not be read.
public enum CodebookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Fewer than two columns.
    case tooFewColumns(String, found: Int)
    /// No row with both a code and a label.
    case empty(String)

    /// The message in Swedish, naming the file.
    public var description: String {
        switch self {
        case .tooFewColumns(let file, let found):
            "\(file): en kodlista behöver två kolumner – kod och etikett – men filen har \(found)."
        case .empty(let file):
            "\(file): kodlistan har ingen rad med både kod och etikett."
        }
    }
}
