package petrarch

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

// TestDebugRecord prints the parse, mentions and events of the records named
// in PETR_DEBUG (comma-separated ids), in both modes; it checks nothing.
func TestDebugRecord(t *testing.T) {
	ids := os.Getenv("PETR_DEBUG")
	if ids == "" {
		t.Skip("set PETR_DEBUG=ID,ID to inspect records")
	}
	c, recs := validation(t)
	want := map[string]bool{}
	for _, id := range strings.Split(ids, ",") {
		want[id] = true
	}
	m := model(t)
	for _, r := range recs {
		if !want[r.ID] {
			continue
		}
		for _, mode := range []string{"treebank", "text"} {
			var sents []nlp.Sentence
			if mode == "text" {
				sents = m.Annotate(r.Text)
			} else {
				s, err := TreebankParser(r)
				if err != nil {
					fmt.Println(r.ID, err)
					continue
				}
				sents = s
			}
			fmt.Printf("== %s %s: %s\n   %s\n", r.ID, mode, r.Text, expectText(r))
			date := recordDate(r.Date)
			ms := c.D.KB.Resolve(sents, date)
			for si, s := range sents {
				for i, tk := range s.Tokens {
					fmt.Printf("  %d %s %s/%s %s %d %s\n", i, tk.Text, tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Dep)
				}
				for _, mm := range ms[si] {
					fmt.Printf("   M %d-%d h%d %q %+v kind %d\n", mm.Start, mm.End, mm.Head, mm.Text, mm.Actor, mm.Kind)
				}
			}
			for _, e := range c.Code(sents, date) {
				fmt.Printf("   E %s %s %s %v\n", e.Source, e.Target, e.Code, e.Pattern)
			}
		}
	}
	_ = time.Now
}
