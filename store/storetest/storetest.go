// Package storetest is the test suite every store.Store backend must pass:
// call Run from the backend's tests with a function that opens an empty
// store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/store"
)

// Opener opens a new, empty store; the suite closes it.
type Opener func(t *testing.T) store.Store

// Run runs every case against stores from open.
func Run(t *testing.T, open Opener) {
	cases := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"Idempotent", testIdempotent},
		{"CopiesMerge", testCopiesMerge},
		{"DistinctStories", testDistinctStories},
		{"MergeKey", testMergeKey},
		{"Queries", testQueries},
		{"Latest", testLatest},
		{"Pagination", testPagination},
		{"Search", testSearch},
		{"PutEvents", testPutEvents},
		{"Event", testEvent},
		{"TargetAndPlover", testTargetAndPlover},
		{"Tokens", testTokens},
		{"Feeds", testFeeds},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			c.fn(t, s)
		})
	}
}

// Three short stories written for these tests. wireCopy is wire with the
// edits a reprinting outlet makes: a changed first clause, a dropped
// sentence, an added closing line.
const (
	wire = `SEOUL, Sept. 9 -- Chinese President Xi Jinping sent a message of congratulations to North Korean leader Kim Jong Un on Monday for the anniversary of the founding of the North Korean state, state media in Pyongyang reported. ` +
		`Xi said Beijing was ready to work with Pyongyang to strengthen strategic communication and deepen practical cooperation between the two neighbours. ` +
		`The message was the first publicly reported exchange between the two leaders since greetings for the new year in January, a gap that analysts in Seoul read as a sign of strain. ` +
		`Relations have looked cooler since Pyongyang signed a mutual defence treaty with Moscow in June, and China sent a lower-ranking delegation to events in the North this year. ` +
		`Kim has not yet replied in public, the report said.`
	wireCopy = `SEOUL, Sept. 10 -- China's President Xi Jinping sent a message of congratulations to North Korean leader Kim Jong Un on Monday for the anniversary of the founding of the North Korean state, state media in Pyongyang reported. ` +
		`Xi said Beijing was ready to work with Pyongyang to strengthen strategic communication and deepen practical cooperation between the two neighbours. ` +
		`The message was the first publicly reported exchange between the two leaders since greetings for the new year in January, a gap that analysts in Seoul read as a sign of strain. ` +
		`Relations have looked cooler since Pyongyang signed a mutual defence treaty with Moscow in June, and China sent a lower-ranking delegation to events in the North this year. ` +
		`Kim has not yet replied in public, the report said. Beijing's foreign ministry declined to comment on Tuesday.`
	other = `BEIJING -- In a short note carried by the official news agency on Monday, Xi Jinping congratulated Kim Jong Un as North Korea marked its founding day. ` +
		`The Chinese leader pledged closer coordination with the North, whose ties with Beijing have been overshadowed this year by its military pact with Russia. ` +
		`Observers noted that the warm language contrasted with a muted spring, when few senior Chinese officials travelled to Pyongyang.`
)

func actor(code string) *event.Actor {
	if code == "" {
		return nil
	}
	country := code
	if len(code) > 3 {
		country = code[:3]
	}
	return &event.Actor{Text: code, Code: code, Country: country}
}

// Rec builds a schema-1 record as the coder would.
func Rec(doc string, sentence int, src, tgt, code, date, text string) event.Event {
	e := event.Event{Schema: event.Schema, Doc: doc, Sentence: sentence, Text: text, Source: actor(src), Target: actor(tgt),
		Cameo: code, Date: date, Published: date, Modality: event.Asserted}
	if inf, ok := cameo.Lookup(code); ok {
		e.Plover, e.Mode, e.Quad, e.Goldstein = inf.Plover, inf.Mode, inf.Quad, inf.Goldstein
	}
	e.Mention = event.MentionID(doc, sentence, 0, code)
	e.SetIDs()
	return e
}

func add(t *testing.T, s store.Store, d store.Document, recs ...event.Event) store.Result {
	t.Helper()
	for i := range recs {
		recs[i].Doc = d.ID
		recs[i].Published = d.Published
		recs[i].SetIDs()
	}
	r, err := s.AddDocument(context.Background(), d, recs)
	if err != nil {
		t.Fatalf("adding %s: %v", d.ID, err)
	}
	return r
}

func all(t *testing.T, s store.Store, q store.Query) []store.Event {
	t.Helper()
	var out []store.Event
	if err := s.Events(context.Background(), q, func(e store.Event) error { out = append(out, e); return nil }); err != nil {
		t.Fatalf("Events(%+v): %v", q, err)
	}
	return out
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func testIdempotent(t *testing.T, s store.Store) {
	d := store.Document{ID: "upi-1", Outlet: "UPI", Published: "2024-09-09", Text: wire}
	r := add(t, s, d, Rec("", 0, "CHNGOV", "PRKGOV", "051", "2024-09-09", "Xi sent a message."))
	if !r.Added || r.Mentions != 1 || r.NewEvents != 1 || r.Story != "upi-1" || r.CopyOf != "" {
		t.Fatalf("first add: %+v", r)
	}
	before := stats(t, s)
	r = add(t, s, d, Rec("", 0, "CHNGOV", "PRKGOV", "051", "2024-09-09", "Xi sent a message."))
	if r.Added || r.Existing != "upi-1" {
		t.Errorf("same id again: %+v, want not added", r)
	}
	d2 := d
	d2.ID = "upi-1-again"
	r = add(t, s, d2, Rec("", 0, "CHNGOV", "PRKGOV", "051", "2024-09-09", "Xi sent a message."))
	if r.Added || r.Existing != "upi-1" {
		t.Errorf("same text under another id: %+v, want not added, existing upi-1", r)
	}
	if after := stats(t, s); after != before {
		t.Errorf("stats changed by re-adding: %+v -> %+v", before, after)
	}
	if ok, err := s.HasDocument(context.Background(), "upi-1"); !ok || err != nil {
		t.Errorf("HasDocument(upi-1) = %v, %v", ok, err)
	}
	if ok, _ := s.HasDocument(context.Background(), "upi-1-again"); ok {
		t.Error("the refused duplicate is stored")
	}
	got, err := s.Document(context.Background(), "upi-1")
	if err != nil || got.Text != wire || got.Outlet != "UPI" || got.Hash != store.ContentHash(wire) || got.Story != "upi-1" {
		t.Errorf("Document(upi-1) = %+v, %v", got, err)
	}
	if _, err := s.Document(context.Background(), "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(nope) error = %v, want ErrNotFound", err)
	}
}

func testCopiesMerge(t *testing.T, s store.Store) {
	add(t, s, store.Document{ID: "upi-1", Outlet: "UPI", Published: "2024-09-09", Text: wire},
		Rec("", 0, "CHNGOV", "PRKGOV", "051", "2024-09-09", "Xi sent a message."),
		Rec("", 1, "CHNGOV", "PRKGOV", "030", "2024-09-09", "Xi said Beijing was ready."))
	r := add(t, s, store.Document{ID: "yna-7", Outlet: "Yonhap", Published: "2024-09-10", Text: wireCopy},
		Rec("", 0, "CHNGOV", "PRKGOV", "051", "2024-09-09", "Xi sent a message."),
		Rec("", 1, "CHNGOV", "PRKGOV", "030", "2024-09-09", "Xi said Beijing was ready."))
	if !r.Added || r.CopyOf != "upi-1" || r.Story != "upi-1" {
		t.Fatalf("edited wire copy: %+v, want a copy of upi-1", r)
	}
	if r.NewEvents != 0 || r.Mentions != 2 {
		t.Errorf("copy's mentions: %+v, want 2 merged into known events", r)
	}
	st := stats(t, s)
	if st.Documents != 2 || st.Stories != 1 || st.Mentions != 4 || st.Events != 2 {
		t.Errorf("stats %+v, want 2 documents, 1 story, 4 mentions, 2 events", st)
	}
	evs := all(t, s, store.Query{Cameo: "051"})
	if len(evs) != 1 {
		t.Fatalf("051 events: %d, want 1", len(evs))
	}
	e := evs[0]
	if e.Mentions != 2 || e.Articles != 2 || e.Sources != 2 || e.FirstSeen != "2024-09-09" || e.LastSeen != "2024-09-10" {
		t.Errorf("merged event %+v: want 2 mentions, 2 articles, 2 sources, seen 2024-09-09..10", e)
	}
	ms, err := s.Mentions(context.Background(), e.ID)
	if err != nil || len(ms) != 2 || ms[0].Doc != "upi-1" || ms[1].Doc != "yna-7" {
		t.Errorf("Mentions(%s) = %d records, %v", e.ID, len(ms), err)
	}
	got, err := s.Document(context.Background(), "yna-7")
	if err != nil || got.Story != "upi-1" {
		t.Errorf("copy's story = %q, %v", got.Story, err)
	}
}

func testDistinctStories(t *testing.T, s store.Store) {
	add(t, s, store.Document{ID: "upi-1", Outlet: "UPI", Published: "2024-09-09", Text: wire},
		Rec("", 0, "CHNGOV", "PRKGOV", "051", "2024-09-09", "Xi sent a message."))
	r := add(t, s, store.Document{ID: "xin-3", Outlet: "Xinhua", Published: "2024-09-09", Text: other},
		Rec("", 0, "CHNGOV", "PRKGOV", "051", "2024-09-09", "Xi congratulated Kim."))
	if r.CopyOf != "" || r.Story != "xin-3" {
		t.Errorf("a different story of the same act: %+v, want its own story", r)
	}
	// The act is the same, so its mentions still merge into one event.
	if r.NewEvents != 0 {
		t.Errorf("same act in another story started a new event: %+v", r)
	}
	if st := stats(t, s); st.Stories != 2 || st.Events != 1 {
		t.Errorf("stats %+v, want 2 stories, 1 event", st)
	}
	// A story two outlets share counts as one source.
	r = add(t, s, store.Document{ID: "upi-2", Outlet: "upi", Published: "2024-09-11", Text: "A short unrelated note about markets in Tokyo and Seoul on Wednesday."},
		Rec("", 0, "CHNGOV", "PRKGOV", "051", "2024-09", "Xi sent a letter in September."))
	if r.CopyOf != "" || r.NewEvents != 0 {
		t.Errorf("unrelated text: %+v", r)
	}
	e := all(t, s, store.Query{})[0]
	if e.Articles != 3 || e.Sources != 2 || e.Mentions != 3 || e.Date != "2024-09-09" {
		t.Errorf("event %+v: want 3 articles from 2 sources, date kept at 2024-09-09", e)
	}
}

func testMergeKey(t *testing.T, s store.Store) {
	r := add(t, s, store.Document{ID: "d1", Published: "2024-06-19", Text: "first"},
		Rec("", 0, "RUSGOV", "PRKGOV", "057", "2024-06-19", "They signed a pact."),
		Rec("", 1, "RUSGOV", "PRKGOV", "057", "2024-06", "The pact was signed in June."),     // prefix date: same act
		Rec("", 2, "RUSGOV", "PRKGOV", "057", "2024-05-01", "An earlier deal."),              // other date
		Rec("", 3, "PRKGOV", "RUSGOV", "057", "2024-06-19", "Pyongyang signed with Moscow."), // reversed dyad
		Rec("", 4, "RUSGOV", "PRKGOV", "036", "2024-06-19", "They planned to meet."),         // other code
	)
	if r.NewEvents != 4 {
		t.Errorf("new events %d, want 4 (the June-prefix mention merges)", r.NewEvents)
	}
	neg := Rec("", 0, "RUSGOV", "PRKGOV", "057", "2024-06-19", "They did not sign.")
	neg.Negated = true
	r = add(t, s, store.Document{ID: "d2", Published: "2024-06-20", Text: "second"}, neg)
	if r.NewEvents != 1 {
		t.Errorf("a negated mention merged with an asserted one: %+v", r)
	}
	for _, e := range all(t, s, store.Query{Cameo: "057"}) {
		if e.Date == "2024-06-19" && e.Source == "RUSGOV" && !e.Negated && (e.Mentions != 2 || e.Articles != 1) {
			t.Errorf("pact event %+v: want 2 mentions in 1 article", e)
		}
	}
}

// fill stores a constructed history of China-North Korea and other dyads.
func fill(t *testing.T, s store.Store) {
	type r struct{ src, tgt, code, date string }
	hist := []r{
		{"CHNGOV", "PRKGOV", "051", "2023-09-09"},
		{"CHNGOV", "PRKGOV", "051", "2024-01-01"},
		{"PRKGOV", "CHNGOV", "051", "2024-01-01"},
		{"CHNGOV", "PRKGOV", "051", "2024-09"},
		{"CHNGOV", "PRKGOV", "051", "2024-09-09"},
		{"PRKGOV", "CHN", "042", "2024-04-12"},
		{"CHN", "PRK", "112", "2024-07-03"},
		{"RUSGOV", "PRKGOV", "057", "2024-06-19"},
		{"PRKMIL", "KOR", "195", "2024-05-28"},
		{"KOR", "PRK", "111", "2024-05-29"},
		{"USA", "PRK", "163", "2024"},
	}
	for i, h := range hist {
		add(t, s, store.Document{ID: fmt.Sprintf("h%02d", i), Published: h.date, Text: fmt.Sprintf("history item %d", i)},
			Rec("", 0, h.src, h.tgt, h.code, h.date, fmt.Sprintf("Sentence %d about %s and %s.", i, h.src, h.tgt)))
	}
}

func testQueries(t *testing.T, s store.Store) {
	fill(t, s)
	ctx := context.Background()
	dyad := all(t, s, store.Query{A: "CHN", B: "PRK"})
	if len(dyad) != 6 {
		t.Fatalf("CHN-PRK events: %d, want 6 (both directions; the 2024-09 mention merged)", len(dyad))
	}
	for i := 1; i < len(dyad); i++ {
		if dyad[i].Date > dyad[i-1].Date {
			t.Errorf("not newest first: %s before %s", dyad[i-1].Date, dyad[i].Date)
		}
	}
	if n := len(all(t, s, store.Query{A: "CHN", B: "PRK", Directed: true})); n != 4 {
		t.Errorf("CHN->PRK: %d, want 4", n)
	}
	if n := len(all(t, s, store.Query{A: "CHNGOV", B: "PRKGOV"})); n != 4 {
		t.Errorf("CHNGOV-PRKGOV: %d, want 4", n)
	}
	if n := len(all(t, s, store.Query{A: "PRK"})); n != 10 {
		t.Errorf("events of PRK: %d, want 10", n)
	}
	if n := len(all(t, s, store.Query{A: "CHN", B: "PRK", Since: "2024-02", Until: "2024-07"})); n != 2 {
		t.Errorf("CHN-PRK Feb-Jul 2024: %d, want 2", n)
	}
	if n := len(all(t, s, store.Query{A: "PRK", Quad: 4})); n != 2 {
		t.Errorf("PRK material conflict: %d, want 2 (195 and 163)", n)
	}
	if n := len(all(t, s, store.Query{A: "PRK", Cameo: "05"})); n != 5 {
		t.Errorf("PRK root 05: %d, want 5 (four 051, one 057)", n)
	}
	if n := len(all(t, s, store.Query{Text: "RUSGOV"})); n != 1 {
		t.Errorf("text query RUSGOV: %d events, want 1", n)
	}
	months, err := s.Monthly(ctx, store.Query{A: "CHN", B: "PRK"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2023-09/1/1", "2024-01/1/2", "2024-04/1/1", "2024-07/3/1", "2024-09/1/1"}
	var got []string
	for _, b := range months {
		got = append(got, fmt.Sprintf("%s/%d/%d", b.Month, b.Quad, b.Events))
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("monthly CHN-PRK = %v, want %v", got, want)
	}
	dyads, err := s.Dyads(ctx, store.Query{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(dyads) != 2 || dyads[0].Source != "CHN" || dyads[0].Target != "PRK" || dyads[0].Events != 4 ||
		dyads[1].Source != "PRK" || dyads[1].Target != "CHN" || dyads[1].Events != 2 {
		t.Errorf("busiest dyads = %+v", dyads)
	}
	partners, err := s.Dyads(ctx, store.Query{A: "PRK"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(partners) != 6 {
		t.Errorf("PRK's dyads = %+v, want 6", partners)
	}
}

func testLatest(t *testing.T, s store.Store) {
	fill(t, s)
	last, err := s.Latest(context.Background(), store.Query{A: "CHN", B: "PRK", Directed: true})
	if err != nil {
		t.Fatal(err)
	}
	var l *store.Last
	for i := range last {
		if last[i].Cameo == "051" {
			l = &last[i]
		}
	}
	if l == nil || l.Date != "2024-09-09" || l.Previous != "2024-01-01" || l.Event.Source != "CHNGOV" {
		t.Fatalf("latest 051 = %+v, want 2024-09-09 after 2024-01-01", l)
	}
	if last[0].Date < last[len(last)-1].Date {
		t.Errorf("Latest not newest first: %+v", last)
	}
	// With Since, kinds last seen before it drop out, and the previous date
	// still reaches back before it.
	last, err = s.Latest(context.Background(), store.Query{A: "CHN", B: "PRK", Directed: true, Since: "2024-08"})
	if err != nil {
		t.Fatal(err)
	}
	if len(last) != 1 || last[0].Cameo != "051" || last[0].Previous != "2024-01-01" {
		t.Errorf("latest since 2024-08 = %+v, want only 051 with its previous date 2024-01-01", last)
	}
}

func testPagination(t *testing.T, s store.Store) {
	fill(t, s)
	full := all(t, s, store.Query{})
	var paged []store.Event
	q := store.Query{Limit: 3}
	for range 10 {
		page := all(t, s, q)
		paged = append(paged, page...)
		if len(page) < 3 {
			break
		}
		q.After = page[len(page)-1].Cursor()
	}
	if len(paged) != len(full) {
		t.Fatalf("paged %d events, unpaged %d", len(paged), len(full))
	}
	for i := range full {
		if paged[i].ID != full[i].ID {
			t.Errorf("page order differs at %d: %s vs %s", i, paged[i].ID, full[i].ID)
		}
	}
}

func testSearch(t *testing.T, s store.Store) {
	add(t, s, store.Document{ID: "upi-1", Title: "Xi greets Kim", Published: "2024-09-09", Text: wire})
	add(t, s, store.Document{ID: "xin-3", Title: "Founding day note", Published: "2024-09-09", Text: other})
	hits, err := s.Search(context.Background(), "treaty", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Doc != "upi-1" || !strings.Contains(hits[0].Snippet, "[treaty]") {
		t.Errorf("search treaty = %+v", hits)
	}
	if hits, _ := s.Search(context.Background(), "pact", 10); len(hits) != 1 || hits[0].Doc != "xin-3" {
		t.Errorf("search pact = %+v", hits)
	}
}

func testPutEvents(t *testing.T, s store.Store) {
	evs := []store.Event{
		{ID: "ef_a", Source: "JPN", SourceCountry: "JPN", Target: "KOR", TargetCountry: "KOR", Cameo: "042", Quad: 1, Goldstein: 1.9, Date: "2023-03-16", Mentions: 3, Sources: 2, Articles: 3},
		{ID: "ef_b", Source: "KOR", SourceCountry: "KOR", Target: "JPN", TargetCountry: "JPN", Cameo: "043", Quad: 1, Goldstein: 2.8, Date: "2023-05-07", Mentions: 1, Sources: 1, Articles: 1},
	}
	if err := s.PutEvents(context.Background(), evs); err != nil {
		t.Fatal(err)
	}
	got := all(t, s, store.Query{A: "JPN", B: "KOR"})
	if len(got) != 2 || got[0].ID != "ef_b" || got[1].Mentions != 3 {
		t.Errorf("put events read back as %+v", got)
	}
	if err := s.PutEvents(context.Background(), evs[:1]); err == nil {
		t.Error("putting an event id twice gave no error")
	}
}

func testEvent(t *testing.T, s store.Store) {
	ctx := context.Background()
	fill(t, s)
	// Each event listed reads back the same by its id.
	for _, want := range all(t, s, store.Query{A: "PRK"}) {
		got, err := s.Event(ctx, want.ID)
		if err != nil {
			t.Fatalf("Event(%s): %v", want.ID, err)
		}
		if got != want {
			t.Errorf("Event(%s) = %+v, listed as %+v", want.ID, got, want)
		}
	}
	merged := all(t, s, store.Query{A: "CHN", B: "PRK", Directed: true, Cameo: "051", Since: "2024-09"})
	if len(merged) != 1 {
		t.Fatalf("CHN->PRK 051 since 2024-09: %d events, want 1", len(merged))
	}
	e, err := s.Event(ctx, merged[0].ID)
	if err != nil || e.Mentions != 2 || e.Date != "2024-09-09" || e.Plover != "SUPPORT" || e.Text == "" {
		t.Errorf("merged event read by id = %+v, %v: want 2 mentions dated 2024-09-09, PLOVER SUPPORT", e, err)
	}
	for _, id := range []string{"ef_0000000000000000", "", "ef_' OR '1'='1"} {
		_, err := s.Event(ctx, id)
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Event(%q) error = %v, want ErrNotFound", id, err)
		} else if !strings.Contains(err.Error(), fmt.Sprintf("%q", id)) {
			t.Errorf("Event(%q) error %q does not name the id", id, err)
		}
	}
}

// ids lists the ids of events, in order.
func ids(evs []store.Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return strings.Join(out, " ")
}

// where keeps the events for which keep holds, in order.
func where(evs []store.Event, keep func(e store.Event) bool) []store.Event {
	var out []store.Event
	for _, e := range evs {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

func monthly(t *testing.T, s store.Store, q store.Query) string {
	t.Helper()
	bs, err := s.Monthly(context.Background(), q)
	if err != nil {
		t.Fatalf("Monthly(%+v): %v", q, err)
	}
	var out []string
	for _, b := range bs {
		out = append(out, fmt.Sprintf("%s/%d/%d", b.Month, b.Quad, b.Events))
	}
	return strings.Join(out, " ")
}

func dyads(t *testing.T, s store.Store, q store.Query) string {
	t.Helper()
	ds, err := s.Dyads(context.Background(), q, 0)
	if err != nil {
		t.Fatalf("Dyads(%+v): %v", q, err)
	}
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%s>%s/%d", d.Source, d.Target, d.Events))
	}
	return strings.Join(out, " ")
}

func latestCodes(t *testing.T, s store.Store, q store.Query) string {
	t.Helper()
	ls, err := s.Latest(context.Background(), q)
	if err != nil {
		t.Fatalf("Latest(%+v): %v", q, err)
	}
	var out []string
	for _, l := range ls {
		out = append(out, l.Cameo+"@"+l.Date)
	}
	return strings.Join(out, " ")
}

// testTargetAndPlover checks B alone (Directed: the target side only) and
// the PLOVER filter on every query, against the unfiltered lists filtered
// here, and that an unknown PLOVER type is an error.
func testTargetAndPlover(t *testing.T, s store.Store) {
	fill(t, s)
	ctx := context.Background()
	prk := all(t, s, store.Query{A: "PRK"})
	toPRK := where(prk, func(e store.Event) bool { return e.TargetCountry == "PRK" })
	if got := all(t, s, store.Query{B: "PRK", Directed: true}); len(got) != 7 || ids(got) != ids(toPRK) {
		t.Errorf("target PRK: %d events %s, want the 7 of PRK's with PRK as target %s", len(got), ids(got), ids(toPRK))
	}
	if got := all(t, s, store.Query{B: "PRK"}); ids(got) != ids(prk) {
		t.Errorf("B=PRK undirected: %s, want PRK on either side as A=PRK gives: %s", ids(got), ids(prk))
	}
	toGov := where(prk, func(e store.Event) bool { return e.Target == "PRKGOV" })
	if got := all(t, s, store.Query{B: "PRKGOV", Directed: true}); len(got) != 4 || ids(got) != ids(toGov) {
		t.Errorf("target PRKGOV: %s, want %s", ids(got), ids(toGov))
	}
	// Pages of a target-only list follow one another as the whole list.
	page := all(t, s, store.Query{B: "PRK", Directed: true, Limit: 4})
	rest := all(t, s, store.Query{B: "PRK", Directed: true, After: page[len(page)-1].Cursor()})
	if ids(append(page, rest...)) != ids(toPRK) {
		t.Errorf("target PRK in pages: %s + %s, want %s", ids(page), ids(rest), ids(toPRK))
	}

	support := where(prk, func(e store.Event) bool { return e.Plover == "SUPPORT" })
	if got := all(t, s, store.Query{A: "PRK", Plover: "SUPPORT"}); len(got) != 5 || ids(got) != ids(support) {
		t.Errorf("PRK SUPPORT: %s, want the five 051/057 events %s", ids(got), ids(support))
	}
	accuseToPRK := where(toPRK, func(e store.Event) bool { return e.Plover == "ACCUSE" })
	if got := all(t, s, store.Query{B: "PRK", Directed: true, Plover: "ACCUSE"}); len(got) != 2 || ids(got) != ids(accuseToPRK) {
		t.Errorf("ACCUSE against PRK: %s, want %s", ids(got), ids(accuseToPRK))
	}
	if got := all(t, s, store.Query{Plover: "ASSAULT"}); len(got) != 1 || got[0].Cameo != "195" {
		t.Errorf("ASSAULT: %+v, want the one 195 event", got)
	}
	if got := all(t, s, store.Query{Plover: "REJECT"}); len(got) != 0 {
		t.Errorf("REJECT: %d events, want none", len(got))
	}

	// Series: the target side alone (rollups where the backend keeps them)
	// and a PLOVER type (read from the events).
	if got, want := monthly(t, s, store.Query{B: "PRK", Directed: true}),
		"2023-09/1/1 2024-01/1/1 2024-05/3/1 2024-06/1/1 2024-07/3/1 2024-09/1/1"; got != want {
		t.Errorf("monthly target PRK = %s, want %s", got, want)
	}
	if got, want := monthly(t, s, store.Query{A: "CHN", B: "PRK", Plover: "SUPPORT"}), "2023-09/1/1 2024-01/1/2 2024-09/1/1"; got != want {
		t.Errorf("monthly CHN-PRK SUPPORT = %s, want %s", got, want)
	}
	if got, want := monthly(t, s, store.Query{A: "PRK", Plover: "ACCUSE"}), "2024-05/3/1 2024-07/3/1"; got != want {
		t.Errorf("monthly PRK ACCUSE = %s, want %s", got, want)
	}
	if got, want := dyads(t, s, store.Query{B: "PRK", Directed: true}), "CHN>PRK/4 KOR>PRK/1 RUS>PRK/1 USA>PRK/1"; got != want {
		t.Errorf("dyads towards PRK = %s, want %s", got, want)
	}
	if got, want := dyads(t, s, store.Query{Plover: "SUPPORT"}), "CHN>PRK/3 PRK>CHN/1 RUS>PRK/1"; got != want {
		t.Errorf("SUPPORT dyads = %s, want %s", got, want)
	}
	if got, want := latestCodes(t, s, store.Query{B: "PRK", Directed: true}), "051@2024-09-09 112@2024-07-03 057@2024-06-19 111@2024-05-29 163@2024"; got != want {
		t.Errorf("latest towards PRK = %s, want %s", got, want)
	}
	if got, want := latestCodes(t, s, store.Query{A: "PRK", Plover: "ACCUSE"}), "112@2024-07-03 111@2024-05-29"; got != want {
		t.Errorf("latest PRK ACCUSE = %s, want %s", got, want)
	}

	// An unknown type is an error naming it, from every query.
	bad := store.Query{A: "PRK", Plover: "HUG"}
	errs := map[string]error{
		"Events":  s.Events(ctx, bad, func(store.Event) error { return nil }),
		"Monthly": func() error { _, err := s.Monthly(ctx, bad); return err }(),
		"Latest":  func() error { _, err := s.Latest(ctx, bad); return err }(),
		"Dyads":   func() error { _, err := s.Dyads(ctx, bad, 0); return err }(),
	}
	for name, err := range errs {
		if err == nil || !strings.Contains(err.Error(), `"HUG"`) {
			t.Errorf("%s with PLOVER HUG: error %v, want one naming it", name, err)
		}
	}
}
