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
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/dyadproject/dyad/examples"
	"github.com/dyadproject/dyad/feeds"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/web"
)

func init() {
	register(command{name: "serve", summary: "serve the JSON API, feeds and the web UI over the event database; serve token: write tokens",
		run: func(args []string) error {
			if len(args) > 0 && args[0] == "token" {
				return runServeToken(args[1:], os.Stdout, os.Stderr)
			}
			return runServe(args, os.Stderr)
		}})
}

func runServe(args []string, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, args, stderr, nil)
}

// openServerStore opens the store a --db argument names, with the tables
// the server keeps beside the events (its write tokens and feeds).
func openServerStore(ctx context.Context, db string) (store.ServerStore, error) {
	st, err := openStore(ctx, db)
	if err != nil {
		return nil, err
	}
	ss, ok := st.(store.ServerStore)
	if !ok {
		st.Close()
		return nil, fmt.Errorf("--db %s: this store keeps no tokens or feeds", dbName(db))
	}
	return ss, nil
}

// dbName is a --db argument as shown in messages: a DSN without its
// password.
func dbName(db string) string {
	if postgres.IsDSN(db) {
		return postgres.Redact(db)
	}
	return db
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
		fmt.Fprintln(stderr, "usage: dyad serve [--db FILE|DSN] [--addr HOST:PORT] [--demo] [--poll DURATION]\n"+
			"       dyad serve token [--db FILE|DSN] list | add | revoke HASH-PREFIX\n\n"+
			"Serves the JSON API (/api/v1, described by /api/v1/openapi.json), the web UI and /metrics over\n"+
			"an SQLite file or a PostgreSQL database (postgres://...), which also keeps the write tokens and\n"+
			"the feeds. On first run a write token is created and printed once on standard error; only its\n"+
			"hash is stored. `dyad serve token` adds, lists and revokes tokens; running servers see the\n"+
			"change at the next request.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	st, err := openServerStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	tokens, tok, err := web.LoadTokens(ctx, st)
	if err != nil {
		return err
	}
	if tok != "" {
		fmt.Fprintf(stderr, "dyad serve: created the API write token (shown only now; its SHA-256 is kept in %s):\n\n    %s\n\n", dbName(*db), tok)
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
	reg, err := feeds.Open(st, func(ctx context.Context, d news.Document) error {
		return storeDocument(ctx, st, c.Code, d)
	})
	if err != nil {
		return err
	}
	cfg := web.Config{Store: st, Code: c.Code, Feeds: reg, Logf: logTo(stderr)}
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
	fmt.Fprintf(stderr, "dyad serve: listening on http://%s/ (database %s)\n", ln.Addr(), dbName(*db))
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

// runServeToken manages the write tokens kept in the store.
func runServeToken(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve token", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad serve token [--db FILE|DSN] list | add | revoke HASH-PREFIX\n\n"+
			"list: the stored tokens by the SHA-256 of each (the tokens themselves are never stored);\n"+
			"add: create a token and print it once on standard output; revoke: drop the token whose\n"+
			"hash starts with HASH-PREFIX (at least 8 hex digits, as list shows them).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("no action (list, add or revoke)")
	}
	action, rest := fs.Arg(0), fs.Args()[1:]
	if err := fs.Parse(rest); err != nil { // flags may follow the action
		return err
	}
	rest = fs.Args()
	ctx := context.Background()
	switch action {
	case "list", "add", "revoke":
	default:
		fs.Usage()
		return fmt.Errorf("unknown action %q", action)
	}
	if want := map[string]int{"list": 0, "add": 0, "revoke": 1}[action]; len(rest) != want {
		return fmt.Errorf("dyad serve token %s takes %d argument(s), got %q", action, want, rest)
	}
	st, err := openServerStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	switch action {
	case "list":
		list, err := st.ListTokens(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "HASH\tCREATED")
		for _, t := range list {
			fmt.Fprintf(tw, "%s\t%s\n", t.Hash[:min(16, len(t.Hash))], t.Created)
		}
		return tw.Flush()
	case "add":
		tok, err := web.NewTokens(st).Create(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "dyad serve token: created a write token (shown only now; its SHA-256 is kept in %s)\n", dbName(*db))
		fmt.Fprintln(stdout, tok)
	case "revoke":
		prefix := strings.ToLower(rest[0])
		if len(prefix) < 8 || strings.Trim(prefix, "0123456789abcdef") != "" {
			return fmt.Errorf("token hash prefix %q: want at least 8 hex digits (see dyad serve token list)", rest[0])
		}
		list, err := st.ListTokens(ctx)
		if err != nil {
			return err
		}
		var match []string
		for _, t := range list {
			if strings.HasPrefix(t.Hash, prefix) {
				match = append(match, t.Hash)
			}
		}
		switch len(match) {
		case 0:
			return fmt.Errorf("no token hash starts with %s (see dyad serve token list)", prefix)
		case 1:
		default:
			return fmt.Errorf("%d token hashes start with %s: give more digits", len(match), prefix)
		}
		if err := st.RevokeToken(ctx, match[0]); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "dyad serve token: revoked %s\n", match[0][:16])
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
