/// The pages of this feature (`Templates/explorer/`).
extension Template {
    static let explorerChoose = Template("explorer/choose")
    static let explorerCrossing = Template("explorer/crossing")
    static let explorerDifference = Template("explorer/difference")
    static let explorerExplore = Template("explorer/explore")
}
