/// Standard age bands for a numeric age used as a dimension.
struct AgeBands {
    let bounds: [(Double, Double?)]

    init(maximum: Double) {
        if maximum <= 21 {
            bounds = [(0, 5), (6, 12), (13, 17), (18, nil)]
        } else {
            bounds = [(0, 17), (18, 24), (25, 44), (45, 64), (65, 79), (80, nil)]
        }
    }

    func label(for age: Double) -> String {
        for (lo, hi) in bounds {
            if let hi {
                if age >= lo && age < hi + 1 { return "\(Int(lo))–\(Int(hi)) år" }
            } else if age >= lo {
                return "\(Int(lo))+ år"
            }
        }
        return "\(Int(bounds[0].0))–\(Int(bounds[0].1 ?? 0)) år"
    }
}
