package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/relate"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/sqlite"
)

func init() {
	register(command{name: "relations", summary: "relations between two actors (or one actor's): monthly tone, last contacts, changes",
		run: func(args []string) error { return runRelations(args, os.Stdout, os.Stderr) }})
}

// openExisting opens a database that must already exist: query commands
// never create an empty SQLite file by mistake. A postgres:// DSN opens the
// shared PostgreSQL store (openStore); its database must exist already.
func openExisting(path string) (store.Store, error) {
	if postgres.IsDSN(path) {
		return openStore(context.Background(), path)
	}
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no database %s (create one with 'dyad ingest --db %s FILES')", path, path)
		}
		return nil, err
	}
	return sqlite.Open(path)
}

// actorArg normalises an actor argument: country codes and actor codes are
// upper case.
func actorArg(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func cameoName(code string) string {
	if inf, ok := cameo.Lookup(code); ok {
		return inf.Name
	}
	return ""
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to n runes for a table cell.
func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

func runRelations(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("relations", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	since := fs.String("since", "", "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	recent := fs.Int("recent", 10, "latest events listed")
	months := fs.Int("months", 24, "months shown in the table, the latest (0: all; --json has all)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad relations [--db FILE|postgres://...] [--since DATE] [--json] A [B]\n\n"+
			"A and B are country codes (CHN, PRK) or full actor codes (CHNGOV). With B, the events\n"+
			"between A and B in both directions; without, all of A's events and its partners.\n"+
			"Shows the monthly series by QuadClass with the mean Goldstein value, the last event\n"+
			"of each kind and the gap before it, and months where the tone departs from the\n"+
			"dyad's own 12-month baseline (z-score of the monthly mean, confirmed by the next month).")
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
	a, b := actorArg(pos[0]), ""
	if len(pos) == 2 {
		b = actorArg(pos[1])
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	r, err := relate.Relations(context.Background(), st, a, b, *since, *recent)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, r)
	}
	return printReport(stdout, &r, *months)
}

var quadNames = [4]string{"vcoop", "mcoop", "vconf", "mconf"}

func printReport(w io.Writer, r *relate.Report, months int) error {
	title := r.A
	if r.B != "" {
		title += " – " + r.B
	}
	fmt.Fprintf(w, "%s: %d events", title, r.Events)
	if r.Since != "" {
		fmt.Fprintf(w, " since %s", r.Since)
	}
	fmt.Fprintln(w)
	if r.Events == 0 {
		return nil
	}

	series := r.Series
	head := "\nMonthly (QuadClass: verbal/material cooperation, verbal/material conflict):"
	if months > 0 && len(series) > months {
		series = series[len(series)-months:]
		head = fmt.Sprintf("\nMonthly, the last %d of %d months (--months 0 for all; QuadClass: verbal/material cooperation, verbal/material conflict):", months, len(r.Series))
	}
	fmt.Fprintln(w, head)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "month\tevents\t%s\t%s\t%s\t%s\tgoldstein\t\n", quadNames[0], quadNames[1], quadNames[2], quadNames[3])
	for _, p := range series {
		if p.Events == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%+.2f\t\n", p.Month, p.Events, p.ByQuad[0], p.ByQuad[1], p.ByQuad[2], p.ByQuad[3], p.Goldstein)
	}
	tw.Flush()

	if len(r.Changes) > 0 {
		fmt.Fprintln(w, "\nChanges against the dyad's own baseline:")
		for _, c := range r.Changes {
			t := ""
			if c.Tentative {
				t = " (tentative: the latest month)"
			}
			fmt.Fprintf(w, "  %s %s: mean Goldstein %+.2f against %+.2f (sd %.2f), z %+.1f%s\n", c.Month, c.Direction, c.Mean, c.Baseline, c.Std, c.Z, t)
		}
	}

	if len(r.Gaps) > 0 {
		fmt.Fprintln(w, "\nLast event of each kind:")
		for i, g := range r.Gaps {
			if i == 15 {
				fmt.Fprintf(w, "  ... %d more kinds (--json lists all)\n", len(r.Gaps)-i)
				break
			}
			fmt.Fprintf(w, "  %s (%s)\n", g, g.Name)
		}
	}

	if r.B == "" && len(r.Partners.Edges) > 0 {
		fmt.Fprintln(w, "\nPartners:")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  source\ttarget\tevents\tmentions\tmean goldstein")
		for i, e := range r.Partners.Edges {
			if i == 15 {
				break
			}
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%d\t%+.2f\n", e.Source, e.Target, e.Events, e.Mentions, e.Goldstein)
		}
		tw.Flush()
	}

	if len(r.Recent) > 0 {
		fmt.Fprintln(w, "\nLatest events:")
		printEvents(w, r.Recent)
	}
	return nil
}

// printEvents writes events as a table.
func printEvents(w io.Writer, evs []store.Event) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  date\tsource\ttarget\tcameo\tgoldstein\tmentions\tsources\tevidence")
	for _, e := range evs {
		neg := ""
		if e.Negated {
			neg = "not "
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s%s %s\t%+.1f\t%d\t%d\t%s\n", orDash(e.Date), orDash(e.Source), orDash(e.Target),
			neg, e.Cameo, clip(cameoName(e.Cameo), 24), e.Goldstein, e.Mentions, e.Sources, clip(e.Text, 80))
	}
	tw.Flush()
}
