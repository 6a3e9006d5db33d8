package postgres

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/storetest"
)

func open(t *testing.T, dsn string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t, pgtest.DSN(t)) })
}

func TestReopen(t *testing.T) {
	dsn := pgtest.DSN(t)
	s := open(t, dsn)
	if _, err := s.AddDocument(context.Background(), store.Document{ID: "a", Text: "some text here"}, nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, dsn)
	defer s.Close()
	var v string
	s.pool.QueryRow(context.Background(), `SELECT value FROM dyad_meta WHERE key = 'schema_version'`).Scan(&v)
	if v != fmt.Sprint(len(migrations)) {
		t.Errorf("schema version %q, want %d", v, len(migrations))
	}
	if ok, _ := s.HasDocument(context.Background(), "a"); !ok {
		t.Error("document lost across reopen")
	}
}

func TestRefuseForeign(t *testing.T) {
	dsn := pgtest.DSN(t)
	s := open(t, dsn)
	// Another program's tables of the same name and no dyad_meta.
	s.pool.Exec(context.Background(), `DROP TABLE mentions, doc_bands, events, documents, dyad_meta; CREATE TABLE documents (name TEXT)`)
	s.Close()
	if s, err := Open(context.Background(), dsn); err == nil {
		s.Close()
		t.Fatal("opened a schema with foreign tables")
	} else if !strings.Contains(err.Error(), "did not make") {
		t.Errorf("error %q", err)
	}
}

func TestRefuseNewer(t *testing.T) {
	dsn := pgtest.DSN(t)
	s := open(t, dsn)
	s.pool.Exec(context.Background(), `UPDATE dyad_meta SET value = '99' WHERE key = 'schema_version'`)
	s.Close()
	if s, err := Open(context.Background(), dsn); err == nil {
		s.Close()
		t.Fatal("opened a newer schema")
	} else if !strings.Contains(err.Error(), "newer than this dyad") {
		t.Errorf("error %q", err)
	}
}

// TestConcurrentWriters stores the same documents from several goroutines at
// once (as workers given redelivered messages do), each with records of the
// same acts: every document is stored once and every act is one event.
func TestConcurrentWriters(t *testing.T) {
	s := open(t, pgtest.DSN(t))
	defer s.Close()
	const docs, writers = 30, 4
	var wg sync.WaitGroup
	errs := make(chan error, docs*writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range docs {
				i := (i + w*7) % docs // each writer in another order
				id := fmt.Sprintf("doc-%02d", i)
				recs := []event.Event{
					storetest.Rec(id, 0, "CHNGOV", "PRKGOV", "051", "2024-09-09", "Xi sent a message."),
					storetest.Rec(id, 1, "RUSGOV", "PRKGOV", "057", fmt.Sprintf("2024-06-%02d", 1+i%3), "They signed."),
				}
				d := store.Document{ID: id, Outlet: fmt.Sprintf("outlet%d", i%5), Published: "2024-09-10",
					Text: fmt.Sprintf("Story number %d, written for a test of concurrent writers, with words of its own: %s.", i, strings.Repeat(fmt.Sprintf("w%d ", i), i%4+3))}
				if _, err := s.AddDocument(context.Background(), d, recs); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != docs || st.Mentions != 2*docs || st.Events != 4 {
		t.Errorf("stats %+v, want %d documents, %d mentions, 4 events (051 and three 057 dates)", st, docs, 2*docs)
	}
	var n int
	s.Events(context.Background(), store.Query{Cameo: "051"}, func(e store.Event) error {
		n++
		if e.Mentions != docs || e.Articles != docs || e.Sources != 5 {
			t.Errorf("051 event %+v: want %d mentions and articles from 5 sources", e, docs)
		}
		return nil
	})
	if n != 1 {
		t.Errorf("%d 051 events, want 1", n)
	}
	checkRollups(t, s, []store.Query{{A: "CHN", B: "PRK"}, {A: "PRK"}, {A: "CHNGOV", B: "PRKGOV"}, {A: "RUSGOV"}, {B: "PRK", Directed: true}, {B: "PRKGOV", Directed: true}, {}})
}

// checkRollups wants the same answers from the rollups as from the events.
func checkRollups(t *testing.T, s *Store, queries []store.Query) {
	t.Helper()
	ctx := context.Background()
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
			a.Latest = append(a.Latest, l.Cameo+" "+l.Date+" "+l.Previous+" "+l.Event.ID)
		}
		if a.Dyads, err = s.Dyads(ctx, q, 0); err != nil {
			t.Fatal(err)
		}
		for i := range a.Monthly {
			a.Monthly[i].Goldstein = math.Round(a.Monthly[i].Goldstein * 1000)
		}
		for i := range a.Dyads {
			a.Dyads[i].Goldstein = math.Round(a.Dyads[i].Goldstein * 1000)
		}
		return a
	}
	for _, q := range queries {
		fast := ask(q)
		s.noRollup = true
		slow := ask(q)
		s.noRollup = false
		if len(slow.Monthly) == 0 {
			t.Errorf("%+v: no events", q)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("%+v: rollups differ from events:\n%+v\n%+v", q, fast, slow)
		}
	}
}

// TestConcurrentBulkLoads has writers put events of the same dyads at once
// (their rollup rows are shared) while documents merge into them.
func TestConcurrentBulkLoads(t *testing.T) {
	s := open(t, pgtest.DSN(t))
	defer s.Close()
	const writers, batches, size = 4, 6, 50
	var wg sync.WaitGroup
	errs := make(chan error, writers*batches+writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				var evs []store.Event
				for i := range size {
					// Writers in opposite orders over the same dyads and months.
					j := i
					if w%2 == 1 {
						j = size - 1 - i
					}
					src, tgt := []string{"CHN", "PRK", "RUS"}[j%3], []string{"PRK", "JPN", "KOR"}[j%3]
					evs = append(evs, store.Event{ID: fmt.Sprintf("ef_%d_%d_%d", w, b, i), Source: src + "GOV", SourceCountry: src,
						Target: tgt + "GOV", TargetCountry: tgt, Cameo: []string{"051", "042", "111"}[j%3], Quad: 1 + j%4,
						Goldstein: float64(j%7) - 2.5, Date: fmt.Sprintf("2024-%02d-%02d", 1+j%12, 1+(w*batches+b)%28), Mentions: 1 + j%3, Sources: 1, Articles: 1})
				}
				if err := s.PutEvents(context.Background(), evs); err != nil {
					errs <- err
				}
			}
		}()
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := fmt.Sprint("doc-", w)
			recs := []event.Event{storetest.Rec(id, 0, "CHNGOV", "PRKGOV", "051", "2024-03", "A letter in March.")}
			if _, err := s.AddDocument(context.Background(), store.Document{ID: id, Outlet: id, Text: "A letter was sent in March, story " + id}, recs); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	checkRollups(t, s, []store.Query{{A: "CHN", B: "PRK"}, {A: "PRK"}, {A: "CHNGOV", B: "PRKGOV"}, {A: "RUS", Quad: 2}, {B: "KOR", Directed: true}, {}})
}

// TestLatestBeforeSince checks that "first since" reaches back before the
// query window, as the Store interface specifies.
func TestLatestBeforeSince(t *testing.T) {
	s := open(t, pgtest.DSN(t))
	defer s.Close()
	ev := func(id, date string) store.Event {
		return store.Event{ID: id, Source: "CHNGOV", SourceCountry: "CHN", Target: "PRKGOV", TargetCountry: "PRK",
			Cameo: "051", Quad: 1, Goldstein: 3.4, Date: date, Mentions: 1, Sources: 1, Articles: 1}
	}
	if err := s.PutEvents(context.Background(), []store.Event{ev("ef_1", "2023-09-09"), ev("ef_2", "2024-01-01"), ev("ef_3", "2024-09-09")}); err != nil {
		t.Fatal(err)
	}
	last, err := s.Latest(context.Background(), store.Query{A: "CHN", B: "PRK", Since: "2024-06"})
	if err != nil {
		t.Fatal(err)
	}
	if len(last) != 1 || last[0].Date != "2024-09-09" || last[0].Previous != "2024-01-01" || last[0].Event.ID != "ef_3" {
		t.Errorf("Latest since 2024-06 = %+v, want 2024-09-09 after 2024-01-01", last)
	}
	last, _ = s.Latest(context.Background(), store.Query{A: "CHN", B: "PRK", Since: "2025"})
	if len(last) != 0 {
		t.Errorf("Latest since 2025 = %+v, want nothing", last)
	}
}
