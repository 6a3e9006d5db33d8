package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/queue"
)

func init() {
	register(command{name: "publish", summary: "put documents on a NATS JetStream work queue for dyad workers (as ingest --nats)",
		run: func(args []string) error { return runPublish(args, os.Stderr) }})
}

func runPublish(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("publish", flag.ContinueOnError)
	fs.SetOutput(stderr)
	url := fs.String("nats", nats.DefaultURL, "NATS server URL (comma-separated for a cluster)")
	published := fs.String("published", "", "publication date (ISO 8601) for every document, overriding datelines")
	quiet := fs.Bool("quiet", false, "no summary")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad publish [--nats URL] [--published DATE] PATH...|-\n\n"+
			"Reads documents as ingest does and publishes each to the work-queue stream "+queue.DefaultConfig.Stream+"\n"+
			"(created when missing; a document published again within the dedup window is dropped),\n"+
			"for any number of `dyad worker` processes to code and store.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("no input files (use - for standard input)")
	}
	return ingestNATS(*url, fs.Args(), *published, *quiet, stderr)
}

// ingestNATS is `dyad ingest --nats URL`: it reads every document of paths
// and publishes it to the work queue instead of coding it here. Unreadable
// documents are reported on stderr and counted; the rest go on.
func ingestNATS(url string, paths []string, published string, quiet bool, stderr io.Writer) error {
	if err := checkPublished(published); err != nil {
		return err
	}
	nc, err := nats.Connect(url, nats.Name("dyad publish"))
	if err != nil {
		return fmt.Errorf("connecting to NATS at %s: %w", url, err)
	}
	defer nc.Close()
	ctx := context.Background()
	p, err := queue.NewPublisher(ctx, nc, queue.Config{})
	if err != nil {
		return fmt.Errorf("NATS at %s: %w", url, err)
	}
	start := time.Now()
	failed := 0
	var pubErr error
	send := func(it item) bool {
		if it.err != nil {
			failed++
			fmt.Fprintf(stderr, "dyad ingest: %v\n", it.err)
			return true
		}
		if err := p.Publish(ctx, &it.doc); err != nil {
			pubErr = err
			return false
		}
		return true
	}
	for _, path := range paths {
		files, err := news.Expand([]string{path})
		if err != nil {
			send(item{file: path, err: err})
			continue
		}
		for _, f := range files {
			if !readFile(f, published, send) {
				break
			}
		}
		if pubErr != nil {
			break
		}
	}
	if pubErr == nil {
		pubErr = p.Flush(ctx)
	}
	if !quiet {
		el := time.Since(start).Seconds()
		fmt.Fprintf(stderr, "dyad ingest: %d documents published to %s in %.1fs (%.0f/s), %d already queued (dropped as duplicates), %d unreadable\n",
			p.Published, queue.DefaultConfig.Stream, el, float64(p.Published+p.Duplicates)/el, p.Duplicates, failed)
	}
	if pubErr != nil {
		return pubErr
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) could not be read (see above)", failed)
	}
	return nil
}
