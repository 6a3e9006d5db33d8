package postgres

import (
	"context"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/dyadproject/dyad/relate"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/storetest"
)

// benchStore opens the synthetic store of 1,000,000 events (storetest's
// generator, seed 1, as store/sqlite's benchmarks) in schema dyadbench1m of
// the DYAD_TEST_POSTGRES database, generating it on first use.
func benchStore(b *testing.B) *Store {
	b.Helper()
	base := os.Getenv(pgtest.Env)
	if base == "" {
		b.Skipf("%s not set", pgtest.Env)
	}
	ctx := context.Background()
	admin, err := Open(ctx, base)
	if err != nil {
		b.Fatal(err)
	}
	admin.pool.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS dyadbench1m`)
	admin.Close()
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", "dyadbench1m")
	u.RawQuery = q.Encode()
	st, err := Open(ctx, u.String())
	if err != nil {
		b.Fatal(err)
	}
	n, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if n.Events == 0 {
		start := time.Now()
		if err := storetest.Generate(ctx, st, 1_000_000, 50_000, 1); err != nil {
			b.Fatal(err)
		}
		st.pool.Exec(ctx, "VACUUM ANALYZE events")
		b.Logf("generated 1,000,000 events in %s", time.Since(start).Round(time.Millisecond))
	} else if n.Events < 1_000_000 {
		b.Fatalf("schema dyadbench1m holds %d events, want 1,000,000 (drop it to regenerate)", n.Events)
	}
	return st
}

// BenchmarkRelations1M is `dyad relations A B` (series, change detection,
// last events of every kind, volume, latest ten) on PostgreSQL.
func BenchmarkRelations1M(b *testing.B) {
	st := benchStore(b)
	defer st.Close()
	ctx := context.Background()
	for _, c := range []struct{ name, a, bb string }{{"CHN-PRK", "CHN", "PRK"}, {"JPN-KOR", "JPN", "KOR"}, {"PRK", "PRK", ""}} {
		b.Run(c.name, func(b *testing.B) {
			var r relate.Report
			for b.Loop() {
				var err error
				if r, err = relate.Relations(ctx, st, c.a, c.bb, "", 10); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(r.Events), "events")
		})
	}
	b.Run("EventsPage", func(b *testing.B) {
		for b.Loop() {
			n := 0
			if err := st.Events(ctx, store.Query{A: "CHN", B: "PRK", Limit: 50}, func(store.Event) error { n++; return nil }); err != nil || n != 50 {
				b.Fatal(n, err)
			}
		}
	})
}
