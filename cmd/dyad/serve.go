package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"sync"
	"syscall"
	"time"

	"github.com/dyadproject/dyad/examples"
	"github.com/dyadproject/dyad/feeds"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/sqlite"
	"github.com/dyadproject/dyad/web"
)

func init() {
	register(command{name: "serve", summary: "serve the JSON API, feeds and the web UI over the event database",
		run: func(args []string) error { return runServe(args, os.Stderr) }})
}

func runServe(args []string, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, args, stderr, nil)
}

// serve runs the server until ctx ends (SIGINT or SIGTERM), then shuts it
// down gracefully; ready, when not nil, receives the address it listens on.
func serve(ctx context.Context, args []string, stderr io.Writer, ready chan<- string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback unless told otherwise)")
	demo := fs.Bool("demo", false, "load the example corpus when the database is empty")
	poll := fs.Duration("poll", 15*time.Minute, "how often feeds are polled (0: never)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad serve [--db FILE] [--addr HOST:PORT] [--demo] [--poll DURATION]\n\n"+
			"Serves the JSON API (/api/v1, described by /api/v1/openapi.json), the web UI and /metrics.\n"+
			"On first run a write token is created and printed once on standard error; only its hash is stored.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if postgres.IsDSN(*db) {
		return fmt.Errorf("--db %s: dyad %s keeps its tokens and feeds beside the events and needs an SQLite file for now", *db, "serve")
	}
	st, err := sqlite.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	tokens, tok, err := web.LoadTokens(ctx, st.DB())
	if err != nil {
		return err
	}
	if tok != "" {
		fmt.Fprintf(stderr, "dyad serve: created the API write token (shown only now; its SHA-256 is kept in %s):\n\n    %s\n\n", *db, tok)
	}
	fmt.Fprintln(stderr, "dyad serve: loading the coder...")
	c, err := defaultCoder()
	if err != nil {
		return fmt.Errorf("loading the coder: %w", err)
	}
	if *demo {
		if err := loadDemo(ctx, st, c.Code, stderr); err != nil {
			return err
		}
	}
	reg, err := feeds.Open(st.DB(), func(ctx context.Context, d news.Document) error {
		return storeDocument(ctx, st, c.Code, d)
	})
	if err != nil {
		return err
	}
	cfg := web.Config{Store: st, DB: st.DB(), Code: c.Code, Feeds: reg, Logf: logTo(stderr)}
	if m, err := nlp.Default(); err == nil {
		cfg.Highlight = web.VerbFinder(m)
	}
	srv, err := web.New(cfg, tokens)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	hs := web.NewHTTPServer(*addr, srv)
	if *poll > 0 {
		go reg.Run(ctx, *poll, logTo(stderr))
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	fmt.Fprintf(stderr, "dyad serve: listening on http://%s/ (database %s)\n", ln.Addr(), *db)
	if ready != nil {
		ready <- ln.Addr().String()
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "dyad serve: shutting down")
	if err := web.Shutdown(hs, 10*time.Second); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func logTo(w io.Writer) func(string, ...any) {
	var mu sync.Mutex
	return func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s "+format+"\n", append([]any{time.Now().UTC().Format(time.RFC3339)}, args...)...)
	}
}

// storeDocument codes a document and stores it with its records.
func storeDocument(ctx context.Context, st store.Store, code codeFunc, d news.Document) error {
	if ok, err := st.HasDocument(ctx, d.ID); err != nil || ok {
		return err
	}
	evs, err := code(d)
	if err != nil {
		return fmt.Errorf("coding %s: %w", d.ID, err)
	}
	_, err = st.AddDocument(ctx, store.Document{ID: d.ID, Outlet: d.Outlet, URL: d.URL, Published: d.Published,
		Title: d.Title, Text: d.Text}, evs)
	return err
}

// loadDemo ingests the embedded example corpus into an empty store.
func loadDemo(ctx context.Context, st store.Store, code codeFunc, stderr io.Writer) error {
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if stats.Documents > 0 {
		fmt.Fprintf(stderr, "dyad serve: --demo: the database already holds %d documents; nothing loaded\n", stats.Documents)
		return nil
	}
	names, err := fs.Glob(examples.FS, "*.txt")
	if err != nil {
		return err
	}
	sort.Strings(names)
	start := time.Now()
	jobs := make(chan string)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var failed int
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range jobs {
				err := demoDoc(ctx, st, code, name)
				if err != nil {
					mu.Lock()
					failed++
					fmt.Fprintf(stderr, "dyad serve: --demo: %s: %v\n", name, err)
					mu.Unlock()
				}
			}
		}()
	}
	for _, n := range names {
		jobs <- n
	}
	close(jobs)
	wg.Wait()
	stats, _ = st.Stats(ctx)
	fmt.Fprintf(stderr, "dyad serve: --demo: loaded %d example articles in %.1fs: %d events (%d failed)\n",
		len(names)-failed, time.Since(start).Seconds(), stats.Events, failed)
	return nil
}

func demoDoc(ctx context.Context, st store.Store, code codeFunc, name string) error {
	f, err := examples.FS.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	d, err := news.NewReader(f, name, news.Text).Next()
	if err != nil {
		return err
	}
	return storeDocument(ctx, st, code, d)
}
