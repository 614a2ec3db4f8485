/// Orders period labels as time (years, months, quarters, tertials), for callers outside the
/// module.
public enum PeriodOrder {
    /// Whether `a` comes before `b`.
    public static func before(_ a: String, _ b: String) -> Bool {
        PeriodKey(a) < PeriodKey(b)
    }
}
