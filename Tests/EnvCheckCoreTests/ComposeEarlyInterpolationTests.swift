@testable import EnvCheckCore
import Testing

/// A compose file's services are interpolated while the file is composed (`YAMLEntryVisitor`),
/// the rest after. The result must be exactly that of composing first and interpolating the
/// whole tree after: values, references with their paths, errors, and which of an alias's
/// repeated references is kept.
struct ComposeEarlyInterpolationTests {
    static let environment: [String: [UInt8]] = ["TAG": Array("1.2".utf8), "HOST": Array("db".utf8), "DIR": Array("sub".utf8)]

    static let files: [String] = ComposeInterpolationSkipTests.files + [
        // A top-level scalar with an error, a list of entries, an anchored top-level entry (its
        // entries stay as written for the alias), a whole service that is an alias, a
        // duplicate service (dropped: not interpolated), and merges into `services` itself.
        """
        name: ${PROJECT:?name the project}
        include: ["${DIR}/a.yml", {path: "${DIR}/b.yml"}]
        x-shared: &shared
          image: app:${TAG}
          command: [echo, "$$HOST ${HOST}"]
        x-more: &more
          cache: {image: "redis:${TAG:-7}"}
        services:
          <<: *more
          web: &web
            <<: *shared
            environment: ["A=${HOST}", "B=${UNSET}"]
          api: *web
          web: {image: "${DUPLICATE:?never interpolated}"}
          worker:
            image: ${TAG:?required}
            entrypoint: ${BROKEN
          other: *shared
        volumes:
          data: {name: "${HOST}-data"}
        """,
        // Entries under an anchored top-level entry, aliased whole at the top level.
        """
        x-services: &svcs
          a: {image: "${TAG}"}
        services: *svcs
        networks:
          - ${HOST}
        """,
    ]

    @Test(arguments: files.indices, [false, true])
    func earlyInterpolationGivesWhatInterpolatingAfterGives(index: Int, alongsideParser: Bool) throws {
        let source = SourceFile(path: "compose.yaml", text: Self.files[index])
        let lookup: (String) -> [UInt8]? = { Self.environment[$0] }

        var early = ComposeInterpolation(source: source, lookup: lookup)
        let ahead = alongsideParser ? YAMLParseAhead(startingOn: source) : nil
        let document = YAMLLoader.load(source, parsedAhead: ahead, visitor: &early)
        let file = ComposeFile(source: source, lookup: lookup)

        let written = YAMLLoader.load(source, alongsideParser: false)
        var after = try #require(written.roots.count > 1 ? ComposeMerge.merge(written.roots) : written.root)
        var late = ComposeInterpolation(source: source, lookup: lookup)
        late.interpolate(&after)

        #expect(try YAMLPipelineTests.render(#require(file.root)) == YAMLPipelineTests.render(after))
        #expect(Self.sorted(file.interpolationErrors) == Self.sorted(late.errors))
        #expect(file.references == Self.firstOfEachPlaceInTreeOrder(late.references))
        if written.roots.count == 1 {
            var rest = try #require(document.root)
            early.interpolate(&rest)
            #expect(YAMLPipelineTests.render(rest) == YAMLPipelineTests.render(after))
            #expect(Self.sorted(early.references) == Self.sorted(late.references))
        }
        #expect(!late.references.isEmpty)
    }

    @Test func aDuplicateServiceIsNotInterpolated() {
        let source = SourceFile(path: "compose.yaml", text: Self.files[2])
        let file = ComposeFile(source: source) { Self.environment[$0] }
        #expect(!file.references.contains { $0.name == "DUPLICATE" })
        #expect(!file.interpolationErrors.contains { $0.variable == "DUPLICATE" })
        #expect(file.interpolationErrors.contains { $0.variable == "PROJECT" })
        #expect(file.references.first { $0.name == "TAG" && $0.location.line == 4 }?.path == "x-shared.image")

        // The services were expanded while composing; what is left was not.
        var early = ComposeInterpolation(source: source) { Self.environment[$0] }
        _ = YAMLLoader.load(source, parsedAhead: nil, visitor: &early)
        let paths = Set(early.references.map(\.path))
        #expect(paths.isSuperset(of: ["services.worker.image", "services.api.image", "services.web.environment[1]",
                                      "include[0]", "include[1].path", "volumes.data.name"]))
        #expect(paths.isDisjoint(with: ["name", "x-shared.image", "services.cache.image"]))
    }

    /// What the loader kept before interpolation started during composition: a stable sort by
    /// place, the first of each place in tree order.
    static func firstOfEachPlaceInTreeOrder(_ references: [ComposeVariableReference]) -> [ComposeVariableReference] {
        var kept: [ComposeVariableReference] = []
        for reference in references.enumerated().sorted(by: {
            ($0.element.location.offset, $0.element.name, $0.offset) < ($1.element.location.offset, $1.element.name, $1.offset)
        }).map(\.element) {
            if let last = kept.last, last.location.offset == reference.location.offset, last.name == reference.name { continue }
            kept.append(reference)
        }
        return kept
    }

    static func sorted(_ references: [ComposeVariableReference]) -> [String] {
        references.map { "\($0.location.offset) \($0.name) \($0.path) \($0.isDefined) \(String(describing: $0.op))" }.sorted()
    }

    static func sorted(_ errors: [ComposeInterpolationError]) -> [String] {
        errors.map { "\($0.location.offset) \($0.kind) \($0.variable ?? "") \($0.path)" }.sorted()
    }
}
