package timex

import "testing"

// BenchmarkFind measures a news sentence with three expressions.
func BenchmarkFind(b *testing.B) {
	s := sentence("Putin travelled to Pyongyang in June, and on Wednesday, two days after the talks, Seoul protested, as it did last month.")
	ref := Date{2024, 9, 9}
	b.ReportAllocs()
	for b.Loop() {
		if len(Find(s, ref, Date{})) != 4 {
			b.Fatal("want 4 expressions")
		}
	}
}

// BenchmarkFindNone measures the common case: a sentence with no expression.
func BenchmarkFindNone(b *testing.B) {
	s := sentence("China has long been the North's main trading partner, and international monitors contend that Beijing continues to help Pyongyang dodge crippling economic sanctions.")
	ref := Date{2024, 9, 9}
	b.ReportAllocs()
	for b.Loop() {
		if len(Find(s, ref, Date{})) != 0 {
			b.Fatal("want none")
		}
	}
}
