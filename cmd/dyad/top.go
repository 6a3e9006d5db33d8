package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/dyadproject/dyad/relate"
	"github.com/dyadproject/dyad/store"
)

func init() {
	register(command{name: "top", summary: "the busiest dyads, with their latest warming or cooling",
		run: func(args []string) error { return runTop(args, os.Stdout, os.Stderr) }})
}

func jsonLines(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// topRow is one dyad of `dyad top`.
type topRow struct {
	relate.Edge
	// Change is the dyad's latest flagged change (both directions
	// together), nil when none.
	Change *relate.Change `json:"change"`
}

func runTop(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("top", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	since := fs.String("since", "", "only events on or after this date")
	actor := fs.String("actor", "", "only dyads of this actor (country or actor code)")
	limit := fs.Int("limit", 20, "dyads listed")
	asJSON := fs.Bool("json", false, "print JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad top [--db FILE|postgres://...] [--since DATE] [--actor A] [--limit N] [--json]\n\n"+
			"The busiest directed country dyads by event count, with mean Goldstein and the latest\n"+
			"warming or cooling flagged for the pair (see 'dyad relations -h' for the method).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	dyads, err := st.Dyads(ctx, store.Query{A: actorArg(*actor), Since: *since}, *limit)
	if err != nil {
		return err
	}
	g := relate.Network(dyads)
	rows := make([]topRow, 0, len(g.Edges))
	for _, e := range g.Edges {
		row := topRow{Edge: e}
		buckets, err := st.Monthly(ctx, store.Query{A: e.Source, B: e.Target, Since: *since})
		if err != nil {
			return err
		}
		if ch := relate.Detect(relate.NewSeries(buckets), relate.Options{}); len(ch) > 0 {
			row.Change = &ch[len(ch)-1]
		}
		rows = append(rows, row)
	}
	if *asJSON {
		return writeJSON(stdout, map[string]any{"dyads": rows, "nodes": g.Nodes})
	}
	if len(rows) == 0 {
		fmt.Fprintln(stdout, "no dyads")
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "source\ttarget\tevents\tmentions\tmean goldstein\tlatest change")
	for _, r := range rows {
		ch := "-"
		if r.Change != nil {
			ch = fmt.Sprintf("%s %s (z %+.1f)", r.Change.Direction, r.Change.Month, r.Change.Z)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%+.2f\t%s\n", r.Source, r.Target, r.Events, r.Mentions, r.Goldstein, ch)
	}
	return tw.Flush()
}
