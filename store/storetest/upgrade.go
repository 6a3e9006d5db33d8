package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/dyadproject/dyad/store"
)

// Upgrade fills old, a store opened at an older schema version, with
// synthetic events, closes it and opens it again with reopen (which brings
// the schema up to date). The upgraded store must list every event as the
// old one did, newest first, and select each PLOVER type alone (pages of
// a cursor, series, busiest dyads, latest codes) as the full list filtered
// here says. It returns the upgraded store, which the caller closes.
func Upgrade(t *testing.T, old store.Store, reopen func() store.Store) store.Store {
	t.Helper()
	ctx := context.Background()
	if err := Generate(ctx, old, 3000, 1000, 9); err != nil {
		t.Fatalf("filling the old store: %v", err)
	}
	before := all(t, old, store.Query{})
	if len(before) != 3000 {
		t.Fatalf("old store lists %d events, want 3000", len(before))
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s := reopen()
	after := all(t, s, store.Query{})
	if ids(after) != ids(before) {
		t.Errorf("after the upgrade %d events listed, before %d, or in another order", len(after), len(before))
	}
	for _, p := range []string{"AID", "SANCTION", "CONSULT", "CONCEDE"} {
		want := where(before, func(e store.Event) bool { return e.Plover == p })
		if len(want) == 0 {
			t.Fatalf("no %s events generated", p)
		}
		// Pages of 7 rows, each after the last row of the one before.
		var got []store.Event
		q := store.Query{Plover: p, Limit: 7}
		for {
			page := all(t, s, q)
			got = append(got, page...)
			if len(page) < q.Limit {
				break
			}
			q.After = page[len(page)-1].Cursor()
		}
		if ids(got) != ids(want) {
			t.Errorf("%s: %d events in pages after the upgrade, want %d in the same order", p, len(got), len(want))
		}
		months := map[string]int{}
		pairs := map[string]int{}
		for _, e := range want {
			if len(e.Date) >= 7 {
				months[fmt.Sprintf("%s/%d", e.Date[:7], e.Quad)]++
			}
			pairs[e.SourceCountry+">"+e.TargetCountry]++
		}
		bs, err := s.Monthly(ctx, store.Query{Plover: p})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, b := range bs {
			if months[fmt.Sprintf("%s/%d", b.Month, b.Quad)] != b.Events {
				t.Errorf("%s: month %s quad %d has %d events, want %d", p, b.Month, b.Quad, b.Events, months[fmt.Sprintf("%s/%d", b.Month, b.Quad)])
			}
			n++
		}
		if n != len(months) {
			t.Errorf("%s: %d monthly buckets, want %d", p, n, len(months))
		}
		ds, err := s.Dyads(ctx, store.Query{Plover: p}, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			if pairs[d.Source+">"+d.Target] != d.Events {
				t.Errorf("%s: dyad %s>%s has %d events, want %d", p, d.Source, d.Target, d.Events, pairs[d.Source+">"+d.Target])
			}
		}
		if len(ds) != len(pairs) {
			t.Errorf("%s: %d dyads, want %d", p, len(ds), len(pairs))
		}
		ls, err := s.Latest(ctx, store.Query{Plover: p})
		if err != nil {
			t.Fatal(err)
		}
		latest := map[string]string{}
		for _, e := range want {
			if latest[e.Cameo] < e.Date {
				latest[e.Cameo] = e.Date
			}
		}
		for _, l := range ls {
			if l.Event.Plover != p || latest[l.Cameo] != l.Date {
				t.Errorf("%s: latest %s on %s (%s), want on %s", p, l.Cameo, l.Date, l.Event.Plover, latest[l.Cameo])
			}
		}
		if len(ls) != len(latest) {
			t.Errorf("%s: latest of %d codes, want %d", p, len(ls), len(latest))
		}
	}
	return s
}
