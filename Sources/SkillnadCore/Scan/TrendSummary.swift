/// Per-group series over periods and the development of the gap between two groups.
public struct TrendSummary: Sendable, Hashable, Codable {
    /// One point of a series.
    public struct Point: Sendable, Hashable, Codable {
        /// Period label.
        public var period: String
        /// The group's result in the period.
        public var group: GroupResult
    }

    /// One group's series.
    public struct Series: Sendable, Hashable, Codable {
        /// Group label.
        public var label: String
        /// Points, oldest first.
        public var points: [Point]
    }

    /// The gap between two groups.
    public struct Gap: Sendable, Hashable, Codable {
        /// First group (gap = first − second).
        public var first: String
        /// Second group.
        public var second: String
        /// Periods used (both groups published).
        public var periods: [String]
        /// The gap per period.
        public var gaps: [Double]
        /// Change of the gap per period.
        public var slope: Double
        /// Lower bound of the slope.
        public var slopeLow: Double
        /// Upper bound of the slope.
        public var slopeHigh: Double
        /// p-value of the slope.
        public var pValue: Double
        /// q-value of the slope among every test in the scan.
        public var qValue: Double?
        /// Widening, narrowing or no certain change (after false-discovery-rate control).
        public var direction: GapTrend.Direction
    }

    /// Period labels, oldest first.
    public var periods: [String]
    /// Series per group, plus "Totalt".
    public var series: [Series]
    /// The gap analysis, when two groups have at least two published periods.
    public var gap: Gap?
}
