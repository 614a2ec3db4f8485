import Foundation

extension InequalityMeasures.Context {
    /// PAR = y_ref − μ and PAF = PAR / μ · 100, zero when the reference is not better than μ;
    /// intervals by HEAT's formula.
    func attributable(_ kind: InequalityMeasureKind) -> InequalityMeasure? {
        let ref = estimates[referenceIndex]
        var par = ref - mu
        if favourable && par < 0 || !favourable && par > 0 { par = 0 }
        let paf = par / mu * 100
        let refPopulation = groups[referenceIndex].population
        let total = groups.reduce(0) { $0 + $1.population }
        let c = ref / scale * refPopulation
        let d = refPopulation - c
        let a = mu / scale * total - c
        let b = total - a - refPopulation
        let bigN = a + b + c + d
        let pafSE = (c * bigN * (a * d * (bigN - c) + b * c * c) / (pow(a + c, 3) * pow(c + d, 3))).squareRoot()
        if kind == .populationAttributableFraction {
            // HEAT's formula gives the standard error of the fraction; PAF is in percent, so the
            // interval uses 100 · SE (the reference code omits this factor).
            let se = 100 * pafSE
            let interval = se.isFinite ? Interval(paf - Normal.z975 * se, paf + Normal.z975 * se) : nil
            return InequalityMeasure(kind: kind, value: paf, interval: interval)
        }
        let se = abs(mu * pafSE)
        let interval = se.isFinite ? Interval(par - Normal.z975 * se, par + Normal.z975 * se) : nil
        return InequalityMeasure(kind: kind, value: par, interval: interval)
    }

    /// Theil index × 1000 with HEAT's analytic standard error.
    func theil() -> InequalityMeasure? {
        let nonzero = estimates.map { $0 == 0 ? 0.000001 : $0 }
        let ratios = nonzero.map { $0 / mu }
        let value = 1000 * zip(shares, ratios).reduce(0) { $0 + $1.0 * $1.1 * log($1.1) }
        guard groups.allSatisfy({ $0.standardError != nil }) else {
            return InequalityMeasure(kind: .theilIndex, value: value)
        }
        let m = zip(shares, nonzero).reduce(0) { $0 + $1.0 * $1.1 }
        let r = nonzero.map { $0 / m }
        let sumU = zip(shares, r).reduce(0) { $0 + $1.0 * $1.1 * (1 + log($1.1)) }
        var variance = 0.0
        for j in groups.indices {
            let se = groups[j].standardError ?? 0
            variance += pow(1 + log(r[j]) - sumU, 2) * shares[j] * shares[j] * se * se / (m * m)
        }
        // HEAT scales the point estimate by 1000 but not its standard error; we scale both.
        let se = 1000 * variance.squareRoot()
        return InequalityMeasure(
            kind: .theilIndex, value: value, interval: Interval(value - Normal.z975 * se, value + Normal.z975 * se))
    }

    /// SII and RII: predicted values at the extremes of the rank scale, from a logistic regression
    /// of the subgroup counts on rank weighted by population (HEAT), or a weighted linear regression
    /// for non-binary indicators. Intervals by the delta method with HC1 standard errors.
    func regressionIndex(_ kind: InequalityMeasureKind) -> InequalityMeasure? {
        let x = ranks
        if binary {
            let trials = groups.map { $0.population.rounded(.up) }
            // R rounds half to even.
            let successes = zip(estimates, trials).map { ($0 / scale * $1).rounded(.toNearestOrEven) }
            guard
                let model = LogisticRegression(
                    x: x, successes: successes, trials: trials, priorWeights: trials)
            else { return nil }
            let b0 = model.coefficients.intercept
            let b1 = model.coefficients.slope
            let p0 = model.predicted(at: 0)
            let p1 = model.predicted(at: 1)
            let v = model.robustCovariance
            if kind == .slopeIndex {
                // Gradient of p1 − p0 with respect to (b0, b1).
                let g0 = p1 * (1 - p1) - p0 * (1 - p0)
                let g1 = p1 * (1 - p1)
                let variance = g0 * g0 * v[0][0] + 2 * g0 * g1 * v[0][1] + g1 * g1 * v[1][1]
                let se = variance.squareRoot() * scale
                let value = (p1 - p0) * scale
                return InequalityMeasure(
                    kind: kind, value: value, interval: Interval(value - Normal.z975 * se, value + Normal.z975 * se))
            }
            // ln RII = ln p1 − ln p0; gradient (1 − p1) − (1 − p0) = p0 − p1 on b0, (1 − p1) on b1.
            _ = (b0, b1)
            let g0 = p0 - p1
            let g1 = 1 - p1
            let variance = g0 * g0 * v[0][0] + 2 * g0 * g1 * v[0][1] + g1 * g1 * v[1][1]
            let se = variance.squareRoot()
            let rii = p1 / p0
            return InequalityMeasure(
                kind: kind, value: rii,
                interval: Interval(exp(log(rii) - Normal.z975 * se), exp(log(rii) + Normal.z975 * se)))
        }
        // Weighted least squares of the estimate on rank.
        let w = shares
        let sw = w.reduce(0, +)
        let mx = zip(w, x).reduce(0) { $0 + $1.0 * $1.1 } / sw
        let my = zip(w, estimates).reduce(0) { $0 + $1.0 * $1.1 } / sw
        var sxx = 0.0
        var sxy = 0.0
        for j in x.indices {
            sxx += w[j] * (x[j] - mx) * (x[j] - mx)
            sxy += w[j] * (x[j] - mx) * (estimates[j] - my)
        }
        let slope = sxy / sxx
        let intercept = my - slope * mx
        if kind == .slopeIndex { return InequalityMeasure(kind: kind, value: slope) }
        return InequalityMeasure(kind: kind, value: (intercept + slope) / intercept)
    }

    /// ACI = Σ pⱼ(2Xⱼ − 1)yⱼ and RCI = ACI / μ, with the standard error of the convenient
    /// regression (Kakwani, Wagstaff & van Doorslaer 1997) as HEAT computes it.
    func concentration(_ kind: InequalityMeasureKind) -> InequalityMeasure? {
        let x = ranks
        let sigma2 = zip(shares, x).reduce(0) { $0 + $1.0 * ($1.1 - 0.5) * ($1.1 - 0.5) }
        let relative = kind == .relativeConcentrationIndex
        let total = groups.reduce(0) { $0 + $1.population }
        let mean = zip(groups, estimates).reduce(0) { $0 + $1.0.population * $1.1 } / total
        let roots = groups.map { $0.population.squareRoot() }
        let lhs = estimates.indices.map { 2 * sigma2 * (relative ? estimates[$0] / mean : estimates[$0]) * roots[$0] }
        let rhs = x.indices.map { x[$0] * roots[$0] }
        // OLS of lhs on (rhs, roots) without an intercept.
        var a11 = 0.0, a12 = 0.0, a22 = 0.0, b1 = 0.0, b2 = 0.0
        for j in lhs.indices {
            a11 += rhs[j] * rhs[j]
            a12 += rhs[j] * roots[j]
            a22 += roots[j] * roots[j]
            b1 += rhs[j] * lhs[j]
            b2 += roots[j] * lhs[j]
        }
        let det = a11 * a22 - a12 * a12
        let coefficient = (a22 * b1 - a12 * b2) / det
        let intercept = (a11 * b2 - a12 * b1) / det
        var rss = 0.0
        for j in lhs.indices {
            let residual = lhs[j] - coefficient * rhs[j] - intercept * roots[j]
            rss += residual * residual
        }
        let dof = Double(lhs.count - 2)
        guard dof > 0 else { return InequalityMeasure(kind: kind, value: coefficient) }
        let se = (rss / dof * a22 / det).squareRoot()
        return InequalityMeasure(
            kind: kind, value: coefficient,
            interval: Interval(coefficient - Normal.z975 * se, coefficient + Normal.z975 * se))
    }
}
