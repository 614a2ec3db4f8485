/// Bounds on everything a file's contents decide: a crafted file meets a clear error instead
/// of exhausting memory or time.
public enum ImportLimits {
    /// Columns in a table (Excel's own limit is 16 384; no analysable table comes near this).
    public static let columns = 2_000
    /// Rows in a worksheet (Excel's limit).
    public static let sheetRows = 1_048_576
    /// Columns addressable in a worksheet (Excel's limit, XFD).
    public static let sheetColumns = 16_384
    /// Bytes of a CSV header line.
    public static let headerBytes = 1 << 20
    /// Bytes unpacked from one part of a workbook.
    public static let unpackedBytes = 512 << 20
    /// Unpacked bytes per packed byte; ordinary XML compresses 5–20 times, bombs a thousand.
    public static let compressionRatio = 200
    /// Parts of a workbook smaller than this are not held to the ratio.
    public static let ratioFloor = 16 << 20
    /// Strings in a workbook's shared-string table.
    public static let sharedStrings = 5_000_000
}
