import Foundation

/// Logistic regression on grouped binomial data with one covariate, fitted by iteratively
/// reweighted least squares: logit(πⱼ) = β₀ + β₁·xⱼ.
///
/// `priorWeights` multiply each group's log-likelihood, as the `weights` argument of R's `glm`
/// does together with `cbind(successes, failures)` (HEAT's slope and relative index of inequality).
public struct LogisticRegression: Sendable {
    /// Intercept β₀ and slope β₁.
    public let coefficients: (intercept: Double, slope: Double)
    /// Model-based covariance of (β₀, β₁): the inverse weighted information.
    public let covariance: [[Double]]
    /// Heteroscedasticity-consistent (HC1) sandwich covariance of (β₀, β₁).
    public let robustCovariance: [[Double]]

    /// Fits the model; returns nil when it cannot converge (for example complete separation).
    public init?(x: [Double], successes: [Double], trials: [Double], priorWeights: [Double]? = nil) {
        let k = x.count
        let w0 = priorWeights ?? [Double](repeating: 1, count: k)
        var b0 = 0.0
        var b1 = 0.0
        let total = successes.reduce(0, +) / trials.reduce(0, +)
        guard total > 0, total < 1 else { return nil }
        b0 = log(total / (1 - total))
        var converged = false
        var info = [[0.0, 0.0], [0.0, 0.0]]
        for _ in 0..<100 {
            var xtwx = [[0.0, 0.0], [0.0, 0.0]]
            var xtwz = [0.0, 0.0]
            for j in 0..<k {
                let eta = b0 + b1 * x[j]
                let mu = 1 / (1 + exp(-eta))
                let w = w0[j] * trials[j] * mu * (1 - mu)
                guard w > 0 else { continue }
                let z = eta + (successes[j] / trials[j] - mu) / (mu * (1 - mu))
                xtwx[0][0] += w
                xtwx[0][1] += w * x[j]
                xtwx[1][1] += w * x[j] * x[j]
                xtwz[0] += w * z
                xtwz[1] += w * x[j] * z
            }
            xtwx[1][0] = xtwx[0][1]
            let det = xtwx[0][0] * xtwx[1][1] - xtwx[0][1] * xtwx[1][0]
            guard det > 0, det.isFinite else { return nil }
            let nb0 = (xtwx[1][1] * xtwz[0] - xtwx[0][1] * xtwz[1]) / det
            let nb1 = (xtwx[0][0] * xtwz[1] - xtwx[1][0] * xtwz[0]) / det
            let change = abs(nb0 - b0) + abs(nb1 - b1)
            b0 = nb0
            b1 = nb1
            info = xtwx
            if change < 1e-12 * (1 + abs(b0) + abs(b1)) {
                converged = true
                break
            }
        }
        guard converged, b0.isFinite, b1.isFinite else { return nil }
        // Information at the solution.
        var xtwx = [[0.0, 0.0], [0.0, 0.0]]
        var meat = [[0.0, 0.0], [0.0, 0.0]]
        for j in 0..<k {
            let mu = 1 / (1 + exp(-(b0 + b1 * x[j])))
            let w = w0[j] * trials[j] * mu * (1 - mu)
            xtwx[0][0] += w
            xtwx[0][1] += w * x[j]
            xtwx[1][1] += w * x[j] * x[j]
            let score = w0[j] * (successes[j] - trials[j] * mu)
            meat[0][0] += score * score
            meat[0][1] += score * score * x[j]
            meat[1][1] += score * score * x[j] * x[j]
        }
        xtwx[1][0] = xtwx[0][1]
        meat[1][0] = meat[0][1]
        _ = info
        let det = xtwx[0][0] * xtwx[1][1] - xtwx[0][1] * xtwx[1][0]
        let bread = [[xtwx[1][1] / det, -xtwx[0][1] / det], [-xtwx[1][0] / det, xtwx[0][0] / det]]
        coefficients = (b0, b1)
        covariance = bread
        let factor = k > 2 ? Double(k) / Double(k - 2) : 1
        var sandwich = [[0.0, 0.0], [0.0, 0.0]]
        for r in 0..<2 {
            for c in 0..<2 {
                var s = 0.0
                for i in 0..<2 { for j in 0..<2 { s += bread[r][i] * meat[i][j] * bread[j][c] } }
                sandwich[r][c] = s * factor
            }
        }
        robustCovariance = sandwich
    }

    /// Predicted probability at covariate value `x`.
    public func predicted(at x: Double) -> Double {
        1 / (1 + exp(-(coefficients.intercept + coefficients.slope * x)))
    }
}
