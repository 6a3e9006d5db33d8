package sqlite

import (
	"context"
	"os"
	"testing"

	"github.com/dyadproject/dyad/store"
)

// loadQueries are the event lists the server's load test asks for, each as
// the server asks the store: a chunk of 200 rows, newest first.
var loadQueries = []struct {
	name string
	q    store.Query
}{
	{"newest", store.Query{Limit: 200}},
	{"CHN-to-PRK", store.Query{A: "CHN", B: "PRK", Directed: true, Limit: 200}},
	{"CHN-PRK", store.Query{A: "CHN", B: "PRK", Limit: 200}},
	{"JPN-quad4", store.Query{A: "JPN", Quad: 4, Limit: 200}},
	{"RUS-cameo05-2020-2022", store.Query{A: "RUS", Cameo: "05", Since: "2020", Until: "2022", Limit: 200}},
	{"USA-source-root19", store.Query{A: "USA", Directed: true, Cameo: "19", Limit: 200}},
	{"CHNGOV-PRKGOV", store.Query{A: "CHNGOV", B: "PRKGOV", Limit: 200}},
	{"PRKGOV", store.Query{A: "PRKGOV", Limit: 200}},
}

// BenchmarkEvents1M times one chunk of each of the server's event lists on
// the synthetic store of 1,000,000 events the relate benchmarks generate
// ($DYAD_BENCH_DB, default /tmp/dyad-bench-1m.db; skipped when missing).
func BenchmarkEvents1M(b *testing.B) {
	path := os.Getenv("DYAD_BENCH_DB")
	if path == "" {
		path = "/tmp/dyad-bench-1m.db"
	}
	if _, err := os.Stat(path); err != nil {
		b.Skipf("%s missing: run the relate 1M benchmarks to generate it", path)
	}
	st, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	for _, c := range loadQueries {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				n = 0
				if err := st.Events(ctx, c.q, func(store.Event) error { n++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "rows")
		})
	}
}

// BenchmarkPlover1M compares a page of 200 events of one PLOVER type (and
// towards one target) selected by the store (Query.Plover, B with
// Directed) with the way the server filtered before the store could: the
// unfiltered list asked in chunks of 200 rows and filtered row by row.
func BenchmarkPlover1M(b *testing.B) {
	path := os.Getenv("DYAD_BENCH_DB")
	if path == "" {
		path = "/tmp/dyad-bench-1m.db"
	}
	if _, err := os.Stat(path); err != nil {
		b.Skipf("%s missing: run the relate 1M benchmarks to generate it", path)
	}
	st, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	const page = 200
	for _, c := range []struct {
		name string
		q    store.Query
		keep func(e *store.Event) bool
	}{
		{"AID", store.Query{Plover: "AID"}, func(e *store.Event) bool { return e.Plover == "AID" }},
		{"JPN-SANCTION", store.Query{A: "JPN", Plover: "SANCTION"}, func(e *store.Event) bool { return e.Plover == "SANCTION" }},
		{"to-PRK", store.Query{B: "PRK", Directed: true}, func(e *store.Event) bool { return e.TargetCountry == "PRK" }},
	} {
		b.Run(c.name+"/store", func(b *testing.B) {
			q := c.q
			q.Limit = page
			n := 0
			for b.Loop() {
				n = 0
				if err := st.Events(ctx, q, func(store.Event) error { n++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "rows")
		})
		b.Run(c.name+"/filtered-chunks", func(b *testing.B) {
			// As the server did: the query without the filter (a target
			// alone was asked as either side), filtered here.
			q := c.q
			q.Plover = ""
			if q.A == "" && q.B != "" {
				q.A, q.B, q.Directed = q.B, "", false
			}
			q.Limit = page
			n := 0
			for b.Loop() {
				n = 0
				cq := q
				for n < page {
					got, last := 0, ""
					err := st.Events(ctx, cq, func(e store.Event) error {
						got++
						last = e.Cursor()
						if n < page && c.keep(&e) {
							n++
						}
						return nil
					})
					if err != nil {
						b.Fatal(err)
					}
					if got < page {
						break
					}
					cq.After = last
				}
			}
			b.ReportMetric(float64(n), "rows")
		})
	}
}
