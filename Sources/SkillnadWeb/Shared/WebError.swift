import Hummingbird

/// Errors the application turns into Swedish pages or JSON.
public enum WebError: Error, Sendable {
    /// Not logged in.
    case loginRequired
    /// Logged in without the right role.
    case forbidden
    /// Nothing here.
    case notFound
    /// The CSRF token is missing or wrong.
    case csrf
    /// Too many attempts.
    case tooManyRequests(String)
    /// Bad input with a message for the user.
    case badRequest(String)
    /// The upload is larger than allowed.
    case tooLarge(Int)
    /// A form's text is larger than allowed.
    case formTooLarge

    /// HTTP status.
    var status: HTTPResponse.Status {
        switch self {
        case .loginRequired: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .csrf: .forbidden
        case .tooManyRequests: .tooManyRequests
        case .badRequest: .badRequest
        case .tooLarge, .formTooLarge: .contentTooLarge
        }
    }

    /// Swedish title and message.
    var message: (title: String, text: String) {
        switch self {
        case .loginRequired: ("Inloggning krävs", "Logga in för att fortsätta.")
        case .forbidden: ("Behörighet saknas", "Ditt konto har inte behörighet till den här sidan.")
        case .notFound: ("Sidan finns inte", "Adressen finns inte, eller så har innehållet tagits bort.")
        case .csrf:
            (
                "Formuläret har gått ut",
                "Formuläret kunde inte kontrolleras (CSRF-skydd). Ladda om sidan och försök igen."
            )
        case .tooManyRequests(let text): ("För många försök", text)
        case .badRequest(let text): ("Felaktig begäran", text)
        case .tooLarge(let mb): ("Filen är för stor", "Filer får vara högst \(mb) MB.")
        case .formTooLarge:
            (
                "Formuläret är för stort",
                "Texten i formuläret får vara högst 1 MB. Korta texten, eller dela upp den på flera fält eller sparningar."
            )
        }
    }
}
