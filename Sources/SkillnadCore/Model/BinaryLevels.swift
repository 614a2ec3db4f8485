/// Recognises yes/no values of a binary outcome: ja/nej, j/n, yes/no, sant/falskt, true/false,
/// 1/0, beviljad/avslag.
public enum BinaryLevels {
    /// 1 for a "yes" value, 0 for a "no" value, nil otherwise.
    public static func value(of level: String) -> Double? {
        switch ColumnName.key(level) {
        case "ja", "j", "yes", "y", "sant", "true", "1", "x", "beviljad", "beviljat", "bifall", "ok", "godkand":
            1
        case "nej", "n", "no", "falskt", "false", "0", "avslag", "avslagen", "avslaget", "ejgodkand", "underkand":
            0
        default: nil
        }
    }
}
