import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadWeb

/// What readers may request from a dataset: set by an analyst, offered to readers, and the same
/// protected view for an analyst who looks "as a reader".
@Suite(.serialized) struct PublicationTests {
    @Test func analystSetsWhatReadersMayRequest() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let page = try await browser.get("/datasets/1")
                #expect(page.body.contains("Publicering för läsare"))
                #expect(page.body.contains("korsade högst två åt gången"))
                let section = try #require(page.body.components(separatedBy: "id=\"publicering\"").last)
                #expect(section.contains("name=\"_csrf\""), "the form carries the CSRF token under its real name")
                let saved = try await browser.post(
                    "/datasets/1/publication",
                    [("by", "kön"), ("by", "område"), ("depth", "2"), ("action", "save")])
                #expect(saved.status == .seeOther)
                let after = try await browser.get("/datasets/1?sparat=1")
                #expect(after.body.contains("Läsare kan jämföra efter kön, område, korsade högst två åt gången"))
                let none = try await browser.post("/datasets/1/publication", [("depth", "2"), ("action", "save")])
                #expect(none.status == .badRequest)
                // An analyst looking as a reader gets the published view.
                let asReader = try await browser.get(
                    "/explore?dataset=1&outcome=beviljad_insats&by=k%C3%B6n&by=omr%C3%A5de&cross=2&visning=publicering")
                #expect(asReader.status == .ok)
                #expect(asReader.body.contains("Publiceringsskydd"))
                let exact = try await browser.get(
                    "/explore?dataset=1&outcome=beviljad_insats&by=k%C3%B6n&by=omr%C3%A5de&cross=2")
                #expect(exact.body.contains("inte för publicering"))
                _ = try await browser.post("/logout", [])

                try await browser.login("lasare")
                let reader = try await browser.get("/explore?dataset=1&outcome=beviljad_insats&by=k%C3%B6n&cross=3")
                #expect(reader.status == .ok)
                #expect(reader.body.contains("Från det här datasetet publiceras kön, område korsade högst 2 åt gången"))
                #expect(!reader.body.contains("value=\"åldersgrupp\""), "only the frame's dimensions are offered")
                #expect(!reader.body.contains("Korsningar av tre"))
                #expect(try await browser.post("/datasets/1/publication", [("by", "kön")]).status == .forbidden)
                // A dimension outside the frame is refused in words, not numbers.
                let outside = try await browser.get(
                    "/api/v1/datasets/1/differences?outcome=beviljad_insats&by=%C3%A5ldersgrupp")
                #expect(outside.status != .ok)
            }
        }
    }
}
