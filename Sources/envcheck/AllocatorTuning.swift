#if canImport(Glibc)
import Glibc
#endif

/// Tunes the C allocator for a short-lived process that builds large trees and exits.
///
/// By default glibc gives blocks of 128 KiB and more their own `mmap`, and returns freed memory at
/// the top of the heap to the system: the next large array (a growing node list, a sorted copy)
/// then takes fresh pages, each one a page fault on first touch. Keeping every block in the heap
/// and never trimming it lets freed memory be reused instead. Nothing else changes, and the
/// process exits soon after.
enum AllocatorTuning {
    /// Applies the tuning (with glibc's `mallopt`; elsewhere nothing happens).
    static func apply() {
        #if canImport(Glibc)
        // `mallopt` is not in the Glibc module (malloc.h): looked up by name, called as C.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        // glibc's malloc.h: M_TRIM_THRESHOLD is -1, M_MMAP_THRESHOLD is -3 (at most 32 MiB).
        _ = mallopt(-3, 32 << 20)
        _ = mallopt(-1, Int32.max)
        #endif
    }
}
