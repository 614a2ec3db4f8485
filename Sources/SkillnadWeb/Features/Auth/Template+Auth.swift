/// The pages of this feature (`Templates/auth/`).
extension Template {
    static let login = Template("auth/login")
}
