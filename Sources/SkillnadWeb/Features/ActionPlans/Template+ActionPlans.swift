/// The pages of this feature (`Templates/actionplans/`).
extension Template {
    static let actionPlanList = Template("actionplans/list")
    static let actionPlan = Template("actionplans/plan")
}
