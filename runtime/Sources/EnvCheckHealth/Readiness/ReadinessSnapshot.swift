/// What readiness knows at one moment: the results of the latest round of checks.
public struct ReadinessSnapshot: Sendable {
    /// The latest result of each check, in the order the checks were given.
    public var results: [CheckResult]
    /// When the latest round ended (nil before the first round ends).
    public var completedAt: ContinuousClock.Instant?
    /// How many rounds have ended.
    public var rounds: Int

    /// The snapshot before any check has run.
    public static let pending = ReadinessSnapshot(results: [], completedAt: nil, rounds: 0)
}
