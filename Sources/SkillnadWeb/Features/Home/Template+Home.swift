/// The pages of this feature (`Templates/home/`).
extension Template {
    static let home = Template("home/home")
}
