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
        useHugePages(mallopt)
        #endif
    }

    #if canImport(Glibc)
    /// Grows the heap by 64 MiB at once (M_TOP_PAD, -2) and asks for transparent huge pages on
    /// that part (what glibc's `glibc.malloc.hugetlb=1` tunable does): a 2 MiB page is one fault
    /// instead of 512. Where transparent huge pages are off, the request changes nothing.
    private static func useHugePages(_ mallopt: @convention(c) (Int32, Int32) -> Int32) {
        let pad = 64 << 20, hugePage = 2 << 20
        _ = mallopt(-2, Int32(pad))
        // A block larger than what is left at the top of the small start-up heap: the heap grows.
        // Called through its address, so that the compiler cannot drop the unused block.
        typealias Malloc = @convention(c) (Int) -> UnsafeMutableRawPointer?
        guard let symbol = dlsym(nil, "malloc") else { return }
        let before = UInt(bitPattern: sbrk(0))
        guard let block = unsafeBitCast(symbol, to: Malloc.self)(1 << 20) else { return }
        free(block)
        let after = UInt(bitPattern: sbrk(0))
        let start = (before + UInt(hugePage) - 1) & ~UInt(hugePage - 1)
        let end = after & ~UInt(hugePage - 1)
        guard before != 0, after > before, end > start, let base = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(base, Int(end - start), MADV_HUGEPAGE)
    }
    #endif
}
