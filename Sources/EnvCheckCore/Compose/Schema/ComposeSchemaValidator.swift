/// Checks a compose file's YAML tree against the Compose Specification and reports every problem
/// in one pass (compose itself stops at the first): unknown keys with a "did you mean", values of
/// the wrong type, strings compose cannot convert (`tty: maybe`, `mem_limit: lots`), enum values
/// (`restart`, `depends_on` conditions, `pull_policy`, port protocols) and names with bad characters.
///
/// The tree should already be interpolated; port syntax itself is the `invalid-port` rule's business.
public enum ComposeSchemaValidator {
    /// Every problem in `root`, in document order.
    public static func validate(_ root: YAMLNode) -> [ComposeSchemaProblem] {
        validate(root, interpolatedPaths: [])
    }

    /// Every problem in `root`, in document order. Values at `interpolatedPaths` (the `path`s of
    /// `ComposeVariableReference`s, e.g. `services.web.ports[0]`) came out of `${…}`: compose reads
    /// them as strings, so `hostname: ${HOST}` is a string even when `HOST` is `123`.
    /// The set is only made when a value needs it (a tagged one), which is rare.
    public static func validate(_ root: YAMLNode, interpolatedPaths: @autoclosure () -> Set<String>)
        -> [ComposeSchemaProblem] {
        let problems = withoutActuallyEscaping(interpolatedPaths) { interpolatedPaths in
            var walker = ComposeSchemaWalker(interpolatedPaths: interpolatedPaths)
            walker.check(root, against: ComposeSchema.root, path: "", key: nil)
            return walker.problems
        }
        return problems.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}
