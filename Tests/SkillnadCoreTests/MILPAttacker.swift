import Foundation

@testable import SkillnadCore

/// The attack of the disclosure issue: every number a reader collected, every additive relation
/// between the tables (margins, periods summed into "alla perioder", the same people counted for
/// every outcome), non-negativity and integrality, solved for the bounds of every hidden count by
/// SciPy's mixed-integer solver (`scripts/attack/milp_attack.py`).
struct MILPAttacker {
    /// A hidden count the attacker tried to pin down.
    struct Finding: CustomStringConvertible {
        var cell: String
        var quantity: String
        var value: Double
        var low: Double
        var high: Double
        var description: String { "\(cell) \(quantity) = \(value): attacker's range [\(low), \(high)]" }
    }

    /// Whether python3 with SciPy is on this machine (CI installs it).
    static let available: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import scipy.optimize"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }()

    let view: ReaderView
    /// The true values of the same cells (from output without disclosure control).
    let truth: ReaderView
    let threshold: Double
    /// Whether every outcome counts the same people (no missing values), which the attacker uses.
    let samePeople: Bool

    /// Protected counts the attacker narrows to within ± threshold: with the outcome or without
    /// it (each must be consistent with 0 and with v + t), and n (with n + t).
    func attack() throws -> (findings: [Finding], targets: Int) {
        var variables = 0
        var index: [String: (e: Int, f: Int)] = [:]
        for (id, cell) in view.cells.sorted(by: { $0.key < $1.key }) where cell.n == nil {
            index[id] = (variables, variables + 1)
            variables += 2
        }
        // A linear form in the unknowns plus a constant.
        struct Form {
            var terms: [Int: Double] = [:]
            var constant = 0.0
        }
        func form(_ id: String, _ category: Int) -> Form {
            var f = Form()
            if let v = index[id] {
                f.terms[category == 0 ? v.e : v.f] = 1
            } else if let cell = view.cells[id], let n = cell.n {
                f.constant = category == 0 ? (cell.count ?? 0) : n - (cell.count ?? 0)
            }
            return f
        }
        var rows: [[Any]] = []
        func equation(_ parts: [(Form, Double)]) {
            var terms: [Int: Double] = [:]
            var constant = 0.0
            for (f, sign) in parts {
                for (v, c) in f.terms { terms[v, default: 0] += sign * c }
                constant += sign * f.constant
            }
            terms = terms.filter { abs($0.value) > 1e-12 }
            guard !terms.isEmpty else { return }
            let sorted = terms.sorted { $0.key < $1.key }
            rows.append([sorted.map(\.key), sorted.map(\.value), -constant])
        }
        // Tables collected: outcome, period and dimension set.
        var tables = Set<String>()
        for cell in view.cells.values {
            tables.insert(
                [cell.outcome, cell.period, cell.key.keys.sorted().joined(separator: "+")].joined(separator: "|"))
        }
        var seen = Set<String>()
        for cell in view.cells.values where !cell.key.isEmpty {
            for d in cell.key.keys {
                var marginKey = cell.key
                marginKey[d] = nil
                let lineId = ReaderView.id(cell.outcome, cell.period, marginKey) + "#" + d
                guard !seen.contains(lineId) else { continue }
                seen.insert(lineId)
                let marginId = ReaderView.id(cell.outcome, cell.period, marginKey)
                guard view.cells[marginId] != nil else { continue }
                let members = (view.levels[d] ?? []).map { level -> String in
                    var k = marginKey
                    k[d] = level
                    return ReaderView.id(cell.outcome, cell.period, k)
                }
                for category in 0..<2 {
                    equation([(form(marginId, category), -1)] + members.map { (form($0, category), 1) })
                }
            }
        }
        // "alla perioder" is the sum of the periods.
        for cell in view.cells.values where cell.period == "alla perioder" {
            let parts = view.periods.map { ReaderView.id(cell.outcome, $0, cell.key) }
            guard parts.allSatisfy({ view.cells[$0] != nil }) else { continue }
            let pooled = ReaderView.id(cell.outcome, cell.period, cell.key)
            for category in 0..<2 {
                equation([(form(pooled, category), -1)] + parts.map { (form($0, category), 1) })
            }
        }
        // The same people are counted for every outcome.
        if samePeople {
            let outcomes = Set(view.cells.values.map(\.outcome)).sorted()
            for cell in view.cells.values where cell.outcome == outcomes.first {
                for other in outcomes.dropFirst() {
                    let a = ReaderView.id(cell.outcome, cell.period, cell.key)
                    let b = ReaderView.id(other, cell.period, cell.key)
                    guard view.cells[b] != nil else { continue }
                    equation([(form(a, 0), 1), (form(a, 1), 1), (form(b, 0), -1), (form(b, 1), -1)])
                }
            }
        }
        // Targets: hidden counts that are protected.
        var targets: [(id: String, quantity: String, vars: [Int], value: Double, down: Bool)] = []
        let t = threshold
        for (id, v) in index.sorted(by: { $0.key < $1.key }) {
            guard let real = truth.cells[id], let n = real.n else { continue }
            let e = real.count ?? 0
            let f = n - e
            if e > 0 && e < t { targets.append((id, "med utfallet", [v.e], e, true)) }
            if f > 0 && f < t { targets.append((id, "utan utfallet", [v.f], f, true)) }
            if n > 0 && n < t { targets.append((id, "n", [v.e, v.f], n, false)) }
        }
        let model: [String: Any] = [
            "variables": variables, "rows": rows,
            "targets": targets.map { ["vars": $0.vars, "value": $0.value] as [String: Any] },
        ]
        let bounds = try Self.solve(model)
        var findings: [Finding] = []
        for (target, bound) in zip(targets, bounds) {
            let low = bound[0]
            let high = bound[1]
            let safe = high >= target.value + t - 1e-9 && (!target.down || low <= 1e-9)
            if !safe {
                findings.append(
                    Finding(cell: target.id, quantity: target.quantity, value: target.value, low: low, high: high))
            }
        }
        return (findings, targets.count)
    }

    static func solve(_ model: [String: Any]) throws -> [[Double]] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/attack/milp_attack.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let data = try JSONSerialization.data(withJSONObject: model)
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let decoded = try JSONSerialization.jsonObject(with: result) as? [[Any]] ?? []
        return decoded.map { pair in pair.map { ($0 as? NSNumber)?.doubleValue ?? .nan } }
    }
}
