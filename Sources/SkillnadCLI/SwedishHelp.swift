import Foundation

/// Translates the argument parser's English framing into Swedish.
enum SwedishHelp {
    static let replacements: [(String, String)] = [
        ("OVERVIEW:", "ÖVERSIKT:"), ("USAGE:", "ANVÄNDNING:"), ("ARGUMENTS:", "ARGUMENT:"), ("OPTIONS:", "FLAGGOR:"),
        ("SUBCOMMANDS:", "UNDERKOMMANDON:"), ("Show help information.", "Visa hjälp."),
        ("Show the version.", "Visa versionen."),
        ("See 'skillnad help <subcommand>' for detailed help.", "Se \"skillnad help <kommando>\" för mer hjälp."),
        ("(default: ", "(standard: "), ("Error: ", ""), ("Missing expected argument", "Saknar obligatoriskt argument"),
        ("Unknown option", "Okänd flagga"), ("Unexpected argument", "Oväntat argument"),
        ("Missing value for", "Värde saknas för"), ("is invalid for", "är ogiltigt för"), ("The value", "Värdet"),
        ("Unknown subcommand", "Okänt kommando"), ("Help:  ", "Hjälp:  "), ("Usage: ", "Användning: "),
        ("Unexpected arguments", "Oväntade argument"), ("Did you mean", "Menade du"),
        ("for more information.", "för mer information."), ("  See '", "  Se '"), ("<subcommand>", "<kommando>"),
        ("[<options>]", "[<flaggor>]"),
    ]

    static func translate(_ text: String) -> String {
        var result = text
        // "Please provide one of 'a', 'b' or 'c'." → "Ange ett av 'a', 'b' eller 'c'."
        if let range = result.range(of: #"Please provide one of ([^\n]*?)\."#, options: .regularExpression) {
            let choices = result[range].dropFirst("Please provide one of ".count).dropLast()
                .replacingOccurrences(of: "' or '", with: "' eller '")
            result.replaceSubrange(range, with: "Ange något av \(choices).")
        }
        for (english, swedish) in replacements { result = result.replacingOccurrences(of: english, with: swedish) }
        return result
    }
}
