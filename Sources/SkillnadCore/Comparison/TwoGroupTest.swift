/// The test of a two-group difference in proportions: Pearson's chi-square, or Fisher's exact
/// test when any expected count is below 5.
public struct TwoGroupTest: Sendable, Hashable {
    /// Which test was used.
    public enum Method: String, Sendable, Codable {
        case chiSquare = "chi2"
        case fisherExact = "fisher"
        case welchT = "welch-t"
        case welchANOVA = "welch-anova"
        case none = "ingen"

        /// Swedish name.
        public var swedishName: String {
            switch self {
            case .chiSquare: "Pearsons χ²-test"
            case .fisherExact: "Fishers exakta test"
            case .welchT: "Welchs t-test"
            case .welchANOVA: "Welchs variansanalys"
            case .none: "inget test (aggregerade värden utan spridningsmått)"
            }
        }
    }

    /// The test used.
    public let method: Method
    /// Its statistic (X², t or F; the odds ratio for Fisher's test).
    public let statistic: Double
    /// Two-sided p-value.
    public let pValue: Double

    /// Tests two proportions.
    public init(_ first: Proportion, _ second: Proportion) {
        let chi = ChiSquareTest(successes: [first.successes, second.successes], totals: [first.n, second.n])
        if chi.minimumExpected < 5 {
            let fisher = FisherExactTest(
                a: Int(first.successes.rounded()), b: Int((first.n - first.successes).rounded()),
                c: Int(second.successes.rounded()), d: Int((second.n - second.successes).rounded()))
            method = .fisherExact
            statistic = fisher.oddsRatio
            pValue = fisher.pValue
        } else {
            method = .chiSquare
            statistic = chi.statistic
            pValue = chi.pValue
        }
    }

    /// Creates a test result directly.
    public init(method: Method, statistic: Double, pValue: Double) {
        self.method = method
        self.statistic = statistic
        self.pValue = pValue
    }
}
