package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/nlp"
)

func init() {
	register(command{
		name:    "actors",
		summary: "show the actors a text mentions and how they resolve",
		run:     runActors,
	})
}

var kindNames = map[actor.Kind]string{
	actor.KindCountry: "country", actor.KindCapital: "capital", actor.KindOrg: "org",
	actor.KindPerson: "person", actor.KindAgent: "agent", actor.KindPronoun: "pronoun",
	actor.KindDescription: "description",
}

// jsonActor is an actor as EVENTS.md writes it.
type jsonActor struct {
	Code    string `json:"code"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
	Name    string `json:"name"`
}

func runActors(args []string) error {
	fs := flag.NewFlagSet("actors", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: dyad actors [--date YYYY-MM-DD] [--json] [--plain] [--dict FILE] [--agents FILE] \"TEXT\" (or - for stdin)")
		fs.PrintDefaults()
	}
	date := fs.String("date", "", "the story's date (default today): roles are resolved at this date")
	asJSON := fs.Bool("json", false, "one JSON object per mention")
	plain := fs.Bool("plain", false, "tokenize only; do not tag and parse (faster, less accurate)")
	dict := fs.String("dict", "", "a PETRARCH/TABARI actor dictionary to merge")
	agents := fs.String("agents", "", "a PETRARCH/TABARI agent dictionary to merge")
	// Flags may follow the text: parse until no arguments remain.
	var texts []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil
			}
			return err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		texts = append(texts, args[0])
		args = args[1:]
	}
	var text string
	if len(texts) == 0 || len(texts) == 1 && texts[0] == "-" {
		b, err := io.ReadAll(os.Stdin)
		if err != nil {
			return fmt.Errorf("reading stdin: %w", err)
		}
		text = string(b)
	} else {
		text = strings.Join(texts, " ")
	}
	day := time.Now().UTC()
	if *date != "" {
		d, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return fmt.Errorf("--date %q: want YYYY-MM-DD", *date)
		}
		day = d
	}
	kb, err := actor.Default()
	if err != nil {
		return err
	}
	if *dict != "" || *agents != "" {
		kb = kb.Clone()
		for _, f := range []struct {
			path string
			load func(io.Reader, string) error
		}{{*dict, kb.LoadPetrarchActors}, {*agents, kb.LoadPetrarchAgents}} {
			if f.path == "" {
				continue
			}
			fh, err := os.Open(f.path)
			if err != nil {
				return err
			}
			err = f.load(fh, f.path)
			fh.Close()
			if err != nil {
				return err
			}
		}
	}
	var sents []nlp.Sentence
	if m, err := nlp.Default(); err == nil && !*plain {
		sents = m.Annotate(text)
	} else {
		sents = nlp.Segment(text)
	}
	mentions := kb.Resolve(sents, day)
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		for _, ms := range mentions {
			for _, m := range ms {
				o := struct {
					Text     string      `json:"text"`
					Code     string      `json:"code"`
					Country  string      `json:"country"`
					Sector   string      `json:"sector"`
					Name     string      `json:"name"`
					Span     [2]int      `json:"span"`
					Sentence int         `json:"sentence"`
					Kind     string      `json:"kind"`
					Members  []jsonActor `json:"members,omitempty"`
				}{m.Text, m.Code, m.Country, m.Sector, m.Name, m.Span, m.Sentence, kindNames[m.Kind], nil}
				for _, x := range m.Members {
					o.Members = append(o.Members, jsonActor{x.Code, x.Country, x.Sector, x.Name})
				}
				if err := enc.Encode(o); err != nil {
					return err
				}
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SENT\tSPAN\tTEXT\tKIND\tCODE\tCOUNTRY\tSECTOR\tNAME")
	for _, ms := range mentions {
		for _, m := range ms {
			name := m.Name
			if len(m.Members) > 1 {
				var parts []string
				for _, x := range m.Members {
					s := x.Code
					if x.Name != "" {
						s += " (" + x.Name + ")"
					}
					parts = append(parts, s)
				}
				name = strings.Join(parts, " + ")
			}
			cname := m.Country
			if n, _, ok := kb.CountryName(m.Country); ok {
				cname += " " + n
			}
			fmt.Fprintf(tw, "%d\t%d-%d\t%s\t%s\t%s\t%s\t%s\t%s\n", m.Sentence, m.Span[0], m.Span[1], m.Text,
				kindNames[m.Kind], m.Code, cname, m.Sector, name)
		}
	}
	return tw.Flush()
}
