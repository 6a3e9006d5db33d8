package petrarch

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

// Failure categories of a validation record.
const (
	Pass        = "pass"
	ParseError  = "parse error"  // the sentence could not be read or parsed
	NoEvent     = "no event"     // events were expected, none was coded
	WrongCode   = "wrong code"   // an expected dyad was coded with another code
	WrongSource = "wrong source" // an expected code and target came with another source
	WrongTarget = "wrong target" // an expected code and source came with another target
	Extra       = "extra event"  // every expected event was coded, and more
	Missing     = "missed event" // some expected events were coded, others not
)

// Result is the outcome of one validation record.
type Result struct {
	Record   Record
	Got      []Event
	Category string
	Err      error
}

// Parser turns a record into parsed sentences.
type Parser func(r Record) ([]nlp.Sentence, error)

// TextParser parses the record's text with annotate (dyad's pipeline).
func TextParser(annotate func(string) []nlp.Sentence) Parser {
	return func(r Record) ([]nlp.Sentence, error) {
		s := annotate(Underscores(r.Text))
		if len(s) == 0 {
			return nil, fmt.Errorf("no sentence")
		}
		return s, nil
	}
}

// TreebankParser converts the record's Treebank parse.
func TreebankParser(r Record) ([]nlp.Sentence, error) {
	t, err := ParsePenn(r.Parse)
	if err != nil {
		return nil, err
	}
	return []nlp.Sentence{t.Sentence()}, nil
}

// Underscores replaces "_" by spaces (same length, so offsets hold): in
// PETRARCH's conventions "_" joins the words of one name ("Dol_Amroth"), and
// its dictionaries read "_" as a space, so such text must be split.
func Underscores(text string) string {
	if !strings.Contains(text, "_") {
		return text
	}
	return strings.ReplaceAll(text, "_", " ")
}

// recordDate reads "19950101"; a missing or bad date is the zero time.
func recordDate(s string) time.Time {
	t, err := time.Parse("20060102", s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// Run codes every record and judges it against its expected events. A
// record whose parse fails is judged a parse error (it passes if it expects
// an error or no event), and the run goes on.
func Run(c *Coder, recs []Record, parse Parser) []Result {
	out := make([]Result, 0, len(recs))
	for _, r := range recs {
		res := Result{Record: r}
		sents, err := parse(r)
		if err != nil {
			res.Err = err
			if len(r.Events) == 0 {
				res.Category = Pass
			} else {
				res.Category = ParseError
			}
			out = append(out, res)
			continue
		}
		res.Got = c.Code(sents, recordDate(r.Date))
		res.Category = judge(r.Events, res.Got)
		out = append(out, res)
	}
	return out
}

func judge(want []Expected, got []Event) string {
	wset := map[Expected]bool{}
	for _, w := range want {
		wset[w] = true
	}
	gset := map[Expected]bool{}
	for _, g := range got {
		gset[Expected{g.Source, g.Target, g.Code}] = true
	}
	missing, extra := 0, 0
	for w := range wset {
		if !gset[w] {
			missing++
		}
	}
	for g := range gset {
		if !wset[g] {
			extra++
		}
	}
	switch {
	case missing == 0 && extra == 0:
		return Pass
	case len(gset) == 0:
		return NoEvent
	case missing == 0:
		return Extra
	}
	for w := range wset {
		if gset[w] {
			continue
		}
		for g := range gset {
			if wset[g] {
				continue
			}
			switch {
			case g.Source == w.Source && g.Target == w.Target:
				return WrongCode
			case g.Code == w.Code && g.Target == w.Target:
				return WrongSource
			case g.Code == w.Code && g.Source == w.Source:
				return WrongTarget
			}
		}
	}
	if extra == 0 {
		return Missing
	}
	return WrongCode
}

// Summary counts results by category.
func Summary(rs []Result) map[string]int {
	m := map[string]int{}
	for _, r := range rs {
		m[r.Category]++
	}
	return m
}

// Report writes the pass count, the counts by category and the failures.
func Report(w io.Writer, mode string, rs []Result, verbose bool) {
	sum := Summary(rs)
	fmt.Fprintf(w, "%s: %d of %d records coded as expected\n", mode, sum[Pass], len(rs))
	var cats []string
	for k := range sum {
		if k != Pass {
			cats = append(cats, k)
		}
	}
	sort.Strings(cats)
	for _, k := range cats {
		var ids []string
		for _, r := range rs {
			if r.Category == k {
				ids = append(ids, r.Record.ID)
			}
		}
		fmt.Fprintf(w, "  %-13s %3d: %s\n", k, sum[k], strings.Join(ids, " "))
	}
	if !verbose {
		return
	}
	for _, r := range rs {
		if r.Category == Pass {
			continue
		}
		fmt.Fprintf(w, "\n%s [%s] %s\n  %s\n", r.Record.ID, r.Category, r.Record.Text, expectText(r.Record))
		if r.Err != nil {
			fmt.Fprintf(w, "  error: %v\n", r.Err)
		}
		for _, g := range r.Got {
			p := "verb code"
			if g.Pattern != nil {
				p = fmt.Sprintf("line %d: %s", g.Pattern.Line, g.Pattern.Text)
			}
			fmt.Fprintf(w, "  got %s %s %s (%s)\n", g.Source, g.Target, g.Code, p)
		}
	}
}

func expectText(r Record) string {
	if len(r.Events) == 0 {
		if r.Error != "" {
			return "want none (" + r.Error + ")"
		}
		return "want none"
	}
	var s []string
	for _, e := range r.Events {
		s = append(s, e.String())
	}
	return "want " + strings.Join(s, "; ")
}

// Explain writes how one record was coded: each token with its tags and
// dependency, the actor mentions, and the events with the patterns that
// gave them, for a person tracing a failure.
func Explain(w io.Writer, c *Coder, r Record, mode string, parse Parser) {
	fmt.Fprintf(w, "== %s (%s): %s\n   %s\n", r.ID, mode, r.Text, expectText(r))
	sents, err := parse(r)
	if err != nil {
		fmt.Fprintf(w, "   parse error: %v\n", err)
		return
	}
	date := recordDate(r.Date)
	ms := c.D.KB.Resolve(sents, date)
	for si, s := range sents {
		for i, tk := range s.Tokens {
			fmt.Fprintf(w, "  %2d %-14s %-5s %-4s %3d %s\n", i, tk.Text, tk.UPOS, tk.XPOS, tk.Head, tk.Dep)
		}
		if si < len(ms) {
			for _, m := range ms[si] {
				fmt.Fprintf(w, "   actor %d-%d %q %s\n", m.Start, m.End, m.Text, code(m))
			}
		}
	}
	for _, e := range c.Code(sents, date) {
		p := "verb code"
		if e.Pattern != nil {
			p = fmt.Sprintf("line %d: %s", e.Pattern.Line, e.Pattern.Text)
		}
		fmt.Fprintf(w, "   event %s %s %s (%s)\n", e.Source, e.Target, e.Code, p)
	}
}
