#if canImport(Glibc)
import Glibc
#endif

/// Tunes the C allocator for a short-lived process that builds large trees and exits.
///
/// By default glibc gives blocks of 128 KiB and more their own `mmap`, and returns freed memory at
/// the top of the heap to the system: the next large array (a growing node list, a sorted copy)
/// then takes fresh pages, each one a page fault on first touch. Keeping every block in the heap
/// and never trimming it lets freed memory be reused instead, and backing the heap with
/// transparent huge pages makes the first touch of fresh memory one fault per 2 MiB. Nothing else
/// changes, and the process exits soon after.
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
        // M_TOP_PAD is -2: grow the heap by 64 MiB at once (address space only, pages are still
        // taken on first touch), so that the whole heap a run uses can be advised below.
        _ = mallopt(-2, 64 << 20)
        adviseHugePages()
        #endif
    }

    #if canImport(Glibc)
    /// Asks the kernel to back the heap with transparent huge pages (what glibc's own
    /// `glibc.malloc.hugetlb=1` tunable does, which only an environment variable can set): a
    /// large run then takes one fault per 2 MiB instead of one per 4 KiB page.
    private static func adviseHugePages() {
        // A block larger than what is left at the top makes malloc grow the heap now, padded.
        guard let first = malloc(1 << 20) else { return }
        defer { free(first) }
        let pageSize = UInt(sysconf(Int32(_SC_PAGESIZE)))
        let start = UInt(bitPattern: first) & ~(pageSize - 1)
        guard let top = sbrk(0) else { return }
        let end = UInt(bitPattern: top)
        guard end > start, let base = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(base, Int(end - start), MADV_HUGEPAGE)
    }
    #endif
}
