/// The pages of this feature (`Templates/governance/`).
extension Template {
    static let governanceCockpit = Template("governance/cockpit")
    static let governanceIndicator = Template("governance/indicator")
    static let governanceIndicatorForm = Template("governance/indicator_form")
    static let governanceKKiK = Template("governance/kkik")
    static let governancePlanning = Template("governance/planning")
    static let governanceChecklist = Template("governance/checklist")
    static let governanceResources = Template("governance/resources")
}
