package nlp

import (
	"syscall"
	"unsafe"
)

// makeHuge makes a slice of n zero values and asks the kernel to back its
// 2 MB-aligned interior with huge pages. The weight tables are read at
// random, and with 4 KB pages nearly every lookup also misses the TLB.
// The advice is best effort: where it is refused the slice works the same.
func makeHuge[T any](n int) []T {
	s := make([]T, n)
	if n == 0 {
		return s
	}
	const huge = 2 << 20
	size := uintptr(n) * unsafe.Sizeof(s[0])
	start := uintptr(unsafe.Pointer(&s[0]))
	lo := (start + huge - 1) &^ (huge - 1)
	hi := (start + size) &^ (huge - 1)
	if hi > lo {
		b := unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), size)
		_ = syscall.Madvise(b[lo-start:hi-start], syscall.MADV_HUGEPAGE)
	}
	return s
}
