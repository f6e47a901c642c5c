@testable import EnvCheckCore
import Testing

/// `Interpolator.expandSimpleReferences` (the fast path for templates of simple references) must give
/// exactly what the general expansion gives, wherever it answers at all.
struct InterpolatorSimpleReferencesTests {
    static let variables: [String: [UInt8]] = ["A": Array("1".utf8), "E": [], "LONG_NAME_9": Array("v a l".utf8)]

    static func general(_ template: [UInt8]) -> Interpolator.Result {
        Interpolator.expandInGeneral(template) { variables[$0].map { $0[...] } }
    }

    static func simple(_ template: [UInt8]) -> Interpolator.Result? {
        template.withUnsafeBufferPointer { Interpolator.expandSimpleReferences($0) { variables[$0].map { $0[...] } } }
    }

    static func same(_ one: Interpolator.Result, _ other: Interpolator.Result) -> Bool {
        one.value == other.value && one.references == other.references && one.errors == other.errors
    }

    @Test(arguments: [
        "${A}", "$A", "x${A}y", "${U}", "$U-z", "${A:-d}", "${U:-d}", "${E:-d}", "${E-d}", "${U-d}", "${A:+alt}",
        "${E:+alt}", "${E+alt}", "${U+alt}", "${U:?need}", "${E:?need}", "${E?need}", "${A?x}", "pre ${LONG_NAME_9:-x} post",
        "${A:-}", "${A-}", "a}b ${A}", "{ $A }", "$A\n{", "${A:-x}\r", "${A:-x}}", "${A:-x}\n}", "${A}\n}",
        "${A:-d}/n:${U:-latest}", "${A}${E}", "$A$U", "${U:?x} ${E:?y}", "{${A:-x}}", "${A:-x} ${U:-y}\n${E:-z}",
    ])
    func commonShapesTakeTheFastPathAndAgree(template: String) throws {
        let bytes = Array(template.utf8)
        let fast = try #require(Self.simple(bytes))
        #expect(Self.same(fast, Self.general(bytes)))
    }

    @Test(arguments: ["${A:-{x}}", "${A:-$B}", "$$A", "${A:x}", "${A:}", "${", "$", "${1}", "${A", "${A\u{212A}}",
                      "$A\u{17F}", "${A:-x\ny}", "${A} $1", "${A} ${"])
    func otherShapesAreLeftToTheGeneralPath(template: String) {
        #expect(Self.simple(Array(template.utf8)) == nil)
    }

    /// Thousands of templates from the bytes that matter to compose's rules.
    @Test func generatedTemplatesAgree() {
        let pieces: [[UInt8]] = ["$", "{", "}", ":", "-", "+", "?", "A", "E", "U", "_", "1", "x", " ", "\n", "\u{212A}"]
            .map { Array($0.utf8) }
        var generator = SplitMix64(seed: 0x5EED)
        var answered = 0
        for _ in 0..<40_000 {
            var template: [UInt8] = []
            for _ in 0..<Int(generator.next() % 9) { template += pieces[Int(generator.next() % UInt64(pieces.count))] }
            // Most have a reference or two to work on.
            for _ in 0..<Int(generator.next() % 3) {
                let start = ["${A", "${E", "${U", "$A", "${A:-", "${U:?", "${E:+"][Int(generator.next() % 7)]
                template.insert(contentsOf: Array(start.utf8), at: Int(generator.next() % UInt64(template.count + 1)))
            }
            guard let fast = Self.simple(template) else { continue }
            answered += 1
            let general = Self.general(template)
            #expect(Self.same(fast, general), "\(String(decoding: template, as: UTF8.self).debugDescription)")
        }
        #expect(answered > 5_000)
    }
}
