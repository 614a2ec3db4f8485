/// The goals' addresses.
extension Paths {
    static let goals = "/goals"
    static func goal(_ id: Int64) -> String { "\(goals)/\(id)" }
}
