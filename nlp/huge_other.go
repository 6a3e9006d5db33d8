//go:build !linux

package nlp

// makeHuge makes a slice of n zero values; huge pages are asked for on
// Linux only.
func makeHuge[T any](n int) []T { return make([]T, n) }
