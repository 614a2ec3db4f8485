import Foundation
import SkillnadCore

/// Builds one column while a file is read: dictionary codes for text, parsed numbers while
/// every value is a number, and what the column's decimal separator is.
struct ColumnBuilder {
    let name: String
    var codes: [Int32] = []
    var numbers: [Double] = []
    var dictionary = ByteDictionary()
    /// Whether codes are still collected (dropped for numeric columns with many values).
    var trackingCodes = true
    /// Whether numbers are still collected (dropped once a value is not a number).
    var numeric = true
    var numericCount = 0
    var textCount = 0
    var commaCount = 0
    var pointCount = 0
    var leadingZero = false
    var firstText: CellReference?
    /// Set when text appeared after codes were dropped: the column must be read again.
    var needsReparse = false

    init(name: String, capacity: Int) {
        self.name = name
        codes.reserveCapacity(capacity)
        numbers.reserveCapacity(capacity)
    }

    /// Whether the field is one of NA, N/A, NaN, null, #N/A (any case): "not available".
    static func isNotAvailable(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        func lower(_ c: UInt8) -> UInt8 { c | 0x20 }
        switch b.count {
        case 2: return lower(b[0]) == 0x6E && lower(b[1]) == 0x61
        case 3:
            return (lower(b[0]) == 0x6E && b[1] == 0x2F && lower(b[2]) == 0x61)
                || (lower(b[0]) == 0x6E && lower(b[1]) == 0x61 && lower(b[2]) == 0x6E)
        case 4:
            return (lower(b[0]) == 0x6E && lower(b[1]) == 0x75 && lower(b[2]) == 0x6C && lower(b[3]) == 0x6C)
                || (b[0] == 0x23 && lower(b[1]) == 0x6E && b[2] == 0x2F && lower(b[3]) == 0x61)
        default: return false
        }
    }

    mutating func append(_ field: UnsafeBufferPointer<UInt8>, row: Int) {
        if let reason = Self.missingReason(field) {
            if trackingCodes { codes.append(reason.categoricalCode) }
            if numeric { numbers.append(reason.nanValue) }
            return
        }
        if field.count >= 2 && field.count <= 4 && Self.isNotAvailable(field) {
            if trackingCodes { codes.append(dictionary.code(field)) }
            if numeric { numbers.append(MissingReason.empty.nanValue) }
            return
        }
        // Columns that are plainly text stop trying numbers (the mostly-numeric check needs none).
        let tryNumber = numeric || numericCount * 4 >= textCount || textCount < 1000
        if tryNumber, let parsed = NumberParser.parse(field) {
            numericCount += 1
            if numeric {
                numbers.append(parsed.value)
                switch parsed.separator {
                case .comma: commaCount += 1
                case .point: pointCount += 1
                case .none: break
                }
                if parsed.leadingZero { leadingZero = true }
            }
        } else {
            textCount += 1
            if numeric {
                numeric = false
                numbers = []
                firstText = CellReference(row: row, text: String(decoding: field, as: UTF8.self))
                if !trackingCodes { needsReparse = true }
            }
        }
        if trackingCodes {
            codes.append(dictionary.code(field))
            if numeric && dictionary.count > 5000 && numericCount > 20_000 {
                trackingCodes = false
                codes = []
            }
        }
    }

    /// Appends a typed number (from a spreadsheet cell).
    mutating func appendNumber(_ value: Double, row: Int) {
        numericCount += 1
        if numeric { numbers.append(value) }
        if trackingCodes {
            var text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            codes.append(text.withUTF8 { dictionary.code($0) })
        }
    }

    /// Appends text from a spreadsheet cell (parsed like a CSV field).
    mutating func appendText(_ text: String, row: Int) {
        var copy = text.trimmingCharacters(in: .whitespaces)
        copy.withUTF8 { append($0, row: row) }
    }

    /// The missing-value marker a field is, if any.
    static func missingReason(_ b: UnsafeBufferPointer<UInt8>) -> MissingReason? {
        switch b.count {
        case 0: return .empty
        case 1:
            if b[0] == 0x2D { return .missing }
            if b[0] == 0x2E { return .notApplicable }
            return nil
        case 2: return b[0] == 0x2E && b[1] == 0x2E ? .suppressedAtSource : nil
        case 3:
            if b[0] == 0xE2 && b[1] == 0x80 {
                if b[2] == 0xA6 { return .suppressedAtSource }  // …
                if b[2] == 0x93 || b[2] == 0x94 { return .missing }  // – —
            }
            return nil
        default: return nil
        }
    }

    /// The finished column.
    func finish() -> Column {
        if numeric && numericCount > 0 && !leadingZero {
            let separator: Character? = commaCount > pointCount ? "," : (pointCount > 0 ? "." : nil)
            return Column(name: name, storage: .numeric(numbers), decimalSeparator: separator)
        }
        var column = Column(name: name, storage: .categorical(codes: codes, levels: dictionary.strings()))
        if !numeric && numericCount >= 9 * textCount && numericCount > 0 { column.nonNumericExample = firstText }
        return column
    }
}
