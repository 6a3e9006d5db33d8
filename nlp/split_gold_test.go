package nlp

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedTestFile finds rel under the shared directory that sits beside the
// repository (../shared from the repository root), walking up from the test's
// working directory. It returns "" when there is none.
func sharedTestFile(rel string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "..", "shared", rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

type goldDoc struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Events []struct {
		Sentence int    `json:"sentence"`
		Note     string `json:"note"`
	} `json:"events"`
}

func readGoldDocs(t *testing.T) []goldDoc {
	path := sharedTestFile("gold/dev.jsonl")
	if path == "" {
		t.Skip("gold/dev.jsonl not found beside the repository")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s line %d: %v", path, line, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// quotedPhrases returns the 'single-quoted' phrases of an annotator's note.
func quotedPhrases(note string) []string {
	var out []string
	for {
		a := strings.IndexByte(note, '\'')
		if a < 0 {
			return out
		}
		b := strings.IndexByte(note[a+1:], '\'')
		if b < 0 {
			return out
		}
		if q := note[a+1 : a+1+b]; len(q) >= 4 {
			out = append(out, q)
		}
		note = note[a+2+b:]
	}
}

// TestSegmentGold checks the splitter against the sentence numbers of the
// hand-coded stories: every event's sentence must exist, and a phrase the
// annotator quoted that occurs once in the story must lie in that sentence.
func TestSegmentGold(t *testing.T) {
	docs := readGoldDocs(t)
	checked, placed := 0, 0
	for _, d := range docs {
		sents := Segment(d.Text)
		maxGold := -1
		for _, e := range d.Events {
			maxGold = max(maxGold, e.Sentence)
		}
		t.Logf("%s: %d sentences, highest gold sentence %d", d.ID, len(sents), maxGold)
		if maxGold >= len(sents) {
			t.Errorf("%s: gold uses sentence %d but the splitter found only %d", d.ID, maxGold, len(sents))
		}
		for _, e := range d.Events {
			for _, q := range quotedPhrases(e.Note) {
				at := strings.Index(d.Text, q)
				if at < 0 || strings.Contains(d.Text[at+1:], q) {
					continue // paraphrase or ambiguous
				}
				checked++
				got := -1
				for _, s := range sents {
					if at >= s.Start && at < s.End {
						got = s.Index
					}
				}
				if got != e.Sentence {
					t.Errorf("%s: %q is in sentence %d, gold says %d", d.ID, q, got, e.Sentence)
					continue
				}
				placed++
			}
		}
	}
	t.Logf("%d of %d quoted phrases in the gold sentence", placed, checked)
	if checked < 20 {
		t.Errorf("only %d quoted phrases could be checked; the gold file changed shape?", checked)
	}
}
