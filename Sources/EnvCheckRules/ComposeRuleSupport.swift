import EnvCheckCore

/// Helpers shared by the compose rules (`BuiltinRules+Compose.swift`): places of YAML nodes,
/// diagnostics at them, and the profile-aware severity of a finding.
extension Rule {
    /// A diagnostic at a node of a compose file, with the rule's severity unless given.
    func diagnostic(_ message: String, at node: YAMLNode, severity: Severity? = nil, help: String? = nil) -> Diagnostic {
        Diagnostic(ruleID: description.id, severity: severity ?? description.severity, message: message,
                   path: node.file, range: SourceRange(start: node.start, end: node.end), help: help)
    }

    /// A diagnostic at one place of a compose file (a `$` of a reference, a YAML problem).
    func diagnostic(_ message: String, file: String, at location: SourceLocation, severity: Severity? = nil,
                    help: String? = nil) -> Diagnostic {
        let end = SourceLocation(line: location.line, column: location.column + 1, offset: location.offset + 1)
        return Diagnostic(ruleID: description.id, severity: severity ?? description.severity, message: message,
                          path: file, range: SourceRange(start: location, end: end), help: help)
    }

    /// The severity of a finding about a service: the rule's for a service compose runs with the
    /// active profiles, a warning for one that only runs under a profile (compose ignores it until
    /// the profile is enabled).
    func severity(for service: ComposeService, in project: ComposeProject) -> Severity {
        service.isActive(profiles: project.activeProfiles) ? description.severity : .warning
    }
}

extension ComposeService {
    /// ` (profile debug)` for a service that is not running with the active profiles, else empty:
    /// appended to messages whose severity was lowered for that reason.
    func inactiveNote(in project: ComposeProject) -> String {
        guard !isActive(profiles: project.activeProfiles) else { return "" }
        let list = profiles.joined(separator: ", ")
        return profiles.count == 1 ? " (under profile \(list))" : " (under profiles \(list))"
    }
}

extension ComposeProject {
    /// Every `${VAR}` of every file with the file's path, each place once (aliases repeat nodes).
    var referencesWithFiles: [(file: String, reference: ComposeVariableReference)] {
        files.flatMap { file in file.references.map { (file.source.path, $0) } }
    }

    /// The references written inside `node` (a port entry, an environment value…).
    func references(in node: YAMLNode) -> [ComposeVariableReference] {
        guard let file = files.first(where: { $0.source.path == node.file }) else { return [] }
        return Array(file.references(in: node.start.offset..<max(node.end.offset, node.start.offset + 1)))
    }

    /// The interpolation errors written inside `node`.
    func interpolationErrors(in node: YAMLNode) -> [ComposeInterpolationError] {
        files.filter { $0.source.path == node.file }.flatMap(\.interpolationErrors).filter { node.contains($0.location) }
    }

    /// The ports (of every service) whose text depends on a variable that is unset and has no
    /// fallback: compose publishes what is left of the text (`:80` asks for a random host port).
    func portsWithUndefinedVariables() -> [(service: ComposeService, port: ComposeService.Port, names: [String])] {
        services.flatMap { service in
            service.ports.compactMap { port in
                let names = references(in: port.node).filter { !$0.isDefined && !($0.op?.suppliesFallback ?? false) }
                    .map(\.name)
                return names.isEmpty ? nil : (service, port, names)
            }
        }
    }
}

extension YAMLNode {
    /// Whether a place lies within the node as written.
    func contains(_ location: SourceLocation) -> Bool {
        location.offset >= start.offset && location.offset < max(end.offset, start.offset + 1)
    }

    /// Where the node was written, for messages: `line 12`, or `line 12 of other.yml` when the
    /// node is in another file than `file`.
    func lineDescription(relativeTo file: String) -> String {
        self.file == file ? "line \(start.line)" : "line \(start.line) of \(self.file)"
    }
}

/// A place in a file, to report each place once (aliases repeat nodes).
struct SourceLocationKey: Hashable {
    var file: String
    var offset: Int
}
