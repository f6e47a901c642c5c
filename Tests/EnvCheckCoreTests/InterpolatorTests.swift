@testable import EnvCheckCore
import Testing

struct InterpolatorTests {
    static func expand(_ template: String, _ variables: [String: String] = [:]) -> Interpolator.Result {
        Interpolator.expand(Array(template.utf8)) { variables[$0].map { Array($0.utf8) } }
    }

    @Test(arguments: [
        ("$A", "1"), ("${A}", "1"), ("$$A", "$A"), ("$1", "$1"), ("$ x", "$ x"), ("x$", "x$"),
        ("${U:-d}", "d"), ("${E:-d}", "d"), ("${E-d}", ""), ("${U-d}", "d"),
        ("${A:+alt}", "alt"), ("${E:+alt}", ""), ("${E+alt}", "alt"), ("${U+alt}", ""),
        ("${U:-${A}w}", "1w"), ("${A:-x}y}", "1y}"), ("${U:-{}", "{"), ("${a}", ""),
        ("${A:-x} ${U:-y}", "1 y"),
    ])
    func expandsLikeCompose(template: String, expected: String) {
        let result = Self.expand(template, ["A": "1", "E": ""])
        #expect(result.errors.isEmpty)
        #expect(String(decoding: result.value, as: UTF8.self) == expected)
    }

    @Test(arguments: ["${}", "${1}", "${A B}", "${A", "${A:x}", "${U:?need}", "${U?need}", "${E:?}", "${A:-${U:?x}}"])
    func failsLikeCompose(template: String) {
        #expect(!Self.expand(template, ["A": "1", "E": ""]).errors.isEmpty)
    }

    @Test func deepNestingStopsWithAnErrorNotACrash() {
        let depth = 5000
        let template = String(repeating: "${A:-", count: depth) + "x" + String(repeating: "}", count: depth)
        let result = Self.expand(template)
        #expect(result.errors.contains { $0.kind == .nestedTooDeeply })
    }

    @Test func manySubstitutionsOnOneLineAreLinear() {
        let template = String(repeating: "${A:-x}", count: 20000)
        let result = Self.expand(template)
        #expect(result.value.count == 20000)
    }
}
