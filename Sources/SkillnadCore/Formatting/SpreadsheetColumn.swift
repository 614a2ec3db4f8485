/// Spreadsheet column letters: A, B, …, Z, AA, AB, … (bijective base 26).
public enum SpreadsheetColumn {
    /// The letters of a 0-based column index (`1` → `"B"`, `26` → `"AA"`).
    public static func letters(_ index: Int) -> String {
        var n = index + 1
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
