/// The pages of this feature (`Templates/analyses/`).
extension Template {
    static let analysisConflict = Template("analyses/conflict")
    static let analysisHistory = Template("analyses/history")
    static let analysisList = Template("analyses/list")
    static let analysisNew = Template("analyses/new")
    static let analysisOverview = Template("analyses/overview")
    static let analysisReport = Template("analyses/report")
    static let analysisStep = Template("analyses/step")
}
