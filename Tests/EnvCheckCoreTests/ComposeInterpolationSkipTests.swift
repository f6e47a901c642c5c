@testable import EnvCheckCore
import Testing

/// Interpolation skips the subtrees the composer found no `$` in (`YAMLNode.mayContainDollar`);
/// the result must be exactly that of visiting every node.
struct ComposeInterpolationSkipTests {
    static let environment: [String: [UInt8]] = ["TAG": Array("1.2".utf8), "HOST": Array("db".utf8)]

    static let files: [String] = [
        // Anchors, aliases and merge keys carrying `$` into places that have none of their own.
        """
        x-base: &base
          image: app:${TAG}
          environment: {A: plain, B: "${HOST}:5432"}
        x-plain: &plain {restart: always, labels: [a, b]}
        services:
          web:
            <<: [*base, *plain]
            command: ["run", "$$HOME", "${MISSING:-x}"]
          worker:
            <<: *plain
            environment: *base
          quiet:
            image: busybox
            healthcheck: {test: [CMD, "true"], interval: 10s}
          broken:
            image: ${REQUIRED:?set it}
        """,
        // `$` only in keys (never interpolated), in a deep list, and in a second document.
        """
        services:
          app:
            image: nginx
            labels: {"$weird": value}
            volumes: [[[deep, "${HOST}"]]]
            ports: ["80:80", {target: 443}]
        ---
        services:
          app:
            hostname: ${HOST}
        """,
    ]

    @Test(arguments: files.indices)
    func skippingGivesWhatVisitingEveryNodeGives(index: Int) throws {
        let source = SourceFile(path: "compose.yaml", text: Self.files[index])
        let lookup: (String) -> [UInt8]? = { Self.environment[$0] }
        let document = YAMLLoader.load(source, alongsideParser: false)
        let loaded = try #require(document.roots.count > 1 ? ComposeMerge.merge(document.roots) : document.root)
        let skips = Self.flagsSkipSomething(loaded)
        #expect(skips, "nothing here exercises the skip")

        var skipping = loaded
        var first = ComposeInterpolation(source: source, lookup: lookup)
        first.interpolate(&skipping)

        var visiting = Self.everyFlagSet(loaded)
        var second = ComposeInterpolation(source: source, lookup: lookup)
        second.interpolate(&visiting)

        #expect(YAMLPipelineTests.render(skipping) == YAMLPipelineTests.render(visiting))
        #expect(first.references == second.references)
        #expect(first.errors == second.errors)
        #expect(!first.references.isEmpty)
    }

    /// The tree with every node saying it may contain `$` (setting `kind` does that).
    static func everyFlagSet(_ node: YAMLNode) -> YAMLNode {
        var copy = node
        switch node.kind {
        case .scalar: copy.kind = node.kind
        case .sequence(let items): copy.kind = .sequence(items.map(everyFlagSet))
        case .mapping(let pairs): copy.kind = .mapping(pairs.map { (everyFlagSet($0.key), everyFlagSet($0.value)) })
        }
        return copy
    }

    /// Whether some container is known to hold no `$`.
    static func flagsSkipSomething(_ node: YAMLNode) -> Bool {
        switch node.kind {
        case .scalar: false
        case .sequence(let items): !node.mayContainDollar || items.contains(where: flagsSkipSomething)
        case .mapping(let pairs): !node.mayContainDollar || pairs.contains { flagsSkipSomething($0.value) }
        }
    }
}
