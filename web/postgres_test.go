package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
)

// TestEventOnPostgres reads one event by id through the API and the event
// page on the PostgreSQL store, which has no SQLite handle to fall back on
// (skipped without DYAD_TEST_POSTGRES, as the store's own tests are).
func TestEventOnPostgres(t *testing.T) {
	ctx := context.Background()
	st, err := postgres.Open(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ev := store.Event{ID: "ef_pgweb1", Source: "JPNGOV", SourceCountry: "JPN", Target: "KOR", TargetCountry: "KOR",
		Cameo: "042", Quad: 1, Goldstein: 1.9, Plover: "CONSULT", Date: "2023-03-16", Mentions: 2, Sources: 2, Articles: 2,
		Text: "The Japanese prime minister flew to Seoul for talks.", Doc: "d-pg-1"}
	if err := st.PutEvents(ctx, []store.Event{ev}); err != nil {
		t.Fatal(err)
	}
	w, err := New(Config{Store: st, Logf: t.Logf}, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(w)
	defer srv.Close()
	get := func(path string) (int, string, []byte) {
		t.Helper()
		resp, err := srv.Client().Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("Content-Type"), b
	}

	code, _, b := get("/api/v1/events/ef_pgweb1")
	var d eventDetail
	if code != http.StatusOK || json.Unmarshal(b, &d) != nil {
		t.Fatalf("GET event: %d %s", code, b)
	}
	if d.Event != ev || d.Name == "" {
		t.Errorf("event read back as %+v (name %q), want %+v", d.Event, d.Name, ev)
	}
	code, ct, b := get("/api/v1/events/ef_nosuchevent")
	var e struct{ Error string }
	if code != http.StatusNotFound || !strings.HasPrefix(ct, "application/json") || json.Unmarshal(b, &e) != nil ||
		!strings.Contains(e.Error, "ef_nosuchevent") {
		t.Errorf("GET unknown event: %d %s %s; want 404 with a JSON error naming the id", code, ct, b)
	}
	if code, _, b := get("/event/ef_pgweb1"); code != http.StatusOK || !strings.Contains(string(b), "flew to Seoul") {
		t.Errorf("event page: %d, evidence shown: %v", code, strings.Contains(string(b), "flew to Seoul"))
	}
}

// TestFeedsOnPostgres runs the feeds API, with its write token, on a
// PostgreSQL store that keeps both.
func TestFeedsOnPostgres(t *testing.T) {
	st, err := postgres.Open(context.Background(), pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f := newFixtureOn(t, st, nil)
	testFeedsAPI(t, f)
	if toks, err := st.ListTokens(context.Background()); err != nil || len(toks) != 1 || toks[0].Hash != HashHex(f.token) {
		t.Errorf("tokens kept in PostgreSQL: %v, %v; want the hash of the one made", toks, err)
	}
}
