package coder

import (
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/timex"
)

// A hand-parsed sentence: tokens "Form/UPOS[:XPOS]/head/dep[/lemma]", heads
// 1-based, 0 for the root. The lemma defaults to the lower-cased form.
type handParse string

func (h handParse) sentence(t *testing.T, text *strings.Builder, index int) nlp.Sentence {
	t.Helper()
	var s nlp.Sentence
	s.Index = index
	s.Start = text.Len()
	for k, f := range strings.Fields(string(h)) {
		p := strings.Split(f, "/")
		if len(p) < 4 {
			t.Fatalf("bad token %q", f)
		}
		form := strings.ReplaceAll(p[0], "_", " ")
		head, err := strconv.Atoi(p[2])
		if err != nil {
			t.Fatalf("bad head in %q", f)
		}
		lemma := strings.ToLower(form)
		if len(p) > 4 {
			lemma = p[4]
		}
		if k > 0 {
			text.WriteByte(' ')
		}
		upos, xpos, _ := strings.Cut(p[1], ":") // "VERB:VBN" also sets the Penn tag
		tok := nlp.Token{Text: form, Start: text.Len(), UPOS: upos, XPOS: xpos, Lemma: lemma, Head: head - 1, Dep: p[3]}
		text.WriteString(form)
		tok.End = text.Len()
		s.Tokens = append(s.Tokens, tok)
	}
	s.End = text.Len()
	text.WriteByte(' ')
	return s
}

// testKB resolves a few names, as the actor package would.
var testKB = map[string]actor.Actor{
	"russia": {Code: "RUS", Country: "RUS"}, "putin": {Code: "RUSGOV", Country: "RUS", Sector: "GOV", Name: "Vladimir Putin"},
	"moscow": {Code: "RUSGOV", Country: "RUS", Sector: "GOV"},
	"japan":  {Code: "JPN", Country: "JPN"}, "tokyo": {Code: "JPNGOV", Country: "JPN", Sector: "GOV"},
	"china": {Code: "CHN", Country: "CHN"}, "beijing": {Code: "CHNGOV", Country: "CHN", Sector: "GOV"},
	"xi":          {Code: "CHNGOV", Country: "CHN", Sector: "GOV", Name: "Xi Jinping"},
	"north korea": {Code: "PRK", Country: "PRK"}, "pyongyang": {Code: "PRKGOV", Country: "PRK", Sector: "GOV"},
	"kim":         {Code: "PRKGOV", Country: "PRK", Sector: "GOV", Name: "Kim Jong Un"},
	"south korea": {Code: "KOR", Country: "KOR"}, "seoul": {Code: "KORGOV", Country: "KOR", Sector: "GOV"},
	"cuba": {Code: "CUB", Country: "CUB"}, "vietnam": {Code: "VNM", Country: "VNM"},
	"kcna":       {Code: "PRKMED", Country: "PRK", Sector: "MED", Name: "Korean Central News Agency"},
	"washington": {Code: "USAGOV", Country: "USA", Sector: "GOV"}, "chile": {Code: "CHL", Country: "CHL"},
	"peru": {Code: "PER", Country: "PER"}, "iran": {Code: "IRN", Country: "IRN"}, "israel": {Code: "ISR", Country: "ISR"},
	"nato": {Code: "IGONATO", Country: "IGO"}, "wto": {Code: "IGOWTO", Country: "IGO"}, "mongolia": {Code: "MNG", Country: "MNG"},
	"japanese": {Code: "JPN", Country: "JPN"}, "chinese": {Code: "CHN", Country: "CHN"},
	"military":         {Code: "MIL"}, // a role word with no country
	"protesters":       {Code: "OPP"},
	"nationals":        {Code: "JPNCVL", Country: "JPN", Sector: "CVL"}, // Japanese civilians
	"rebels":           {Code: "JPNREB", Country: "JPN", Sector: "REB"}, // Japanese rebels
	"diplomats":        {Code: "GOV"},
	"foreign ministry": {Code: "GOV"}, // a ministry with no country named
	"treasury":         {Code: "GOV"},
}

// testResolve finds the longest known names (up to two words) and "the two
// leaders", which stands for Putin and Kim.
func testResolve(sents []nlp.Sentence, _ time.Time) [][]actor.Mention {
	out := make([][]actor.Mention, len(sents))
	for si, s := range sents {
		for i := 0; i < len(s.Tokens); i++ {
			if i+2 < len(s.Tokens) && strings.EqualFold(s.Tokens[i].Text+" "+s.Tokens[i+1].Text+" "+s.Tokens[i+2].Text, "the two leaders") {
				out[si] = append(out[si], actor.Mention{Sentence: si, Start: i, End: i + 3, Head: i + 2, Text: "the two leaders",
					Kind: actor.KindDescription, Actor: testKB["putin"], Members: []actor.Actor{testKB["putin"], testKB["kim"]}})
				i += 2
				continue
			}
			if i+1 < len(s.Tokens) {
				if a, ok := testKB[strings.ToLower(s.Tokens[i].Text+" "+s.Tokens[i+1].Text)]; ok {
					out[si] = append(out[si], actor.Mention{Sentence: si, Start: i, End: i + 2, Head: i + 1, Text: s.Tokens[i].Text + " " + s.Tokens[i+1].Text, Kind: actor.KindCountry, Actor: a})
					i++
					continue
				}
			}
			if a, ok := testKB[strings.ToLower(s.Tokens[i].Text)]; ok {
				out[si] = append(out[si], actor.Mention{Sentence: si, Start: i, End: i + 1, Head: i, Text: s.Tokens[i].Text, Kind: actor.KindCountry, Actor: a})
			}
		}
	}
	return out
}

// testTimes knows weekday names only: "Monday" is 2024-09-09 (the test
// documents' publication day) or, read as future, 2024-09-16.
func testTimes(s *nlp.Sentence, ref, prev timex.Date) []TimeExpr {
	var out []TimeExpr
	for i, tk := range s.Tokens {
		switch tk.Text {
		case "Monday":
			out = append(out, TimeExpr{Start: i, End: i + 1, Head: i, Date: timex.Date{Year: 2024, Month: 9, Day: 9}, Future: timex.Date{Year: 2024, Month: 9, Day: 16}})
		case "May":
			out = append(out, TimeExpr{Start: i, End: i + 1, Head: i, Date: timex.Date{Year: 2024, Month: 5}, Future: timex.Date{Year: 2025, Month: 5}})
		}
	}
	return out
}

// codeParses codes a document built from hand-parsed sentences.
func codeParses(t *testing.T, parses ...handParse) []event.Event {
	t.Helper()
	var text strings.Builder
	var sents []nlp.Sentence
	for k, p := range parses {
		sents = append(sents, p.sentence(t, &text, k))
	}
	c, err := New(Options{
		Annotate: func(string) []nlp.Sentence { return sents },
		Resolve:  testResolve,
		Times:    testTimes,
	})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := c.Code(news.Document{ID: "test", Text: text.String(), Published: "2024-09-09"})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

var (
	pipeOnce  sync.Once
	pipeCoder *Coder
	pipeErr   error
)

// codeText codes one document through the whole default pipeline (the
// embedded model, actor base and gazetteer), the coder built once.
func codeText(t *testing.T, published, text string) []event.Event {
	t.Helper()
	pipeOnce.Do(func() { pipeCoder, pipeErr = New(Options{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	evs, err := pipeCoder.Code(news.Document{ID: "t", Published: published, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// brief renders an event as "SRC TGT CODE [neg] modality".
// rootCount returns how many events of the CAMEO root text codes.
func rootCount(t *testing.T, published, text, root string) int {
	t.Helper()
	n := 0
	for _, e := range codeText(t, published, text) {
		if e.Cameo[:2] == root {
			n++
		}
	}
	return n
}

func brief(e event.Event) string {
	src, tgt := "-", "-"
	if e.Source != nil {
		src = e.Source.Country
	}
	if e.Target != nil {
		tgt = e.Target.Country
	}
	s := src + " " + tgt + " " + e.Cameo
	if e.Negated {
		s += " neg"
	}
	if e.Modality != event.Asserted {
		s += " " + e.Modality
	}
	return s
}

func briefs(evs []event.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, brief(e))
	}
	return out
}

// expect checks that the events are exactly want (in any order).
func expect(t *testing.T, evs []event.Event, want ...string) {
	t.Helper()
	got := briefs(evs)
	left := map[string]int{}
	for _, w := range want {
		left[w]++
	}
	ok := len(got) == len(want)
	for _, g := range got {
		if left[g] == 0 {
			ok = false
		}
		left[g]--
	}
	if !ok {
		t.Errorf("got events %q, want %q", got, want)
	}
}
