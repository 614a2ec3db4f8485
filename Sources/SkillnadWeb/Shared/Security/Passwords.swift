import Foundation
import HummingbirdBcrypt
import NIOPosix

/// Password hashing with bcrypt, off the event loops.
public enum Passwords {
    /// bcrypt cost; `SKILLNAD_BCRYPT_COST` may lower it for tests (never below 4).
    static let cost: UInt8 = {
        if let text = ProcessInfo.processInfo.environment["SKILLNAD_BCRYPT_COST"], let value = UInt8(text) {
            return max(4, min(31, value))
        }
        return 12
    }()

    /// Shortest password accepted.
    public static let minimumLength = 12

    /// Hashes a password.
    public static func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Checks a password against a hash.
    public static func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A readable random password (for demo accounts), 16 characters.
    public static func generate() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// Why a new password is not acceptable, or nil.
    public static func problem(_ password: String, username: String) -> String? {
        if password.count < minimumLength { return "Lösenordet måste ha minst \(minimumLength) tecken." }
        if password.lowercased().contains(username.lowercased()) && !username.isEmpty {
            return "Lösenordet får inte innehålla användarnamnet."
        }
        return nil
    }
}
