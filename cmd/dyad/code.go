package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
)

func init() {
	register(command{name: "code", summary: "code news documents into CAMEO/PLOVER events (JSONL or TSV)",
		run: func(args []string) error { return runCode(args, os.Stdout, os.Stderr) }})
}

// codeFunc codes one document; *coder.Coder's Code in production.
type codeFunc func(news.Document) ([]event.Event, error)

var (
	sharedCoder     *coder.Coder
	sharedCoderErr  error
	sharedCoderOnce sync.Once
)

// defaultCoder builds the project's coder once: loading the parser, KB and
// dictionaries is the slow part of a run.
func defaultCoder() (*coder.Coder, error) {
	sharedCoderOnce.Do(func() { sharedCoder, sharedCoderErr = coder.New(coder.Options{}) })
	return sharedCoder, sharedCoderErr
}

func runCode(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date (ISO 8601) for every document, overriding datelines")
	format := fs.String("format", "jsonl", "output format: jsonl (schema 1) or tsv (GDELT-style)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded at once")
	dict := fs.String("dict", "", "petrarch:DIR codes with PETRARCH/TABARI dictionaries (verbs, actors, agents, discards in DIR) instead of dyad's own")
	withKB := fs.Bool("with-kb", false, "with --dict: add the PETRARCH actors and agents to dyad's own knowledge base instead of replacing it")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad code [--published DATE] [--format jsonl|tsv] [--workers N] [--dict petrarch:DIR] FILE...|-\n\n"+
			"Reads plain text, HTML and JSON Lines documents (directories are walked; - is standard input)\n"+
			"and writes one event record per line to standard output, in input order.")
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
	w, err := eventWriter(*format, stdout)
	if err != nil {
		return err
	}
	var code func(news.Document) ([]event.Event, error)
	if *dict != "" {
		pc, err := petrarchCoder(*dict, *withKB)
		if err != nil {
			return fmt.Errorf("--dict %s: %w", *dict, err)
		}
		code = pc
	} else {
		c, err := defaultCoder()
		if err != nil {
			return fmt.Errorf("loading the coder: %w", err)
		}
		code = c.Code
	}
	failed, err := codeStream(fs.Args(), *published, *workers, code, func(_ *news.Document, evs []event.Event) error {
		for i := range evs {
			if err := w.Write(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	}, stderr)
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("writing events: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) could not be read or coded (see above)", failed)
	}
	return nil
}

// item is one document (or one input failure) travelling through the
// pipeline; seq keeps input order.
type item struct {
	seq  int
	file string
	doc  news.Document
	evs  []event.Event
	err  error
}

// codeStream reads every document of paths, codes them on workers
// goroutines and hands each document's events to emit in input order.
// Unreadable inputs and documents the coder fails on are reported on stderr,
// in input order, and counted; the rest carry on. An emit error stops the run.
func codeStream(paths []string, published string, workers int, code codeFunc,
	emit func(*news.Document, []event.Event) error, stderr io.Writer) (failed int, err error) {
	if workers < 1 {
		workers = 1
	}
	jobs := make(chan item)
	results := make(chan item, workers)
	// Bound the documents in flight so a slow one cannot make the reorder
	// buffer grow without limit.
	slots := make(chan struct{}, 4*workers)
	done := make(chan struct{})

	go func() {
		defer close(jobs)
		seq := 0
		send := func(it item) bool {
			select {
			case slots <- struct{}{}:
			case <-done:
				return false
			}
			it.seq = seq
			seq++
			jobs <- it
			return true
		}
		for _, p := range paths {
			files, err := news.Expand([]string{p})
			if err != nil {
				if !send(item{file: p, err: err}) {
					return
				}
				continue
			}
			for _, f := range files {
				if !readFile(f, published, send) {
					return
				}
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				if it.err == nil {
					it.evs, it.err = safeCode(code, it.doc)
					if it.err != nil {
						it.err = fmt.Errorf("%s: document %q: %w", it.file, it.doc.ID, it.err)
					}
				}
				results <- it
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]item{}
	next := 0
	for it := range results {
		pending[it.seq] = it
		for {
			it, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			switch {
			case it.err != nil:
				failed++
				fmt.Fprintf(stderr, "dyad code: %v\n", it.err)
			case err == nil:
				if werr := emit(&it.doc, it.evs); werr != nil {
					err = werr
					close(done)
				}
			}
		}
	}
	return failed, err
}

// readFile sends every document of one file; a bad document is sent as an
// error item and reading goes on. It returns false when the run was stopped.
func readFile(path, published string, send func(item) bool) bool {
	r, err := news.Open(path)
	if err != nil {
		return send(item{file: path, err: err})
	}
	defer r.Close()
	for {
		doc, err := r.Next()
		if errors.Is(err, io.EOF) {
			return true
		}
		var de *news.DocError
		if errors.As(err, &de) {
			if !send(item{file: path, err: err}) {
				return false
			}
			continue
		}
		if err != nil {
			return send(item{file: path, err: err})
		}
		if published != "" {
			if err := doc.SetPublished(published); err != nil {
				if !send(item{file: path, err: fmt.Errorf("%s: document %q: %w", path, doc.ID, err)}) {
					return false
				}
				continue
			}
		}
		if !send(item{file: path, doc: doc}) {
			return false
		}
	}
}

// safeCode codes a document, turning a panic in the coder into an error so
// one bad document never stops a batch.
func safeCode(code codeFunc, doc news.Document) (evs []event.Event, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("coder panic: %v", p)
		}
	}()
	return code(doc)
}

// eventWriter returns the writer of a --format value.
func eventWriter(format string, w io.Writer) (interface {
	Write(*event.Event) error
	Flush() error
}, error) {
	switch format {
	case "jsonl":
		return event.NewJSONLWriter(w), nil
	case "tsv":
		return event.NewTSVWriter(w), nil
	}
	return nil, fmt.Errorf("--format %q: want jsonl or tsv", format)
}

// checkPublished validates a --published value before any input is read, so
// a typo fails at once rather than on every document.
func checkPublished(iso string) error {
	if iso == "" {
		return nil
	}
	var probe news.Document
	if err := probe.SetPublished(iso); err != nil {
		return fmt.Errorf("--published: %w", err)
	}
	return nil
}
