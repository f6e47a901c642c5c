import Foundation
@testable import EnvCheckCore
import Testing

/// The compose model on real files in a scratch directory: precedence of the service
/// environment (measured against docker compose v2.40), COMPOSE_FILE, profiles, merging.
struct ComposeProjectTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("compose-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }

    func values(_ project: ComposeProject, _ service: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (project.resolvedEnvironment(of: service) ?? []).map { ($0.name, $0.text) })
    }

    @Test func envFilesSeeTheProjectThenTheServiceEnvironmentThenEarlierFiles() throws {
        try write(".env", "C=dotC\n")
        try write("one.env", "C=first\nH=h1\nN=${M}\n")
        try write("two.env", "E=${C}\nI=${H}\nH=h2\nJ=${H}\nF=${ENVONLY}\n")
        try write("compose.yml", """
        services:
          s:
            image: busybox
            env_file: [one.env, two.env]
            environment:
              ENVONLY: fromenvironment
              M:
              C: envC
        """)
        let project = try ComposeLoader.load(files: [directory + "/compose.yml"], environment: ProcessEnvironment(["M": "osM"]))
        let v = values(project, "s")
        #expect(v["C"] == "envC")
        #expect(v["E"] == "dotC")
        #expect(v["I"] == "h1")
        #expect(v["J"] == "h2")
        #expect(v["F"] == "fromenvironment")
        #expect(v["M"] == "osM")
        #expect(v["N"] == "osM")
    }

    /// A parse started ahead (see `YAMLParseAhead`) stands for its file once: named twice, the
    /// file is loaded twice, both times whole.
    @Test func aFileParsedAheadAndNamedTwiceIsLoadedTwice() throws {
        try write("compose.yml", "services:\n  s:\n    image: app:${TAG}\n")
        let path = directory + "/compose.yml"
        let ahead = try #require(YAMLParseAhead(startingOn: SourceFile(path: path, bytes: FileSystem.read(path))))
        let project = try ComposeLoader.load(files: [path, path], environment: ProcessEnvironment(["TAG": "1"]),
                                             parsedAhead: [ahead])
        #expect(project.files.count == 2)
        #expect(project.files.map { $0.root?["services"]?["s"]?["image"]?.scalar } == ["app:1", "app:1"])
    }

    @Test func bareEnvironmentEntryWithNothingToInheritIsLeftOut() throws {
        try write("compose.yml", "services:\n  s:\n    image: x\n    environment: [NOTSET, SET=1]\n")
        let project = try ComposeLoader.load(files: [directory + "/compose.yml"], environment: ProcessEnvironment())
        #expect(values(project, "s") == ["SET": "1"])
    }

    @Test func processEnvironmentBeatsTheProjectDotenvInInterpolation() throws {
        try write(".env", "TAG=fromdotenv\nPORT=1234\n")
        try write("compose.yml", "services:\n  s:\n    image: app:${TAG}\n    ports: [\"${PORT}:80\"]\n")
        let project = try ComposeLoader.load(files: [directory + "/compose.yml"], environment: ProcessEnvironment(["TAG": "os"]))
        #expect(project.service("s")?.image == "app:os")
        #expect(try project.service("s")?.ports.first?.mapping.get().published == 1234...1234)
    }

    @Test func composeFileVariableAndDefaultFilesAreHonoured() throws {
        try write("base.yml", "services:\n  a:\n    image: one\n    environment: [X=1, Y=2]\n")
        try write("extra.yml", "services:\n  a:\n    environment:\n      Y: 3\n  b:\n    image: two\n")
        try write(".env", "COMPOSE_FILE=base.yml:extra.yml\n")
        let project = try ComposeLoader.load(files: [], projectDirectory: directory, environment: ProcessEnvironment())
        #expect(project.files.count == 2)
        #expect(project.activeServiceNames == ["a", "b"])
        #expect(values(project, "a") == ["X": "1", "Y": "3"])
    }

    @Test func profilesDecideWhichServicesAreActive() throws {
        try write("compose.yml", "services:\n  db:\n    image: pg\n  cache:\n    image: redis\n    profiles: [cache]\n")
        let off = try ComposeLoader.load(files: [directory + "/compose.yml"], environment: ProcessEnvironment())
        #expect(off.activeServiceNames == ["db"])
        let on = try ComposeLoader.load(files: [directory + "/compose.yml"], environment: ProcessEnvironment(["COMPOSE_PROFILES": "cache"]))
        #expect(on.activeServiceNames == ["db", "cache"])
    }

    @Test func interpolationReferencesKeepTheirColumn() throws {
        try write("compose.yml", "services:\n  s:\n    image: \"app:${TAG}\"\n")
        let project = try ComposeLoader.load(files: [directory + "/compose.yml"], environment: ProcessEnvironment())
        let reference = try #require(project.files.first?.references.first)
        #expect(reference.name == "TAG")
        #expect(reference.location.line == 3)
        #expect(reference.location.column == 17)
        #expect(reference.path == "services.s.image")
    }
}
