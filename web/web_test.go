package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/examples"
	"github.com/dyadproject/dyad/feeds"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/sqlite"
)

var (
	coderOnce sync.Once
	theCoder  *coder.Coder
	coderErr  error
)

func testCoder(t testing.TB) *coder.Coder {
	coderOnce.Do(func() { theCoder, coderErr = coder.New(coder.Options{}) })
	if coderErr != nil {
		t.Fatalf("loading the coder: %v", coderErr)
	}
	return theCoder
}

// fixture is a server over a fresh database with its token.
type fixture struct {
	t     testing.TB
	srv   *httptest.Server
	web   *Server
	st    store.ServerStore
	token string
}

func newFixture(t testing.TB, mod func(*Config)) *fixture {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return newFixtureOn(t, st, mod)
}

// newFixtureOn is a server over st, whose tokens and feeds it keeps in st.
func newFixtureOn(t testing.TB, st store.ServerStore, mod func(*Config)) *fixture {
	t.Helper()
	c := testCoder(t)
	tokens, tok, err := LoadTokens(context.Background(), st)
	if err != nil || tok == "" {
		t.Fatalf("LoadTokens: %q, %v", tok, err)
	}
	reg, err := feeds.Open(st, func(ctx context.Context, d news.Document) error {
		evs, err := c.Code(d)
		if err != nil {
			return err
		}
		_, err = st.AddDocument(ctx, store.Document{ID: d.ID, URL: d.URL, Title: d.Title, Published: d.Published, Text: d.Text}, evs)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Store: st, Code: c.Code, Feeds: reg, Logf: t.Logf}
	if m, err := nlp.Default(); err == nil {
		cfg.Highlight = VerbFinder(m)
	} else {
		t.Fatalf("loading the tagger: %v", err)
	}
	if mod != nil {
		mod(&cfg)
	}
	w, err := New(cfg, tokens)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(w)
	t.Cleanup(srv.Close)
	return &fixture{t: t, srv: srv, web: w, st: st, token: tok}
}

// do sends a request and returns status, headers and body.
func (f *fixture) do(method, path, token string, body []byte) (int, http.Header, []byte) {
	f.t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, f.srv.URL+path, rd)
	if err != nil {
		f.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

func (f *fixture) getJSON(path string, v any) {
	f.t.Helper()
	code, _, b := f.do("GET", path, "", nil)
	if code != http.StatusOK {
		f.t.Fatalf("GET %s: %d %s", path, code, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		f.t.Fatalf("GET %s: %v in %s", path, err, b)
	}
}

// exampleDocs reads the example corpus as the ingest endpoint takes it.
func exampleDocs(t testing.TB) []inDoc {
	names, _ := fs.Glob(examples.FS, "*.txt")
	var out []inDoc
	for _, n := range names {
		b, err := examples.FS.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, inDoc{ID: n, Text: string(b)})
	}
	return out
}

func (f *fixture) ingest(docs []inDoc) []ingestResult {
	f.t.Helper()
	body, _ := json.Marshal(docs)
	code, _, b := f.do("POST", "/api/v1/documents", f.token, body)
	if code != http.StatusCreated && code != http.StatusOK {
		f.t.Fatalf("ingest: %d %s", code, b)
	}
	var out struct{ Results []ingestResult }
	if err := json.Unmarshal(b, &out); err != nil {
		f.t.Fatal(err)
	}
	return out.Results
}

var (
	demoOnce sync.Once
	demo     *fixture
)

// demoFixture is one server loaded with the example corpus through the
// ingest endpoint, shared by the read-only tests.
func demoFixture(t *testing.T) *fixture {
	demoOnce.Do(func() {
		// Built outside any one test's cleanup: it lives for the package.
		dt := &keepT{TB: t}
		demo = newFixture(dt, nil)
		demo.t = t
		res := demo.ingest(exampleDocs(t))
		for _, r := range res {
			if r.Error != "" || !r.Added {
				t.Fatalf("ingesting %s: %+v", r.ID, r)
			}
		}
	})
	demo.t = t
	return demo
}

// keepT defers cleanups to the end of the package's tests.
type keepT struct{ testing.TB }

var cleanups []func()

func (k *keepT) Cleanup(f func()) { cleanups = append(cleanups, f) }
func (k *keepT) TempDir() string  { d, _ := mkTemp(); return d }

func TestMain(m *testing.M) {
	code := m.Run()
	for i := len(cleanups) - 1; i >= 0; i-- {
		cleanups[i]()
	}
	rmTemps()
	exit(code)
}

func allEvents(t *testing.T, f *fixture, query string) []store.Event {
	var page eventsPage
	f.getJSON("/api/v1/events?limit=500&"+query, &page)
	if page.NextCursor != "" {
		t.Fatalf("%s: more than 500 events", query)
	}
	return page.Events
}

func TestEventFilters(t *testing.T) {
	f := demoFixture(t)
	all := allEvents(t, f, "")
	if len(all) < 100 {
		t.Fatalf("%d events from the example corpus, want over 100", len(all))
	}
	check := func(query string, want func(e store.Event) bool) {
		t.Helper()
		got := allEvents(t, f, query)
		n := 0
		for _, e := range all {
			if want(e) {
				n++
			}
		}
		if len(got) != n || n == 0 {
			t.Errorf("%s: %d events, want %d (of %d) and more than 0", query, len(got), n, len(all))
		}
		for _, e := range got {
			if !want(e) {
				t.Errorf("%s: event %s %s->%s %s %s does not match", query, e.ID, e.Source, e.Target, e.Cameo, e.Date)
				break
			}
		}
	}
	check("source=CHN&target=PRK", func(e store.Event) bool { return e.SourceCountry == "CHN" && e.TargetCountry == "PRK" })
	check("source=PRK", func(e store.Event) bool { return e.SourceCountry == "PRK" })
	check("target=RUS", func(e store.Event) bool { return e.TargetCountry == "RUS" })
	check("country=JPN", func(e store.Event) bool { return e.SourceCountry == "JPN" || e.TargetCountry == "JPN" })
	check("source=PRK&country=RUS", func(e store.Event) bool {
		return e.SourceCountry == "PRK" && (e.TargetCountry == "RUS" || e.SourceCountry == "RUS")
	})
	check("cameo=051", func(e store.Event) bool { return strings.HasPrefix(e.Cameo, "051") })
	check("root=19", func(e store.Event) bool { return strings.HasPrefix(e.Cameo, "19") })
	check("quad=4", func(e store.Event) bool { return e.Quad == 4 })
	check("plover=CONSULT", func(e store.Event) bool { return e.Plover == "CONSULT" })
	check("since=2023-01&until=2023-12-31", func(e store.Event) bool { return e.Date >= "2023-01" && e.Date <= "2023-12-31~" })
	check("q=missile", func(e store.Event) bool { return missileRe.MatchString(e.Text) })
	check("source=PRKGOV", func(e store.Event) bool { return e.Source == "PRKGOV" })
	check("target=PRKGOV", func(e store.Event) bool { return e.Target == "PRKGOV" })
	check("plover=assault", func(e store.Event) bool { return e.Plover == "ASSAULT" })
	check("target=RUS&plover=CONSULT", func(e store.Event) bool { return e.TargetCountry == "RUS" && e.Plover == "CONSULT" })
	check("source=PRK&actor=RUS", func(e store.Event) bool {
		return e.SourceCountry == "PRK" && (e.TargetCountry == "RUS" || e.SourceCountry == "RUS")
	})
	check("target=PRK&actor=CHN", func(e store.Event) bool { return e.TargetCountry == "PRK" && e.SourceCountry == "CHN" })

	// Newest first.
	for i := 1; i < len(all); i++ {
		if all[i].Date > all[i-1].Date {
			t.Fatalf("events out of order: %s after %s", all[i].Date, all[i-1].Date)
		}
	}
}

var missileRe = regexp.MustCompile(`(?i)\bmissile\b`)

func TestEventPagination(t *testing.T) {
	f := demoFixture(t)
	all := allEvents(t, f, "")
	// Small store chunks: pages are assembled over several store calls,
	// with rows filtered out on the way (source only, country, PLOVER).
	defer func(n int) { minChunk = n }(minChunk)
	minChunk = 3
	for _, q := range []string{"", "country=PRK&", "source=KOR&", "target=PRK&", "plover=CONSULT&", "source=PRK&country=RUS&"} {
		minChunk = 1000
		want := allEvents(t, f, q)
		minChunk = 3
		var got []string
		path := "/api/v1/events?" + q + "limit=7"
		pages := 0
		for {
			var p eventsPage
			f.getJSON(path, &p)
			pages++
			if len(p.Events) > 7 {
				t.Fatalf("page of %d events with limit 7", len(p.Events))
			}
			for _, e := range p.Events {
				got = append(got, e.ID)
			}
			if p.NextCursor == "" {
				break
			}
			if pages > 100 {
				t.Fatal("pagination does not end")
			}
			path = "/api/v1/events?" + q + "limit=7&cursor=" + url.QueryEscape(p.NextCursor)
		}
		if len(got) != len(want) {
			t.Errorf("%q: %d events over %d pages, want %d", q, len(got), pages, len(want))
		}
		seen := map[string]bool{}
		for i, id := range got {
			if seen[id] {
				t.Errorf("%q: event %s on two pages", q, id)
			}
			seen[id] = true
			if i < len(want) && want[i].ID != id {
				t.Errorf("%q: event %d is %s, want %s", q, i, id, want[i].ID)
				break
			}
		}
	}
	_ = all
}

func TestBadParameters(t *testing.T) {
	f := demoFixture(t)
	for _, c := range []struct{ path, param string }{
		{"/api/v1/events?source=C<b>", "source"},
		{"/api/v1/events?target=x", "target"},
		{"/api/v1/events?country=CHINA", "country"},
		{"/api/v1/events?cameo=5", "cameo"},
		{"/api/v1/events?cameo=999", "cameo"},
		{"/api/v1/events?root=21", "root"},
		{"/api/v1/events?root=05&cameo=190", "root"},
		{"/api/v1/events?plover=HUG", "plover"},
		{"/api/v1/events?quad=5", "quad"},
		{"/api/v1/events?quad=one", "quad"},
		{"/api/v1/events?since=yesterday", "since"},
		{"/api/v1/events?until=2024-13-01", "until"},
		{"/api/v1/events?since=2024&until=2023", "until"},
		{"/api/v1/events?limit=0", "limit"},
		{"/api/v1/events?limit=100000", "limit"},
		{"/api/v1/events?cursor=nonsense", "cursor"},
		{"/api/v1/events?q=" + strings.Repeat("x", 600), "q"},
		{"/api/v1/relations/CHN/P", "b"},
		{"/api/v1/relations/CHN/PRK?since=soon", "since"},
		{"/api/v1/relations/CHN/PRK?recent=-1", "recent"},
		{"/api/v1/actors/C/partners", "code"},
		{"/api/v1/actors/CHN/partners?limit=x", "limit"},
		{"/api/v1/actors/CHN?since=x", "since"},
		{"/api/v1/dyads?limit=0", "limit"},
		{"/api/v1/dyads?since=x", "since"},
		{"/api/v1/dyads?plover=hugs", "plover"},
		{"/api/v1/events?plover=CONSULT%00", "plover"},
		{"/api/v1/search", "q"},
		{"/api/v1/search?q=talks&limit=9999", "limit"},
	} {
		code, h, b := f.do("GET", c.path, "", nil)
		var e struct{ Error string }
		json.Unmarshal(b, &e)
		if code != http.StatusBadRequest || !strings.HasPrefix(h.Get("Content-Type"), "application/json") ||
			!strings.Contains(e.Error, "parameter "+c.param+"=") {
			t.Errorf("GET %s: %d %s; want 400 naming %s", c.path, code, b, c.param)
		}
	}
	// A query with FTS5 operators is searched as words, never a syntax error.
	for _, q := range []string{`"unbalanced`, `NEAR(`, `a AND OR`, `*`, `col:x`} {
		code, _, b := f.do("GET", "/api/v1/events?q="+url.QueryEscape(q), "", nil)
		if code != http.StatusOK {
			t.Errorf("q=%s: %d %s", q, code, b)
		}
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	f := demoFixture(t)
	for _, c := range []struct {
		method, path string
		code         int
	}{
		{"GET", "/api/v1/events/ef_0000000000000000", 404},
		{"GET", "/api/v1/documents/nope.txt", 404},
		{"GET", "/api/v1/nothing", 404},
		{"DELETE", "/api/v1/events", 405},
		{"PUT", "/api/v1/documents", 405},
		{"GET", "/api/v1/documents", 405},
		{"POST", "/api/v1/stats", 405},
	} {
		code, h, b := f.do(c.method, c.path, "", nil)
		var e struct{ Error string }
		if code != c.code || json.Unmarshal(b, &e) != nil || e.Error == "" || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
			t.Errorf("%s %s: %d %q; want %d with a JSON error", c.method, c.path, code, b, c.code)
		}
	}
	// The 404 for an unknown event says which id was asked for.
	code, _, b := f.do("GET", "/api/v1/events/ef_00000000deadbeef", "", nil)
	var e struct{ Error string }
	if code != http.StatusNotFound || json.Unmarshal(b, &e) != nil || !strings.Contains(e.Error, `"ef_00000000deadbeef"`) ||
		!strings.Contains(e.Error, "not found") {
		t.Errorf("unknown event: %d %s; want 404 with a JSON error naming the id", code, b)
	}
	code, _, b = f.do("GET", "/event/ef_0000000000000000", "", nil)
	if code != 404 || !strings.Contains(string(b), "Not found") {
		t.Errorf("event page for an unknown id: %d", code)
	}
}

func TestEventAndDocument(t *testing.T) {
	f := demoFixture(t)
	evs := allEvents(t, f, "source=CHN&target=PRK&cameo=051")
	if len(evs) == 0 {
		t.Fatal("no CHN->PRK 051 event in the example corpus")
	}
	var d eventDetail
	var raw map[string]any
	f.getJSON("/api/v1/events/"+evs[0].ID, &raw)
	b, _ := json.Marshal(raw)
	json.Unmarshal(b, &d)
	recs, _ := raw["records"].([]any)
	if d.ID != evs[0].ID || d.Name == "" || len(recs) == 0 {
		t.Errorf("event detail %s: name %q, %d records", d.ID, d.Name, len(recs))
	}
	var doc map[string]any
	f.getJSON("/api/v1/documents/"+url.PathEscape(evs[0].Doc), &doc)
	if !strings.Contains(doc["text"].(string), evs[0].Text) {
		t.Errorf("document %s does not contain the evidence %q", evs[0].Doc, evs[0].Text)
	}
}

func TestRelationsAndPartners(t *testing.T) {
	f := demoFixture(t)
	var rep relationsReport
	f.getJSON("/api/v1/relations/CHN/PRK?recent=5", &rep)
	both := len(allEvents(t, f, "source=CHN&target=PRK")) + len(allEvents(t, f, "source=PRK&target=CHN"))
	if rep.Events != both || len(rep.Series) == 0 || len(rep.Gaps) == 0 || len(rep.Recent) != 5 {
		t.Errorf("relations CHN-PRK: %d events (want %d), %d months, %d gaps, %d recent", rep.Events, both, len(rep.Series), len(rep.Gaps), len(rep.Recent))
	}
	if rep.LastContact == "" || rep.LastContact != rep.Recent[0].Date || rep.DaysSinceLatest < 0 {
		t.Errorf("last contact %q (%d days); latest event %s", rep.LastContact, rep.DaysSinceLatest, rep.Recent[0].Date)
	}
	var p struct {
		Actor   string
		Network struct {
			Nodes []struct{ ID string }
			Edges []struct {
				Source, Target string
				Events         int
			}
		}
	}
	f.getJSON("/api/v1/actors/prk/partners", &p)
	partners := map[string]bool{}
	for _, e := range p.Network.Edges {
		if e.Source != "PRK" && e.Target != "PRK" {
			t.Errorf("edge %s->%s does not involve PRK", e.Source, e.Target)
		}
		partners[e.Source], partners[e.Target] = true, true
	}
	for _, c := range []string{"KOR", "CHN", "RUS", "USA", "JPN"} {
		if !partners[c] {
			t.Errorf("PRK's partners lack %s: %v", c, partners)
		}
	}
	var actor relationsReport
	f.getJSON("/api/v1/actors/RUS", &actor)
	if actor.Events == 0 || actor.A != "RUS" || actor.B != "" {
		t.Errorf("actor report: %+v", actor.Report.A)
	}
	var dy struct{ Dyads []store.Dyad }
	f.getJSON("/api/v1/dyads?limit=3", &dy)
	if len(dy.Dyads) != 3 || dy.Dyads[0].Events < dy.Dyads[2].Events {
		t.Errorf("dyads: %+v", dy.Dyads)
	}
	// The busiest pairs of one PLOVER type count that type's events.
	f.getJSON("/api/v1/dyads?plover=ACCUSE&limit=500", &dy)
	accuse := map[string]int{}
	for _, e := range allEvents(t, f, "plover=ACCUSE") {
		if e.SourceCountry != "" && e.TargetCountry != "" {
			accuse[e.SourceCountry+">"+e.TargetCountry]++
		}
	}
	if len(dy.Dyads) == 0 || len(dy.Dyads) != len(accuse) {
		t.Errorf("ACCUSE dyads: %d, want %d", len(dy.Dyads), len(accuse))
	}
	for _, d := range dy.Dyads {
		if n := accuse[d.Source+">"+d.Target]; d.Events != n {
			t.Errorf("ACCUSE dyad %s>%s: %d events, want %d", d.Source, d.Target, d.Events, n)
		}
	}
	var st store.Stats
	f.getJSON("/api/v1/stats", &st)
	if st.Documents != 31 || st.Events == 0 {
		t.Errorf("stats %+v", st)
	}
	var sr struct {
		Documents []store.Hit
		Events    []store.Event
	}
	f.getJSON("/api/v1/search?q=missile", &sr)
	if len(sr.Documents) == 0 || len(sr.Events) == 0 {
		t.Errorf("search missile: %d documents, %d events", len(sr.Documents), len(sr.Events))
	}
}

func TestOpenAPI(t *testing.T) {
	f := demoFixture(t)
	var spec struct {
		OpenAPI string
		Paths   map[string]map[string]any
	}
	f.getJSON("/api/v1/openapi.json", &spec)
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi %q", spec.OpenAPI)
	}
	// Every API route is documented with its method.
	var routes []string
	for _, r := range []string{"GET /events", "GET /events/{id}", "GET /dyads", "GET /relations/{a}/{b}", "GET /actors/{code}",
		"GET /actors/{code}/partners", "GET /search", "GET /stats", "POST /documents", "GET /documents/{id}", "GET /feeds",
		"POST /feeds", "DELETE /feeds/{id}", "POST /feeds/{id}/poll", "GET /openapi.json"} {
		m, p, _ := strings.Cut(r, " ")
		if _, ok := spec.Paths[p][strings.ToLower(m)]; !ok {
			routes = append(routes, r)
		}
	}
	if len(routes) > 0 {
		t.Errorf("undocumented: %v", routes)
	}
	// The PLOVER types documented are those the store accepts.
	want := strings.Join(store.PloverTypes(), " ")
	for _, p := range []string{"/events", "/dyads"} {
		found := false
		for _, param := range spec.Paths[p]["get"].(map[string]any)["parameters"].([]any) {
			m := param.(map[string]any)
			if m["name"] != "plover" {
				continue
			}
			found = true
			var enum []string
			for _, v := range m["schema"].(map[string]any)["enum"].([]any) {
				enum = append(enum, v.(string))
			}
			if got := strings.Join(enum, " "); got != want || len(enum) != 16 {
				t.Errorf("%s plover enum %q, want the 16 types %q", p, got, want)
			}
		}
		if !found {
			t.Errorf("%s: plover parameter undocumented", p)
		}
	}
}

func TestIngestLimitsAndAuth(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.MaxBody = 64 << 10; c.MaxDoc = 8 << 10; c.MaxDocs = 3 })
	doc := `{"id":"t1","text":"Japan and South Korea held talks in Tokyo on Monday.","published":"2024-05-01"}`
	for _, c := range []struct {
		name, token, body string
		code              int
		msg               string
	}{
		{"no token", "", doc, 401, "missing bearer token"},
		{"bad token", "dyad_wrong", doc, 401, "invalid bearer token"},
		{"body too large", f.token, `[` + strings.Repeat(doc+",", 2000) + doc + `]`, 413, "larger than"},
		{"document too large", f.token, `{"text":"` + strings.Repeat("word ", 2000) + `"}`, 413, "documents[0].text"},
		{"too many documents", f.token, `[` + doc + `,` + doc + `,` + doc + `,` + doc + `]`, 413, "4 documents"},
		{"bad JSON", f.token, `{"text": `, 400, "request body"},
		{"not an object", f.token, `"hello"`, 400, "request body"},
		{"empty array", f.token, `[]`, 400, "no documents"},
		{"no text", f.token, `[{"id":"x","text":"ok text"},{"id":"y"}]`, 400, "documents[1].text"},
		{"bad date", f.token, `{"text":"Talks were held.","published":"last week"}`, 400, "documents[0]"},
	} {
		code, _, b := f.do("POST", "/api/v1/documents", c.token, []byte(c.body))
		var e struct{ Error string }
		json.Unmarshal(b, &e)
		if code != c.code || !strings.Contains(e.Error, c.msg) {
			t.Errorf("%s: %d %s; want %d with %q", c.name, code, b, c.code, c.msg)
		}
	}
	if st, _ := f.st.Stats(context.Background()); st.Documents != 0 {
		t.Fatalf("refused requests stored %d documents", st.Documents)
	}
	code, _, b := f.do("POST", "/api/v1/documents", f.token, []byte(doc))
	var out struct{ Results []ingestResult }
	json.Unmarshal(b, &out)
	if code != 201 || len(out.Results) != 1 || !out.Results[0].Added || out.Results[0].Records == 0 {
		t.Fatalf("ingest: %d %s", code, b)
	}
	code, _, b = f.do("POST", "/api/v1/documents", f.token, []byte(doc))
	json.Unmarshal(b, &out)
	if code != 200 || out.Results[0].Added {
		t.Errorf("re-ingest: %d %s; want 200, not added", code, b)
	}
	// The records are in the store and served.
	evs := allEvents(t, f, "country=JPN")
	if len(evs) == 0 || evs[0].Doc != "t1" {
		t.Errorf("ingested events: %+v", evs)
	}
}

// TestUntrustedText ingests an article carrying script and markup, and
// checks that every page shows it as text and that the CSP forbids inline
// script.
func TestUntrustedText(t *testing.T) {
	f := newFixture(t, nil)
	evil := `<script>alert("owned")</script>`
	text := "SEOUL, Sept. 9 -- Chinese President Xi Jinping sent a letter to Kim Jong Un " + evil +
		` <img src=x onerror="alert(2)"> on Monday, <b>praising</b> the friendship of the two countries.` + "\n\n" +
		`North Korea thanked China for its support <iframe src="http://example.invalid/"></iframe> on Tuesday.`
	res := f.ingest([]inDoc{{ID: "evil.txt", Title: `Evil <script>alert("title")</script>`, Text: text, Published: "2024-09-09",
		URL: `javascript:alert(3)`}})
	if !res[0].Added || res[0].Records == 0 {
		t.Fatalf("the article was not coded: %+v", res[0])
	}
	evs := allEvents(t, f, "")
	var ev store.Event
	for _, e := range evs {
		if strings.Contains(e.Text, "<script>") {
			ev = e
		}
	}
	if ev.ID == "" {
		t.Fatalf("no event's evidence carries the markup: %+v", evs)
	}
	pages := []string{"/", "/event/" + ev.ID, "/doc/evil.txt", "/search?q=letter", "/dyad/CHN/PRK", "/actor/CHN",
		"/search?q=" + url.QueryEscape(evil)}
	for _, p := range pages {
		code, h, b := f.do("GET", p, "", nil)
		body := string(b)
		if code != 200 {
			t.Errorf("%s: %d", p, code)
			continue
		}
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP %q allows inline script", p, csp)
		}
		low := strings.ToLower(body)
		for _, bad := range []string{`<script>alert`, `<img src=x`, `<iframe`, `<b>praising`, `javascript:alert`} {
			if strings.Contains(low, bad) {
				t.Errorf("%s: page contains unescaped %q", p, bad)
			}
		}
		// The only script elements are the server's own, loaded from /static.
		for i := 0; ; {
			j := strings.Index(low[i:], "<script")
			if j < 0 {
				break
			}
			tag := low[i+j : i+j+strings.Index(low[i+j:], ">")+1]
			if tag != `<script src="/static/app.js" defer>` {
				t.Errorf("%s: script element %q", p, tag)
			}
			i += j + 1
		}
		if p == "/event/"+ev.ID && !strings.Contains(body, `&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;`) {
			t.Errorf("%s: the markup is not shown as text", p)
		}
	}
}

func TestFeedsAPI(t *testing.T) {
	testFeedsAPI(t, newFixture(t, nil))
}

func testFeedsAPI(t *testing.T, f *fixture) {
	var mu sync.Mutex
	hits := 0
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits++
		mu.Unlock()
		switch r.URL.Path {
		case "/rss":
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Peninsula Wire</title>
<item><title>Talks</title><link>http://%s/a/1</link><guid>a1</guid><pubDate>Mon, 27 May 2024 09:00:00 GMT</pubDate></item></channel></rss>`, r.Host)
		case "/a/1":
			fmt.Fprint(w, `<html><body><article><h1>Talks</h1><p>Japanese Prime Minister Fumio Kishida met Chinese Premier Li Qiang in Seoul on Sunday and the two leaders agreed to resume regular talks.</p><p>South Korea hosted the meeting of the three countries for the first time since 2019.</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()

	body := []byte(`{"url":"` + site.URL + `/rss"}`)
	if code, _, _ := f.do("POST", "/api/v1/feeds", "", body); code != 401 {
		t.Errorf("adding a feed without token: %d", code)
	}
	if code, _, b := f.do("POST", "/api/v1/feeds", f.token, []byte(`{"url":"file:///etc/passwd"}`)); code != 400 {
		t.Errorf("adding a file URL: %d %s", code, b)
	}
	if code, _, b := f.do("POST", "/api/v1/feeds", f.token, []byte(`{"url":`)); code != 400 {
		t.Errorf("bad JSON: %d %s", code, b)
	}
	code, _, b := f.do("POST", "/api/v1/feeds", f.token, body)
	var fd feeds.Feed
	if code != 201 || json.Unmarshal(b, &fd) != nil || fd.ID == 0 {
		t.Fatalf("adding a feed: %d %s", code, b)
	}
	var list struct{ Feeds []feeds.Feed }
	f.getJSON("/api/v1/feeds", &list)
	if len(list.Feeds) != 1 || list.Feeds[0].URL != site.URL+"/rss" {
		t.Errorf("feeds: %+v", list.Feeds)
	}
	path := fmt.Sprintf("/api/v1/feeds/%d/poll", fd.ID)
	if code, _, _ := f.do("POST", path, "", nil); code != 401 {
		t.Errorf("poll without token: %d", code)
	}
	code, _, b = f.do("POST", path, f.token, nil)
	var pr struct{ Result feeds.PollResult }
	json.Unmarshal(b, &pr)
	if code != 200 || pr.Result.New != 1 {
		t.Fatalf("poll: %d %s", code, b)
	}
	evs := allEvents(t, f, "country=JPN")
	if len(evs) == 0 {
		t.Error("the feed's article gave no JPN event")
	}
	code, _, b = f.do("POST", path, f.token, nil)
	json.Unmarshal(b, &pr)
	if pr.Result.New != 0 || pr.Result.Skipped != 1 {
		t.Errorf("second poll: %s", b)
	}
	del := fmt.Sprintf("/api/v1/feeds/%d", fd.ID)
	if code, _, _ := f.do("DELETE", del, "", nil); code != 401 {
		t.Errorf("delete without token: %d", code)
	}
	if code, _, _ := f.do("DELETE", "/api/v1/feeds/abc", f.token, nil); code != 400 {
		t.Errorf("delete with a bad id: %d", code)
	}
	if code, _, _ := f.do("DELETE", del, f.token, nil); code != 204 {
		t.Errorf("delete: %d", code)
	}
	if code, _, _ := f.do("DELETE", del, f.token, nil); code != 404 {
		t.Errorf("delete again: %d", code)
	}
	if code, _, b := f.do("GET", "/feeds", "", nil); code != 200 || !strings.Contains(string(b), "No subscriptions") {
		t.Errorf("feeds page: %d", code)
	}
}

func TestMetrics(t *testing.T) {
	f := demoFixture(t)
	f.do("GET", "/api/v1/events?limit=1", "", nil)
	f.do("GET", "/api/v1/events?limit=0", "", nil)
	_, h, b := f.do("GET", "/metrics", "", nil)
	body := string(b)
	st, _ := f.st.Stats(context.Background())
	for _, want := range []string{
		`dyad_http_requests_total{route="/api/v1/events",code="200"}`,
		`dyad_http_requests_total{route="/api/v1/events",code="400"}`,
		`dyad_http_request_duration_seconds_bucket{route="/api/v1/events",le="+Inf"}`,
		`# TYPE dyad_http_request_duration_seconds histogram`,
		fmt.Sprintf("dyad_store_events %d\n", st.Events),
		"dyad_ingested_documents_total 31\n",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if !strings.HasPrefix(h.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Errorf("content type %q", h.Get("Content-Type"))
	}
}

func TestTokensStoredHashed(t *testing.T) {
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "tok.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	tokens, tok, err := LoadTokens(ctx, st)
	if err != nil || !strings.HasPrefix(tok, "dyad_") {
		t.Fatalf("first run: %q, %v", tok, err)
	}
	if ok, err := tokens.Check(ctx, tok); !ok || err != nil {
		t.Fatalf("the new token is refused: %v", err)
	}
	var stored []string
	rows, _ := st.DB().Query(`SELECT hash FROM serve_tokens`)
	for rows.Next() {
		var h string
		rows.Scan(&h)
		stored = append(stored, h)
	}
	rows.Close()
	h := HashToken(tok)
	if len(stored) != 1 || stored[0] == tok || stored[0] != fmt.Sprintf("%x", h[:]) {
		t.Errorf("stored %v; want only the SHA-256 of the token", stored)
	}
	again, tok2, err := LoadTokens(ctx, st)
	if err != nil || tok2 != "" {
		t.Errorf("second run: new token %q, %v", tok2, err)
	}
	for _, c := range []struct {
		tok  string
		want bool
	}{{tok, true}, {tok + "x", false}, {"", false}} {
		if ok, err := again.Check(ctx, c.tok); ok != c.want || err != nil {
			t.Errorf("second run: Check(%q) = %v, %v", c.tok, ok, err)
		}
	}
}

// TestTokenRevoked: a token revoked in the store (by another process) is
// refused by a running server at once, and a token added there accepted.
func TestTokenRevoked(t *testing.T) {
	f := newFixture(t, nil)
	ctx := context.Background()
	body := []byte(`{"url":"https://wire.example/rss"}`)
	if code, _, b := f.do("POST", "/api/v1/feeds", f.token, body); code != 201 {
		t.Fatalf("with the token: %d %s", code, b)
	}
	if err := f.st.RevokeToken(ctx, HashHex(f.token)); err != nil {
		t.Fatal(err)
	}
	if code, _, b := f.do("POST", "/api/v1/feeds", f.token, body); code != 401 || !strings.Contains(string(b), "invalid bearer token") {
		t.Errorf("with a revoked token: %d %s", code, b)
	}
	other, err := NewTokens(f.st).Create(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, b := f.do("POST", "/api/v1/feeds", other, body); code != 201 {
		t.Errorf("with a token added while it runs: %d %s", code, b)
	}
}

func TestPages(t *testing.T) {
	f := demoFixture(t)
	for _, c := range []struct{ path, want string }{
		{"/", "Busiest dyads"},
		{"/dyad/CHN/PRK", "<svg class=\"chart\""},
		{"/dyad/CHN/PRK", "Last contact"},
		{"/actor/PRK", "<svg class=\"network\""},
		{"/search?q=summit", "Articles"},
		{"/feeds", "Subscribe"},
		{"/static/style.css", "@media"},
	} {
		code, _, b := f.do("GET", c.path, "", nil)
		if code != 200 || !strings.Contains(string(b), c.want) {
			t.Errorf("%s: %d, want %q in the page", c.path, code, c.want)
		}
	}
	code, _, _ := f.do("GET", "/dyad/CHN/x", "", nil)
	if code != 400 {
		t.Errorf("/dyad/CHN/x: %d, want 400", code)
	}
	code, _, _ = f.do("GET", "/nowhere", "", nil)
	if code != 404 {
		t.Errorf("/nowhere: %d", code)
	}
	// The event page highlights both actors in the evidence sentence.
	evs := allEvents(t, f, "source=CHN&target=PRK&cameo=051")
	_, _, b := f.do("GET", "/event/"+evs[0].ID, "", nil)
	var detail struct {
		Records []struct {
			Source, Target struct{ Text string }
		}
	}
	f.getJSON("/api/v1/events/"+evs[0].ID, &detail)
	if len(detail.Records) == 0 {
		t.Fatal("no records")
	}
	r0 := detail.Records[0]
	for _, cls := range []string{`<mark class="src">` + template.HTMLEscapeString(r0.Source.Text) + `</mark>`,
		`<mark class="tgt">` + template.HTMLEscapeString(r0.Target.Text) + `</mark>`, `<mark class="verb">`} {
		if !strings.Contains(string(b), cls) {
			t.Errorf("event page lacks %s", cls)
		}
	}
	ids := []string{}
	for _, e := range evs {
		ids = append(ids, e.ID)
	}
	sort.Strings(ids)
}
