package nlp

import "testing"

// News sentences that open with an adjective, a plural noun and a past
// verb with an object are clauses, not captions.
func TestVerblessRootRepair(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb, subj string }{
		{"Israeli warplanes struck military sites in Iran early on Saturday.", "struck", "warplanes"},
		{"Russian troops shelled the city overnight.", "shelled", "troops"},
		{"Chinese coast guard officers seized two Philippine navy boats.", "seized", "officers"},
		{"Police arrested dozens of protesters.", "arrested", "Police"},
	} {
		sents := m.Annotate(c.text)
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", c.text, len(sents))
		}
		toks := sents[0].Tokens
		root, subj := -1, -1
		for i, tk := range toks {
			if tk.Head < 0 {
				root = i
			}
			if tk.Text == c.subj {
				subj = i
			}
		}
		if root < 0 || toks[root].Text != c.verb {
			t.Errorf("%q: root %v, want %q", c.text, root, c.verb)
			continue
		}
		if subj < 0 || toks[subj].Head != root || toks[subj].Dep != "nsubj" {
			t.Errorf("%q: %q is not the subject of %q", c.text, c.subj, c.verb)
		}
	}
}

// The repair itself, on hand-made trees: only a participle with an object
// right after a root noun is moved, and a predicate noun is left alone.
func TestVerblessRootRules(t *testing.T) {
	mk := func(spec [][4]string, heads []int) *Sentence {
		s := &Sentence{}
		for i, f := range spec {
			s.Tokens = append(s.Tokens, Token{Text: f[0], UPOS: f[1], XPOS: f[2], Dep: f[3], Head: heads[i]})
		}
		return s
	}
	// "Troops shelled the town ." as the caption parse.
	s := mk([][4]string{{"Troops", "NOUN", "NNS", "root"}, {"shelled", "VERB", "VBN", "acl"}, {"the", "DET", "DT", "det"},
		{"town", "NOUN", "NN", "obj"}, {".", "PUNCT", ".", "punct"}}, []int{-1, 0, 3, 1, 0})
	if r := verblessRoot(s, 0, 5, 0); r != 1 || s.Tokens[0].Head != 1 || s.Tokens[0].Dep != "nsubj" ||
		s.Tokens[1].Head != -1 || s.Tokens[1].XPOS != "VBD" || s.Tokens[4].Head != 1 {
		t.Errorf("caption parse not repaired: root %d, %+v", r, s.Tokens)
	}
	// "Police arrested dozens ." with the verb read as an adjective of its object.
	s = mk([][4]string{{"Police", "NOUN", "NNS", "root"}, {"arrested", "VERB", "VBN", "amod"}, {"dozens", "NOUN", "NNS", "obj"},
		{".", "PUNCT", ".", "punct"}}, []int{-1, 2, 0, 0})
	if r := verblessRoot(s, 0, 4, 0); r != 1 || s.Tokens[2].Head != 1 || s.Tokens[2].Dep != "obj" || s.Tokens[0].Head != 1 {
		t.Errorf("adjective parse not repaired: root %d, %+v", r, s.Tokens)
	}
	// "Photos taken at night ." has no object: a caption indeed.
	s = mk([][4]string{{"Photos", "NOUN", "NNS", "root"}, {"taken", "VERB", "VBN", "acl"}, {"at", "ADP", "IN", "case"},
		{"night", "NOUN", "NN", "obl"}, {".", "PUNCT", ".", "punct"}}, []int{-1, 0, 3, 1, 0})
	if r := verblessRoot(s, 0, 5, 0); r != 0 || s.Tokens[1].Dep != "acl" {
		t.Errorf("caption without object changed: root %d", r)
	}
	// "He is the man given a medal ." : predicate noun with a copula.
	s = mk([][4]string{{"He", "PRON", "PRP", "nsubj"}, {"is", "AUX", "VBZ", "cop"}, {"the", "DET", "DT", "det"},
		{"man", "NOUN", "NN", "root"}, {"given", "VERB", "VBN", "acl"}, {"a", "DET", "DT", "det"}, {"medal", "NOUN", "NN", "obj"}},
		[]int{3, 3, 3, -1, 3, 6, 4})
	if r := verblessRoot(s, 0, 7, 3); r != 3 {
		t.Errorf("predicate noun repaired: root %d", r)
	}
}
