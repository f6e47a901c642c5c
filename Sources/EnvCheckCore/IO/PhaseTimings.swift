#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `ENVCHECK_TIMINGS=1`: how long each phase of a run took, one stderr line per phase
/// (`envcheck timings: compose YAML 14.27 ms`), to see where the time of a large project goes.
/// Off, a phase end is one test of a flag.
///
/// Phases are ended from the thread that runs the command; each one lasts from the end of the
/// previous one (or the first call) to its own end.
public enum PhaseTimings {
    /// Whether timings are printed.
    public static let isOn = getenv("ENVCHECK_TIMINGS").map { String(cString: $0) != "0" } ?? false

    nonisolated(unsafe) private static var previous: Double?

    /// Ends the phase called `name` (and starts the next one).
    public static func end(_ name: String) {
        guard isOn else { return }
        let now = monotonicSeconds()
        if let previous {
            let milliseconds = (now - previous) * 1000
            let rounded = Double(Int(milliseconds * 100)) / 100
            StandardStreams.error("\(name) \(rounded) ms", prefix: "envcheck timings: ")
        }
        previous = now
    }

    /// Starts timing: the next phase lasts from here.
    public static func start() {
        guard isOn else { return }
        previous = monotonicSeconds()
    }

    private static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
