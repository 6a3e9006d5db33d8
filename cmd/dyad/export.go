package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/store"
)

func init() {
	register(command{name: "export", summary: "export stored events as JSON Lines, CSV, GDELT-style TSV or Parquet",
		run: func(args []string) error { return runExport(args, os.Stdout, os.Stderr) }})
}

// pqEvent is the Parquet row of a merged event.
type pqEvent struct {
	ID            string  `parquet:"id"`
	Date          string  `parquet:"date"`
	Source        string  `parquet:"source"`
	SourceCountry string  `parquet:"source_country"`
	Target        string  `parquet:"target"`
	TargetCountry string  `parquet:"target_country"`
	Cameo         string  `parquet:"cameo"`
	Quad          int32   `parquet:"quad"`
	Goldstein     float64 `parquet:"goldstein"`
	Plover        string  `parquet:"plover"`
	Negated       bool    `parquet:"negated"`
	Mentions      int32   `parquet:"mentions"`
	Sources       int32   `parquet:"sources"`
	Articles      int32   `parquet:"articles"`
	FirstSeen     string  `parquet:"first_seen"`
	LastSeen      string  `parquet:"last_seen"`
	Doc           string  `parquet:"doc"`
	Text          string  `parquet:"text"`
}

func toPQ(e *store.Event) pqEvent {
	return pqEvent{ID: e.ID, Date: e.Date, Source: e.Source, SourceCountry: e.SourceCountry, Target: e.Target,
		TargetCountry: e.TargetCountry, Cameo: e.Cameo, Quad: int32(e.Quad), Goldstein: e.Goldstein, Plover: e.Plover,
		Negated: e.Negated, Mentions: int32(e.Mentions), Sources: int32(e.Sources), Articles: int32(e.Articles),
		FirstSeen: e.FirstSeen, LastSeen: e.LastSeen, Doc: e.Doc, Text: e.Text}
}

// csvHeader names the CSV columns, in pqEvent's order.
var csvHeader = []string{"id", "date", "source", "source_country", "target", "target_country", "cameo", "quad", "goldstein",
	"plover", "negated", "mentions", "sources", "articles", "first_seen", "last_seen", "doc", "text"}

func csvRow(e *store.Event) []string {
	return []string{e.ID, e.Date, e.Source, e.SourceCountry, e.Target, e.TargetCountry, e.Cameo, strconv.Itoa(e.Quad),
		strconv.FormatFloat(e.Goldstein, 'f', -1, 64), e.Plover, strconv.FormatBool(e.Negated), strconv.Itoa(e.Mentions),
		strconv.Itoa(e.Sources), strconv.Itoa(e.Articles), e.FirstSeen, e.LastSeen, e.Doc, e.Text}
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	format := fs.String("format", "jsonl", "jsonl, csv, gdelt (GDELT 2.0 event-table columns, TSV) or parquet")
	out := fs.String("out", "", "output file (default standard output)")
	actor := fs.String("actor", "", "only events of this actor (country or actor code)")
	partner := fs.String("partner", "", "with --actor, only events between the two")
	directed := fs.Bool("directed", false, "with --partner, only events from --actor to --partner")
	limit := fs.Int("limit", 0, "at most N events, the latest (0: all)")
	qf := addQueryFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad export [--db FILE|postgres://...] --format jsonl|csv|gdelt|parquet [--out FILE] [filters]\n\n"+
			"Writes the stored (merged) events, newest first, with their counts: mentions, distinct\n"+
			"sources and articles, first and last seen. gdelt writes the GDELT 2.0 event-table columns\n"+
			"in order (see event.TSVColumns; actor and geography fields from the event's first mention)\n"+
			"followed by dyad's own columns.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *partner != "" && *actor == "" {
		return fmt.Errorf("--partner needs --actor")
	}
	q := store.Query{A: actorArg(*actor), B: actorArg(*partner), Directed: *directed, Limit: *limit}
	if err := qf.apply(&q); err != nil {
		return err
	}
	switch *format {
	case "jsonl", "csv", "gdelt", "parquet":
	default:
		return fmt.Errorf("--format %q: want jsonl, csv, gdelt or parquet", *format)
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()

	w := stdout
	var f *os.File
	if *out != "" {
		if f, err = os.Create(*out); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	ctx := context.Background()
	n := 0
	switch *format {
	case "jsonl":
		enc := jsonLines(bw)
		err = st.Events(ctx, q, func(e store.Event) error { n++; return enc.Encode(e) })
	case "csv":
		cw := csv.NewWriter(bw)
		if err = cw.Write(csvHeader); err == nil {
			err = st.Events(ctx, q, func(e store.Event) error { n++; return cw.Write(csvRow(&e)) })
		}
		if cw.Flush(); err == nil {
			err = cw.Error()
		}
	case "gdelt":
		// Collect first: the first mentions are read with the store's
		// connections, not while the event rows are still streaming.
		var evs []store.Event
		if err = st.Events(ctx, q, func(e store.Event) error { evs = append(evs, e); return nil }); err == nil {
			n = len(evs)
			err = writeGDELT(ctx, bw, st, evs)
		}
	case "parquet":
		pw := parquet.NewGenericWriter[pqEvent](bw, parquet.Compression(&parquet.Zstd))
		batch := make([]pqEvent, 0, 4096)
		flush := func() error {
			_, err := pw.Write(batch)
			batch = batch[:0]
			return err
		}
		err = st.Events(ctx, q, func(e store.Event) error {
			n++
			batch = append(batch, toPQ(&e))
			if len(batch) == cap(batch) {
				return flush()
			}
			return nil
		})
		if err == nil {
			err = flush()
		}
		if cerr := pw.Close(); err == nil {
			err = cerr
		}
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("exporting: %w", err)
	}
	if *out != "" {
		fmt.Fprintf(stderr, "dyad export: %d events to %s\n", n, *out)
	}
	return nil
}

// gdeltCol finds a column of event.TSVColumns.
func gdeltCol(name string) int {
	for i, c := range event.TSVColumns {
		if c == name {
			return i
		}
	}
	panic("event.TSVColumns has no column " + name)
}

// writeGDELT writes one GDELT-style row per merged event through package
// event's TSV writer, from the event's first mention (or the event's own
// fields when it has none), then sets the columns only a merged event
// knows: its id and GDELT's NumMentions, NumSources and NumArticles.
func writeGDELT(ctx context.Context, w io.Writer, st store.Store, evs []store.Event) error {
	var buf bytes.Buffer
	tw := event.NewTSVWriter(&buf)
	idCol, mCol, sCol, aCol := gdeltCol("GLOBALEVENTID"), gdeltCol("NumMentions"), gdeltCol("NumSources"), gdeltCol("NumArticles")
	header := true
	for i := range evs {
		e := &evs[i]
		ms, err := st.Mentions(ctx, e.ID)
		if err != nil {
			return err
		}
		var rec event.Event
		if len(ms) > 0 {
			rec = ms[0]
		} else {
			rec = event.Event{Schema: event.Schema, Doc: e.Doc, Text: e.Text, Cameo: e.Cameo, Plover: e.Plover, Quad: e.Quad,
				Goldstein: e.Goldstein, Negated: e.Negated, Published: e.FirstSeen, Modality: event.Asserted}
			if e.Source != "" {
				rec.Source = &event.Actor{Code: e.Source, Country: e.SourceCountry}
			}
			if e.Target != "" {
				rec.Target = &event.Actor{Code: e.Target, Country: e.TargetCountry}
			}
		}
		rec.Date = e.Date
		if err := tw.Write(&rec); err != nil {
			return err
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for _, line := range strings.SplitAfter(buf.String(), "\n") {
			if line == "" {
				continue
			}
			if header {
				header = false
				if _, err := io.WriteString(w, line); err != nil {
					return err
				}
				continue
			}
			cells := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
			if len(cells) > aCol {
				cells[idCol] = e.ID
				cells[mCol], cells[sCol], cells[aCol] = strconv.Itoa(e.Mentions), strconv.Itoa(e.Sources), strconv.Itoa(e.Articles)
			}
			if _, err := io.WriteString(w, strings.Join(cells, "\t")+"\n"); err != nil {
				return err
			}
		}
		buf.Reset()
	}
	return nil
}
