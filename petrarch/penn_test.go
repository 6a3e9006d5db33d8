package petrarch

import (
	"strings"
	"testing"
)

// deps renders "word:dep>headword" for every token.
func deps(t *testing.T, parse string) string {
	t.Helper()
	tr, err := ParsePenn(parse)
	if err != nil {
		t.Fatal(err)
	}
	s := tr.Sentence()
	var out []string
	for _, tk := range s.Tokens {
		h := "ROOT"
		if tk.Head >= 0 {
			h = s.Tokens[tk.Head].Text
		}
		out = append(out, tk.Text+":"+tk.Dep+">"+h)
	}
	return strings.Join(out, " ")
}

func TestPennToDependencies(t *testing.T) {
	for _, tc := range []struct{ parse, want string }{
		{"(ROOT (S (NP (NNP Keldor)) (VP (VBD signed) (NP (DT a) (NN pact)) (PP (IN with) (NP (NNP Varnan)))) (. .)))",
			"Keldor:nsubj>signed signed:root>ROOT a:det>pact pact:obj>signed with:case>Varnan Varnan:obl>signed .:punct>signed"},
		// passive: the participle heads, the subject is nsubj:pass
		{"(ROOT (S (NP (NNP Varnan)) (VP (VBD was) (VP (VBN shelled) (PP (IN by) (NP (NNP Keldor)))))))",
			"Varnan:nsubj:pass>shelled was:aux:pass>shelled shelled:root>ROOT by:case>Keldor Keldor:obl>shelled"},
		// "about to" + infinitive: the content verb heads the clause
		{"(ROOT (S (NP (NNP Keldor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB leave))))))))",
			"Keldor:nsubj>leave is:aux>leave about:dep>leave to:mark>leave leave:root>ROOT"},
		// coordination and a possessor
		{"(ROOT (S (NP (NP (NNP Keldor) (POS 's)) (NN envoy) (CC and) (NNP Varnan)) (VP (VBD met))))",
			"Keldor:nmod:poss>envoy 's:case>Keldor envoy:nsubj>met and:cc>envoy Varnan:conj>envoy met:root>ROOT"},
		// noun modifier with "of", relative clause, brackets restored
		{"(ROOT (S (NP (NP (NNS envoys)) (PP (IN of) (NP (NNP Keldor))) (SBAR (WHNP (WDT that)) (S (VP (VBD left))))) (VP (VBD spoke) (PRN (-LRB- -LRB-) (NP (NN today)) (-RRB- -RRB-)))))",
			"envoys:nsubj>spoke of:case>Keldor Keldor:nmod>envoys that:mark>left left:acl:relcl>envoys spoke:root>ROOT (:punct>today today:dep>spoke ):punct>today"},
	} {
		if got := deps(t, tc.parse); got != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.parse, got, tc.want)
		}
	}
	tr, _ := ParsePenn("(ROOT (S (NP (NNP Keldor)) (VP (VBD was) (VP (VBN seen)))))")
	s := tr.Sentence()
	if s.Tokens[0].UPOS != "PROPN" || s.Tokens[1].UPOS != "AUX" || s.Tokens[2].UPOS != "VERB" || s.Tokens[2].Lemma != "see" {
		t.Errorf("tags: %+v", s.Tokens)
	}
	if s.Tokens[1].Start != 7 || s.Tokens[1].End != 10 {
		t.Errorf("offsets: %+v", s.Tokens[1])
	}
}

func TestParsePennErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"(S (NP (NNP Keldor))", "unclosed \"(S\""},
		{"(S (NP (NNP Keldor)) left)", "unexpected word \"left\" in (S ...)"},
		{"(S (NP (NNP Keldor))) (S)", "text after the tree"},
		{"NP Keldor", "expected \"(\""},
		{"(S ())", "empty constituent"},
	} {
		_, err := ParsePenn(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.in, err, tc.want)
		}
	}
}
