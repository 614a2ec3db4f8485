/// Finds suppressed cells that can still be recomputed from the published ones.
///
/// A suppressed cell is exposed when the lines, read as linear equations over the suppressed
/// cells, determine its value uniquely (its unit vector lies in the row space), or when a
/// line's known entries leave its suppressed members nothing but zero. Equations are solved
/// per connected component of suppressed cells by Gaussian elimination.
public enum DisclosureAudit {
    /// Indices of exposed suppressed cells.
    public static func recoverableCells(_ graph: DisclosureGraph, suppressed: [Bool]) -> [Int] {
        var exposed = Set<Int>()
        // Lines that leave only zero for their suppressed members.
        for line in graph.lines where !suppressed[line.margin] {
            let hidden = line.members.filter { suppressed[$0] }
            guard !hidden.isEmpty else { continue }
            let known = line.members.filter { !suppressed[$0] }.reduce(0.0) { $0 + graph.people[$1] }
            if abs(graph.people[line.margin] - known) < 1e-9 && hidden.contains(where: { graph.people[$0] == 0 }) {
                exposed.formUnion(hidden)
            }
        }
        // Linear determination, per component.
        let unknowns = suppressed.indices.filter { suppressed[$0] }
        var parent = Dictionary(uniqueKeysWithValues: unknowns.map { ($0, $0) })
        func find(_ x: Int) -> Int {
            var r = x
            while let p = parent[r], p != r { r = p }
            var c = x
            while let p = parent[c], p != r {
                parent[c] = r
                c = p
            }
            return r
        }
        let relevant = graph.lines.filter { line in
            suppressed[line.margin] || line.members.contains { suppressed[$0] }
        }
        for line in relevant {
            let hidden = ([line.margin] + line.members).filter { suppressed[$0] }
            for h in hidden.dropFirst() {
                let a = find(hidden[0])
                let b = find(h)
                if a != b { parent[a] = b }
            }
        }
        var components: [Int: [Int]] = [:]
        for u in unknowns { components[find(u), default: []].append(u) }
        var linesByComponent: [Int: [DisclosureGraph.Line]] = [:]
        for line in relevant {
            let first = ([line.margin] + line.members).first { suppressed[$0] }
            if let first { linesByComponent[find(first), default: []].append(line) }
        }
        for (root, cells) in components {
            let equations = linesByComponent[root] ?? []
            exposed.formUnion(determined(cells: cells, lines: equations, suppressed: suppressed))
        }
        return exposed.sorted()
    }

    /// Cells of one component whose value the equations fix.
    static func determined(cells: [Int], lines: [DisclosureGraph.Line], suppressed: [Bool]) -> [Int] {
        let column = Dictionary(uniqueKeysWithValues: cells.enumerated().map { ($1, $0) })
        var matrix: [[Double]] = lines.map { line in
            var row = [Double](repeating: 0, count: cells.count)
            if suppressed[line.margin], let c = column[line.margin] { row[c] -= 1 }
            for m in line.members where suppressed[m] {
                if let c = column[m] { row[c] += 1 }
            }
            return row
        }
        // Reduced row echelon form.
        var pivotColumns: [Int] = []
        var r = 0
        for c in 0..<cells.count where r < matrix.count {
            guard let p = (r..<matrix.count).max(by: { abs(matrix[$0][c]) < abs(matrix[$1][c]) }),
                abs(matrix[p][c]) > 1e-9
            else { continue }
            matrix.swapAt(r, p)
            let pivot = matrix[r][c]
            for j in 0..<cells.count { matrix[r][j] /= pivot }
            for i in 0..<matrix.count where i != r && abs(matrix[i][c]) > 1e-12 {
                let f = matrix[i][c]
                for j in 0..<cells.count { matrix[i][j] -= f * matrix[r][j] }
            }
            pivotColumns.append(c)
            r += 1
        }
        let pivots = Set(pivotColumns)
        var result: [Int] = []
        for (row, c) in pivotColumns.enumerated() {
            let free = (0..<cells.count).contains { j in !pivots.contains(j) && abs(matrix[row][j]) > 1e-9 }
            if !free { result.append(cells[c]) }
        }
        return result
    }
}
