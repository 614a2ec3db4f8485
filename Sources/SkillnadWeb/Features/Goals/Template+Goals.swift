/// The pages of this feature (`Templates/goals/`).
extension Template {
    static let goalList = Template("goals/list")
    static let goalShow = Template("goals/show")
}
