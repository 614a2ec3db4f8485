/// Action plans (handlingsplaner, seed 004 F-9): what a goal or an analysis's decision is to be
/// carried out with — the area, where we stand, what we want to reach, who answers for it, the
/// activities with resources and follow-up, whether each is believed to lead to the goal, and
/// how far the plan has come.
struct ActionPlansFeature: WebFeature {
    let services: Services

    init(services: Services) {
        self.services = services
    }

    static var sections: [String] { [Paths.actionPlans] }

    func routes(_ routes: FeatureRoutes) {
        ActionPlanRoutes(services: services).register(routes)
    }
}
