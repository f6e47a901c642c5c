@testable import EnvCheckCore
import Testing

/// `firstIndex(ofASCII:)` finds what `firstIndex(of: Character)` finds, bytes or no bytes.
struct ASCIISearchTests {
    @Test(arguments: [
        "", "=", "A=1", "A==1", "no equals", "KEY=é", "é=1", "e\u{301}=1", "A=\u{301}1", "A\r\n=1", "A=\r\n",
        "CLÉ=x=y", "=\u{301}", "a=b=c", "日本=語",
    ])
    func findsWhatTheCharacterSearchFinds(text: String) {
        #expect(text.firstIndex(ofASCII: UInt8(ascii: "=")) == text.firstIndex(of: "="))
    }

    @Test func findsItInASubstringBasedString() {
        let text = String("xxA=1".dropFirst(2))
        #expect(text.firstIndex(ofASCII: UInt8(ascii: "=")).map { text.distance(from: text.startIndex, to: $0) } == 1)
    }
}
