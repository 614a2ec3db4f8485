import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// The Swedish message for an error shown to a user; internal errors get a generic text.
enum UserMessage {
    static func of(_ error: any Error) -> String {
        switch error {
        case let e as ImportError: e.description
        case let e as AnalysisError: e.message(.web)
        case let e as StorageError: e.description
        case let e as WebError: e.message.text
        default: "Ett oväntat fel inträffade. Inget sparades."
        }
    }
}
