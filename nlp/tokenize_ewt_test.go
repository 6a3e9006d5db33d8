package nlp

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestTokenizeEWT compares Tokenize with the gold word segmentation of the
// EWT dev file: each sentence's "# text" is tokenized and its token spans
// are matched against the spans of the gold word forms. Words joined by a
// hyphen count as one gold word, since Tokenize keeps hyphenated words whole
// by design where EWT splits them.
func TestTokenizeEWT(t *testing.T) {
	path := sharedTestFile("data/ud-ewt/en_ewt-ud-dev.conllu")
	if path == "" {
		t.Skip("UD EWT dev file not found beside the repository")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type span struct{ a, b int }
	var (
		text            string
		forms           []string
		match, sys, ref int
		misses          = map[string]int{}
		extra           = map[string]int{}
	)
	score := func() {
		if text == "" || len(forms) == 0 {
			return
		}
		// Gold spans: find each form in order.
		var gold []span
		pos := 0
		for _, w := range forms {
			i := strings.Index(text[pos:], w)
			if i < 0 {
				return // forms not verbatim (typo corrections); skip the sentence
			}
			gold = append(gold, span{pos + i, pos + i + len(w)})
			pos += i + len(w)
		}
		// Merge hyphen-joined gold words: "anti - war" written "anti-war".
		var merged []span
		for i := 0; i < len(gold); i++ {
			g := gold[i]
			for i+2 < len(gold) && text[gold[i+1].a:gold[i+1].b] == "-" && gold[i+1].a == g.b && gold[i+2].a == gold[i+1].b {
				g.b = gold[i+2].b
				i += 2
			}
			merged = append(merged, g)
		}
		got := map[span]bool{}
		want := map[span]bool{}
		for _, g := range merged {
			want[g] = true
		}
		for _, tok := range Tokenize(text) {
			got[span{tok.Start, tok.End}] = true
			if !want[span{tok.Start, tok.End}] {
				extra[tok.Text]++
			}
		}
		sys += len(got)
		ref += len(merged)
		for _, g := range merged {
			if got[g] {
				match++
			} else {
				misses[text[g.a:g.b]]++
			}
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# text = "):
			text, forms = line[len("# text = "):], forms[:0]
		case line == "":
			score()
			text = ""
		case line[0] == '#':
		default:
			c := strings.SplitN(line, "\t", 3)
			if len(c) == 3 && !strings.ContainsAny(c[0], "-.") {
				forms = append(forms, c[1])
			}
		}
	}
	score()
	p, r := float64(match)/float64(sys), float64(match)/float64(ref)
	f1 := 2 * p * r / (p + r)
	t.Logf("EWT dev tokens: precision %.4f recall %.4f F1 %.4f (%d gold, %d system)", p, r, f1, ref, sys)
	if testing.Verbose() {
		for w, n := range misses {
			if n >= 3 {
				t.Logf("missed %3d %q", n, w)
			}
		}
		for w, n := range extra {
			if n >= 3 {
				t.Logf("extra  %3d %q", n, w)
			}
		}
	}
	if f1 < 0.985 {
		t.Errorf("token F1 %.4f against EWT dev below 0.985", f1)
	}
}
