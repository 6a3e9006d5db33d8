package petrarch

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sharedData finds ../shared/data/REL by walking up from the package
// directory; the third-party files are read in place, never copied.
func sharedData(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "data", rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skipf("shared/data/%s not found above the package directory", rel)
		}
		dir = parent
	}
}

func validateVerbs(t testing.TB) *Verbs {
	t.Helper()
	f, err := os.Open(sharedData(t, "petrarch/PETR.Validate.verbs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ReadVerbs(f, "PETR.Validate.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func hasPhrase(ps [][]string, words ...string) bool {
	for _, p := range ps {
		if reflect.DeepEqual(p, words) {
			return true
		}
	}
	return false
}

func TestReadVerbsValidation(t *testing.T) {
	d := validateVerbs(t)
	// Synsets: multi-word members, "_" and space alike, included synsets flattened.
	cur := d.Synsets["CURRENCY"]
	if !hasPhrase(cur, "austrian", "florin") || !hasPhrase(cur, "golden", "goblin", "galleons") || !hasPhrase(cur, "yen") {
		t.Errorf("CURRENCY = %v", cur)
	}
	acc := d.Synsets["ACCORDSYN"]
	if !hasPhrase(acc, "closer") || !hasPhrase(acc, "economic") || !hasPhrase(acc, "swiss", "francs") {
		t.Errorf("ACCORDSYN should hold its own members and those of &TIETYPES and &CURRENCY: %v", acc)
	}
	if len(d.Synsets["PREPOSIT1"]) != 6 {
		t.Errorf("&PREPOSIT1_ should be read as PREPOSIT1 with 6 members: %v", d.Synsets["PREPOSIT1"])
	}
	// Paired block code.
	if b := d.Block("ADMIT"); b == nil || b.Code != (Code{"013", "012"}) {
		t.Errorf("ADMIT block: %+v", b)
	}
	// Irregular forms, generated regular forms, multi-word verbs.
	vs := d.Lookup("broken")
	if len(vs) == 0 || vs[0].Block.Name != "BREAK" {
		t.Fatalf("broken: %+v", vs)
	}
	var down *Verb
	for _, v := range d.Lookup("breaking") {
		if reflect.DeepEqual(v.After, []string{"down"}) {
			down = v
		}
	}
	if down == nil || down.Word != "break" {
		t.Errorf("BREAK_DOWN with form BREAKING_DOWN not found")
	}
	var tap *Verb
	for _, v := range d.Lookup("tapped") {
		if reflect.DeepEqual(v.Before, []string{"wire"}) {
			tap = v
		}
	}
	if tap == nil || tap.Block.Name != "CONFISCATE" {
		t.Errorf("WIRE_+TAP {WIRE_+TAPPED ...} not found: %+v", tap)
	}
	if len(d.Lookup("departed")) == 0 || len(d.Lookup("departs")) == 0 {
		t.Errorf("regular forms of DEPART missing")
	}
	if len(d.Lookup("departes")) != 0 {
		t.Errorf("departes is no form of DEPART")
	}
	// A verb with its own code inside a block.
	var dp *Verb
	for _, v := range d.Block("DELAY").Verbs {
		if v.Word == "downplay" {
			dp = v
		}
	}
	if dp == nil || dp.Code == nil || dp.Code.Code != "014" {
		t.Errorf("DOWNPLAY [014] in DELAY: %+v", dp)
	}
	// Patterns: adjacency, roles, placeholder codes.
	find := func(block, text string) *Pattern {
		t.Helper()
		for _, p := range d.Block(block).Patterns {
			if strings.HasPrefix(p.Text, text) {
				return p
			}
		}
		t.Fatalf("%s: pattern %q not found", block, text)
		return nil
	}
	p := find("ACKNOWLEDGE", "- SO IN_AND_*_OUT_AGAIN NOW")
	want := []Elem{{Kind: EWord, Word: "so"}, {Kind: EWord, Word: "in", Joined: true}, {Kind: EWord, Word: "and", Joined: true}}
	if !reflect.DeepEqual(p.Pre, want) {
		t.Errorf("pre of %q = %+v", p.Text, p.Pre)
	}
	want = []Elem{{Kind: EWord, Word: "out", Joined: true}, {Kind: EWord, Word: "again", Joined: true}, {Kind: EWord, Word: "now"}}
	if !reflect.DeepEqual(p.Post, want) || p.Code.Code != "074" {
		t.Errorf("post of %q = %+v %v", p.Text, p.Post, p.Code)
	}
	p = find("EXTRADITE", "- + WAS_ * TO_ ^ FROM $")
	if p.Pre[0].Kind != ETarget || p.Post[1].Kind != ESkip || p.Post[3].Kind != ESource || p.Post[2].Word != "from" {
		t.Errorf("%q: %+v %+v", p.Text, p.Pre, p.Post)
	}
	p = find("AGREE", "- % * [030:030]")
	if p.Pre[0].Kind != ECompound || p.Code != (Code{"030", "030"}) {
		t.Errorf("%q: %+v %v", p.Text, p.Pre, p.Code)
	}
	p = find("WELCOME", "- * MEMOS_ON_&TIETYPES FROM")
	if p.Post[2].Kind != ESynset || p.Post[2].Set != "TIETYPES" || !p.Post[2].Joined || p.Post[3].Joined {
		t.Errorf("%q: %+v", p.Text, p.Post)
	}
	if p := find("RESTORE", "- * DIPLXMATIC"); p.Code.Code != "###" {
		t.Errorf("[###] is a code, not a comment: %v", p.Code)
	}
	// Longest patterns are tried first.
	ps := d.Block("WELCOME").Patterns
	for i := 1; i < len(ps); i++ {
		if ps[i].Len() > ps[i-1].Len() {
			t.Errorf("WELCOME patterns not sorted by length at %d", i)
		}
	}
}

func TestReadVerbsPetrarch2Syntax(t *testing.T) {
	src := `&ENVOYS
+ENVOY
+SPECIAL_ENVOY
--- DISPATCH [036] ---
DISPATCH
- * {&ENVOYS} (TO +) [032:033]
- $ * {TROOPS} (INTO +) [182]
####### TRANSFORMATIONS #######
- a (b Q SAY) = a b Q [010]
`
	d, err := ReadVerbs(strings.NewReader(src), "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	ps := d.Block("DISPATCH").Patterns
	if len(ps) != 2 {
		t.Fatalf("patterns: %d", len(ps))
	}
	p := ps[1] // the shorter one, "* {&ENVOYS} (TO +)"
	if p.Post[0].Kind != ENoun || !reflect.DeepEqual(p.Post[0].Words, []string{"&envoys"}) ||
		p.Post[1].Kind != EPrep || p.Post[1].Word != "to" || !reflect.DeepEqual(p.Post[1].Words, []string{"+"}) {
		t.Errorf("post = %+v", p.Post)
	}
	if len(d.Transforms) != 1 || d.Transforms[0].LHS != "a (b Q SAY)" || d.Transforms[0].RHS != "a b Q" || d.Transforms[0].Code.Code != "010" {
		t.Errorf("transforms = %+v", d.Transforms)
	}
}

func TestReadVerbsErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"--- FOO ---\nFOO\n", "x.txt line 1: verb block header \"--- FOO ---\" has no [CODE]"},
		{"--- FOO [010] ---\nFOO\n- IN * [01\n", "x.txt line 3: pattern: code \"[01\" has no closing \"]\""},
		{"--- FOO [010] ---\nFOO\n- IN FOO [011]\n", "x.txt line 3: pattern \"- IN FOO [011]\" has no \"*\" for the verb"},
		{"--- FOO [010] ---\nFOO\n- * IN * [011]\n", "line 3: pattern \"- * IN * [011]\" has more than one \"*\""},
		{"- * NOW [011]\n", "x.txt line 1: pattern before any verb block"},
		{"--- FOO [010] ---\nFOO\n\n- * &NOPE [011]\n", "x.txt line 4: synset &NOPE is not defined"},
		{"--- FOO [010] ---\nFOO {FOOED\n", "x.txt line 2: verb \"FOO {FOOED\": \"{\" without \"}\""},
		{"--- FOO [010] ---\nFOO\n- * (TO + [011]\n", "x.txt line 3: pattern \"- * (TO + [011]\": unclosed \"(\""},
		{"--- FOO [042:] ---\nFOO\n", "x.txt line 1: verb block header: paired code \"[042:]\" lacks its second code"},
		{"&A\n+X\n&A\n+Y\n", "x.txt line 3: synset &A defined twice"},
		{"--- FOO [010] ---\n--- BAR [020] ---\nBAR\n", "x.txt line 1: verb block FOO lists no verb"},
		{"<!-- a\nlong comment -->\n--- FOO [] ---\n", "x.txt line 3: verb block header: malformed code \"[]\""},
	} {
		_, err := ReadVerbs(strings.NewReader(tc.src), "x.txt")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestReadDiscards(t *testing.T) {
	f, err := os.Open(sharedData(t, "petrarch/PETR.Validate.discards.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ReadDiscards(f, "PETR.Validate.discards.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !hasPhrase(d.Story, "world", "golf", "championships") || !hasPhrase(d.Story, "typhoon") || hasPhrase(d.Story, "baseball") {
		t.Errorf("story discards = %v", d.Story)
	}
	if !hasPhrase(d.Sentence, "months", "later") || !hasPhrase(d.Sentence, "african", "nations", "cup") {
		t.Errorf("sentence discards = %v", d.Sentence)
	}
	if _, err := ReadDiscards(strings.NewReader("BASEBALL\n+ \n"), "d.txt"); err == nil || !strings.Contains(err.Error(), "d.txt line 2: empty discard phrase") {
		t.Errorf("empty phrase: %v", err)
	}
}
