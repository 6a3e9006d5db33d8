package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad/store/postgres/pgtest"
)

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeDemo starts `dyad serve --demo` on a fresh database, reads the
// API, shows the token once, and stops gracefully when its context ends.
func TestServeDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	run := func(want func(base string)) string {
		ctx, cancel := context.WithCancel(context.Background())
		var stderr syncBuffer
		ready := make(chan string, 1)
		done := make(chan error, 1)
		go func() {
			done <- serve(ctx, []string{"--db", db, "--addr", "127.0.0.1:0", "--demo", "--poll", "0"}, &stderr, ready)
		}()
		select {
		case addr := <-ready:
			want("http://" + addr)
		case err := <-done:
			t.Fatalf("serve ended: %v\n%s", err, stderr.String())
		case <-time.After(5 * time.Minute):
			t.Fatal("serve did not start")
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("graceful stop: %v", err)
		}
		return stderr.String()
	}
	var events int
	log1 := run(func(base string) {
		resp, err := http.Get(base + "/api/v1/stats")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var st struct{ Documents, Events int }
		json.NewDecoder(resp.Body).Decode(&st)
		if st.Documents != 31 || st.Events == 0 {
			t.Errorf("demo store: %+v", st)
		}
		events = st.Events
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("CSP %q", csp)
		}
	})
	if !strings.Contains(log1, "created the API write token") || !strings.Contains(log1, "dyad_") {
		t.Errorf("first run does not show the token:\n%s", log1)
	}
	// Second run: the token is not shown again and --demo adds nothing.
	log2 := run(func(base string) {
		resp, err := http.Get(base + "/api/v1/stats")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var st struct{ Documents, Events int }
		json.NewDecoder(resp.Body).Decode(&st)
		if st.Documents != 31 || st.Events != events {
			t.Errorf("second run: %+v, want 31 documents and %d events", st, events)
		}
	})
	if strings.Contains(log2, "dyad_") {
		t.Errorf("second run shows a token again:\n%s", log2)
	}
}

// TestFeedsCommand runs dyad feeds on an SQLite file and, with
// DYAD_TEST_POSTGRES, on PostgreSQL.
func TestFeedsCommand(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testFeedsCommand(t, filepath.Join(t.TempDir(), "feeds.db")) })
	t.Run("postgres", func(t *testing.T) { testFeedsCommand(t, pgtest.DSN(t)) })
}

func testFeedsCommand(t *testing.T, db string) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Summit</title><link>http://%s/story</link><guid>s1</guid><pubDate>Thu, 13 Sep 2023 06:00:00 GMT</pubDate></item></channel></rss>`, r.Host)
		case "/story":
			fmt.Fprint(w, `<html><body><article><h1>Summit</h1><p>North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny space centre on Wednesday.</p><p>The two leaders discussed military cooperation, officials said after the talks ended.</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	var out, errb bytes.Buffer
	if err := runFeeds([]string{"--db", db, "add", site.URL + "/feed.xml"}, &out, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	if err := runFeeds([]string{"add", "notaurl", "--db", db}, &out, &errb); err == nil {
		t.Error("a bad URL was added")
	}
	out.Reset()
	if err := runFeeds([]string{"poll", "--db", db}, &out, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	if !strings.Contains(out.String(), "1 new") {
		t.Errorf("poll: %s", out.String())
	}
	out.Reset()
	if err := runFeeds([]string{"--db", db, "list"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Test Wire") || !strings.Contains(out.String(), site.URL+"/feed.xml") {
		t.Errorf("list: %s", out.String())
	}
	if err := runFeeds([]string{"--db", db, "remove", "1"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if err := runFeeds([]string{"--db", db, "remove", "1"}, &out, &errb); err == nil {
		t.Error("removing an unknown feed succeeded")
	}
}

// TestServeToken adds, lists and revokes write tokens with dyad serve
// token, on SQLite and (with DYAD_TEST_POSTGRES) PostgreSQL.
func TestServeToken(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testServeToken(t, filepath.Join(t.TempDir(), "tok.db")) })
	t.Run("postgres", func(t *testing.T) { testServeToken(t, pgtest.DSN(t)) })
}

func testServeToken(t *testing.T, db string) {
	run := func(args ...string) (string, error) {
		var out, errb bytes.Buffer
		err := runServeToken(args, &out, &errb)
		return out.String(), err
	}
	var toks []string
	for range 2 {
		out, err := run("add", "--db", db)
		tok := strings.TrimSpace(out)
		if err != nil || !strings.HasPrefix(tok, "dyad_") {
			t.Fatalf("token add: %q, %v", out, err)
		}
		toks = append(toks, tok)
	}
	hash := func(tok string) string { return fmt.Sprintf("%x", sha256.Sum256([]byte(tok))) }
	list, err := run("--db", db, "list")
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range toks {
		if !strings.Contains(list, hash(tok)[:16]) || strings.Contains(list, tok) {
			t.Errorf("list shows %q; want the hash of %s and never the token", list, tok)
		}
	}
	if _, err := run("--db", db, "revoke", "abc"); err == nil || !strings.Contains(err.Error(), "8 hex digits") {
		t.Errorf("revoking by a short prefix: %v", err)
	}
	if _, err := run("--db", db, "revoke", hash(toks[0])[:10]); err != nil {
		t.Fatal(err)
	}
	if _, err := run("--db", db, "revoke", hash(toks[0])[:10]); err == nil || !strings.Contains(err.Error(), "no token hash") {
		t.Errorf("revoking it twice: %v", err)
	}
	list, _ = run("--db", db, "list")
	if strings.Contains(list, hash(toks[0])[:16]) || !strings.Contains(list, hash(toks[1])[:16]) {
		t.Errorf("after revoking the first: %q", list)
	}
	if _, err := run("--db", db, "drop"); err == nil {
		t.Error("an unknown action succeeded")
	}
}

// TestServeOnPostgres runs dyad serve on a PostgreSQL store: the token it
// makes on the first run is kept there, and a feed added through the API
// is seen by dyad feeds on the same database.
func TestServeOnPostgres(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, []string{"--db", dsn, "--addr", "127.0.0.1:0", "--poll", "0"}, &stderr, ready)
	}()
	var base string
	select {
	case addr := <-ready:
		base = "http://" + addr
	case err := <-done:
		t.Fatalf("serve ended: %v\n%s", err, stderr.String())
	case <-time.After(5 * time.Minute):
		t.Fatal("serve did not start")
	}
	log := stderr.String()
	i := strings.Index(log, "dyad_")
	if i < 0 {
		t.Fatalf("no token shown:\n%s", log)
	}
	tok := strings.Fields(log[i:])[0]
	post := func(tok string) int {
		req, _ := http.NewRequest("POST", base+"/api/v1/feeds", strings.NewReader(`{"url":"https://wire.example/rss"}`))
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(tok); code != http.StatusCreated {
		t.Fatalf("adding a feed with the token: %d", code)
	}
	var out, errb bytes.Buffer
	if err := runFeeds([]string{"--db", dsn, "list"}, &out, &errb); err != nil || !strings.Contains(out.String(), "https://wire.example/rss") {
		t.Errorf("dyad feeds list on the same database: %v\n%s%s", err, out.String(), errb.String())
	}
	// Revoked from another process: the running server refuses it.
	out.Reset()
	if err := runServeToken([]string{"--db", dsn, "revoke", fmt.Sprintf("%x", sha256.Sum256([]byte(tok)))[:12]}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if code := post(tok); code != http.StatusUnauthorized {
		t.Errorf("a revoked token: %d, want 401", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("graceful stop: %v", err)
	}
}
