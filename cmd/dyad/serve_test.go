package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
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

func TestFeedsCommand(t *testing.T) {
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
	db := filepath.Join(t.TempDir(), "feeds.db")
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
