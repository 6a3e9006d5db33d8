package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/place"
	"github.com/dyadproject/dyad/timex"
)

func init() {
	register(command{name: "docs", summary: "read documents and show what dyad sees: text, dateline, dates and places",
		run: func(args []string) error { return runDocs(args, os.Stdout, os.Stderr) }})
}

// docView is one document as `dyad docs` prints it.
type docView struct {
	ID        string      `json:"id"`
	Published string      `json:"published,omitempty"`
	Date      string      `json:"dateline_date,omitempty"`
	Outlet    string      `json:"outlet,omitempty"`
	Place     string      `json:"dateline_place,omitempty"`
	Title     string      `json:"title,omitempty"`
	URL       string      `json:"url,omitempty"`
	BodyStart int         `json:"body_start"`
	Chars     int         `json:"chars"`
	Text      string      `json:"text,omitempty"`
	Times     []timeView  `json:"times,omitempty"`
	Places    []placeView `json:"places,omitempty"`
}

type timeView struct {
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	Date     string `json:"date"`
	Future   string `json:"future,omitempty"`
	Relative bool   `json:"relative,omitempty"`
	Since    bool   `json:"since,omitempty"`
}

type placeView struct {
	Sentence int      `json:"sentence"`
	Name     string   `json:"name"`
	Country  string   `json:"country,omitempty"`
	Lat      *float64 `json:"lat,omitempty"`
	Lon      *float64 `json:"lon,omitempty"`
}

func runDocs(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("docs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date (ISO 8601) for every document")
	withText := fs.Bool("text", false, "include the extracted text")
	analyse := fs.Bool("times", false, "list time expressions and places per sentence (tokenizer only, no parse)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad docs [--published DATE] [--text] [--times] FILE...|-\n\n"+
			"Reads plain text, HTML and JSON Lines documents (directories are walked; - is standard input)\n"+
			"and prints one JSON line per document; bad documents are reported on standard error.")
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
	paths, err := news.Expand(fs.Args())
	if err != nil {
		return err
	}
	var gaz *place.Gazetteer
	if *analyse {
		if gaz, err = place.Default(); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	bad := 0
	for _, p := range paths {
		r, err := news.Open(p)
		if err != nil {
			fmt.Fprintln(stderr, "dyad docs:", err)
			bad++
			continue
		}
		for {
			doc, err := r.Next()
			if err == io.EOF {
				break
			}
			var de *news.DocError
			if errors.As(err, &de) {
				fmt.Fprintln(stderr, "dyad docs:", de)
				bad++
				continue
			}
			if err != nil {
				r.Close()
				return err
			}
			if *published != "" {
				doc.SetPublished(*published) // validated above
			}
			v := docView{ID: doc.ID, Published: doc.Published, Date: doc.Date, Outlet: doc.Outlet, Place: doc.Place,
				Title: doc.Title, URL: doc.URL, BodyStart: doc.BodyStart, Chars: len(doc.Text)}
			if *withText {
				v.Text = doc.Text
			}
			if *analyse {
				v.Times, v.Places = analyseDoc(doc, gaz)
			}
			if err := enc.Encode(v); err != nil {
				r.Close()
				return err
			}
		}
		r.Close()
	}
	if bad > 0 {
		return fmt.Errorf("%d document(s) could not be read", bad)
	}
	return nil
}

// analyseDoc lists the time expressions and places of each sentence, dated
// against the dateline's date or else the publication date.
func analyseDoc(doc news.Document, gaz *place.Gazetteer) ([]timeView, []placeView) {
	ref, _ := timex.ParseISO(doc.Date)
	if ref.IsZero() {
		ref, _ = timex.ParseISO(doc.Published)
	}
	var times []timeView
	var places []placeView
	sents := nlp.Segment(doc.Text)
	for i := range sents {
		s := &sents[i]
		for _, e := range timex.Find(s, ref, timex.Date{}) {
			if s.Tokens[e.Start].Start < doc.BodyStart {
				continue // the dateline's own date
			}
			tv := timeView{Sentence: i, Text: e.Text, Date: e.Date.String(), Relative: e.Relative, Since: e.Since}
			if e.Future != e.Date {
				tv.Future = e.Future.String()
			}
			times = append(times, tv)
		}
		for _, m := range gaz.Find(s) {
			pv := placeView{Sentence: i, Name: m.Name, Country: m.Country}
			if m.HasCoords() {
				lat, lon := m.Lat, m.Lon
				pv.Lat, pv.Lon = &lat, &lon
			}
			places = append(places, pv)
		}
	}
	return times, places
}
