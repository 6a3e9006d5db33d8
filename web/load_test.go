package web

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad/store/sqlite"
	"github.com/dyadproject/dyad/store/storetest"
)

// TestLoad is the bounded load test on loopback: DYAD_LOAD_CLIENTS clients
// (default 50) for DYAD_LOAD_SECONDS (default 20) against the events and
// relations endpoints of a store of 1,000,000 synthetic events (generated
// on first use at $DYAD_LOAD_DB, default /tmp/dyad-serve-1m.db). It runs
// only with DYAD_LOAD=1:
//
//	DYAD_LOAD=1 go test ./web -run TestLoad -v -timeout 30m
func TestLoad(t *testing.T) {
	if os.Getenv("DYAD_LOAD") == "" {
		t.Skip("set DYAD_LOAD=1 to run the load test")
	}
	clients := envInt("DYAD_LOAD_CLIENTS", 50)
	dur := time.Duration(envInt("DYAD_LOAD_SECONDS", 20)) * time.Second
	path := os.Getenv("DYAD_LOAD_DB")
	if path == "" {
		path = "/tmp/dyad-serve-1m.db"
	}
	_, statErr := os.Stat(path)
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if statErr != nil {
		start := time.Now()
		if err := storetest.Generate(ctx, st, 1_000_000, 50_000, 1); err != nil {
			t.Fatal(err)
		}
		st.DB().Exec("ANALYZE")
		t.Logf("generated 1,000,000 events in %s", time.Since(start).Round(time.Second))
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats.Events < 1_000_000 {
		t.Fatalf("%s: %d events (%v), want 1,000,000", path, stats.Events, err)
	}
	w, err := New(Config{Store: st, Logf: t.Logf}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := NewHTTPServer(ln.Addr().String(), w)
	go hs.Serve(ln)
	defer Shutdown(hs, 5*time.Second)
	base := "http://" + ln.Addr().String()

	// The request mix: event lists with the filters analysts use, a second
	// page by cursor, and relations of busy and quiet dyads.
	var cursor string
	{
		var p eventsPage
		resp, err := http.Get(base + "/api/v1/events?source=CHN&target=PRK&limit=50")
		if err != nil {
			t.Fatal(err)
		}
		if err := decodeJSON(resp, &p); err != nil || p.NextCursor == "" {
			t.Fatalf("first page: %v, cursor %q", err, p.NextCursor)
		}
		cursor = p.NextCursor
	}
	type target struct{ kind, path string }
	targets := []target{
		{"events", "/api/v1/events?limit=50"},
		{"events", "/api/v1/events?source=CHN&target=PRK&limit=50"},
		{"events", "/api/v1/events?source=CHN&target=PRK&limit=50&cursor=" + cursor},
		{"events", "/api/v1/events?country=JPN&quad=4&limit=50"},
		{"events", "/api/v1/events?actor=RUS&cameo=05&since=2020&until=2022&limit=50"},
		{"events", "/api/v1/events?source=USA&root=19&limit=20"},
		{"relations", "/api/v1/relations/CHN/PRK"},
		{"relations", "/api/v1/relations/USA/RUS"},
		{"relations", "/api/v1/relations/KOR/JPN?since=2020"},
		{"relations", "/api/v1/relations/IRN/ISR"},
	}
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	client := &http.Client{Transport: tr, Timeout: 60 * time.Second}
	defer tr.CloseIdleConnections()

	type sample struct {
		kind, path string
		lat        time.Duration
		ok         bool
	}
	var mu sync.Mutex
	var samples []sample
	errs := map[string]int{}
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local []sample
			for i := c; time.Now().Before(deadline); i++ {
				tg := targets[i%len(targets)]
				start := time.Now()
				resp, err := client.Get(base + tg.path)
				ok := err == nil && resp.StatusCode == http.StatusOK
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				local = append(local, sample{tg.kind, tg.path, time.Since(start), ok})
				if !ok {
					mu.Lock()
					if err != nil {
						errs[err.Error()]++
					} else {
						errs[tg.path+": "+resp.Status]++
					}
					mu.Unlock()
				}
			}
			mu.Lock()
			samples = append(samples, local...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	byKind := map[string][]time.Duration{}
	failed := 0
	for _, s := range samples {
		byKind[s.kind] = append(byKind[s.kind], s.lat)
		byKind["all"] = append(byKind["all"], s.lat)
		byKind[s.path] = append(byKind[s.path], s.lat)
		if !s.ok {
			failed++
		}
	}
	t.Logf("%d clients for %s on %d events: %d requests (%.0f/s), %d errors", clients, dur, stats.Events,
		len(samples), float64(len(samples))/dur.Seconds(), failed)
	kinds := []string{"events", "relations", "all"}
	for _, tg := range targets {
		kinds = append(kinds, tg.path)
	}
	for _, k := range kinds {
		l := byKind[k]
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		if len(l) == 0 {
			continue
		}
		q := func(p float64) time.Duration {
			return l[min(len(l)-1, int(p*float64(len(l))))].Round(100 * time.Microsecond)
		}
		t.Logf("%-9s n=%-6d p50 %-9s p90 %-9s p99 %-9s max %s", k, len(l), q(0.50), q(0.90), q(0.99), l[len(l)-1].Round(time.Millisecond))
	}
	for e, n := range errs {
		t.Errorf("%d× %s", n, e)
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func decodeJSON(resp *http.Response, v any) error {
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %s", resp.Status)
	}
	return jsonDecode(resp.Body, v)
}
