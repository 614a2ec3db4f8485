import Foundation

/// The numbers of a comparison between two groups' cell statistics.
struct PairComparison {
    var estimate: Double
    var interval: Interval?
    var ratio: Double?
    var ratioInterval: Interval?
    var method: TwoGroupTest.Method
    var statistic: Double?
    var pValue: Double?
    var standardDeviation: Double?
    var notes: [String] = []

    /// Compares `a` with `b` (a − b); nil when either group lacks data for the comparison.
    init?(_ a: CellStatistics, _ b: CellStatistics, kind: OutcomeKind) {
        guard a.n > 0, b.n > 0 else { return nil }
        switch kind {
        case .proportion:
            let pa = a.proportion
            let pb = b.proportion
            let difference = ProportionDifference(pa, pb)
            estimate = difference.value
            interval = difference.interval
            if pa.successes + pb.successes > 0 {
                let rr = RiskRatio(pa, pb)
                ratio = rr.value
                ratioInterval = rr.interval
                if rr.corrected { notes.append("Kvoten är beräknad med 0,5 tillagt i varje cell (nollceller).") }
            }
            let test = TwoGroupTest(pa, pb)
            method = test.method
            statistic = test.statistic
            pValue = test.pValue
            if test.method == .fisherExact {
                notes.append("Fishers exakta test: förväntat antal under 5 i någon cell.")
            }
        case .mean:
            guard a.n > 1, b.n > 1 else { return nil }
            let ma = a.mean
            let mb = b.mean
            let difference = MeanDifference(ma, mb)
            estimate = difference.value
            interval = difference.interval
            if ma.value > 0 && mb.value > 0 { ratio = difference.ratio }
            method = .welchT
            statistic = difference.test.statistic
            pValue = difference.test.pValue.isNaN ? nil : difference.test.pValue
            standardDeviation = ((ma.variance + mb.variance) / 2).squareRoot()
        case .value:
            let va = a.sum / a.n
            let vb = b.sum / b.n
            estimate = va - vb
            if va > 0 && vb > 0 { ratio = va / vb }
            method = .none
        }
    }
}
