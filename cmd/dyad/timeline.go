package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/dyadproject/dyad/store"
)

func init() {
	register(command{name: "timeline", summary: "an actor's or a dyad's events in date order",
		run: func(args []string) error { return runTimeline(args, os.Stdout, os.Stderr) }})
}

// queryFlags are the event filters timeline and export share.
type queryFlags struct {
	since, until, cameo, text, plover *string
	quad                              *int
}

func addQueryFlags(fs *flag.FlagSet) *queryFlags {
	return &queryFlags{
		since:  fs.String("since", "", "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
		until:  fs.String("until", "", "only events up to this date, inclusive (Until 2024 includes all of 2024)"),
		cameo:  fs.String("cameo", "", "only this CAMEO code or its children (\"05\", \"051\")"),
		quad:   fs.Int("quad", 0, "only this QuadClass (1 verbal cooperation ... 4 material conflict)"),
		text:   fs.String("text", "", "only events whose evidence sentence matches this full-text query"),
		plover: fs.String("plover", "", "only events of this PLOVER type (CONSULT, ASSAULT, ...)"),
	}
}

func (f *queryFlags) apply(q *store.Query) error {
	q.Since, q.Until, q.Cameo, q.Quad, q.Text, q.Plover = *f.since, *f.until, *f.cameo, *f.quad, *f.text, strings.ToUpper(*f.plover)
	if q.Quad < 0 || q.Quad > 4 {
		return fmt.Errorf("--quad %d: want 1 to 4", q.Quad)
	}
	if q.Plover != "" && !store.IsPlover(q.Plover) {
		return fmt.Errorf("--plover %q: want one of %s", *f.plover, strings.Join(store.PloverTypes(), ", "))
	}
	return nil
}

func runTimeline(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	qf := addQueryFlags(fs)
	limit := fs.Int("limit", 50, "the latest N events (0: all)")
	directed := fs.Bool("directed", false, "with B, only events from A to B")
	asJSON := fs.Bool("json", false, "print JSON Lines, one event a line")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad timeline [--db FILE|postgres://...] [filters] [--limit N] [--json] A [B]\n\n"+
			"The events of actor A (with B: between A and B) oldest first; the latest --limit of them.\n"+
			"A and B are country codes (PRK) or full actor codes (PRKGOV).")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 1 || len(pos) > 2 {
		fs.Usage()
		return errors.New("want one or two actors")
	}
	q := store.Query{A: actorArg(pos[0]), Limit: *limit, Directed: *directed}
	if len(pos) == 2 {
		q.B = actorArg(pos[1])
	}
	if err := qf.apply(&q); err != nil {
		return err
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	var evs []store.Event
	if err := st.Events(context.Background(), q, func(e store.Event) error { evs = append(evs, e); return nil }); err != nil {
		return err
	}
	slices.Reverse(evs)
	if *asJSON {
		enc := jsonLines(stdout)
		for _, e := range evs {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	}
	if len(evs) == 0 {
		fmt.Fprintln(stdout, "no events")
		return nil
	}
	printEvents(stdout, evs)
	return nil
}
