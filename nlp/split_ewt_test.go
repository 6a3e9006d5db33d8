package nlp

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestSegmentEWT rebuilds the documents of the EWT dev file from their
// sentence texts (sentences of a paragraph joined by a space, paragraphs by
// a blank line) and scores the sentence ends Segment finds against the
// treebank's. Web text (e-mails, reviews, forum posts) often lacks final
// punctuation, so this is a harder test than news.
func TestSegmentEWT(t *testing.T) {
	path := sharedTestFile("data/ud-ewt/en_ewt-ud-dev.conllu")
	if path == "" {
		t.Skip("UD EWT dev file not found beside the repository")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var (
		doc             strings.Builder
		ends            = map[int]bool{}
		match, sys, ref int
	)
	flush := func() {
		text := doc.String()
		for _, s := range Segment(text) {
			sys++
			if ends[s.End] {
				match++
			}
		}
		ref += len(ends)
		doc.Reset()
		clear(ends)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			flush()
		case strings.HasPrefix(line, "# newpar"):
			if doc.Len() > 0 {
				doc.WriteString("\n\n")
			}
		case strings.HasPrefix(line, "# text = "):
			if doc.Len() > 0 && !strings.HasSuffix(doc.String(), "\n") {
				doc.WriteByte(' ')
			}
			doc.WriteString(strings.TrimSpace(line[len("# text = "):]))
			ends[doc.Len()] = true
		}
	}
	flush()
	p, r := float64(match)/float64(sys), float64(match)/float64(ref)
	f1 := 2 * p * r / (p + r)
	t.Logf("EWT dev sentence ends: precision %.4f recall %.4f F1 %.4f (%d gold, %d system)", p, r, f1, ref, sys)
	if f1 < 0.80 {
		t.Errorf("sentence-end F1 %.4f against EWT dev below 0.80", f1)
	}
}
