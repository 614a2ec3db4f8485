/// Governance's addresses.
extension Paths {
    static let governance = "/styrning"
    static let indicatorsSection = "/styrning/indikatorer"
    static let kkik = "/styrning/kkik"
    static func indicator(_ id: Int64) -> String { "\(indicatorsSection)/\(id)" }
    static func indicatorEdit(_ id: Int64) -> String { indicator(id) + "/andra" }
    static func indicatorNew(goal: Int64?) -> String { indicatorsSection + "/ny" + (goal.map { "?mal=\($0)" } ?? "") }
}
