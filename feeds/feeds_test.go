package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/sqlite"
)

const page = `<!doctype html><html><head><title>%s</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>%s</h1>
<p>%s</p>
<p>Officials in both capitals described the talks as frank and said working groups would meet again within weeks to settle the remaining questions.</p>
</article><footer>Copyright the example outlet</footer></body></html>`

// site serves a feed whose body can be swapped, with an ETag, and article
// pages; it counts requests by path and conditional hits.
type site struct {
	mu       sync.Mutex
	feed     string
	etag     string
	hits     map[string]int
	notModif int
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	switch {
	case r.URL.Path == "/feed":
		if r.Header.Get("If-None-Match") == s.etag {
			s.notModif++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", s.etag)
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, s.feed)
	case strings.HasPrefix(r.URL.Path, "/news/"):
		n := strings.TrimPrefix(r.URL.Path, "/news/")
		fmt.Fprintf(w, page, "Story "+n, "Story "+n, "Envoys of Ruritania and Freedonia met in Geneva on Tuesday for talks on story number "+n+".")
	default:
		http.NotFound(w, r)
	}
}

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>%[1]s</link>
<item><title>Story one</title><link>%[1]s/news/1</link><guid>urn:story:1</guid><pubDate>Tue, 10 Sep 2024 08:00:00 GMT</pubDate></item>
<item><title>Story two</title><link>%[1]s/news/2</link><guid>urn:story:2</guid><pubDate>Wed, 11 Sep 2024 08:00:00 GMT</pubDate></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title>Story two again</title><link href="%[1]s/news/2"/><id>urn:story:2-updated</id><updated>2024-09-12T08:00:00Z</updated></entry>
<entry><title>Story one</title><link href="%[1]s/news/1"/><id>urn:story:1</id><updated>2024-09-10T08:00:00Z</updated></entry>
<entry><title>Story three</title><link href="/news/3"/><id>urn:story:3</id><updated>2024-09-13T08:00:00Z</updated></entry>
</feed>`

// TestPoll runs on both stores (PostgreSQL when DYAD_TEST_POSTGRES is set).
func TestPoll(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		st, err := sqlite.Open(filepath.Join(t.TempDir(), "f.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		testPoll(t, st)
	})
	t.Run("postgres", func(t *testing.T) {
		st, err := postgres.Open(context.Background(), pgtest.DSN(t))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		testPoll(t, st)
	})
}

func testPoll(t *testing.T, st store.Feeds) {
	s := &site{hits: map[string]int{}, etag: `"v1"`}
	srv := httptest.NewServer(s)
	defer srv.Close()
	s.feed = fmt.Sprintf(rss, srv.URL)

	var got []news.Document
	reg, err := Open(st, func(_ context.Context, d news.Document) error { got = append(got, d); return nil })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := reg.Add(ctx, "ftp://example.org/feed"); err == nil {
		t.Error("an ftp URL was accepted")
	}
	f, err := reg.Add(ctx, srv.URL+"/feed")
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := reg.Add(ctx, srv.URL+"/feed"); again.ID != f.ID {
		t.Errorf("adding the same URL twice made feed %d and %d", f.ID, again.ID)
	}

	res, err := reg.Poll(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 2 || len(got) != 2 {
		t.Fatalf("first poll: %+v, %d documents; want 2 new", res, len(got))
	}
	d := got[0]
	if !strings.Contains(d.Text, "Envoys of Ruritania and Freedonia met in Geneva") || strings.Contains(d.Text, "Copyright") {
		t.Errorf("extracted text %q: want the article without page furniture", d.Text)
	}
	if d.URL != srv.URL+"/news/1" || d.Published == "" || !strings.HasPrefix(d.ID, "feed-") {
		t.Errorf("document fields: id %q url %q published %q", d.ID, d.URL, d.Published)
	}

	// Unchanged feed: a conditional GET answered 304, nothing fetched.
	f, _ = reg.Get(ctx, f.ID)
	if f.Title != "Example Wire" || f.Items != 2 {
		t.Errorf("feed after poll: %+v", f)
	}
	res, err = reg.Poll(ctx, f)
	if err != nil || !res.NotModified || s.notModif != 1 {
		t.Fatalf("second poll: %+v, %v, %d conditional hits; want 304", res, err, s.notModif)
	}

	// A new version: story 2 under a new GUID (same URL) and story 1 are
	// skipped, story 3 (a relative link) is new.
	s.mu.Lock()
	s.feed, s.etag = fmt.Sprintf(atom, srv.URL), `"v2"`
	s.mu.Unlock()
	f, _ = reg.Get(ctx, f.ID)
	res, err = reg.Poll(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 1 || res.Skipped != 2 || len(got) != 3 || got[2].URL != srv.URL+"/news/3" {
		t.Fatalf("third poll: %+v; documents %d", res, len(got))
	}
	if s.hits["/news/1"] != 1 || s.hits["/news/2"] != 1 {
		t.Errorf("pages fetched again: %v", s.hits)
	}

	// A broken feed records its error on the subscription.
	bad, _ := reg.Add(ctx, srv.URL+"/missing")
	if _, err := reg.Poll(ctx, bad); err == nil {
		t.Error("a 404 feed polled without error")
	}
	bad, _ = reg.Get(ctx, bad.ID)
	if !strings.Contains(bad.Error, "404") {
		t.Errorf("feed error %q: want the HTTP status", bad.Error)
	}
	if err := reg.Remove(ctx, bad.ID); err != nil {
		t.Fatal(err)
	}
	if err := reg.Remove(ctx, bad.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("removing twice: %v, want ErrNotFound", err)
	}
	if fs, _ := reg.List(ctx); len(fs) != 1 {
		t.Errorf("%d feeds listed, want 1", len(fs))
	}
}
