import Foundation

/// Whether `actual` is within `relative` relative error of `expected` (or `absolute` near zero).
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-300) -> Bool {
    if actual == expected { return true }
    return abs(actual - expected) <= max(relative * abs(expected), absolute)
}
