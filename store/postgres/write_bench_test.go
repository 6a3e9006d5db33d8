package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/storetest"
)

// BenchmarkAddDocument stores documents of three records each, over a few
// dyads, codes and dates so that about half the records merge into stored
// events (1,000 documents: 0.36 events a record): the write path
// with its rollups, one document an iteration.
func BenchmarkAddDocument(b *testing.B) {
	s, err := Open(context.Background(), pgtest.DSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	countries := []string{"CHN", "PRK", "KOR", "JPN", "RUS", "USA"}
	codes := []string{"051", "042", "111", "057", "193"}
	i := 0
	for b.Loop() {
		id := fmt.Sprintf("doc-%06d", i)
		recs := make([]event.Event, 3)
		for r := range recs {
			n := i*3 + r
			src, tgt := countries[n%6], countries[(n/6)%6]
			recs[r] = storetest.Rec(id, r, src+"GOV", tgt+"GOV", codes[(n/36)%5], fmt.Sprintf("2024-%02d-%02d", 1+(n/180)%6, 1+n%2),
				fmt.Sprintf("Statement %d of the benchmark.", n))
		}
		doc := store.Document{ID: id, Outlet: fmt.Sprint("outlet", i%7), Published: "2024-12-01",
			Text: fmt.Sprintf("Benchmark story %d with words of its own: %d %d %d.", i, i*7, i*13, i*31)}
		if _, err := s.AddDocument(ctx, doc, recs); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	st, _ := s.Stats(ctx)
	b.ReportMetric(float64(st.Events)/float64(st.Mentions), "events/record")
}
