package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/dyadproject/dyad/feeds"
	"github.com/dyadproject/dyad/news"
)

func init() {
	register(command{name: "feeds", summary: "manage RSS/Atom subscriptions: add URL, list, remove ID, poll [ID...]",
		run: func(args []string) error { return runFeeds(args, os.Stdout, os.Stderr) }})
}

func runFeeds(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("feeds", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "list as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad feeds [--db FILE|DSN] add URL | list [--json] | remove ID | poll [ID...]\n\n"+
			"Subscriptions are kept in the event database (an SQLite file or PostgreSQL); `dyad serve` over\n"+
			"the same database polls them on a schedule (--poll),\n"+
			"`dyad feeds poll` once now: new items are fetched, extracted, coded and stored; items seen\n"+
			"before (by GUID or URL) are skipped.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("no action (add, list, remove or poll)")
	}
	action, rest := fs.Arg(0), fs.Args()[1:]
	if err := fs.Parse(rest); err != nil { // flags may follow the action
		return err
	}
	rest = fs.Args()
	ctx := context.Background()
	st, err := openServerStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var reg *feeds.Registry
	ingest := func(ctx context.Context, d news.Document) error {
		c, err := defaultCoder()
		if err != nil {
			return fmt.Errorf("loading the coder: %w", err)
		}
		return storeDocument(ctx, st, c.Code, d)
	}
	if reg, err = feeds.Open(st, ingest); err != nil {
		return err
	}
	ids := func() ([]int64, error) {
		var out []int64
		for _, a := range rest {
			id, err := strconv.ParseInt(a, 10, 64)
			if err != nil || id <= 0 {
				return nil, fmt.Errorf("feed id %q: want a positive integer (see dyad feeds list)", a)
			}
			out = append(out, id)
		}
		return out, nil
	}
	switch action {
	case "add":
		if len(rest) != 1 {
			return errors.New("usage: dyad feeds add URL")
		}
		f, err := reg.Add(ctx, rest[0])
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "feed %d: %s\n", f.ID, f.URL)
	case "list":
		list, err := reg.List(ctx)
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(list)
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tURL\tTITLE\tITEMS\tPOLLED\tERROR")
		for _, f := range list {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%s\n", f.ID, f.URL, f.Title, f.Items, f.Polled, f.Error)
		}
		return tw.Flush()
	case "remove":
		list, err := ids()
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return errors.New("usage: dyad feeds remove ID...")
		}
		for _, id := range list {
			if err := reg.Remove(ctx, id); err != nil {
				return err
			}
		}
	case "poll":
		list, err := ids()
		if err != nil {
			return err
		}
		var todo []feeds.Feed
		if len(list) == 0 {
			if todo, err = reg.List(ctx); err != nil {
				return err
			}
		}
		for _, id := range list {
			f, err := reg.Get(ctx, id)
			if err != nil {
				return err
			}
			todo = append(todo, f)
		}
		var errs []error
		for _, f := range todo {
			res, err := reg.Poll(ctx, f)
			if err != nil {
				errs = append(errs, err)
				fmt.Fprintf(stderr, "dyad feeds: %v\n", err)
				continue
			}
			fmt.Fprintf(stdout, "feed %d %s: %d items, %d new, %d seen before, %d failed%s\n", f.ID, f.URL, res.Items, res.New,
				res.Skipped, res.Failed, map[bool]string{true: " (not modified)"}[res.NotModified])
		}
		if len(errs) > 0 {
			return fmt.Errorf("%d feed(s) could not be polled", len(errs))
		}
	default:
		fs.Usage()
		return fmt.Errorf("unknown action %q", action)
	}
	return nil
}
