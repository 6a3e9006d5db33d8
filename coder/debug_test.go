package coder

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/news"
)

// TestDumpDevParses prints the parse and actor mentions of the dev gold
// documents named in $DYAD_DUMP (comma-separated ids), for error analysis;
// $DYAD_GOLD names another gold file (relative to the coder directory).
func TestDumpDevParses(t *testing.T) {
	want := os.Getenv("DYAD_DUMP")
	if want == "" {
		t.Skip("set DYAD_DUMP=dev-001,... to print parses")
	}
	var opt Options
	if err := defaults(&opt); err != nil {
		t.Fatal(err)
	}
	kb, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(sharedDir(t), "gold", "dev.jsonl")
	if g := os.Getenv("DYAD_GOLD"); g != "" {
		path = g
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct{ ID, Text, Published string }
		json.Unmarshal(sc.Bytes(), &d)
		if !strings.Contains(","+want+",", ","+d.ID+",") {
			continue
		}
		doc := news.Document{ID: d.ID, Text: d.Text, Published: d.Published}
		text, _ := prepare(&doc)
		sents := opt.Annotate(text)
		pt, _ := time.Parse("2006-01-02", d.Published)
		ms := kb.Resolve(sents, pt)
		if os.Getenv("DYAD_TRACE") != "" {
			trace = func(f string, a ...any) { fmt.Printf(f+"\n", a...) }
			c, _ := New(opt)
			c.Code(news.Document{ID: d.ID, Text: d.Text, Published: d.Published})
			trace = nil
			continue
		}
		for si, s := range sents {
			fmt.Printf("== %s #%d\n", d.ID, si)
			for i, tk := range s.Tokens {
				fmt.Printf("%d\t%s\t%s\t%s\t%d\t%s\n", i, tk.Text, tk.Lemma, tk.UPOS, tk.Head, tk.Dep)
			}
			for _, mm := range ms[si] {
				fmt.Printf("  M [%d,%d) h=%d %q %s %s %v\n", mm.Start, mm.End, mm.Head, mm.Text, mm.Code, mm.Country, mm.Members)
			}
		}
	}
}
