package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/storetest"
)

// TestRollupsMatchEvents answers the same queries from the rollup tables and
// from the events table and wants the same answers, on a synthetic store
// plus documents whose mentions merge (one moving an event from a year-only
// date into a month).
func TestRollupsMatchEvents(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
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
		{B: "PRK", Directed: true}, {B: "PRKGOV", Directed: true, Since: "2021"}, {B: "CHN"},
	}
	type answer struct {
		Monthly []store.Bucket
		Latest  []string
		Dyads   []store.Dyad
	}
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
			if l.Event.Date != l.Date {
				t.Errorf("%+v: latest %s event dated %s", q, l.Date, l.Event.Date)
			}
			a.Latest = append(a.Latest, l.Cameo+" "+l.Date+" "+l.Previous)
		}
		if a.Dyads, err = s.Dyads(ctx, q, 30); err != nil {
			t.Fatal(err)
		}
		for i := range a.Monthly {
			a.Monthly[i].Goldstein = float64(int(a.Monthly[i].Goldstein*1000+0.5)) / 1000
		}
		for i := range a.Dyads {
			a.Dyads[i].Goldstein = float64(int(a.Dyads[i].Goldstein*1000+0.5)) / 1000
		}
		return a
	}
	for _, q := range queries {
		s.noRollup = false
		fast := ask(q)
		s.noRollup = true
		slow := ask(q)
		if len(slow.Monthly) == 0 || len(slow.Latest) == 0 {
			t.Errorf("%+v: empty answer", q)
		}
		if !reflect.DeepEqual(fast.Monthly, slow.Monthly) {
			t.Errorf("%+v: monthly from rollups differs from events:\n%v\n%v", q, fast.Monthly, slow.Monthly)
		}
		if !reflect.DeepEqual(fast.Latest, slow.Latest) {
			t.Errorf("%+v: latest from rollups differs from events:\n%v\n%v", q, fast.Latest, slow.Latest)
		}
		if !reflect.DeepEqual(fast.Dyads, slow.Dyads) {
			t.Errorf("%+v: dyads from rollups differ from events:\n%v\n%v", q, fast.Dyads, slow.Dyads)
		}
	}
	s.noRollup = false
	// The merged 2024 letter moved from the year-only bucket to March.
	m, _ := s.Monthly(ctx, store.Query{A: "CHNEDU", B: "PRKEDU", Cameo: "051", Since: "2024"})
	if len(m) != 1 || m[0].Month != "2024-03" || m[0].Events != 1 || m[0].Mentions != 3 {
		t.Errorf("merged letter buckets %+v", m)
	}
	// Reopening an old (schema 1) file fills the rollups from its events.
	if _, err := s.db.Exec("DROP TABLE actor_month; DROP TABLE dyad_total; DROP TABLE dyad_month; DROP TABLE dyad_last; DROP INDEX events_sd; DROP INDEX events_td; DROP INDEX events_scd; DROP INDEX events_src; DROP INDEX events_tgtd; DROP INDEX events_plover; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s = s2
	for _, q := range queries {
		fast := ask(q)
		s.noRollup = true
		slow := ask(q)
		s.noRollup = false
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("%+v: rollups filled by the migrations differ from events:\n%v\n%v", q, fast, slow)
		}
	}
}
