package petrarch

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/nlp"
)

// Tree is a Penn Treebank constituent: a phrase with children, or a
// preterminal (Tag and Word set, no children).
type Tree struct {
	Label    string // phrase label without function tags ("NP" for "NP-SBJ"), or the POS tag
	Word     string // the word of a preterminal
	Children []*Tree
	leaf     int // token index of a preterminal
}

// ParsePenn reads one bracketed parse "(ROOT (S (NP (NNP Arnor)) ...))".
func ParsePenn(s string) (*Tree, error) {
	p := &pennParser{s: s}
	p.space()
	t, err := p.node()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i < len(p.s) {
		return nil, fmt.Errorf("penn: text after the tree at byte %d: %q", p.i, clip(p.s[p.i:]))
	}
	n := 0
	t.walk(func(x *Tree) {
		if x.Word != "" || len(x.Children) == 0 {
			x.leaf = n
			n++
		}
	})
	if n == 0 {
		return nil, fmt.Errorf("penn: tree has no words")
	}
	return t, nil
}

func clip(s string) string {
	if len(s) > 20 {
		return s[:20] + "..."
	}
	return s
}

type pennParser struct {
	s string
	i int
}

func (p *pennParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\n' || p.s[p.i] == '\t' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *pennParser) atom() string {
	st := p.i
	for p.i < len(p.s) && !strings.ContainsRune(" \n\t\r()", rune(p.s[p.i])) {
		p.i++
	}
	return p.s[st:p.i]
}

func (p *pennParser) node() (*Tree, error) {
	if p.i >= len(p.s) || p.s[p.i] != '(' {
		return nil, fmt.Errorf("penn: expected \"(\" at byte %d", p.i)
	}
	p.i++
	p.space()
	t := &Tree{Label: p.atom()}
	if i := strings.IndexAny(t.Label, "-="); i > 0 && !strings.HasPrefix(t.Label, "-") {
		t.Label = t.Label[:i] // NP-SBJ -> NP
	}
	for {
		p.space()
		if p.i >= len(p.s) {
			return nil, fmt.Errorf("penn: unclosed \"(%s\"", t.Label)
		}
		switch p.s[p.i] {
		case ')':
			p.i++
			if t.Label == "" && len(t.Children) == 1 {
				return t.Children[0], nil // "( (S ...))"
			}
			if len(t.Children) == 0 && t.Word == "" {
				return nil, fmt.Errorf("penn: empty constituent (%s) at byte %d", t.Label, p.i)
			}
			return t, nil
		case '(':
			if t.Word != "" {
				return nil, fmt.Errorf("penn: %s has both a word and phrases", t.Label)
			}
			c, err := p.node()
			if err != nil {
				return nil, err
			}
			t.Children = append(t.Children, c)
		default:
			w := p.atom()
			if t.Word != "" || len(t.Children) > 0 {
				return nil, fmt.Errorf("penn: unexpected word %q in (%s ...)", w, t.Label)
			}
			t.Word = w
		}
	}
}

func (t *Tree) walk(f func(*Tree)) {
	f(t)
	for _, c := range t.Children {
		c.walk(f)
	}
}

func (t *Tree) pre() bool { return len(t.Children) == 0 }

var pennWords = map[string]string{"-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]"}

func isPunctTag(tag string) bool {
	switch tag {
	case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "#", "$", "HYPH", "NFP":
		return true
	}
	return false
}

var auxLemmas = map[string]bool{"be": true, "have": true, "do": true, "get": true}

// Sentence converts the tree to a dyad sentence: tokens with Penn tags
// mapped to UPOS, lemmas, and a dependency tree found by head rules with
// content words as heads (Universal Dependencies style: the main verb heads
// its auxiliaries, a prepositional phrase is headed by its noun).
func (t *Tree) Sentence() nlp.Sentence {
	var s nlp.Sentence
	var b strings.Builder
	t.walk(func(x *Tree) {
		if !x.pre() {
			return
		}
		w := x.Word
		if r, ok := pennWords[w]; ok {
			w = r
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		st := b.Len()
		b.WriteString(w)
		s.Tokens = append(s.Tokens, nlp.Token{Text: w, Start: st, End: b.Len(), XPOS: x.Label, Head: -1})
	})
	s.End = b.Len()
	for i := range s.Tokens {
		tk := &s.Tokens[i]
		tk.UPOS = upos(tk.XPOS, tk.Text)
		tk.Lemma = nlp.Lemma(tk.Text, tk.UPOS, tk.XPOS)
	}
	root := t.head(&s)
	s.Tokens[root].Head, s.Tokens[root].Dep = -1, "root"
	for i := range s.Tokens {
		tk := &s.Tokens[i]
		if tk.Dep == "aux" || tk.Dep == "aux:pass" || tk.Dep == "cop" {
			tk.UPOS = "AUX"
		}
		if tk.Dep == "mark" && tk.UPOS == "ADP" {
			tk.UPOS = "SCONJ"
		}
	}
	return s
}

// upos maps a Penn tag to a Universal POS tag.
func upos(tag, word string) string {
	switch {
	case tag == "NN" || tag == "NNS":
		return "NOUN"
	case tag == "NNP" || tag == "NNPS":
		return "PROPN"
	case tag == "MD":
		return "AUX"
	case strings.HasPrefix(tag, "VB"):
		return "VERB"
	case strings.HasPrefix(tag, "JJ"):
		return "ADJ"
	case tag == "RP":
		return "ADP"
	case strings.HasPrefix(tag, "RB") || tag == "WRB":
		return "ADV"
	case tag == "IN":
		return "ADP"
	case tag == "TO":
		return "PART"
	case tag == "DT" || tag == "PDT" || tag == "WDT":
		return "DET"
	case tag == "PRP" || tag == "PRP$" || tag == "WP" || tag == "WP$" || tag == "EX":
		return "PRON"
	case tag == "CD":
		return "NUM"
	case tag == "CC":
		return "CCONJ"
	case tag == "POS":
		return "PART"
	case tag == "UH":
		return "INTJ"
	case tag == "SYM":
		return "SYM"
	case isPunctTag(tag):
		return "PUNCT"
	}
	return "X"
}

// head returns the head token of t, attaching the heads of its other
// children to it with UD-style relations.
func (t *Tree) head(s *nlp.Sentence) int {
	if t.pre() {
		return t.leaf
	}
	heads := make([]int, len(t.Children))
	for i, c := range t.Children {
		heads[i] = c.head(s)
	}
	h := t.headChild(s, heads)
	hd := heads[h]
	passive := t.Label == "VP" && t.passiveVP(s, heads, h)
	coord := false
	for _, c := range t.Children {
		if c.Label == "CC" || c.Label == "CONJP" {
			coord = true
		}
	}
	seenObj := false
	for i, c := range t.Children {
		if i == h {
			continue
		}
		tk := &s.Tokens[heads[i]]
		tk.Head = hd
		tk.Dep = t.relation(s, c, i, h, heads, coord, passive, &seenObj)
	}
	return hd
}

// passiveVP reports whether a VP is "be/get + past participle".
func (t *Tree) passiveVP(s *nlp.Sentence, heads []int, h int) bool {
	if s.Tokens[heads[h]].XPOS != "VBN" {
		return false
	}
	for i := 0; i < h; i++ {
		if c := t.Children[i]; c.pre() && (auxLemmas[s.Tokens[c.leaf].Lemma] && s.Tokens[c.leaf].Lemma != "have") {
			return true
		}
	}
	return false
}

func (t *Tree) isAux(s *nlp.Sentence, c *Tree) bool {
	if !c.pre() {
		return false
	}
	if c.Label == "MD" || c.Label == "TO" {
		return true
	}
	return strings.HasPrefix(c.Label, "VB") && auxLemmas[s.Tokens[c.leaf].Lemma]
}

func isNounTag(l string) bool {
	return l == "NN" || l == "NNS" || l == "NNP" || l == "NNPS" || l == "NX" || l == "PRP" || l == "CD" || l == "EX"
}

func isClause(l string) bool {
	return l == "S" || l == "SBAR" || l == "SQ" || l == "SINV" || l == "SBARQ" || l == "FRAG"
}

// headChild picks the child that heads t.
func (t *Tree) headChild(s *nlp.Sentence, heads []int) int {
	cs := t.Children
	first := func(ok func(c *Tree) bool) int {
		for i, c := range cs {
			if ok(c) {
				return i
			}
		}
		return -1
	}
	last := func(ok func(c *Tree) bool) int {
		for i := len(cs) - 1; i >= 0; i-- {
			if ok(cs[i]) {
				return i
			}
		}
		return -1
	}
	notPunct := func(c *Tree) bool { return !isPunctTag(c.Label) }
	or := func(is ...int) int {
		for _, i := range is {
			if i >= 0 {
				return i
			}
		}
		return 0
	}
	switch t.Label {
	case "ROOT", "S", "SINV", "SQ", "SBARQ", "":
		return or(first(func(c *Tree) bool { return c.Label == "VP" }),
			first(func(c *Tree) bool { return isClause(c.Label) }),
			first(func(c *Tree) bool { return c.Label == "NP" }), first(notPunct))
	case "SBAR":
		return or(first(func(c *Tree) bool { return isClause(c.Label) }), last(notPunct))
	case "VP":
		v := first(func(c *Tree) bool {
			return c.pre() && (strings.HasPrefix(c.Label, "VB") || c.Label == "MD" || c.Label == "TO")
		})
		if v >= 0 && t.isAux(s, cs[v]) {
			for i := v + 1; i < len(cs); i++ {
				if cs[i].Label == "VP" {
					return i
				}
			}
		}
		if v >= 0 {
			return v
		}
		return or(first(func(c *Tree) bool { return c.Label == "VP" }),
			first(func(c *Tree) bool { return isClause(c.Label) }), first(notPunct))
	case "PP", "WHPP":
		p := first(func(c *Tree) bool { return c.pre() && (c.Label == "IN" || c.Label == "TO") })
		for i := p + 1; i < len(cs) && p >= 0; i++ {
			if l := cs[i].Label; l == "NP" || l == "WHNP" || isClause(l) || l == "VP" || l == "ADJP" || l == "ADVP" {
				return i
			}
		}
		return or(p, first(notPunct))
	case "NP", "NX", "WHNP", "NML":
		for _, c := range cs {
			if c.Label == "CC" {
				// coordination: the first conjunct heads
				return or(first(func(c *Tree) bool { return notPunct(c) && c.Label != "DT" && c.Label != "CC" && !c.possessive() }), 0)
			}
		}
		if cs[0].Label == "NP" || cs[0].Label == "NML" {
			// "NP PP", "NP , NP" (apposition), "NP CC NP": the first NP heads,
			// unless the first NP is a possessor ("Dagolath 's").
			if !cs[0].possessive() {
				return 0
			}
		}
		return or(last(func(c *Tree) bool { return isNounTag(c.Label) }),
			last(func(c *Tree) bool { return c.Label == "NP" && !c.possessive() }),
			last(func(c *Tree) bool { return notPunct(c) && c.Label != "POS" }))
	case "ADJP", "WHADJP":
		return or(last(func(c *Tree) bool { return strings.HasPrefix(c.Label, "JJ") || c.Label == "VBN" }), last(notPunct))
	case "PRN":
		return or(first(func(c *Tree) bool { return notPunct(c) && c.Label != "CC" }), 0)
	}
	return or(first(func(c *Tree) bool { return notPunct(c) && c.Label != "CC" }), 0)
}

// possessive reports whether an NP ends in "'s".
func (t *Tree) possessive() bool {
	return len(t.Children) > 0 && t.Children[len(t.Children)-1].Label == "POS"
}

// relation names the dependency of child i (head token heads[i]) on the head child h.
func (t *Tree) relation(s *nlp.Sentence, c *Tree, i, h int, heads []int, coord, passive bool, seenObj *bool) string {
	l := c.Label
	hl := t.Children[h].Label
	switch {
	case isPunctTag(l):
		return "punct"
	case l == "CC" || l == "CONJP":
		return "cc"
	case coord && i > h && (l == hl || (l == "NP" || l == "NN" || l == "NNP" || l == "NNS") && (hl == "NP" || isNounTag(hl))):
		return "conj"
	}
	switch t.Label {
	case "PP", "WHPP":
		if l == "IN" || l == "TO" {
			if isClause(hl) || hl == "VP" {
				return "mark"
			}
			return "case"
		}
	case "SBAR":
		if l == "IN" || strings.HasPrefix(l, "WH") || l == "DT" {
			return "mark"
		}
	case "VP":
		switch {
		case c.pre() && i < h && (l == "MD" || strings.HasPrefix(l, "VB")) && t.isAux(s, c):
			if passive && s.Tokens[c.leaf].Lemma != "have" {
				return "aux:pass"
			}
			return "aux"
		case l == "TO":
			return "mark"
		case l == "NP":
			if i > h {
				if *seenObj {
					return "obj"
				}
				*seenObj = true
				return "obj"
			}
			return "obl"
		case l == "PP":
			return "obl"
		case l == "PRT" || l == "RP":
			return "compound:prt"
		case l == "ADVP" || strings.HasPrefix(l, "RB"):
			return "advmod"
		case l == "ADJP" || strings.HasPrefix(l, "JJ"):
			return "xcomp"
		case l == "S":
			if c.infinitive(s) {
				return "xcomp"
			}
			return "ccomp"
		case l == "SBAR":
			if len(c.Children) > 0 && c.Children[0].pre() && c.Children[0].Label == "IN" && strings.ToLower(c.Children[0].Word) != "that" && strings.ToLower(c.Children[0].Word) != "whether" {
				return "advcl"
			}
			return "ccomp"
		case l == "VP":
			return "conj"
		}
	case "S", "SINV", "SQ", "ROOT", "":
		switch {
		case l == "NP" && i < h:
			if hl == "VP" && t.Children[h].passiveChain(s) {
				return "nsubj:pass"
			}
			return "nsubj"
		case l == "PP":
			return "obl"
		case l == "ADVP" || strings.HasPrefix(l, "RB"):
			return "advmod"
		case isClause(l):
			if i < h {
				return "advcl"
			}
			return "parataxis"
		case l == "NP":
			return "obl"
		}
	case "NP", "NX", "WHNP", "NML":
		switch {
		case l == "POS":
			return "case"
		case l == "DT" || l == "PDT" || l == "WDT":
			return "det"
		case l == "PRP$" || l == "WP$" || (l == "NP" && c.possessive()):
			return "nmod:poss"
		case strings.HasPrefix(l, "JJ") || l == "ADJP" || l == "VBN" || l == "VBG":
			return "amod"
		case l == "CD" || l == "QP":
			return "nummod"
		case isNounTag(l) || l == "NML" || l == "NX":
			if i < h {
				return "compound"
			}
			return "appos"
		case l == "NP":
			if i < h {
				return "compound"
			}
			return "appos"
		case l == "PP":
			return "nmod"
		case l == "SBAR":
			return "acl:relcl"
		case l == "VP" || l == "S":
			return "acl"
		case l == "PRN":
			return "appos"
		}
	case "ADJP", "ADVP":
		if l == "PP" {
			return "obl"
		}
		return "advmod"
	}
	return "dep"
}

// infinitive reports whether a clause is "to" + verb with no subject.
func (t *Tree) infinitive(s *nlp.Sentence) bool {
	for _, c := range t.Children {
		if c.Label == "NP" {
			return false
		}
		if c.Label == "VP" {
			for _, d := range c.Children {
				if d.Label == "TO" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// passiveChain reports whether a VP's main verb is a passive participle.
func (t *Tree) passiveChain(s *nlp.Sentence) bool {
	be := false
	for x := t; x != nil; {
		var next *Tree
		for _, c := range x.Children {
			if c.pre() && strings.HasPrefix(c.Label, "VB") {
				lem := s.Tokens[c.leaf].Lemma
				if lem == "be" || lem == "get" {
					be = true
				} else if c.Label == "VBN" && be {
					return true
				}
			}
			if c.Label == "VP" && next == nil {
				next = c
			}
		}
		x = next
	}
	return false
}
