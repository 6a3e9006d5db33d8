package petrarch

import (
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/nlp"
)

// Event is one coded event.
type Event struct {
	Source, Target string // actor codes; "---" stands for an unknown country ("---GOV")
	Code           string
	Sentence       int      // index of the sentence
	Verb           int      // token index of the verb
	Pattern        *Pattern // the pattern that gave the code, nil for the verb's own code
	// SourceSpan and TargetSpan are the tokens [a, b) of the sentence that
	// name the actors; {-1, -1} for an unknown one.
	SourceSpan, TargetSpan [2]int
}

// Coder codes parsed sentences with PETRARCH dictionaries.
type Coder struct {
	D *Dicts
	// NoPronouns keeps resolved pronouns ("it" for a state named before)
	// from acting as actors.
	NoPronouns bool
	// OpenTarget codes an act whose target is not found, with target "---"
	// (PETRARCH's require_dyad = false).
	OpenTarget bool
}

// NewCoder returns a coder over d.
func NewCoder(d *Dicts) *Coder { return &Coder{D: d} }

// Discarded reports whether a discard phrase removes the story ("story") or
// which sentences it removes.
func (c *Coder) discarded(sents []nlp.Sentence) (story bool, sent []bool) {
	sent = make([]bool, len(sents))
	if c.D.Discards == nil {
		return false, sent
	}
	for si := range sents {
		words := lowerWords(&sents[si])
		for _, p := range c.D.Discards.Story {
			if containsSeq(words, p) {
				return true, sent
			}
		}
		for _, p := range c.D.Discards.Sentence {
			if containsSeq(words, p) {
				sent[si] = true
			}
		}
	}
	return false, sent
}

func lowerWords(s *nlp.Sentence) []string {
	w := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		w[i] = strings.ToLower(t.Text)
	}
	return w
}

func containsSeq(words, p []string) bool {
	for i := 0; i+len(p) <= len(words); i++ {
		if seqAt(words, i, p) {
			return true
		}
	}
	return false
}

func seqAt(words []string, i int, p []string) bool {
	if i < 0 || i+len(p) > len(words) {
		return false
	}
	for k, w := range p {
		if words[i+k] != w {
			return false
		}
	}
	return true
}

// Code codes the sentences of one story, resolving actors at date.
func (c *Coder) Code(sents []nlp.Sentence, date time.Time) []Event {
	story, drop := c.discarded(sents)
	if story {
		return nil
	}
	ments := c.D.KB.Resolve(sents, date)
	var out []Event
	for si := range sents {
		if drop[si] {
			continue
		}
		var ms []actor.Mention
		if si < len(ments) {
			ms = ments[si]
		}
		sc := newSentCoder(c, &sents[si], ms)
		sc.date = date
		for _, e := range sc.code() {
			e.Sentence = si
			out = append(out, e)
		}
	}
	return out
}

// sentCoder holds one sentence being coded.
type sentCoder struct {
	c     *Coder
	s     *nlp.Sentence
	words []string
	ments []actor.Mention
	at    []int // token -> mention index, -1 if none
	kids  [][]int
	date  time.Time
}

func newSentCoder(c *Coder, s *nlp.Sentence, ms []actor.Mention) *sentCoder {
	sc := &sentCoder{c: c, s: s, words: lowerWords(s), at: make([]int, len(s.Tokens)), kids: make([][]int, len(s.Tokens))}
	for i := range sc.at {
		sc.at[i] = -1
	}
	for _, m := range ms {
		if m.Kind == actor.KindPronoun && (c.NoPronouns || possessive(s, m)) || code(m) == "" {
			continue
		}
		sc.ments = append(sc.ments, m)
		for k := m.Start; k < m.End && k < len(sc.at); k++ {
			sc.at[k] = len(sc.ments) - 1
		}
	}
	for i, t := range s.Tokens {
		if t.Head >= 0 && t.Head < len(s.Tokens) {
			sc.kids[t.Head] = append(sc.kids[t.Head], i)
		}
	}
	return sc
}

// possessive reports whether a pronoun mention is a possessive ("its
// embassy"): such a pronoun names whom a thing belongs to, not an actor of
// the clause.
func possessive(s *nlp.Sentence, m actor.Mention) bool {
	if m.Head < 0 || m.Head >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[m.Head]
	return t.XPOS == "PRP$" || t.XPOS == "WP$" || t.Dep == "nmod:poss"
}

// code returns a mention's actor code in PETRARCH's form: an agent with no
// country reads "---GOV".
func code(m actor.Mention) string {
	a := m.Actor
	if a.Code == "" {
		return ""
	}
	if a.Country == "" && a.Sector != "" && a.Code == a.Sector {
		return "---" + a.Code
	}
	if a.Sector != "" && len(a.Code) >= 3 && !strings.Contains(a.Code[3:], a.Sector) {
		return a.Code + a.Sector // a titled person: "Fornost President Umbardacil"
	}
	return a.Code
}

func isVerbTok(t *nlp.Token) bool {
	return strings.HasPrefix(t.XPOS, "VB") || t.UPOS == "VERB" || t.UPOS == "AUX"
}

// verbHere reports whether token i can be a verb: tagged as one, or right
// after a modal or "to" ("will abandon" mistagged as an adverb), or heading
// a subject.
func (sc *sentCoder) verbHere(i int) bool {
	t := &sc.s.Tokens[i]
	if isVerbTok(t) {
		return true
	}
	if i > 0 {
		p := &sc.s.Tokens[i-1]
		if p.XPOS == "MD" || p.XPOS == "TO" {
			return true
		}
		// "begun to question", "inching nearer to accord": after "to" a
		// singular noun reading is a verb
		if sc.words[i-1] == "to" && (t.XPOS == "NN" || t.XPOS == "VBP" || t.XPOS == "RB") {
			return true
		}
	}
	return sc.hasChild(i, "nsubj")
}

// verbsAt finds the dictionary verbs at token i, keeping those of the
// longest span (a multi-word verb over its single word). It returns them,
// in dictionary order, and the token span [a, b) they cover.
func (sc *sentCoder) verbsAt(i int) ([]*Verb, int, int) {
	var best []*Verb
	ba, bb := 0, 0
	for _, v := range sc.c.D.Verbs.Lookup(sc.words[i]) {
		a, b := i-len(v.Before), i+1+len(v.After)
		if !seqAt(sc.words, a, v.Before) || !seqAt(sc.words, i+1, v.After) {
			continue
		}
		switch {
		case best == nil || b-a > bb-ba:
			best, ba, bb = []*Verb{v}, a, b
		case b-a == bb-ba:
			best = append(best, v)
		}
	}
	return best, ba, bb
}

// roles are the actors a pattern places.
type roles struct {
	src, tgt, comp int  // mention indices, -1 if not placed
	compAfter      bool // the compound comes after the verb
}

func (sc *sentCoder) code() []Event {
	var out []Event
	used := make([]bool, len(sc.words))
	for i := range sc.s.Tokens {
		if used[i] || !sc.verbHere(i) {
			continue
		}
		vs, a, b := sc.verbsAt(i)
		if vs == nil {
			continue
		}
		for k := a; k < b; k++ {
			used[k] = true
		}
		// The verb's own code, or its block's; a form listed in several
		// blocks ("SHOT") takes the first code that is not "---".
		var cd Code
		var pats []*Pattern
		for _, v := range vs {
			c := v.Block.Code
			if v.Code != nil {
				c = *v.Code
			}
			if cd.None() {
				cd = c
			}
			pats = append(pats, v.Block.Patterns...)
		}
		if len(vs) > 1 {
			sort.SliceStable(pats, func(i, j int) bool { return pats[i].Len() > pats[j].Len() })
		}
		var pat *Pattern
		r := roles{-1, -1, -1, false}
		for _, p := range pats {
			if p.Code.Placeholder() {
				continue
			}
			if rr, ok := sc.matchPattern(p, a, b); ok {
				pat, r, cd = p, rr, p.Code
				break
			}
		}
		if cd.None() {
			continue
		}
		if pat == nil && strings.HasPrefix(sc.s.Tokens[i].Dep, "aux") {
			continue // an auxiliary ("should have acted") codes only through a pattern
		}
		out = append(out, sc.events(i, cd, pat, r)...)
	}
	return dedup(out)
}

func dedup(es []Event) []Event {
	seen := map[[3]string]bool{}
	var out []Event
	for _, e := range es {
		k := [3]string{e.Source, e.Target, e.Code}
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// matchPattern tries pattern p on a verb covering tokens [a, b).
func (sc *sentCoder) matchPattern(p *Pattern, a, b int) (roles, bool) {
	r := roles{-1, -1, -1, false}
	if !sc.matchPost(p.Post, 0, b, &r) {
		return roles{-1, -1, -1, false}, false
	}
	if r.comp >= 0 {
		r.compAfter = true
	}
	if !sc.matchPre(p.Pre, len(p.Pre)-1, a-1, &r) {
		return roles{-1, -1, -1, false}, false
	}
	return r, true
}

// matchPost matches elems[k:] from token pos rightwards.
func (sc *sentCoder) matchPost(elems []Elem, k, pos int, r *roles) bool {
	if k == len(elems) {
		return true
	}
	e := elems[k]
	last := len(sc.words) - 1
	if e.Joined {
		last = pos
	}
	for j := pos; j <= last && j < len(sc.words); j++ {
		save := *r
		for _, n := range sc.elemAt(e, j, r) {
			if sc.matchPost(elems, k+1, j+n, r) {
				return true
			}
			*r = save
		}
		*r = save
	}
	return false
}

// matchPre matches elems[:k+1] from token pos leftwards; elems[k] must end
// at or before pos.
func (sc *sentCoder) matchPre(elems []Elem, k, pos int, r *roles) bool {
	if k < 0 {
		return true
	}
	e := elems[k]
	first := 0
	if e.Joined {
		first = pos
	}
	for end := pos; end >= first && end >= 0; end-- {
		save := *r
		// an element ending at end: try every start
		for st := end; st >= 0 && st >= end-8; st-- {
			for _, n := range sc.elemAt(e, st, r) {
				if st+n-1 == end && sc.matchPre(elems, k-1, st-1, r) {
					return true
				}
			}
			*r = save
		}
		*r = save
	}
	return false
}

// npInternal reports whether token j may stand between the words of a
// phrase element: a determiner, adjective, number or noun of the same noun
// phrase.
func (sc *sentCoder) npInternal(j int) bool {
	switch sc.s.Tokens[j].UPOS {
	case "DET", "ADJ", "NUM", "NOUN", "PROPN":
		return true
	}
	return false
}

// phraseAt matches the words of a "{...}" or "(PREP ...)" element from token
// j: words, "&SYNSET" members, and "$", "+", "%" for an actor. Words inside
// the noun phrase may come between. It returns the tokens consumed.
func (sc *sentCoder) phraseAt(words []string, j int, r *roles) (int, bool) {
	pos := j
	for k, w := range words {
		for {
			if pos >= len(sc.words) {
				return 0, false
			}
			n := 0
			switch {
			case w == "$" || w == "+" || w == "%":
				if m := sc.at[pos]; m >= 0 && sc.ments[m].Start == pos {
					switch w {
					case "$":
						r.src = m
					case "+":
						r.tgt = m
					default:
						r.comp = m
					}
					n = sc.ments[m].End - pos
				}
			case strings.HasPrefix(w, "&"):
				for _, mem := range sc.c.D.Verbs.Synsets[synName(w)] {
					if seqAt(sc.words, pos, mem) {
						n = len(mem)
						break
					}
				}
			case sc.words[pos] == w:
				n = 1
			}
			if n > 0 {
				pos += n
				break
			}
			if k == 0 || !sc.npInternal(pos) {
				return 0, false
			}
			pos++
		}
	}
	return pos - j, true
}

// elemAt returns the lengths (in tokens) with which e matches at token j,
// recording roles.
func (sc *sentCoder) elemAt(e Elem, j int, r *roles) []int {
	if j < 0 || j >= len(sc.words) {
		return nil
	}
	switch e.Kind {
	case EWord:
		if sc.words[j] == e.Word {
			return []int{1}
		}
	case ESynset:
		var out []int
		for _, m := range sc.c.D.Verbs.Synsets[e.Set] {
			if seqAt(sc.words, j, m) {
				out = append(out, len(m))
			}
		}
		return out
	case ESource, ETarget, ECompound:
		m := sc.at[j]
		if m < 0 || sc.ments[m].Start != j {
			return nil
		}
		switch e.Kind {
		case ESource:
			r.src = m
		case ETarget:
			r.tgt = m
		default:
			r.comp = m
		}
		return []int{sc.ments[m].End - j}
	case ESkip:
		if m := sc.at[j]; m >= 0 && sc.ments[m].Start == j {
			return []int{sc.ments[m].End - j}
		}
		return []int{1}
	case ENoun:
		if n, ok := sc.phraseAt(e.Words, j, r); ok {
			return []int{n}
		}
	case EPrep:
		if sc.words[j] != e.Word {
			return nil
		}
		// the phrase's words may follow determiners and adjectives: "(TO +)"
		// matches "to the Varnan"
		for k := j + 1; k < len(sc.words); k++ {
			if n, ok := sc.phraseAt(e.Words, k, r); ok {
				return []int{k + n - j}
			}
			if !sc.npInternal(k) {
				break
			}
		}
	}
	return nil
}
