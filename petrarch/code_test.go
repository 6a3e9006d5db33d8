package petrarch

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

// A small dictionary of made-up states, written for these tests.
var testDicts = map[string]string{
	"test.verbs.txt": `&ARMS
+ROCKETS
+ARTILLERY SHELLS
--- FIRE [190] ---
FIRE
- * &ARMS [195]
- * &ARMS AT + FROM $ [196]
- * BLANKS [+++]
--- VISIT [042:043] ---
VISIT
--- SIGN [081] ---
SIGN
- % * [057:057]
&ENVOYS
+ENVOY
+SPECIAL_ENVOY
--- DISPATCH [036] ---
DISPATCH
- * {&ENVOYS} (TO +) [032]
--- SHELL [190] ---
SHELL
- NOT * [---]
`,
	"test.actors.txt":   "KELDOR [KEL]\nVARNAN [VAR]\n+VARNANI\nTOLMERE [TOL]\n",
	"test.agents.txt":   "MINISTER [~GOV]\nSOLDIER [~MIL]\n",
	"test.discards.txt": "FOOTBALL MATCH\n",
}

func testCoder(t *testing.T) *Coder {
	t.Helper()
	dir := t.TempDir()
	for n, s := range testDicts {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := LoadDir(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	return NewCoder(d)
}

func codeTree(t *testing.T, c *Coder, parse string) string {
	t.Helper()
	tr, err := ParsePenn(parse)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range c.Code([]nlp.Sentence{tr.Sentence()}, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)) {
		out = append(out, e.Source+" "+e.Target+" "+e.Code)
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

func TestCoderOnTrees(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ parse, want string }{
		// verb code, subject and object
		{"(S (NP (NNP Keldor)) (VP (VBD fired) (PP (IN at) (NP (NNP Varnan)))))", "KEL VAR 190"},
		// synset member of two words, pattern code
		{"(S (NP (NNP Keldor)) (VP (VBD fired) (NP (NN artillery) (NNS shells)) (PP (IN at) (NP (NNP Varnan)))))", "KEL VAR 195"},
		// a placeholder code skips its pattern
		{"(S (NP (NNP Keldor)) (VP (VBD fired) (NP (NNS blanks)) (PP (IN at) (NP (NNP Varnan)))))", "KEL VAR 190"},
		// the pattern places target and source
		{"(S (NP (NNS Soldiers)) (VP (VBD fired) (NP (NNS rockets)) (PP (IN at) (NP (NNP Varnan))) (PP (IN from) (NP (NNP Tolmere)))))", "TOL VAR 196"},
		// paired code, agent composed with the country before it
		{"(S (NP (DT The) (NNP Keldor) (NN minister)) (VP (VBD visited) (NP (NNP Varnan))))", "KELGOV VAR 042; VAR KELGOV 043"},
		// agent with its country in an "of" phrase, for each conjunct
		{"(S (NP (NP (NNS soldiers)) (PP (IN of) (NP (NNP Keldor) (CC and) (NNP Tolmere)))) (VP (VBD visited) (NP (NNP Varnan))))",
			"KELMIL VAR 042; TOLMIL VAR 042; VAR KELMIL 043; VAR TOLMIL 043"},
		// passive: the "by" phrase is the source
		{"(S (NP (NNP Varnan)) (VP (VBD was) (VP (VBN visited) (PP (IN by) (NP (NNP Keldor))))))", "KEL VAR 042; VAR KEL 043"},
		// compound subject acting on its members
		{"(S (NP (NNP Keldor) (CC and) (NNP Varnan)) (VP (VBD signed) (NP (DT a) (NN pact))))", "KEL VAR 057; VAR KEL 057"},
		// a pattern coding nothing
		{"(S (NP (NNP Keldor)) (VP (VBD did) (RB not) (VP (VB shell) (NP (NNP Varnan)))))", ""},
		// a sentence discard
		{"(S (NP (NNP Keldor)) (VP (VBD visited) (NP (NNP Varnan)) (PP (IN for) (NP (DT a) (NN football) (NN match)))))", ""},
		// PETRARCH 2 phrases: a noun phrase holding a synset member, a
		// prepositional phrase placing the target
		{"(S (NP (NNP Keldor)) (VP (VBD dispatched) (NP (DT a) (JJ special) (NN envoy)) (PP (TO to) (NP (DT the) (NNP Varnan)))))", "KEL VAR 032"},
		{"(S (NP (NNP Keldor)) (VP (VBD dispatched) (NP (NNS troops)) (PP (TO to) (NP (NNP Varnan)))))", "KEL VAR 036"},
		// no target, no event
		{"(S (NP (NNP Keldor)) (VP (VBD fired) (NP (NNS rockets))))", ""},
	} {
		if got := codeTree(t, c, tc.parse); got != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.parse, got, tc.want)
		}
	}
}

func TestLoadDirErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadDir(dir, nil); err == nil || !strings.Contains(err.Error(), "no *verbs.txt") {
		t.Errorf("empty dir: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "x.verbs.txt"), []byte("--- A [01] ---\nA\n- * B\n"), 0o644)
	if _, err := LoadDir(dir, nil); err == nil || !strings.Contains(err.Error(), "x.verbs.txt line 3") {
		t.Errorf("bad verbs: %v", err)
	}
}
