package coder

import (
	"strings"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/nlp"
)

// tree is one parsed sentence with the indexes the matcher needs: children
// of every token and the actor mention each token belongs to.
type tree struct {
	toks     []nlp.Token
	kids     [][]int
	ment     []int // token -> index in mentions, -1 when none
	mentions []actor.Mention
	kidBuf   []int
	isTime   []bool // tokens of temporal expressions and their prepositions
	// lookup finds a place by name, for names with no locative preposition
	// ("captured Bukavu"); nil without a gazetteer.
	lookup func(string) (PlaceMention, bool)
}

// placeName returns the gazetteer entry of the name token i heads, if it
// is a bare name (no preposition) that names no actor.
func (t *tree) placeName(i int) (PlaceMention, bool) {
	if t.lookup == nil || i < 0 || t.caseOf(i) != "" {
		return PlaceMention{}, false
	}
	return t.placeAt(i)
}

// objectPlace returns the place a verb's object names: "captured Bukavu",
// "captured the town of Pokrovsk".
func (t *tree) objectPlace(v int) (PlaceMention, bool) {
	o := t.patient(v)
	if p, ok := t.placeName(o); ok || o < 0 || t.lookup == nil {
		return p, ok
	}
	for _, c := range t.kids[o] {
		if t.caseOf(c) == "of" {
			return t.placeAt(c)
		}
	}
	return PlaceMention{}, false
}

// placeAt looks up the name token i heads ("El Fasher"), if it names no actor.
func (t *tree) placeAt(i int) (PlaceMention, bool) {
	if t.toks[i].UPOS != "PROPN" || t.ment[i] >= 0 {
		return PlaceMention{}, false
	}
	a, b := i, i+1
	for a > 0 && t.toks[a-1].UPOS == "PROPN" && t.toks[a-1].Head >= a-1 && t.toks[a-1].Head <= i {
		a--
	}
	for b < len(t.toks) && t.toks[b].UPOS == "PROPN" && t.toks[b].Head >= a && t.toks[b].Head < b {
		b++
	}
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.toks[k].Text)
	}
	return t.lookup(sb.String())
}

func newTree(s *nlp.Sentence, ms []actor.Mention) *tree {
	n := len(s.Tokens)
	t := &tree{toks: s.Tokens, mentions: ms, ment: make([]int, n), kids: make([][]int, n)}
	// children in one backing array: count, then fill.
	count := make([]int, n+1)
	for _, tk := range s.Tokens {
		if tk.Head >= 0 && tk.Head < n {
			count[tk.Head]++
		}
	}
	t.kidBuf = make([]int, 0, n)
	off := 0
	for i := 0; i < n; i++ {
		t.kids[i] = t.kidBuf[off : off : off+count[i]]
		off += count[i]
	}
	t.kidBuf = t.kidBuf[:n]
	for i, tk := range s.Tokens {
		if tk.Head >= 0 && tk.Head < n && tk.Head != i {
			t.kids[tk.Head] = append(t.kids[tk.Head], i)
		}
	}
	for i := range t.ment {
		t.ment[i] = -1
	}
	for mi, m := range ms {
		// a role word the resolver could not place ("several foreign
		// leaders") names no actor; its modifiers may.
		if (m.Country == "" || regions[m.Country]) && len(m.Members) == 0 {
			continue
		}
		for k := m.Start; k < m.End && k < n; k++ {
			if k >= 0 {
				t.ment[k] = mi
			}
		}
	}
	return t
}

func (t *tree) dep(i int) string {
	if i < 0 {
		return ""
	}
	return t.toks[i].Dep
}

// base strips the subtype: "nsubj:pass" -> "nsubj".
func base(dep string) string {
	if i := strings.IndexByte(dep, ':'); i >= 0 {
		return dep[:i]
	}
	return dep
}

func (t *tree) head(i int) int {
	if i < 0 {
		return -1
	}
	h := t.toks[i].Head
	if h == i || h >= len(t.toks) {
		return -1
	}
	return h
}

func (t *tree) lemma(i int) string {
	if i < 0 {
		return ""
	}
	l := t.toks[i].Lemma
	if l == "" {
		return strings.ToLower(t.toks[i].Text)
	}
	return l
}

// child returns the first child of i whose relation is one of deps.
func (t *tree) child(i int, deps ...string) int {
	if i < 0 {
		return -1
	}
	for _, c := range t.kids[i] {
		d := t.toks[c].Dep
		for _, want := range deps {
			if d == want {
				return c
			}
		}
	}
	return -1
}

func (t *tree) hasChildLemma(i int, dep string, set map[string]bool) bool {
	for _, c := range t.kids[i] {
		// a bare relation matches its subtypes too ("nmod" takes
		// "nmod:poss"); a subtyped one only itself.
		if (dep == "" || t.toks[c].Dep == dep || base(t.toks[c].Dep) == dep) && set[t.lemma(c)] {
			return true
		}
	}
	return false
}

func isVerb(tk *nlp.Token) bool { return tk.UPOS == "VERB" }

func isNominal(tk *nlp.Token) bool {
	return tk.UPOS == "NOUN" || tk.UPOS == "PROPN" || tk.UPOS == "PRON" || tk.UPOS == "NUM"
}

// passive reports whether verb i is in the passive voice.
func (t *tree) passive(i int) bool {
	for _, c := range t.kids[i] {
		switch t.toks[c].Dep {
		case "nsubj:pass", "aux:pass", "csubj:pass":
			return true
		}
	}
	// a participle modifying a noun: "restrictions imposed by Tokyo"; not
	// a relative clause in the perfect with its own subject: "strikes,
	// which the military has blamed on the RSF".
	if t.toks[i].XPOS == "VBN" && base(t.dep(i)) == "acl" && t.child(i, "nsubj") < 0 {
		return true
	}
	// a participle set after a clause with its agent: "exchanged
	// prisoners on Saturday, mediated by the Emirates".
	if t.toks[i].XPOS == "VBN" && (base(t.dep(i)) == "conj" || base(t.dep(i)) == "advcl") && t.child(i, "obl:agent") >= 0 &&
		t.child(i, "nsubj", "aux") < 0 {
		return true
	}
	return false
}

// subject returns the explicit subject of i, or -1.
func (t *tree) subject(i int) int {
	return t.child(i, "nsubj", "nsubj:pass", "csubj", "nsubj:outer")
}

var relPronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true, "whose": true}

// objectControl verbs pass their object down as the subject of their
// infinitive: "urged Tehran to engage".
var objectControl = map[string]bool{"urge": true, "ask": true, "call": true, "force": true, "help": true,
	"allow": true, "order": true, "tell": true, "press": true, "invite": true, "encourage": true,
	"persuade": true, "pressure": true, "push": true, "enable": true, "let": true, "want": true, "expect": true,
	"accuse": true, "blame": true, "permit": true, "instruct": true, "request": true, "appeal": true,
	// judging someone for doing something: "criticised Vietnam for hosting Putin".
	"criticise": true, "criticize": true, "condemn": true, "praise": true, "thank": true, "fault": true,
	"punish": true, "commend": true, "congratulate": true, "rebuke": true, "denounce": true, "slam": true}

// agentOf finds who does i: its subject, or the subject it inherits from the
// verb it is an infinitive, conjunct, participle or relative clause of.
// For a passive verb it is the "by" agent. depth bounds the climb.
func (t *tree) agentOf(i int, depth int) int {
	if i < 0 || depth > 6 {
		return -1
	}
	if t.passive(i) {
		return t.byAgent(i)
	}
	if s := t.child(i, "nsubj", "csubj", "nsubj:outer"); s >= 0 {
		if relPronouns[t.lemma(s)] {
			// "Diaz-Canel, who pledged": the noun before the pronoun, even
			// when the parser hung the clause elsewhere.
			j := s - 1
			for j >= 0 && t.toks[j].Text == "," {
				j--
			}
			// also when a comma-set clause hangs on a noun naming no actor:
			// "an angry response from Israel, which recalled its envoys".
			if h := t.head(i); j >= 0 && t.ment[j] >= 0 && (h < 0 || !isNominal(&t.toks[h]) || j < s-1 && t.ment[h] < 0 && !personNouns[t.lemma(h)]) {
				if m := t.memberOf(j); m >= 0 {
					return m
				}
				return j
			}
			if base(t.dep(i)) == "acl" {
				if m := t.memberOf(t.head(i)); m >= 0 {
					return m
				}
				return t.head(i)
			}
		}
		return s
	}
	h := t.head(i)
	if h < 0 {
		return -1
	}
	switch base(t.dep(i)) {
	case "xcomp":
		// object control: "urged Tehran to engage", "accused Pyongyang of shipping".
		if objectControl[t.lemma(h)] {
			if o := t.child(h, "obj", "iobj"); o >= 0 {
				return o
			}
		}
		return t.agentOf(h, depth+1)
	case "conj":
		if isVerb(&t.toks[h]) || t.toks[h].UPOS == "AUX" || t.toks[h].UPOS == "ADJ" && t.ment[h] < 0 {
			return t.agentOf(h, depth+1)
		}
		if t.ment[h] >= 0 && h < i {
			// a verb conjoined to the actor before it is a misparse of
			// its predicate: "Nigerian President Bola Tinubu, who chairs
			// the bloc, told the coup leaders to step aside".
			return h
		}
	case "acl":
		// "accusing its neighbour of backing rebels": the one accused.
		if g := t.head(h); g >= 0 && base(t.dep(h)) == "obj" && t.hasChildLemma(i, "mark", ofMark) && (objectControl[t.lemma(g)] || allegeVerbs[t.lemma(g)]) {
			return h
		}
		// "leaders meeting in Brussels", "Diaz-Canel, who pledged"; a
		// thing that acts stands for whoever made it: "the board passed a
		// resolution criticising Tehran".
		if t.ment[h] < 0 && !personNouns[t.lemma(h)] && base(t.dep(h)) == "obj" && t.head(h) >= 0 {
			return t.agentOf(t.head(h), depth+1)
		}
		if u := t.toks[h].UPOS; u == "VERB" || u == "AUX" {
			// a clause hung as a modifier of a verb: "Israel has neither
			// confirmed nor denied".
			return t.agentOf(h, depth+1)
		}
		// a purpose infinitive hung on the object: "Tehran summoned the
		// British ambassador to protest ..." is Tehran's protest; a verb
		// that hands its object the act keeps it ("asked the envoys to
		// leave").
		if g := t.head(h); g >= 0 && base(t.dep(h)) == "obj" && isVerb(&t.toks[g]) && !objectControl[t.lemma(g)] && t.hasChildLemma(i, "mark", toMark) {
			return t.agentOf(g, depth+1)
		}
		// "arrived for a state visit, a day after signing a pact", the
		// participle hung on the time noun: the verb above it acts.
		if t.toks[i].XPOS == "VBG" && t.hasChildLemma(i, "mark", sequenceMark) && t.ment[h] < 0 {
			g := h
			for k := 0; k < 4 && g >= 0 && !isVerb(&t.toks[g]); k++ {
				g = t.head(g)
			}
			if g >= 0 && isVerb(&t.toks[g]) {
				return t.agentOf(g, depth+1)
			}
		}
		return h
	case "nmod":
		// "accused Pyongyang of shipping shells" parsed with the gerund
		// on the actor: the actor does it.
		if t.gerundOfActor(i) {
			return h
		}
	case "advcl":
		// a participle or "of"-gerund: "denouncing the meeting", "accusing it of arming".
		if t.child(i, "mark") < 0 || t.hasChildLemma(i, "mark", ofMark) {
			if t.hasChildLemma(i, "mark", ofMark) && objectControl[t.lemma(h)] {
				if o := t.child(h, "obj"); o >= 0 {
					return o
				}
			}
			return t.agentOf(h, depth+1)
		}
		if t.hasChildLemma(i, "mark", toMark) {
			// "allow a team of experts to inspect" with the infinitive
			// hung as an adverbial clause: still the object's act.
			if objectControl[t.lemma(h)] && h < i {
				if o := t.child(h, "obj", "iobj"); o >= 0 && o < i {
					return o
				}
			}
			return t.agentOf(h, depth+1)
		}
		// a participle with no subject of its own after "after", "before",
		// "since", "upon": "arrived in Vietnam a day after signing a pact".
		// ("while chanting", "toward ending" describe or aim; left alone.)
		if t.toks[i].XPOS == "VBG" && t.hasChildLemma(i, "mark", sequenceMark) {
			return t.agentOf(h, depth+1)
		}
	case "ccomp":
		if t.hasChildLemma(i, "mark", toMark) {
			return t.agentOf(h, depth+1)
		}
	}
	return -1
}

// memberOf returns the actor said to be one of group j: "Bahrain was one
// of four Arab states that cut ties", "Mali is among the states that left";
// -1 when j is no such group.
func (t *tree) memberOf(j int) int {
	p := j
	switch t.caseOf(j) {
	case "of":
		if p = t.head(j); p < 0 || t.lemma(p) != "one" {
			return -1
		}
	case "among":
	default:
		return -1
	}
	if t.child(p, "cop") < 0 {
		return -1
	}
	if sb := t.child(p, "nsubj"); sb >= 0 && t.ment[sb] >= 0 {
		return sb
	}
	return -1
}

var (
	ofMark = map[string]bool{"of": true, "for": true, "by": true}
	toMark = map[string]bool{"to": true}
	// sequenceMark introduces an act before or after the main one.
	sequenceMark = map[string]bool{"after": true, "before": true, "since": true, "upon": true, "following": true}
	byMark       = map[string]bool{"by": true}
	// a "that" clause parsed as adverbial is still what was said or told.
	thatMark = map[string]bool{"that": true}
)

// byAgent returns the "by" phrase of a passive verb.
func (t *tree) byAgent(i int) int {
	for _, c := range t.kids[i] {
		d := t.toks[c].Dep
		if d == "obl:agent" || d == "nmod:agent" {
			return c
		}
		if (base(d) == "obl" || base(d) == "nmod") && t.caseOf(c) == "by" {
			return c
		}
	}
	// "was hit in turn by Pakistani drones", "was arrested on Monday by
	// police": the "by" phrase hung on the verb's other phrase.
	for _, c := range t.kids[i] {
		if base(t.toks[c].Dep) != "obl" || c > i+4 {
			continue
		}
		for _, g := range t.kids[c] {
			if base(t.toks[g].Dep) == "nmod" && t.caseOf(g) == "by" && len(t.actorToks(g)) > 0 {
				return g
			}
		}
	}
	return -1
}

// patient returns the object of i, or the subject of a passive (or the noun
// a passive participle modifies).
func (t *tree) patient(i int) int {
	if t.passive(i) {
		if s := t.child(i, "nsubj:pass", "nsubj"); s >= 0 {
			if relPronouns[t.lemma(s)] && base(t.dep(i)) == "acl" {
				return t.head(i)
			}
			return s
		}
		if base(t.dep(i)) == "acl" {
			return t.head(i)
		}
		if base(t.dep(i)) == "conj" {
			return t.patient(t.head(i))
		}
		return -1
	}
	if o := t.child(i, "obj"); o >= 0 {
		if relPronouns[t.lemma(o)] && base(t.dep(i)) == "acl" {
			// the whole coordination the clause closes: "16 soldiers and
			// police officers whom its army had detained"
			return t.firstConjunct(t.head(i))
		}
		return t.throughQuantity(o)
	}
	// "the deal that Russia signed": relative clause object (also when
	// the parser took "that" for a mark: "a warrant that the judges had
	// signed").
	if t.dep(i) == "acl:relcl" || t.dep(i) == "acl" && t.hasChildLemma(i, "mark", thatMark) {
		if s := t.subject(i); s >= 0 && !relPronouns[t.lemma(s)] {
			return t.head(i)
		}
	}
	return -1
}

// caseOf returns the preposition introducing nominal i ("to", "with"), with
// a multiword preposition joined by "_" ("out_of", "according_to").
// hitBackInWords reports whether "hit back" or "struck back" has no object
// and names no weapon: "the minister hit back, accusing ..." answers in
// words.
func (t *tree) hitBackInWords(i int) bool {
	if l := t.lemma(i); l != "hit" && l != "strike" {
		return false
	}
	if !t.hasChildLemma(i, "advmod", backWord) && !t.hasChildLemma(i, "compound:prt", backWord) || t.child(i, "obj") >= 0 {
		return false
	}
	return !t.clause(i, func(j int) bool { return weaponWords[t.lemma(j)] })
}

var backWord = map[string]bool{"back": true}

// weaponWords name arms: a "hit back" with them is fire.
var weaponWords = map[string]bool{"missile": true, "rocket": true, "drone": true, "artillery": true, "shell": true,
	"airstrike": true, "strike": true, "bomb": true, "jet": true, "warplane": true, "tank": true, "mortar": true, "fire": true}

var demandModals = map[string]bool{"must": true, "should": true, "shall": true}

// insistsOnState reports whether demand verb i only asserts a state of
// affairs: "insists the reef is Chinese territory" claims, it asks nothing
// ("insisted that Israel must withdraw" does).
var stateVerbs = map[string]bool{"stand": true, "remain": true, "exist": true, "apply": true, "belong": true,
	"stay": true, "prevail": true, "hold": true, "continue": true, "persist": true}

func (t *tree) insistsOnState(i int) bool {
	if t.lemma(i) != "insist" {
		return false
	}
	c := t.child(i, "ccomp")
	if c < 0 {
		return false
	}
	for _, k := range t.kids[c] {
		if base(t.toks[k].Dep) == "aux" && demandModals[t.lemma(k)] {
			return false // "must be handed over", "should withdraw"
		}
	}
	if t.child(c, "cop") >= 0 || t.toks[c].UPOS == "AUX" && t.lemma(c) == "be" {
		return true
	}
	// "insists that the award stands": a verb of being, not of acting.
	if stateVerbs[t.lemma(c)] && t.child(c, "obj") < 0 {
		return true
	}
	// "insisted that the law would simply make funding transparent": what
	// a thing does or will do is a claim; a demand asks an actor to act.
	s := t.subject(c)
	return s >= 0 && t.ment[s] < 0 && !personNouns[t.lemma(s)]
}

// firstConjunct returns the first of the conjoined words i belongs to,
// which holds their shared preposition ("over forced labour and export
// curbs").
func (t *tree) firstConjunct(i int) int {
	for depth := 0; depth < 8 && base(t.dep(i)) == "conj" && t.head(i) >= 0; depth++ {
		i = t.head(i)
	}
	return i
}

// describesNoun reports whether word i modifies a noun from before it, as
// an adjective, compound or number does ("the 1951 treaty").
func (t *tree) describesNoun(i int) bool {
	h := t.head(i)
	if h < 0 || h < i || (t.toks[h].UPOS != "NOUN" && t.toks[h].UPOS != "PROPN") {
		return false
	}
	switch base(t.dep(i)) {
	case "amod", "compound", "nummod":
		return true
	}
	return false
}

func (t *tree) caseOf(i int) string {
	for _, c := range t.kids[i] {
		if t.toks[c].Dep == "case" || (t.toks[c].Dep == "mark" && (t.toks[c].UPOS == "ADP" || t.lemma(c) == "as")) {
			// the word as written: a lemmatiser turns "according" into
			// "accord" and "including" into "include".
			l := strings.ToLower(t.toks[c].Text)
			for _, f := range t.kids[c] {
				if t.toks[f].Dep == "fixed" {
					l += "_" + strings.ToLower(t.toks[f].Text)
				}
			}
			return l
		}
	}
	return ""
}

// preps calls fn for every nominal dependent of i introduced by a
// preposition matching prep ("out_of" also matches "of" after "out").
func (t *tree) prepDeps(i int, prep string, fn func(int) bool) bool {
	for _, c := range t.kids[i] {
		b := base(t.toks[c].Dep)
		if b != "obl" && b != "nmod" && b != "advcl" && b != "advmod" && b != "xcomp" && b != "acl" {
			continue
		}
		cs := t.caseOf(c)
		if cs == "" {
			continue
		}
		if prepMatch(cs, prep) {
			if fn(c) {
				return true
			}
		}
	}
	return false
}

// reciprocal reports an act its parties do to each other ("expelled
// each other's diplomats", "accused one another"): done by several
// sources with no other target, it runs both ways.
func (t *tree) reciprocal(i int) bool {
	return t.clause(i, func(j int) bool {
		if j == 0 {
			return false
		}
		prev := t.toks[j-1].Text
		switch t.lemma(j) {
		case "other":
			// "each expelled two of the other's diplomats": a floating
			// "each" in the clause makes "the other" the partner.
			return strings.EqualFold(prev, "each") ||
				strings.EqualFold(prev, "the") && t.clause(i, func(k int) bool { return strings.EqualFold(t.toks[k].Text, "each") })
		case "another":
			return strings.EqualFold(prev, "one")
		}
		return false
	})
}

// clause visits the tokens of i's clause: its dependents, recursively, not
// entering finite subordinate clauses, relative clauses or verb conjuncts.
func (t *tree) clause(i int, fn func(int) bool) bool {
	var walk func(j, depth int) bool
	walk = func(j, depth int) bool {
		if depth > 8 {
			return false
		}
		for _, c := range t.kids[j] {
			switch base(t.toks[c].Dep) {
			case "advcl":
				// an infinitive of purpose or a gerund phrase stays in the
				// clause ("work toward ending the war"); finite adverbial
				// clauses ("because ...", "if ...") do not.
				if !t.hasChildLemma(c, "mark", toMark) && !t.gerundPhrase(c) {
					continue
				}
			case "ccomp", "parataxis", "csubj", "punct":
				continue
			case "acl":
				if t.toks[c].Dep == "acl:relcl" {
					continue
				}
			case "conj":
				if isVerb(&t.toks[c]) && t.subject(c) >= 0 {
					continue
				}
			}
			if fn(c) || walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(i, 0)
}

// objectHas reports whether the object of trigger i, with its modifiers and
// prepositional phrases but not its relative clauses, holds a common word
// in set. Names do not count: the "Energy" of "the International Atomic
// Energy Agency" says nothing about the kind of cooperation suspended.
func (t *tree) objectHas(i int, noun bool, set map[string]bool) bool {
	o := t.patient(i)
	if noun {
		o = t.nounObject(i)
	}
	if o < 0 {
		return false
	}
	var walk func(j, depth int) bool
	walk = func(j, depth int) bool {
		if t.toks[j].UPOS != "PROPN" && set[t.lemma(j)] {
			return true
		}
		if depth > 6 {
			return false
		}
		for _, c := range t.kids[j] {
			switch base(t.toks[c].Dep) {
			case "acl", "advcl", "ccomp", "parataxis", "punct", "appos":
				continue
			}
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(o, 0)
}

// prepMatch compares prepositions word by word, so that "out_of" matches a
// parse that keeps only "out" or only "of".
func prepMatch(cs, prep string) bool {
	if cs == prep {
		return true
	}
	if !strings.Contains(cs, "_") && !strings.Contains(prep, "_") {
		return false
	}
	cf, cl := cs, cs
	if i := strings.IndexByte(cs, '_'); i >= 0 {
		cf, cl = cs[:i], cs[strings.LastIndexByte(cs, '_')+1:]
	}
	pf, pl := prep, prep
	if i := strings.IndexByte(prep, '_'); i >= 0 {
		pf, pl = prep[:i], prep[strings.LastIndexByte(prep, '_')+1:]
	}
	return cf == pf || cl == pl
}

// regions are CAMEO region codes: "Latin American countries" names no
// state; its "including" phrase may.
var regions = map[string]bool{"AFR": true, "ASA": true, "BLK": true, "CAF": true, "CAS": true, "CAU": true,
	"CFR": true, "CRB": true, "EAF": true, "EEU": true, "EIN": true, "EUR": true, "LAM": true, "MEA": true,
	"MDT": true, "NAF": true, "NAM": true, "PGS": true, "SAF": true, "SAM": true, "SAS": true, "SCN": true,
	"SEA": true, "SWA": true, "WAF": true, "WEU": true, "WST": true, "BAL": true, "CEU": true, "NEU": true,
	"SEU": true, "EAS": true, "OCE": true, "CAM": true, "ARB": true}

// gerundPhrase reports a non-finite adverbial: "toward ending the war",
// "by closing its embassy".
func (t *tree) gerundPhrase(c int) bool {
	if t.toks[c].XPOS != "VBG" {
		return false
	}
	if t.subject(c) >= 0 {
		return false
	}
	for _, k := range t.kids[c] {
		if d := t.toks[k].Dep; (d == "mark" || d == "case") && t.toks[k].UPOS == "SCONJ" && !prepLike[t.lemma(k)] {
			return false
		}
	}
	return true
}

var prepLike = map[string]bool{"toward": true, "towards": true, "by": true, "for": true, "of": true, "in": true, "on": true, "without": true}

// gerundOfActor reports whether i is an "-ing" word with an object hung by
// "of" on an actor: the parser's reading of "accused Pyongyang of shipping
// shells to Moscow".
func (t *tree) gerundOfActor(i int) bool {
	tk := &t.toks[i]
	h := t.head(i)
	if h < 0 || t.ment[h] < 0 || base(tk.Dep) != "nmod" || !strings.HasSuffix(strings.ToLower(tk.Text), "ing") {
		return false
	}
	return t.child(i, "obj") >= 0 && t.hasChildLemma(i, "case", ofMark)
}
