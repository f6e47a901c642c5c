#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX thread running one closure, joined by its starter.
struct BackgroundThread {
    private let thread: pthread_t

    /// Starts `body` on a new thread; nil when the system refuses one (the caller then does the
    /// work itself).
    static func start(_ body: @escaping () -> Void) -> BackgroundThread? {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return nil
        }
        return BackgroundThread(thread: thread)
    }

    /// Waits for the closure to return.
    func join() {
        pthread_join(thread, nil)
    }

    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }
}
