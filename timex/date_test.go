package timex

import (
	"fmt"
	"testing"
)

func TestDateStringMatchesZeroPadded(t *testing.T) {
	for _, y := range []int{1, 7, 99, 999, 1989, 2024, 9999, 10000, -5} {
		for m := 0; m <= 12; m++ {
			for d := 0; d <= 31; d++ {
				if m == 0 && d > 0 {
					continue
				}
				want := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				if d == 0 {
					want = fmt.Sprintf("%04d-%02d", y, m)
				}
				if m == 0 {
					want = fmt.Sprintf("%04d", y)
				}
				if got := (Date{y, m, d}).String(); got != want {
					t.Fatalf("Date{%d,%d,%d}.String() = %q, want %q", y, m, d, got, want)
				}
			}
		}
	}
}
