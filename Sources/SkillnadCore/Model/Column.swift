/// One column of a ``DataTable``: categorical (dictionary-encoded text) or numeric.
///
/// Missing values keep their reason: a categorical missing value has a negative code
/// (``MissingReason/categoricalCode``), a numeric one is a NaN carrying the reason.
public struct Column: Sendable {
    /// Storage of the values.
    public enum Storage: Sendable {
        /// Text values as codes into `levels`; negative codes are missing.
        case categorical(codes: [Int32], levels: [String])
        /// Numbers; NaN is missing.
        case numeric([Double])
    }

    /// Column name as in the file's header.
    public var name: String
    /// The values.
    public var storage: Storage
    /// For numeric columns read from text: the decimal separator the file used.
    public var decimalSeparator: Character?
    /// For a text column whose values are mostly numbers: the first value that is not, so an
    /// analysis needing numbers can point at it.
    public var nonNumericExample: CellReference?

    /// Creates a column.
    public init(name: String, storage: Storage, decimalSeparator: Character? = nil) {
        self.name = name
        self.storage = storage
        self.decimalSeparator = decimalSeparator
    }

    /// Creates a categorical column from text values; empty strings are missing.
    public init(name: String, text values: [String?]) {
        var levels: [String] = []
        var index: [String: Int32] = [:]
        let codes = values.map { value -> Int32 in
            guard let value else { return MissingReason.empty.categoricalCode }
            if let reason = MissingReason.recognise(Substring(value)) { return reason.categoricalCode }
            if let code = index[value] { return code }
            let code = Int32(levels.count)
            levels.append(value)
            index[value] = code
            return code
        }
        self.init(name: name, storage: .categorical(codes: codes, levels: levels))
    }

    /// Creates a numeric column; nil is a missing (empty) value.
    public init(name: String, numbers values: [Double?]) {
        self.init(name: name, storage: .numeric(values.map { $0 ?? MissingReason.empty.nanValue }))
    }

    /// Number of rows.
    public var count: Int {
        switch storage {
        case .categorical(let codes, _): codes.count
        case .numeric(let values): values.count
        }
    }

    /// Whether the column holds numbers.
    public var isNumeric: Bool {
        if case .numeric = storage { return true }
        return false
    }

    /// Whether any row has a value (not empty or a missing-value marker).
    public var hasValues: Bool {
        switch storage {
        case .numeric(let values): values.contains { !$0.isNaN }
        case .categorical(let codes, _): codes.contains { $0 >= 0 }
        }
    }

    /// The distinct values as people read them, sorted (numbers by value), at most `limit`.
    public func distinctValues(limit: Int = 20) -> (count: Int, values: [String]) {
        switch storage {
        case .categorical(_, let levels):
            return (levels.count, Array(LevelOrder.sorted(levels, ordered: false).prefix(limit)))
        case .numeric(let values):
            let distinct = Set(values.filter { !$0.isNaN })
            return (distinct.count, distinct.sorted().prefix(limit).map(SwedishFormat.plain))
        }
    }

    /// The levels of a categorical column (empty for numeric columns).
    public var levels: [String] {
        if case .categorical(_, let levels) = storage { return levels }
        return []
    }

    /// Why row `row` is missing, or nil when it holds a value.
    public func missingReason(at row: Int) -> MissingReason? {
        switch storage {
        case .categorical(let codes, _): MissingReason(categoricalCode: codes[row])
        case .numeric(let values): values[row].isNaN ? MissingReason(nanValue: values[row]) : nil
        }
    }

    /// The value at `row` as display text (missing values as their marker).
    public func text(at row: Int) -> String {
        switch storage {
        case .categorical(let codes, let levels):
            let code = codes[row]
            return code >= 0 ? levels[Int(code)] : (MissingReason(categoricalCode: code)?.marker ?? "")
        case .numeric(let values):
            let v = values[row]
            if v.isNaN { return MissingReason(nanValue: v).marker }
            return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
        }
    }

    /// The value of a row for people to read: numbers in Swedish notation (`9,856`), codes and
    /// labels as stored, missing values as their marker.
    public func displayText(at row: Int) -> String {
        if case .numeric(let values) = storage, !values[row].isNaN { return SwedishFormat.plain(values[row]) }
        return text(at: row)
    }

    /// Counts of missing values by reason.
    public var missingCounts: [MissingReason: Int] {
        var counts: [MissingReason: Int] = [:]
        switch storage {
        case .categorical(let codes, _):
            for code in codes where code < 0 {
                if let reason = MissingReason(categoricalCode: code) { counts[reason, default: 0] += 1 }
            }
        case .numeric(let values):
            for v in values where v.isNaN { counts[MissingReason(nanValue: v), default: 0] += 1 }
        }
        return counts
    }
}
