/// Action plans' addresses.
extension Paths {
    static let actionPlans = "/styrning/handlingsplaner"
    static func actionPlan(_ id: Int64) -> String { "\(actionPlans)/\(id)" }
}
