/// A command-line problem with a Swedish message and an exit code.
struct CLIError: Error {
    var message: String
    var code: Int32 = 64
}
