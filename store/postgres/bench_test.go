package postgres

import (
	"cmp"
	"context"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyadproject/dyad/relate"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/storetest"
)

// benchStore opens the synthetic store of 1,000,000 events (storetest's
// generator, seed 1, as store/sqlite's benchmarks) in schema dyadbench1m
// (or $DYAD_BENCH_SCHEMA, to time a fresh generation beside it) of
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
	schema := cmp.Or(os.Getenv("DYAD_BENCH_SCHEMA"), "dyadbench1m")
	if _, err := admin.pool.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{schema}.Sanitize()); err != nil {
		b.Fatal(err)
	}
	admin.Close()
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	opened := time.Now()
	st, err := Open(ctx, u.String())
	if err != nil {
		b.Fatal(err)
	}
	// An older schema is migrated here: the rollups are built from the
	// events already stored.
	b.Logf("opened in %s (migrations included)", time.Since(opened).Round(time.Millisecond))
	n, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if n.Events == 0 {
		start := time.Now()
		if err := storetest.Generate(ctx, st, 1_000_000, 50_000, 1); err != nil {
			b.Fatal(err)
		}
		st.pool.Exec(ctx, "VACUUM ANALYZE events, dyad_month, dyad_last, dyad_total, actor_month")
		b.Logf("generated 1,000,000 events in %s", time.Since(start).Round(time.Millisecond))
	} else if n.Events < 1_000_000 {
		b.Fatalf("schema %s holds %d events, want 1,000,000 (drop it to regenerate)", schema, n.Events)
	}
	return st
}

// BenchmarkRelations1M is `dyad relations A B` (series, change detection,
// last events of every kind, volume, latest ten) on PostgreSQL.
func BenchmarkRelations1M(b *testing.B) {
	st := benchStore(b)
	defer st.Close()
	benchRelations(b, st)
}

// BenchmarkRelations1MNoRollup is the same on the events table alone (the
// queries of schema 1), for comparison under the same load.
func BenchmarkRelations1MNoRollup(b *testing.B) {
	st := benchStore(b)
	defer st.Close()
	st.noRollup = true
	benchRelations(b, st)
}

func benchRelations(b *testing.B, st *Store) {
	ctx := context.Background()
	for _, c := range []struct{ name, a, bb, since string }{
		{"CHN-PRK", "CHN", "PRK", ""}, {"CHN-PRK-since2023", "CHN", "PRK", "2023"}, {"JPN-KOR", "JPN", "KOR", ""},
		{"CHNGOV-PRKGOV", "CHNGOV", "PRKGOV", ""}, {"PRK", "PRK", "", ""},
	} {
		b.Run(c.name, func(b *testing.B) {
			var r relate.Report
			for b.Loop() {
				var err error
				if r, err = relate.Relations(ctx, st, c.a, c.bb, c.since, 10); err != nil {
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

// BenchmarkParts1M times each store query relate.Relations makes.
func BenchmarkParts1M(b *testing.B) {
	st := benchStore(b)
	defer st.Close()
	ctx := context.Background()
	for _, q := range []store.Query{{A: "CHN", B: "PRK"}, {A: "PRK"}} {
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
		b.Run(name+"/Latest10", func(b *testing.B) {
			for b.Loop() {
				q := q
				q.Limit = 10
				if err := st.Events(ctx, q, func(store.Event) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
