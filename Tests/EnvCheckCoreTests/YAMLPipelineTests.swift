@testable import EnvCheckCore
import Foundation
import Testing

/// Loading with libyaml on a second thread (large files) gives exactly what loading in turn gives,
/// problems and early stops included.
struct YAMLPipelineTests {
    /// A compose-like file of `services` services, well over the pipeline threshold for 500.
    static func services(_ count: Int) -> String {
        var text = "x-common: &common\n  restart: always\nservices:\n"
        for index in 0..<count {
            text += """
              svc\(index):
                <<: *common
                image: "registry/app:${TAG_\(index):-latest}"
                environment: {A: "1", B: 'two', C: [x, y]}
                ports:
                  - "\(20_000 + index):80"

            """
        }
        return text
    }

    static let cases: [(name: String, bytes: [UInt8])] = [
        ("valid", Array(services(500).utf8)),
        ("syntax error far in", Array((services(500) + "  broken: [1, 2\n  next: 3\n").utf8)),
        ("duplicate keys", Array((services(500) + "  svc7:\n    image: again\n").utf8)),
        ("invalid UTF-8 far in", Array(services(500).utf8) + [0xFF, 0xFE, 0x0A]),
        ("unknown alias far in", Array((services(500) + "  late: *nope\n").utf8)),
        ("alias bomb after a large prefix", Array((services(500) + bomb).utf8)),
        ("nesting after a large prefix", Array((services(500) + "deep: " + String(repeating: "[", count: 5_000)).utf8)),
        ("two documents", Array((services(300) + "---\n" + services(300)).utf8)),
    ]

    static let bomb: String = {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    @Test(arguments: cases.indices)
    func sameDocumentEitherWay(index: Int) {
        let (name, bytes) = Self.cases[index]
        let source = SourceFile(path: "compose.yaml", bytes: bytes)
        #expect(bytes.count >= ParallelWork.minimumInputBytes, "\(name) is too small to exercise the pipeline")
        let inTurn = YAMLLoader.load(source, alongsideParser: false)
        let alongside = YAMLLoader.load(source, alongsideParser: true)
        #expect(alongside.problems == inTurn.problems, "\(name)")
        #expect(alongside.roots.map(Self.render) == inTurn.roots.map(Self.render), "\(name)")
    }

    /// More events than the stream lets wait (`maximumQueued` full batches), so that a parser
    /// started ahead blocks until the composer catches up.
    /// (Each service is more than 20 events.)
    static let overflowingQueue = SourceFile(
        path: "big.yaml", text: services(YAMLEventStream.maximumQueued * YAMLEventBatch.capacity / 20))

    @Test func aParseStartedAheadWaitsForItsComposerAndGivesTheSameDocument() throws {
        let source = Self.overflowingQueue
        let ahead = try #require(YAMLParseAhead(startingOn: source))
        // Meanwhile, other work: the parser fills the queue and waits.
        let inTurn = YAMLLoader.load(source, alongsideParser: false)
        #expect(inTurn.problems.isEmpty)
        let loaded = YAMLLoader.load(ahead)
        #expect(loaded.problems == inTurn.problems)
        #expect(loaded.roots.map(Self.render) == inTurn.roots.map(Self.render))
    }

    @Test(.timeLimit(.minutes(1)))
    func aParseAheadDroppedUnloadedStopsItsThread() throws {
        // Each parser fills the queue and waits; dropping it must cancel and join, not hang.
        for _ in 0..<20 {
            _ = try #require(YAMLParseAhead(startingOn: Self.overflowingQueue))
        }
        #expect(YAMLParseAhead(source: SourceFile(path: "small.yaml", text: "a: 1\n")) == nil,
                "a small file is parsed in turn, not ahead")
    }

    @Test func startingFromAPathParsesOnlyALargeReadableFile() throws {
        let directory = NSTemporaryDirectory() + "envcheck-ahead-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let large = directory + "/large.yaml", small = directory + "/small.yaml"
        try Data(Self.services(1_000).utf8).write(to: URL(fileURLWithPath: large))
        try Data("a: 1\n".utf8).write(to: URL(fileURLWithPath: small))

        let ahead = YAMLParseAhead.start(path: large)
        #expect((ahead != nil) == ParallelWork.isWorthwhile(inputBytes: Self.services(1_000).utf8.count))
        if let ahead {
            #expect(ahead.source.bytes == Array(Self.services(1_000).utf8))
            #expect(YAMLLoader.load(ahead).roots.map(Self.render)
                    == YAMLLoader.load(ahead.source, alongsideParser: false).roots.map(Self.render))
        }
        #expect(YAMLParseAhead.start(path: small) == nil)
        #expect(YAMLParseAhead.start(path: directory + "/missing.yaml") == nil)
        #expect(YAMLParseAhead.start(path: directory) == nil)
    }

    @Test func aSmallFileIsLoadedInTurnAndStillRight() {
        let document = YAMLLoader.load(SourceFile(path: "c.yaml", text: "a: [1, {b: c}]\n"))
        #expect(document.root.map(Self.render) == "{a@1:1=[1@1:5, {b@1:9=c@1:12}]}")
    }

    /// Every node with its kind, text, quoting and start: enough to tell any two trees apart.
    static func render(_ node: YAMLNode) -> String {
        switch node.kind {
        case .scalar(let text, let quoted):
            return (quoted ? "\"\(text)\"" : text) + "@\(node.start.line):\(node.start.column)"
        case .sequence(let items):
            return "[" + items.map(render).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { "\(render($0.key).split(separator: "@")[0])@\($0.key.start.line):\($0.key.start.column)=\(render($0.value))" }
                .joined(separator: ", ") + "}"
        }
    }
}
