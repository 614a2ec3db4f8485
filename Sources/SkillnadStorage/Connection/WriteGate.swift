/// Lets one writer at a time into SQLite, in arrival order.
///
/// SQLite takes one write lock for the whole file. Writers that each lease a pooled connection
/// and then wait for the lock starve readers of connections and run into the busy timeout; waiting
/// here instead, before any connection is leased, turns concurrent saves into a queue.
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` alone among the gate's writers.
    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await enter()
        defer { leave() }
        return try await body()
    }

    private func enter() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
