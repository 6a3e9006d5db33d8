package relate

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/sqlite"
	"github.com/dyadproject/dyad/store/storetest"
)

// benchStore opens the synthetic store of 1,000,000 events the relations
// benchmarks query, generating it on first use (about a minute) at
// $DYAD_BENCH_DB, default /tmp/dyad-bench-1m.db.
func benchStore(b *testing.B) *sqlite.Store {
	b.Helper()
	path := os.Getenv("DYAD_BENCH_DB")
	if path == "" {
		path = "/tmp/dyad-bench-1m.db"
	}
	_, statErr := os.Stat(path)
	st, err := sqlite.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	if statErr != nil {
		start := time.Now()
		if err := storetest.Generate(context.Background(), st, 1_000_000, 50_000, 1); err != nil {
			b.Fatal(err)
		}
		st.DB().Exec("ANALYZE")
		b.Logf("generated 1,000,000 events in %s", time.Since(start).Round(time.Millisecond))
	}
	n, err := st.Stats(context.Background())
	if err != nil || n.Events < 1_000_000 {
		b.Fatalf("%s holds %d events (%v), want at least 1,000,000", path, n.Events, err)
	}
	return st
}

// BenchmarkRelations1M is `dyad relations CHN PRK`: series, change
// detection, last events of every kind, the dyad's volume and the latest ten
// events, on the busiest dyad of the synthetic store.
func BenchmarkRelations1M(b *testing.B) {
	st := benchStore(b)
	defer st.Close()
	ctx := context.Background()
	for _, c := range []struct{ name, a, bb, since string }{
		{"CHN-PRK", "CHN", "PRK", ""},
		{"CHN-PRK-since2023", "CHN", "PRK", "2023"},
		{"JPN-KOR", "JPN", "KOR", ""},
		{"CHNGOV-PRKGOV", "CHNGOV", "PRKGOV", ""},
	} {
		b.Run(c.name, func(b *testing.B) {
			var r Report
			for b.Loop() {
				var err error
				if r, err = Relations(ctx, st, c.a, c.bb, c.since, 10); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(r.Events), "events")
		})
	}
}

// BenchmarkActor1M is `dyad relations PRK`: an actor with all its partners.
func BenchmarkActor1M(b *testing.B) {
	st := benchStore(b)
	defer st.Close()
	var r Report
	for b.Loop() {
		var err error
		if r, err = Relations(context.Background(), st, "PRK", "", "", 10); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(r.Events), "events")
}

// BenchmarkEventsPage1M is one page of a dyad's events (the server's list).
func BenchmarkEventsPage1M(b *testing.B) {
	st := benchStore(b)
	defer st.Close()
	for b.Loop() {
		n := 0
		if err := st.Events(context.Background(), store.Query{A: "CHN", B: "PRK", Limit: 50}, func(store.Event) error { n++; return nil }); err != nil || n != 50 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkParts1M times each store query relations makes.
func BenchmarkParts1M(b *testing.B) {
	st := benchStore(b)
	defer st.Close()
	ctx := context.Background()
	for _, q := range []store.Query{{A: "CHN", B: "PRK"}, {A: "PRK"}, {A: "CHNGOV", B: "PRKGOV"}} {
		name := q.A + "-" + q.B
		b.Run(name+"/Monthly", func(b *testing.B) {
			for b.Loop() {
				if _, err := st.Monthly(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/Latest", func(b *testing.B) {
			for b.Loop() {
				if _, err := st.Latest(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/Dyads", func(b *testing.B) {
			for b.Loop() {
				if _, err := st.Dyads(ctx, q, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/Events10", func(b *testing.B) {
			q := q
			q.Limit = 10
			for b.Loop() {
				if err := st.Events(ctx, q, func(store.Event) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
