package petrarch

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/nlp"
)

// FuzzReadVerbs: any input gives a dictionary or an error naming a line,
// never a panic.
func FuzzReadVerbs(f *testing.F) {
	for _, s := range []string{
		"&A\n+X Y\n--- FOO [010:011] ---\nFOO {FOOS}\n+FOO_OUT\n- % * &A_B (TO +) {THE X} [012]\n",
		"--- B [---] ---\nB\n- $ ^ * + [+++]\n####### TRANSFORMATIONS #######\n- a (b Q) = a b [010]\n",
		"<!-- x\n--- C [1] -->\n--- C [1] ---\nC_+D\n- *_E [###]\n",
		"--- D [ ] ---\n", "- * [01]\n", "&\n+\n", "--- E [01] ---\nE {\n", "--- F [01] ---\nF\n- ( * ) [01]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ReadVerbs(strings.NewReader(s), "f.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "petrarch: f.txt line ") && !strings.HasPrefix(err.Error(), "petrarch: reading f.txt") {
				t.Errorf("error without a line: %v", err)
			}
			return
		}
		for _, b := range d.Blocks {
			if len(b.Verbs) == 0 {
				t.Errorf("block %s without verbs", b.Name)
			}
		}
	})
}

// FuzzParsePenn: any input gives a tree whose sentence is a well-formed
// dependency tree, or an error, never a panic.
func FuzzParsePenn(f *testing.F) {
	for _, s := range []string{
		"(ROOT (S (NP (NNP Keldor)) (VP (VBD met) (NP (NNP Varnan))) (. .)))",
		"(S (NP (NP (NNP A) (POS 's)) (NN b) (CC and) (NNP C)) (VP (VBD was) (VP (VBN seen) (PP (IN by) (NP (PRP us))))))",
		"( (S (VP (TO to) (VP (VB go)))))", "(X (Y", "()", "(A b c)", "(A (B c) d)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tr, err := ParsePenn(s)
		if err != nil {
			return
		}
		sent := tr.Sentence()
		roots := 0
		for i, tk := range sent.Tokens {
			if tk.Head == -1 {
				roots++
				continue
			}
			if tk.Head < 0 || tk.Head >= len(sent.Tokens) || tk.Head == i {
				t.Fatalf("token %d has head %d", i, tk.Head)
			}
		}
		if roots != 1 {
			t.Fatalf("%d roots in %q", roots, s)
		}
	})
}

// FuzzCode: coding any parsed sentence with the validation dictionaries
// never panics, and every event has a source, a target and a code.
func FuzzCode(f *testing.F) {
	c, recs := validation(f)
	for _, r := range recs[:40] {
		f.Add(r.Parse)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tr, err := ParsePenn(s)
		if err != nil {
			return
		}
		for _, e := range c.Code([]nlp.Sentence{tr.Sentence()}, recordDate("19950101")) {
			if e.Source == "" || e.Target == "" || e.Code == "" || e.Source == e.Target {
				t.Fatalf("event %+v from %q", e, s)
			}
		}
	})
}
