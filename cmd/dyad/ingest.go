package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/store"
)

// defaultDB is the database file commands use without --db.
const defaultDB = "dyad.db"

func init() {
	register(command{name: "ingest", summary: "code documents and store them in the event database (default ./dyad.db)",
		run: func(args []string) error { return runIngest(args, os.Stderr, nil) }})
}

// dbFlag adds the --db flag every store command shares.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", defaultDB, "event database: an SQLite file (created when missing) or a postgres:// DSN")
}

// ingestStats is what an ingest run did.
type ingestStats struct {
	docs, added, existing, copies, mentions, newEvents, failed int
}

func runIngest(args []string, stderr io.Writer, code codeFunc) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	published := fs.String("published", "", "publication date (ISO 8601) for every document, overriding datelines")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded at once")
	quiet := fs.Bool("quiet", false, "no progress line and no summary")
	natsURL := fs.String("nats", "", "publish the documents to this NATS JetStream server for dyad workers instead of coding them here")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad ingest [--db FILE|postgres://...] [--published DATE] [--workers N] [--nats URL] PATH...|-\n\n"+
			"Reads plain text, HTML and JSON Lines documents (directories are walked; - is standard input),\n"+
			"codes them and stores documents, event records and merged events in the database\n"+
			"(default ./"+defaultDB+"). Each document is committed on its own: an interrupted run loses\n"+
			"nothing committed, and running again stores only what is missing.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("no input files (use - for standard input)")
	}
	if err := checkPublished(*published); err != nil {
		return err
	}
	if *natsURL != "" {
		return ingestNATS(*natsURL, fs.Args(), *published, *quiet, stderr)
	}
	st, err := openStore(context.Background(), *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if code == nil {
		c, err := defaultCoder()
		if err != nil {
			return fmt.Errorf("loading the coder: %w", err)
		}
		code = c.Code
	}
	ctx := context.Background()
	// Documents already stored are not coded again: a rerun after a crash
	// only pays for what is missing.
	skipStored := func(d news.Document) ([]event.Event, error) {
		if ok, err := st.HasDocument(ctx, d.ID); err != nil || ok {
			return nil, err
		}
		return code(d)
	}

	var (
		mu    sync.Mutex
		stats ingestStats
	)
	prog := newProgress(stderr, !*quiet && isTerminal(stderr))
	errs := &lineCounter{w: stderr, before: prog.clear}
	start := time.Now()
	prog.start(func() string {
		mu.Lock()
		defer mu.Unlock()
		el := time.Since(start).Seconds()
		return fmt.Sprintf("%d documents (%.1f/s), %d events, %d errors", stats.docs, float64(stats.docs)/el, stats.newEvents, errs.count())
	})
	failed, err := codeStream(fs.Args(), *published, *workers, skipStored, func(d *news.Document, evs []event.Event) error {
		res, err := st.AddDocument(ctx, store.Document{ID: d.ID, Outlet: d.Outlet, URL: d.URL, Published: d.Published,
			Title: d.Title, Text: d.Text}, evs)
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		stats.docs++
		switch {
		case !res.Added:
			stats.existing++
		default:
			stats.added++
			stats.mentions += res.Mentions
			stats.newEvents += res.NewEvents
			if res.CopyOf != "" {
				stats.copies++
			}
		}
		return nil
	}, errs)
	prog.stop()
	stats.failed = failed
	el := time.Since(start)
	if !*quiet {
		fmt.Fprintf(stderr, "dyad ingest: %d documents in %.1fs (%.1f/s): %d new (%d copies of stored stories), %d already stored; "+
			"%d event records (%.1f/s), %d new events; %d failed; database %s\n",
			stats.docs, el.Seconds(), float64(stats.docs)/el.Seconds(), stats.added, stats.copies, stats.existing,
			stats.mentions, float64(stats.mentions)/el.Seconds(), stats.newEvents, stats.failed, *db)
	}
	if err != nil {
		return fmt.Errorf("storing in %s: %w", *db, err)
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) could not be read or coded (see above)", failed)
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progress redraws one status line on a terminal every 250 ms.
type progress struct {
	w    io.Writer
	on   bool
	mu   sync.Mutex
	done chan struct{}
	wg   sync.WaitGroup
	last int
}

func newProgress(w io.Writer, on bool) *progress { return &progress{w: w, on: on} }

func (p *progress) start(line func() string) {
	if !p.on {
		return
	}
	p.done = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-t.C:
				s := line()
				p.mu.Lock()
				fmt.Fprintf(p.w, "\r%s%s", s, strings.Repeat(" ", max(0, p.last-len(s))))
				p.last = len(s)
				p.mu.Unlock()
			}
		}
	}()
}

// clear erases the status line so that other output starts on a clean line.
func (p *progress) clear() {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.last > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.last))
		p.last = 0
	}
}

func (p *progress) stop() {
	if !p.on {
		return
	}
	close(p.done)
	p.wg.Wait()
	p.clear()
}

// lineCounter passes error messages through, counting them and clearing the
// progress line first.
type lineCounter struct {
	w      io.Writer
	before func()
	mu     sync.Mutex
	n      int
}

func (l *lineCounter) Write(b []byte) (int, error) {
	l.before()
	l.mu.Lock()
	l.n += strings.Count(string(b), "\n")
	l.mu.Unlock()
	// codeStream, shared with dyad code, names that command.
	msg := strings.Replace(string(b), "dyad code: ", "dyad ingest: ", 1)
	if _, err := io.WriteString(l.w, msg); err != nil {
		return 0, err
	}
	return len(b), nil
}

func (l *lineCounter) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n
}
