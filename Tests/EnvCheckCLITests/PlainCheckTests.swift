import ArgumentParser
import Testing
@testable import envcheck

/// The plain-check fast path must read exactly what ArgumentParser reads, and leave everything
/// else to it.
struct PlainCheckTests {
    /// What ArgumentParser makes of `words` when they select `check` (nil for another command).
    private func parsed(_ words: [String]) throws -> LintArguments? {
        (try EnvCheckCommand.parseAsRoot(words) as? CheckCommand)?.options.arguments
    }

    @Test(arguments: [
        [], ["check"], [".env"], ["check", ".env"], ["check", "apps/api", ".env.production"],
        ["apps/api", ".env"], ["check", "check"], ["check", "fix"], ["./fix"], ["check", "help"], ["check", "rules"],
    ])
    func plainWordsReadAsArgumentParserReadsThem(words: [String]) throws {
        let fast = try #require(LintArguments.plainCheck(words[...]))
        #expect(fast == (try parsed(words)))
    }

    @Test(arguments: [
        ["fix"], ["fix", ".env"], ["print", ".env"], ["rules"], ["help"], ["probe"],
        ["--fix"], ["check", "--fix"], [".env", "--format", "json"], ["check", "-"], ["-"], ["--"],
        ["--version"], ["check", ""], ["-h"],
    ])
    func anythingElseGoesToArgumentParser(words: [String]) {
        #expect(LintArguments.plainCheck(words[...]) == nil)
    }
}
