package postgres

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/storetest"
)

// TestRollupsMatchEvents answers the same queries from the rollup tables and
// from the events table and wants the same answers, on a synthetic store
// plus documents whose mentions merge (one moving an event from a year-only
// date into a month), then again after the migrations rebuilt the rollups
// from the events of a schema-1 store.
func TestRollupsMatchEvents(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	s := open(t, dsn)
	defer func() { s.Close() }()
	if err := storetest.Generate(ctx, s, 20000, 4000, 3); err != nil {
		t.Fatal(err)
	}
	docs := []struct {
		id   string
		recs []event.Event
	}{
		{"y1", []event.Event{storetest.Rec("y1", 0, "CHNEDU", "PRKEDU", "051", "2024", "A letter this year.")}},
		{"y2", []event.Event{storetest.Rec("y2", 0, "CHNEDU", "PRKEDU", "051", "2024-03-02", "The letter of March 2.")}},
		{"y3", []event.Event{storetest.Rec("y3", 0, "CHNEDU", "PRKEDU", "051", "2024-03", "A March letter."),
			storetest.Rec("y3", 1, "PRK", "CHN", "111", "2024-05-27", "A denunciation.")}},
	}
	for i, d := range docs {
		if _, err := s.AddDocument(ctx, store.Document{ID: d.id, Outlet: fmt.Sprint("o", i), Published: "2024-06-01", Text: "doc " + d.id}, d.recs); err != nil {
			t.Fatal(err)
		}
	}
	queries := []store.Query{
		{}, {A: "CHN", B: "PRK"}, {A: "CHN", B: "PRK", Directed: true}, {A: "PRK"}, {A: "PRK", Quad: 4},
		{A: "PRK", Since: "2020"}, {A: "USA", B: "CHN", Since: "2019-06", Until: "2021"}, {A: "JPN", Directed: true},
		{A: "CHNGOV", B: "PRKGOV"}, {A: "PRKMIL"}, {A: "KORGOV", B: "JPNGOV", Directed: true, Since: "2022"}, {A: "CHNEDU", B: "PRKEDU", Since: "2024"},
	}
	type answer struct {
		Monthly []store.Bucket
		Latest  []string
		Dyads   []store.Dyad
	}
	round := func(x float64) float64 { return math.Round(x*1000) / 1000 }
	ask := func(q store.Query) answer {
		var a answer
		var err error
		if a.Monthly, err = s.Monthly(ctx, q); err != nil {
			t.Fatal(err)
		}
		last, err := s.Latest(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range last {
			if l.Event.Date != l.Date || l.Event.Cameo != l.Cameo {
				t.Errorf("%+v: latest %s %s is event %s %s", q, l.Cameo, l.Date, l.Event.Cameo, l.Event.Date)
			}
			a.Latest = append(a.Latest, l.Cameo+" "+l.Date+" "+l.Previous)
		}
		if a.Dyads, err = s.Dyads(ctx, q, 30); err != nil {
			t.Fatal(err)
		}
		for i := range a.Monthly {
			a.Monthly[i].Goldstein = round(a.Monthly[i].Goldstein)
		}
		for i := range a.Dyads {
			a.Dyads[i].Goldstein = round(a.Dyads[i].Goldstein)
		}
		return a
	}
	compare := func(what string) {
		for _, q := range queries {
			s.noRollup = false
			fast := ask(q)
			s.noRollup = true
			slow := ask(q)
			s.noRollup = false
			if len(slow.Monthly) == 0 || len(slow.Latest) == 0 {
				t.Errorf("%+v: empty answer", q)
			}
			if !reflect.DeepEqual(fast.Monthly, slow.Monthly) {
				t.Errorf("%s, %+v: monthly from rollups differs from events:\n%v\n%v", what, q, fast.Monthly, slow.Monthly)
			}
			if !reflect.DeepEqual(fast.Latest, slow.Latest) {
				t.Errorf("%s, %+v: latest from rollups differs from events:\n%v\n%v", what, q, fast.Latest, slow.Latest)
			}
			if !reflect.DeepEqual(fast.Dyads, slow.Dyads) {
				t.Errorf("%s, %+v: dyads from rollups differ from events:\n%v\n%v", what, q, fast.Dyads, slow.Dyads)
			}
		}
	}
	compare("maintained on write")
	// The merged 2024 letter moved from the year-only bucket to March.
	m, _ := s.Monthly(ctx, store.Query{A: "CHNEDU", B: "PRKEDU", Since: "2024"})
	if len(m) != 1 || m[0].Month != "2024-03" || m[0].Events != 1 || m[0].Mentions != 3 {
		t.Errorf("merged letter buckets %+v", m)
	}
	// Reopening a schema-1 store fills the rollups from its events.
	if _, err := s.pool.Exec(ctx, `DROP TABLE feed_items, feeds, serve_tokens, actor_month, dyad_total, dyad_month, dyad_last; DROP INDEX events_sd, events_td, events_plover;
		UPDATE dyad_meta SET value = '1' WHERE key = 'schema_version'`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, dsn)
	compare("filled by the migrations")
}
