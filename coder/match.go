package coder

// match checks pattern p against trigger token i. It returns the tokens
// that name the source and the target (-1 when the frame names none).
type roles struct {
	src, tgt   []int
	explicitT  bool
	speakerSrc bool // fall back on the reporting speaker as source
	missing    int  // role phrases of the pattern the sentence lacks
	reported   bool // the speaker acts upon the clause's subject
	placeSrc   bool // fall back on the place's state as source
}

func (t *tree) match(p *Pattern, i int) (roles, bool) {
	var r roles
	for k := range p.elems {
		e := &p.elems[k]
		switch e.kind {
		case slotObj:
			o := t.patient(i)
			if p.Noun {
				o = t.nounObject(i)
			} else if o >= 0 && o < i && !t.passive(i) && base(t.dep(i)) != "acl" && t.subject(i) < 0 {
				// an object before an active verb with no subject is its
				// misparsed subject: "the meeting ended", "the summit broke down".
				o = -1
			}
			if e.set != nil {
				if o < 0 || !t.inSet(o, e.set) {
					// a misattached object: any nominal dependent, or the
					// relative clause's head, or the next words.
					o2 := -1
					for _, c := range t.kids[i] {
						// the agent of a passive is never its object:
						// "footage released by the command".
						// Nor is where one goes: "returned to the White House".
						if isNominal(&t.toks[c]) && c > i && t.inSet(c, e.set) && base(t.toks[c].Dep) != "nsubj" && t.toks[c].Dep != "obl:agent" && !t.hasChildLemma(c, "case", byMark) &&
							!t.hasChildLemma(c, "case", toMark) && (t.isTime == nil || !t.isTime[c]) {
							o2 = c
							break
						}
					}
					if o2 < 0 && (base(t.dep(i)) == "acl" || t.dep(i) == "amod") && t.head(i) >= 0 && t.inSet(t.head(i), e.set) {
						// "imposed sanctions" parsed as a participle on its noun.
						o2 = t.head(i)
					}
					if o2 < 0 {
						o2 = t.linearObject(i, e.set)
					}
					o = o2
				}
				if o < 0 || !t.inSet(o, e.set) {
					return r, false
				}
			}
			if e.role != roleNone {
				if e.role == roleTarget {
					r.explicitT = true
				}
				r.add(e.role, o)
			}
		case slotPrt:
			if !t.particle(i, e.set) {
				return r, false
			}
		case slotX:
			if !t.hasX(i, e.set) {
				return r, false
			}
		case slotHas:
			if !t.clause(i, func(j int) bool { return e.set[t.lemma(j)] }) {
				return r, false
			}
		case slotGov:
			// the verb that takes the noun as its object: "held a protest".
			if h := t.head(i); h < 0 || base(t.dep(i)) != "obj" || !e.set[t.lemma(h)] {
				return r, false
			}
		case slotXNeg:
			if !t.negatedX(i) {
				return r, false
			}
		case slotObjHas:
			if !t.objectHas(i, p.Noun, e.set) {
				return r, false
			}
		case slotObjNot:
			// (an object before the verb counts only as the noun a
			// participle describes: "a statement released by the Kremlin")
			if o := t.patient(i); (o > i || o >= 0 && o == t.head(i) && base(t.dep(i)) == "acl") && !p.Noun && t.inSet(o, e.set) {
				return r, false
			}
		case slotNot:
			if t.clause(i, func(j int) bool { return e.set[t.lemma(j)] }) {
				return r, false
			}
			// ... nor the one who does it, named in another clause: "let
			// two military aircraft land in Colombia".
			if ag := t.agentOf(i, 0); ag >= 0 && e.set[t.lemma(ag)] {
				return r, false
			}
			// a relative or participle clause's noun is its subject: "a
			// missile that landed in Israel".
			if base(t.dep(i)) == "acl" && t.head(i) >= 0 && e.set[t.lemma(t.head(i))] {
				return r, false
			}
		case slotPrev:
			ok := i > 0 && e.set[t.lemma(i-1)]
			if !ok && i > 1 && t.toks[i-1].Text == "-" {
				ok = e.set[t.lemma(i-2)]
			}
			if !ok {
				return r, false
			}
		case slotSpeaker:
			r.speakerSrc = true
		case slotReported:
			// with no one reporting, the frame is not this one: "North
			// Korea violated the armistice" is the violation itself.
			if len(t.speakers(i)) == 0 {
				return r, false
			}
			r.reported = true
		case slotPlace:
			r.placeSrc = true
		case slotXSubj:
			if x := t.xcompOf(i); x >= 0 {
				s := t.subject(x)
				if s < 0 {
					s = t.child(i, "obj", "iobj")
				}
				r.explicitT = true
				r.add(e.role, s)
			}
		case slotSubj:
			s := t.subject(i)
			if s < 0 && e.set != nil {
				s = t.agentOf(i, 0) // "protesters gathered and stormed ..."
			}
			s = t.quantityOf(s)
			if e.set != nil && (s < 0 || !e.set[t.lemma(s)]) {
				return r, false
			}
			if e.role != roleNone {
				if e.role == roleTarget {
					r.explicitT = true
				}
				r.add(e.role, s)
			}
		case slotPrep:
			// the first phrase that fits; for a role, one naming an actor
			// if any does ("voiced support, for his part, for Russia").
			found, fallback := -1, -1
			look := func(c int) bool {
				if e.set != nil && !t.inSet(c, e.set) || t.isTime != nil && t.isTime[c] {
					return false // "late on Tuesday" names no one
				}
				if fallback < 0 {
					fallback = c
				}
				if e.role == roleNone || len(t.actorToks(c)) > 0 {
					found = c
					return true
				}
				return false
			}
			for _, prep := range e.preps {
				if t.prepDeps(i, prep, look) {
					break
				}
				// the phrase may hang on the object: "sent a letter to Kim".
				if o := t.patient(i); o >= 0 && !p.Noun && t.prepDeps(o, prep, look) {
					break
				}
				// ... or on a noun's "by" phrase: "the visit by the defence
				// minister to Phnom Penh".
				if p.Noun && prep != "by" && t.onAgentPhrase(i, prep, look) {
					break
				}
			}
			if found < 0 {
				found = fallback
			}
			if found < 0 && e.role != roleNone && e.set == nil {
				r.missing++ // a frame slot left empty makes the match weaker
			}
			if found < 0 && e.set != nil {
				return r, false
			}
			if e.role != roleNone && found >= 0 {
				if e.role == roleTarget {
					r.explicitT = true
				}
				r.add(e.role, found)
			}
		}
	}
	return r, true
}

// onAgentPhrase looks for a prep phrase hung on the "by" phrase of noun i.
func (t *tree) onAgentPhrase(i int, prep string, look func(int) bool) bool {
	for _, c := range t.kids[i] {
		if base(t.toks[c].Dep) == "nmod" && t.caseOf(c) == "by" && t.prepDeps(c, prep, look) {
			return true
		}
	}
	return false
}

func (r *roles) add(ro role, tok int) {
	if tok < 0 {
		return
	}
	if ro == roleSource {
		r.src = append(r.src, tok)
	} else {
		r.tgt = append(r.tgt, tok)
	}
}

// inSet tests a token's lemma; the pseudo-words "@actor" and "@thing" test
// whether it names an actor, "@place" whether it is a place of the gazetteer.
func (t *tree) inSet(i int, set map[string]bool) bool {
	if set["*"] || set[t.lemma(i)] {
		return true
	}
	// a name with its description: "American contractor Alan Gross"; a
	// name the knowledge base lacks is an actor by its actor modifier.
	name := t.toks[i].UPOS == "PROPN" ||
		// "Alan Gross" with the surname tagged as a common noun
		t.toks[i].UPOS == "NOUN" && i > 0 && t.toks[i-1].UPOS == "PROPN" && t.toks[i-1].Dep == "compound" && t.head(i-1) == i
	if name {
		for _, c := range t.kids[i] {
			if d := t.toks[c].Dep; (d == "compound" || d == "nmod:desc" || d == "appos" || d == "amod") &&
				(set[t.lemma(c)] || set["@actor"] && t.ment[c] >= 0 && d != "appos") {
				return true
			}
		}
	}
	if set["@actor"] && t.isActor(i) {
		return true
	}
	if set["@thing"] && !t.isActor(i) {
		return true
	}
	if set["@place"] {
		if _, ok := t.placeName(i); ok {
			return true
		}
	}
	if partitives[t.lemma(i)] || t.toks[i].UPOS == "NUM" {
		// "freed the first of 553 prisoners", "dozens of protesters": the
		// part is of the kind its whole is.
		for _, c := range t.kids[i] {
			if base(t.toks[c].Dep) == "nmod" && t.caseOf(c) == "of" {
				return t.inSet(c, set)
			}
		}
	}
	return false
}

// partitives name a part of what their "of" phrase names.
var partitives = map[string]bool{"first": true, "last": true, "rest": true, "some": true, "many": true, "most": true,
	"all": true, "dozen": true, "dozens": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true,
	"score": true, "scores": true, "group": true, "batch": true, "number": true, "handful": true, "several": true, "more": true}

// linearObject is a fallback for a missing or misattached object: the
// first word in set among the next few words, before any verb or comma.
func (t *tree) linearObject(i int, set map[string]bool) int {
	for j := i + 1; j < len(t.toks) && j <= i+8; j++ {
		tk := &t.toks[j]
		if tk.UPOS == "VERB" || tk.UPOS == "PUNCT" || tk.UPOS == "ADP" {
			return -1
		}
		if set[t.lemma(j)] && tk.Dep != "compound" && tk.Dep != "amod" && tk.Dep != "nmod:poss" {
			return j
		}
	}
	return -1
}

// nounObject is what an event noun acts upon: its "of" or "on" phrase.
func (t *tree) nounObject(i int) int {
	o := -1
	t.prepDeps(i, "of", func(c int) bool { o = c; return true })
	return o
}

// hasX reports whether i has an open complement with lemma in set:
// "agreed to meet", "called it a provocation", "vowed to keep reinforcing".
func (t *tree) hasX(i int, set map[string]bool) bool {
	for _, c := range t.kids[i] {
		d := t.toks[c].Dep
		ok := d == "xcomp" || base(d) == "ccomp"
		if ok && base(d) == "ccomp" && t.lemma(i) == "tell" && (t.subject(c) >= 0 || t.hasChildLemma(c, "mark", thatMark)) {
			// "told the troops that the rulings could have left the base
			// unusable" reports; only "told them to leave" orders.
			ok = false
		}
		if !ok && (base(d) == "advcl" || base(d) == "acl") {
			ok = t.hasChildLemma(c, "mark", toMark)
		}
		if !ok && (d == "obj" || d == "iobj") {
			// "ordered the advisers to leave" parsed with the infinitive
			// on the object: the object's "to" clause is the complement.
			for _, g := range t.kids[c] {
				if base(t.toks[g].Dep) == "acl" && t.hasChildLemma(g, "mark", toMark) && (set == nil || set["*"] || set[t.lemma(g)]) {
					return true
				}
				// ... or on the object's "of" phrase: "ordered 12 members
				// of the embassy staff to leave".
				if base(t.toks[g].Dep) == "nmod" {
					for _, gg := range t.kids[g] {
						if base(t.toks[gg].Dep) == "acl" && t.hasChildLemma(gg, "mark", toMark) && (set == nil || set["*"] || set[t.lemma(gg)]) {
							return true
						}
					}
				}
			}
		}
		if !ok {
			continue
		}
		if set == nil || set["*"] || set[t.lemma(c)] {
			return true
		}
		// one verb of continuation in between: "keep reinforcing", "continue to help".
		if continuation[t.lemma(c)] {
			for _, g := range t.kids[c] {
				if t.toks[g].Dep == "xcomp" && set[t.lemma(g)] {
					return true
				}
			}
		}
	}
	// a parser that missed the complement: a verb in set among the next
	// few words ("to" and the verb, "help Pyongyang dodge").
	if set != nil && !set["*"] {
		for j := i + 1; j < len(t.toks) && j <= i+4; j++ {
			tk := &t.toks[j]
			if tk.UPOS == "PUNCT" || tk.UPOS == "SCONJ" {
				break
			}
			if (tk.UPOS == "VERB" || tk.UPOS == "NOUN" || tk.UPOS == "ADJ") && set[t.lemma(j)] && t.head(j) != i || (set[t.lemma(j)] && tk.UPOS == "VERB") {
				return true
			}
		}
	}
	return false
}

var continuation = map[string]bool{"make": true, "keep": true, "continue": true, "seek": true, "try": true, "work": true,
	"further": true, "strive": true, "begin": true, "start": true, "help": true, "move": true, "be": true}

// actorToks returns the tokens whose mentions token i stands for: its own
// mention and its conjuncts ("China, South Korea and Japan"), or, for a
// noun naming no actor itself, the actors of its possessor or modifiers
// ("the North's launch", "North Korean troops", "the leaders of the United
// States and Japan").
func (t *tree) actorToks(i int) []int {
	if i < 0 {
		return nil
	}
	var out []int
	seen := func(m int) bool {
		for _, o := range out {
			if t.ment[o] == m {
				return true
			}
		}
		return false
	}
	var addConj func(j, depth int)
	addConj = func(j, depth int) {
		if depth > 12 {
			return
		}
		if m := t.ment[j]; m >= 0 && !seen(m) {
			out = append(out, j)
		} else if m < 0 && depth > 0 {
			// a conjunct that is not itself an actor: look inside it.
			for _, k := range t.modifierActors(j) {
				if mm := t.ment[k]; mm >= 0 && !seen(mm) {
					out = append(out, k)
				}
			}
		}
		for _, c := range t.kids[j] {
			if t.toks[c].Dep == "conj" {
				addConj(c, depth+1)
			}
		}
		// conjuncts of the mention head when j is inside the mention.
		if m := t.ment[j]; m >= 0 && depth == 0 {
			h := t.mentions[m].Head
			if h != j && h >= 0 && h < len(t.toks) {
				for _, c := range t.kids[h] {
					if t.toks[c].Dep == "conj" {
						addConj(c, depth+1)
					}
				}
			}
		}
	}
	if t.ment[i] >= 0 {
		addConj(i, 0)
		return t.linearConj(out)
	}
	for _, k := range t.modifierActors(i) {
		addConj(k, 0)
	}
	if len(out) == 0 {
		for _, c := range t.kids[i] {
			if t.toks[c].Dep == "conj" {
				addConj(c, 1)
			}
		}
	}
	return out
}

// modifierActors returns actor tokens among i's possessor, compound,
// adjectival and "of"/"including" modifiers, best first.
func (t *tree) modifierActors(i int) []int { return t.modActors(i, 0) }

func (t *tree) modActors(i, depth int) []int {
	var poss, comp, of, deeper []int
	for _, c := range t.kids[i] {
		d := t.toks[c].Dep
		if t.ment[c] < 0 {
			// "diplomats from seven countries, including Argentina": one
			// level further down a non-actor noun.
			if depth == 0 && (base(d) == "nmod" || d == "nmod:poss" || d == "amod") {
				deeper = append(deeper, t.modActors(c, 1)...)
			}
			continue
		}
		switch {
		case d == "nmod:poss":
			poss = append(poss, c)
		case d == "compound" || d == "amod" || d == "flat" || d == "appos":
			comp = append(comp, c)
		case base(d) == "nmod":
			switch t.caseOf(c) {
			case "of", "including", "include", "from", "between", "among", "by", "":
				of = append(of, c)
			}
		}
	}
	out := append(poss, comp...)
	out = append(out, of...)
	return append(out, deeper...)
}

// toComplement is i's infinitive complement, however the parser hung it:
// "pledged on Wednesday to help Australia" often comes as an adverbial.
func (t *tree) toComplement(i int) int {
	if x := t.child(i, "xcomp"); x >= 0 {
		return x
	}
	for _, c := range t.kids[i] {
		if base(t.dep(c)) == "advcl" && t.toks[c].UPOS == "VERB" && t.hasChildLemma(c, "mark", toMark) {
			return c
		}
	}
	return -1
}

// xcompOf returns i's open or clausal complement.
func (t *tree) xcompOf(i int) int {
	return t.child(i, "xcomp", "ccomp")
}

// negatedX reports whether the complement of i is negated: "pledged not to
// attack", "agreed that neither side would use force", "vowed never to".
func (t *tree) negatedX(i int) bool {
	x := t.xcompOf(i)
	if x < 0 {
		return false
	}
	for _, c := range t.kids[x] {
		d := base(t.toks[c].Dep)
		if negWords[t.lemma(c)] && (d == "advmod" || d == "neg" || d == "cc:preconj") {
			return true
		}
		if d == "nsubj" && (negWords[t.lemma(c)] || t.lemma(c) == "none" || t.hasChildLemma(c, "det", negWords)) {
			return true
		}
	}
	return false
}

// particle finds a verb particle, however the parser attached it: "broke
// off ties", "pulled its ambassador out of Cuba", "blew it up".
func (t *tree) particle(i int, set map[string]bool) bool {
	if i+1 < len(t.toks) && set[t.lemma(i+1)] {
		return true
	}
	for _, c := range t.kids[i] {
		if set[t.lemma(c)] {
			return true
		}
		switch base(t.toks[c].Dep) {
		case "obl", "obj", "advmod", "nmod":
			for _, g := range t.kids[c] {
				if d := t.toks[g].Dep; (d == "case" || d == "advmod") && set[t.lemma(g)] {
					return true
				}
				// "pulled its ambassador out of Cuba": on the object's phrase.
				if base(t.toks[g].Dep) == "nmod" {
					for _, h := range t.kids[g] {
						if t.toks[h].Dep == "case" && set[t.lemma(h)] {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// fallbackTarget looks for a target the frame did not name: the object of
// an infinitive ("vowed to help Pyongyang"), else a phrase with "with",
// "to", "against", "on" in the clause ("pledged cooperation with the North").
func (t *tree) fallbackTarget(i int) int {
	if x := t.toComplement(i); x >= 0 {
		if o := t.patient(x); o >= 0 && len(t.actorToks(o)) > 0 {
			return o
		}
	}
	found := -1
	t.clause(i, func(j int) bool {
		b := base(t.toks[j].Dep)
		if b != "obl" && b != "nmod" {
			return false
		}
		switch t.caseOf(j) {
		case "with", "to", "toward", "towards", "against", "on", "for", "between":
			if len(t.actorToks(j)) > 0 {
				found = j
				return true
			}
		}
		return false
	})
	if found >= 0 {
		return found
	}
	// a conditional threat names its target in the condition: "warned it
	// would respond if Manila kept provoking".
	if condThreat[t.lemma(i)] {
		if s := t.conditionSubject(i); s >= 0 {
			return s
		}
	}
	// a warning or vow about someone: "warned that North Korea would pay".
	if c := t.child(i, "ccomp"); c >= 0 && warnLike[t.lemma(i)] {
		t.clause(c, func(j int) bool {
			b := base(t.toks[j].Dep)
			// ... or about what they did: "warned that Moscow would respond
			// to the expulsions by Tallinn and Riga".
			answer := (t.caseOf(j) == "to" || t.caseOf(j) == "for") && answerVerbs[t.lemma(t.head(j))]
			if (b == "obl" || b == "nmod") && (t.caseOf(j) == "against" || t.caseOf(j) == "with" || t.caseOf(j) == "on" || answer) && len(t.actorToks(j)) > 0 {
				found = j
				return true
			}
			return false
		})
		if found < 0 {
			if s := t.subject(c); s >= 0 && t.isActor(s) {
				found = s
			}
		}
	}
	return found
}

// condThreat verbs threaten whoever their condition names.
var condThreat = map[string]bool{"warn": true, "threaten": true, "vow": true, "respond": true,
	"retaliate": true, "caution": true}

// conditionSubject returns the actor subject of an "if"/"unless" clause on
// i or on a clause i carries (one level down), or -1.
func (t *tree) conditionSubject(i int) int {
	heads := []int{i}
	for _, c := range t.kids[i] {
		if d := base(t.toks[c].Dep); d == "ccomp" || d == "xcomp" {
			heads = append(heads, c)
		}
	}
	for _, h := range heads {
		for _, c := range t.kids[h] {
			if base(t.toks[c].Dep) != "advcl" || !t.hasChildLemma(c, "mark", condMark) {
				continue
			}
			if s := t.subject(c); s >= 0 && t.isActor(s) {
				return s
			}
		}
	}
	return -1
}

var condMark = map[string]bool{"if": true, "unless": true}

// warnLike verbs are about the subject of what they say.
var warnLike = map[string]bool{"warn": true, "threaten": true, "vow": true, "pledge": true, "promise": true,
	"caution": true, "demand": true, "insist": true, "accuse": true, "blame": true, "charge": true,
	"allege": true, "claim": true, "conclude": true, "find": true, "determine": true, "believe": true,
	"hope": true, "urge": true, "ask": true, "call": true, "want": true, "expect": true, "say": true}

// personNouns name people who stand for the actor that modifies them:
// "the Chinese delegation", "his South Korean counterpart".
var personNouns = map[string]bool{"leader": true, "delegation": true, "counterpart": true, "president": true,
	"minister": true, "envoy": true, "official": true, "team": true, "premier": true, "king": true,
	"diplomat": true, "ambassador": true, "head": true, "chief": true, "representative": true, "spokesman": true,
	"government": true, "troops": true, "troop": true, "force": true, "soldier": true, "citizen": true,
	"national": true, "journalist": true, "reporter": true, "prisoner": true, "people": true, "official_": true}

// relationNouns name a person by whom they belong to, with "of" or "to":
// "a close ally of President Maduro", "an aide to Putin". With a
// possessive they stay apart ("the United States and its allies" are not
// the United States).
var relationNouns = map[string]bool{"ally": true, "aide": true, "adviser": true, "advisor": true, "associate": true,
	"confidant": true, "loyalist": true, "relative": true, "financier": true}

// isActor reports whether token i itself names an actor.
func (t *tree) isActor(i int) bool {
	if t.ment[i] >= 0 {
		return true
	}
	if relationNouns[t.lemma(i)] {
		found := false
		for _, c := range t.kids[i] {
			if base(t.dep(c)) == "nmod" && (t.caseOf(c) == "of" || t.caseOf(c) == "to") && t.ment[c] >= 0 {
				found = true
			}
		}
		return found
	}
	return personNouns[t.lemma(i)] && len(t.actorToks(i)) > 0
}

// linearConj adds names joined to the list by "and" or commas when the
// parse missed the coordination: "Kishida and South Korean President Yoon",
// or hung a list's first or last names elsewhere: "the United States,
// Poland, Slovenia and Norway freed", "mediated by Qatar, Egypt and the
// United States".
func (t *tree) linearConj(out []int) []int {
	if len(out) == 0 {
		return out
	}
	list := len(out) > 1 // the parse found a coordination already
	// backwards first: "Putin and North Korean leader Kim signed", "Biden,
	// Kishida and Yoon agreed" (a comma only once an "and" was crossed, or
	// inside a list the parse found).
	sawAnd := list
	grew := false
	for guard, m := 0, t.ment[out[0]]; guard < 6 && m >= 0; guard++ {
		j := t.mentions[m].Start - 1
		if j < 1 || (t.toks[j].Lemma != "and" && !(sawAnd && t.toks[j].Text == ",")) {
			break
		}
		comma := t.toks[j].Lemma != "and"
		sawAnd = sawAnd || t.toks[j].Lemma == "and"
		j--
		if t.ment[j] < 0 || t.ment[j] == m {
			break
		}
		prev := t.ment[j]
		if comma && list {
			// "In Moscow, Russia and China said": a place before a
			// comma is no member.
			if b := t.mentions[prev].Start - 1; b >= 0 && t.toks[b].UPOS == "ADP" {
				break
			}
		}
		out = append([]int{j}, out...)
		grew = true
		m = prev
	}
	if grew && !list {
		return out
	}
	m := t.ment[out[len(out)-1]]
	if list {
		// a list that has its "and" is complete: "between Cuba and the
		// North, and Russian President Vladimir Putin".
		for j := out[0]; m >= 0 && j < t.mentions[m].Start; j++ {
			if t.toks[j].Lemma == "and" {
				return out
			}
		}
	}
	for guard := 0; guard < 6 && m >= 0; guard++ {
		end := t.mentions[m].End
		j := end
		sawAnd := false
		for j < len(t.toks) && (t.toks[j].Text == "," || t.toks[j].Lemma == "and") {
			sawAnd = sawAnd || t.toks[j].Lemma == "and"
			j++
		}
		if j == end || j >= len(t.toks) || t.ment[j] < 0 || t.mentions[t.ment[j]].Start != j {
			return out
		}
		next := t.ment[j]
		dup := false
		for _, o := range out {
			dup = dup || t.ment[o] == next
		}
		if dup {
			return out
		}
		// the subject of a clause of its own opens that clause: "backing
		// Ukraine and Budapest keeping ties with Moscow".
		if h := t.mentions[next].Head; h >= 0 && h < len(t.toks) && base(t.toks[h].Dep) == "nsubj" && t.head(h) > t.mentions[next].End-1 && t.head(h) != t.head(out[0]) {
			return out
		}
		if !sawAnd {
			// a comma alone must lead on to an "and" later: "A, B and C".
			k := t.mentions[next].End
			for k < len(t.toks) && (t.toks[k].Text == "," || t.toks[k].Lemma == "and") {
				if t.toks[k].Lemma == "and" {
					sawAnd = true
				}
				k++
			}
			if !sawAnd {
				return out
			}
		}
		out = append(out, t.mentions[next].Head)
		if t.ment[t.mentions[next].Head] != next {
			out[len(out)-1] = j
		}
		m = next
	}
	return out
}

// linearSubject is a fallback for a verb the parser left without a
// subject: the actor named right before it, across auxiliaries and adverbs
// ("..., Chinese President Xi Jinping has promised").
func (t *tree) linearSubject(i int) int {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		tk := &t.toks[j]
		if t.ment[j] >= 0 {
			// not a name inside another phrase: "sanctions on Pyongyang would stay".
			switch base(t.dep(t.mentions[t.ment[j]].Head)) {
			case "nmod", "compound", "amod", "obj", "iobj", "obl":
				return -1
			}
			return j
		}
		if t.isTime != nil && t.isTime[j] {
			continue // "South Korea on Friday imposed"
		}
		switch tk.UPOS {
		case "AUX", "ADV", "PART":
			continue
		case "PUNCT":
			if tk.Text == "," {
				continue
			}
		}
		return -1
	}
	return -1
}

// quantity nouns pass their role to their "of" phrase: "removing 27 of the
// agency's cameras", "killed dozens of soldiers".
var quantity = map[string]bool{"some": true, "all": true, "many": true, "most": true, "part": true,
	"dozen": true, "dozens": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true,
	"number": true, "several": true, "few": true, "each": true, "one": true, "two": true, "both": true}

func (t *tree) throughQuantity(o int) int {
	if o < 0 || (t.toks[o].UPOS != "NUM" && !quantity[t.lemma(o)]) {
		return o
	}
	for _, c := range t.kids[o] {
		if base(t.toks[c].Dep) == "nmod" && t.caseOf(c) == "of" {
			return c
		}
	}
	return o
}

// governor returns the word i depends on and how, seen through a quantity
// noun: in "froze part of its assistance" the assistance is what was frozen.
func (t *tree) governor(i int) (int, string) {
	h := t.head(i)
	if h >= 0 && base(t.dep(i)) == "nmod" && t.caseOf(i) == "of" && quantity[t.lemma(h)] && t.toks[h].UPOS != "NUM" {
		return t.head(h), base(t.dep(h))
	}
	return h, base(t.dep(i))
}

// quantities are nouns that count the real subject: "thousands of protesters".
var quantities = map[string]bool{"thousand": true, "thousands": true, "hundred": true, "hundreds": true, "dozen": true,
	"dozens": true, "million": true, "millions": true, "score": true, "scores": true, "group": true, "crowd": true, "number": true}

// quantityOf returns the "of" noun of a quantity ("thousands of
// protesters"), else s itself.
func (t *tree) quantityOf(s int) int {
	if s < 0 || !quantities[t.lemma(s)] {
		return s
	}
	o := s
	t.prepDeps(s, "of", func(c int) bool { o = c; return true })
	return o
}
