package petrarch

import (
	"strings"

	"github.com/dyadproject/dyad/nlp"
)

// events builds the events of verb v with code cd. Pattern slots ("$",
// "+", "%") place actors; the others come from the tree.
func (sc *sentCoder) events(v int, cd Code, p *Pattern, r roles) []Event {
	var srcs, tgts []party
	if r.comp >= 0 {
		if r.compAfter {
			// "agrees with % ...": the compound is the target
			tgts = sc.actorCodes(sc.ments[r.comp].Head)
		} else {
			// "% * [030:030]": the members act on each other
			members := sc.actorCodes(sc.ments[r.comp].Head)
			var out []Event
			for _, x := range members {
				for _, y := range members {
					out = append(out, sc.pair(x, y, v, cd, p)...)
				}
			}
			return out
		}
	}
	if r.src >= 0 {
		srcs = sc.actorCodes(sc.ments[r.src].Head)
	}
	if r.tgt >= 0 {
		tgts = sc.actorCodes(sc.ments[r.tgt].Head)
	}
	if srcs == nil || tgts == nil {
		ds, dt := sc.defaultRoles(v)
		if srcs == nil {
			srcs = ds
			if r.tgt >= 0 && overlap(srcs, tgts) {
				// "noted + *": the pattern's target is the verb's subject;
				// the source is the actor before it
				srcs = nil
				if m := sc.leftActor(sc.ments[r.tgt].Start, false); m >= 0 {
					srcs = sc.actorCodes(sc.ments[m].Head)
				}
			}
		}
		if tgts == nil {
			tgts = dt
		}
	}
	if len(srcs) > 0 && len(tgts) == 0 && sc.c.OpenTarget {
		tgts = []party{{code: "---", a: -1, b: -1}}
	}
	var out []Event
	for _, x := range srcs {
		for _, y := range tgts {
			out = append(out, sc.pair(x, y, v, cd, p)...)
		}
	}
	return out
}

// party is an actor of an event: its code and the tokens [a, b) naming it.
type party struct {
	code string
	a, b int
}

func overlap(a, b []party) bool {
	for _, x := range a {
		for _, y := range b {
			if x.code == y.code {
				return true
			}
		}
	}
	return false
}

func (sc *sentCoder) pair(s, t party, v int, cd Code, p *Pattern) []Event {
	if s.code == t.code || s.code == "" || t.code == "" {
		return nil
	}
	out := []Event{{Source: s.code, Target: t.code, Code: cd.Code, Verb: v, Pattern: p,
		SourceSpan: [2]int{s.a, s.b}, TargetSpan: [2]int{t.a, t.b}}}
	if cd.Rev != "" && cd.Rev != "---" {
		out = append(out, Event{Source: t.code, Target: s.code, Code: cd.Rev, Verb: v, Pattern: p,
			SourceSpan: [2]int{t.a, t.b}, TargetSpan: [2]int{s.a, s.b}})
	}
	return out
}

// chain returns the mentions coordinated with mention m in the words ("A, B
// and the evil C"), in order, m included.
func (sc *sentCoder) chain(m int) []int {
	sep := func(a, b int) bool { // only separators, "the" and adjectives between tokens a and b
		found := false
		for j := a; j < b; j++ {
			w := sc.words[j]
			switch {
			case w == "," || w == "and" || w == "or" || w == "nor":
				found = true
			case w == "the" || sc.s.Tokens[j].UPOS == "ADJ":
			default:
				return false
			}
		}
		return found
	}
	out := []int{m}
	for cur := m; cur > 0; {
		prev := cur - 1
		if sc.ments[prev].End > sc.ments[cur].Start || !sep(sc.ments[prev].End, sc.ments[cur].Start) {
			break
		}
		out = append([]int{prev}, out...)
		cur = prev
	}
	for cur := m; cur+1 < len(sc.ments); {
		next := cur + 1
		if !sep(sc.ments[cur].End, sc.ments[next].Start) {
			break
		}
		out = append(out, next)
		cur = next
	}
	return out
}

// conjuncts returns h and the heads coordinated with it, through the tree
// and, for what the parser missed, through the words.
func (sc *sentCoder) conjuncts(h int) []int {
	out := []int{h}
	seen := map[int]bool{h: true}
	var walk func(i int)
	walk = func(i int) {
		for _, k := range sc.kids[i] {
			if sc.s.Tokens[k].Dep == "conj" && !seen[k] && !isVerbTok(&sc.s.Tokens[k]) && sc.separated(i, k) {
				seen[k] = true
				out = append(out, k)
				walk(k)
			}
		}
	}
	walk(h)
	if m := sc.at[h]; m >= 0 {
		for _, o := range sc.chain(m) {
			hd := sc.ments[o].Head
			covered := false
			for _, c := range out {
				if sc.region(c)[hd] || c == hd {
					covered = true
				}
			}
			if !covered && !seen[hd] {
				seen[hd] = true
				out = append(out, hd)
			}
		}
	}
	return out
}

// separated reports whether a comma or conjunction comes between tokens a
// and b: "Bree Prime Minister Romendacil" is one actor even when a parser
// makes the name a conjunct.
func (sc *sentCoder) separated(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for j := a + 1; j < b; j++ {
		switch sc.words[j] {
		case ",", "and", "or", "nor", "&", ";":
			return true
		}
	}
	return false
}

// region marks the noun phrase of head h without its clauses, conjuncts
// and prepositional modifiers.
func (sc *sentCoder) region(h int) map[int]bool {
	in := map[int]bool{}
	var walk func(i int)
	walk = func(i int) {
		in[i] = true
		for _, k := range sc.kids[i] {
			switch sc.s.Tokens[k].Dep {
			case "compound", "amod", "nmod:poss", "nmod:desc", "det", "flat", "nummod", "case", "advmod", "dep":
				if sc.s.Tokens[k].UPOS == "VERB" {
					continue // a participle ("arrested students") is no part of the name
				}
				if k < h || sc.s.Tokens[k].Dep == "case" || sc.s.Tokens[k].Dep == "flat" {
					walk(k)
				}
			}
		}
	}
	walk(h)
	// Words right before the phrase that a parser split off it
	// ("Dagolath 's first Deputy Prime Minister Telemar" with the possessor
	// made a second subject) belong to it.
	lo := h
	for i := range in {
		lo = min(lo, i)
	}
	if sc.hasChild(h, "case") && !sc.caseIs(h, "'s", "'") || sc.s.Tokens[h].UPOS == "PRON" {
		lo = 0 // the object of a preposition, a pronoun: nothing before it is its own
	}
	for j := lo - 1; j >= 0; j-- {
		t := sc.s.Tokens[j]
		ok := false
		switch t.UPOS {
		case "ADJ", "PROPN", "NOUN", "DET", "NUM":
			ok = true
		case "PART":
			ok = sc.words[j] == "'s" || sc.words[j] == "'"
		case "CCONJ":
			ok = j > 0 && sc.s.Tokens[j-1].UPOS == "ADJ" && sc.s.Tokens[j+1].UPOS == "ADJ"
		}
		if !ok || t.Head == j {
			break
		}
		in[j] = true
	}
	return in
}

// npActor is what a noun phrase names: a base actor code and agent codes.
type npActor struct {
	bases  []string // "ARN", "OSGMIL"
	agents []string // sector codes of agents with no country ("GOV")
	a, b   int      // tokens [a, b) of the phrase, its "of" phrase included
}

// np reads the noun phrase headed by h.
func (sc *sentCoder) np(h int) npActor {
	var a npActor
	reg := sc.region(h)
	lo, hi := h, h
	for i := range reg {
		lo, hi = min(lo, i), max(hi, i)
	}
	a.a, a.b = lo, hi+1
	for a.a < h && sc.s.Tokens[a.a].Dep == "case" {
		a.a++ // "to the president": the preposition is not the actor's
	}
	seen := map[int]bool{}
	var loose []int // tokens of the phrase no mention covers
	for i := lo; i <= hi; i++ {
		if !reg[i] {
			continue
		}
		m := sc.at[i]
		if m < 0 {
			loose = append(loose, i)
			continue
		}
		if seen[m] {
			continue
		}
		seen[m] = true
		c := code(sc.ments[m])
		if strings.HasPrefix(c, "---") {
			a.agents = append(a.agents, c[3:])
		} else if len(a.bases) == 0 {
			a.bases = append(a.bases, c)
		}
	}
	a.agents = append(a.agents, sc.looseAgents(loose)...)
	for i := range reg {
		if sc.words[i] == "former" || sc.words[i] == "ex" {
			// PETRARCH codes former office-holders as elites, in place of their role
			a.agents = []string{"ELI"}
			break
		}
	}
	if len(a.bases) == 0 {
		// "soldiers from Gondor", "the ambassadors of A, B and C"
		for _, k := range sc.kids[h] {
			if sc.s.Tokens[k].Dep != "nmod" || !sc.caseIs(k, "of", "in", "from") {
				continue
			}
			for _, c := range sc.conjuncts(k) {
				sub := sc.np(c)
				for _, b := range sub.bases {
					a.bases = append(a.bases, joinCode(b, sub.agents))
				}
				a.b = max(a.b, sub.b)
			}
			if len(a.bases) > 0 {
				break
			}
		}
	}
	return a
}

// looseAgents finds agent words among tokens no mention covers ("Prime
// Minister" between a country and a name), with the actor resolver itself.
func (sc *sentCoder) looseAgents(toks []int) []string {
	var out []string
	for i := 0; i < len(toks); {
		j := i
		for j+1 < len(toks) && toks[j+1] == toks[j]+1 {
			j++
		}
		var s nlp.Sentence
		for _, k := range toks[i : j+1] {
			t := sc.s.Tokens[k]
			if t.UPOS == "DET" || t.UPOS == "PUNCT" || t.UPOS == "PART" || t.UPOS == "ADP" {
				continue
			}
			s.Tokens = append(s.Tokens, t)
		}
		i = j + 1
		if len(s.Tokens) == 0 {
			continue
		}
		for k := range s.Tokens {
			if s.Tokens[k].Head >= 0 {
				s.Tokens[k].Head, s.Tokens[k].Dep = len(s.Tokens)-1, "compound"
			}
		}
		s.Tokens[len(s.Tokens)-1].Head, s.Tokens[len(s.Tokens)-1].Dep = -1, "root"
		s.Start, s.End = s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End
		for _, ms := range sc.c.D.KB.Resolve([]nlp.Sentence{s}, sc.date) {
			for _, m := range ms {
				if c := code(m); strings.HasPrefix(c, "---") {
					out = append(out, c[3:])
				}
			}
		}
	}
	return out
}

func (sc *sentCoder) caseIs(i int, preps ...string) bool {
	for _, k := range sc.kids[i] {
		if sc.s.Tokens[k].Dep == "case" {
			for _, p := range preps {
				if sc.words[k] == p {
					return true
				}
			}
		}
	}
	return false
}

// joinCode appends agent codes to a base, dropping repeated three-letter
// parts ("USAGOV" + "GOV" stays "USAGOV").
func joinCode(base string, agents []string) string {
	parts := []string{}
	seen := map[string]bool{}
	add := func(c string) {
		for len(c) >= 3 {
			p := c[:3]
			c = c[3:]
			if len(parts) > 0 && seen[p] {
				continue
			}
			seen[p] = true
			parts = append(parts, p)
		}
		if c != "" {
			parts = append(parts, c)
		}
	}
	add(base)
	for _, a := range agents {
		add(a)
	}
	return strings.Join(parts, "")
}

// actorCodes returns the actor codes of the noun phrase headed by h and of
// its conjuncts. A conjunct naming only agents takes the bases of another
// ("lawmakers and officials in A and B", "Danish media and government").
func (sc *sentCoder) actorCodes(h int) []party {
	if h < 0 {
		return nil
	}
	cs := sc.conjuncts(h)
	nps := make([]npActor, len(cs))
	var shared []string
	for i, c := range cs {
		nps[i] = sc.np(c)
		if shared == nil && len(nps[i].bases) > 0 {
			shared = nps[i].bases
		}
	}
	var out []party
	for _, a := range nps {
		bases := a.bases
		if len(bases) == 0 && len(a.agents) > 0 {
			bases = nil
			for _, b := range shared {
				bases = append(bases, b[:min(3, len(b))])
			}
			if len(bases) == 0 {
				bases = []string{"---"}
			}
		}
		for _, b := range bases {
			out = append(out, party{code: joinCode(b, a.agents), a: a.a, b: a.b})
		}
	}
	return out
}

func (sc *sentCoder) child(i int, deps ...string) int {
	for _, k := range sc.kids[i] {
		for _, d := range deps {
			if sc.s.Tokens[k].Dep == d {
				return k
			}
		}
	}
	return -1
}

// subject returns the subject of verb v; of several (a parser's error),
// the last one before the verb.
func (sc *sentCoder) subject(v int) int {
	best := -1
	for _, k := range sc.kids[v] {
		switch sc.s.Tokens[k].Dep {
		case "nsubj", "nsubj:pass", "csubj":
			if best < 0 || k < v && k > best {
				best = k
			}
		}
	}
	return best
}

func (sc *sentCoder) hasChild(i int, dep string) bool { return sc.child(i, dep) >= 0 }

// subtree marks the tokens under i.
func (sc *sentCoder) subtree(i int, in []bool) {
	in[i] = true
	for _, k := range sc.kids[i] {
		sc.subtree(k, in)
	}
}

// actorHead is the head of the mention covering token i, else i.
func (sc *sentCoder) actorHead(i int) int {
	if sc.at[i] >= 0 {
		return sc.ments[sc.at[i]].Head
	}
	return i
}

// defaultRoles finds the sources from the verb's subject (inherited through
// open complements and conjoined verbs; the "by" phrase of a passive) and
// the targets from the first actor after the verb in its clause.
func (sc *sentCoder) defaultRoles(v int) (srcs, tgts []party) {
	toks := sc.s.Tokens
	subj, passive := -1, false
	ownPassive := sc.hasChild(v, "aux:pass")
	fromHead := false // the subject is the noun a participle modifies
	blocked := false  // the verb's subject is a passive's unnamed patient
	for cur, depth := v, 0; cur >= 0 && depth < 6; depth++ {
		if k := sc.subject(cur); k >= 0 {
			subj = k
			passive = cur == v && (toks[k].Dep == "nsubj:pass" || ownPassive)
			break
		}
		if cur == v && ownPassive {
			passive = true // "a hafling was reported": no subject of its own, no source
			break
		}
		if cur != v && sc.hasChild(cur, "aux:pass") {
			blocked = true // "to be allowed to leave": the one allowed is not named
			break
		}
		switch toks[cur].Dep {
		case "xcomp", "conj":
			cur = toks[cur].Head
			if h := toks[cur].Head; h >= 0 && (toks[cur].UPOS == "NOUN" || toks[cur].UPOS == "PROPN") && toks[cur].Dep == "obj" {
				// "condemned an attack ... and promised aid": a parser made
				// the second verb a conjunct of the first one's object
				cur = h
			}
		case "advcl":
			if sc.hasChild(cur, "mark") {
				cur = -1
			} else {
				cur = toks[cur].Head
			}
		case "acl", "acl:relcl":
			subj, fromHead = toks[cur].Head, true
			cur = -1
		default:
			cur = -1
		}
	}
	agent := -1
	for _, k := range sc.kids[v] {
		if (toks[k].Dep == "obl" || toks[k].Dep == "obl:agent") && sc.caseIs(k, "by") {
			agent = k
		}
	}
	if passive {
		if agent >= 0 {
			srcs = sc.actorCodes(agent)
		}
		if subj >= 0 {
			tgts = sc.actorCodes(sc.actorHead(subj))
		}
		return
	}
	if subj < 0 && !blocked {
		subj = sc.sharedSubject(v)
	}
	if subj >= 0 {
		srcs = sc.actorCodes(sc.actorHead(subj))
	} else if m := sc.leftActor(v, true); m >= 0 && !blocked {
		// the parser found no subject: the nearest actor before the verb
		// that is no prepositional object
		srcs = sc.actorCodes(sc.ments[m].Head)
	}
	in := make([]bool, len(toks))
	sc.subtree(v, in)
	if subj >= 0 && !fromHead {
		for i := range sc.region(subj) {
			in[i] = false
		}
	}
	for j := v + 1; j < len(toks); j++ {
		if (sc.words[j] == "," || sc.words[j] == ";") && j > v+1 {
			if u := toks[j-1].UPOS; u == "NOUN" || u == "PROPN" {
				break // past the verb's phrase: "ties with X, several years after Y ..."
			}
		}
		if in[j] && sc.at[j] >= 0 {
			tgts = sc.actorCodes(sc.ments[sc.at[j]].Head)
			if len(tgts) > 0 {
				break
			}
		}
	}
	if len(tgts) == 0 {
		// The parser left the verb without its object ("will abandon
		// ... relations with Gondor" with "abandon" tagged an adverb): the
		// first actor after it, within its clause.
		for j := v + 1; j < len(toks); j++ {
			if sc.words[j] == "," || sc.words[j] == ";" || toks[j].Dep == "mark" || sc.subjectAfter(j, v) {
				break
			}
			if m := sc.at[j]; m >= 0 && (subj < 0 || !sc.region(subj)[sc.ments[m].Head]) {
				tgts = sc.actorCodes(sc.ments[m].Head)
				break
			}
		}
	}
	return
}

// subjectAfter reports whether token j heads a clause of its own: it has a
// subject after token v (a verb whose subject comes before v may be the one
// a mistagged v belongs to).
func (sc *sentCoder) subjectAfter(j, v int) bool {
	for _, k := range sc.kids[j] {
		if d := sc.s.Tokens[k].Dep; (d == "nsubj" || d == "nsubj:pass") && k > v {
			return true
		}
	}
	return false
}

// sharedSubject returns, for a verb right after "and", "but" or "or" that
// the parser left without a subject ("condemned an attack ... and promised
// aid"), the subject of the nearest verb before it that has one; else -1.
func (sc *sentCoder) sharedSubject(v int) int {
	j := v - 1
	for j >= 0 && sc.s.Tokens[j].UPOS == "ADV" {
		j--
	}
	if j < 0 || (sc.words[j] != "and" && sc.words[j] != "but" && sc.words[j] != "or") {
		return -1
	}
	for k := j - 1; k >= 0; k-- {
		if isVerbTok(&sc.s.Tokens[k]) {
			if s := sc.subject(k); s >= 0 && s < k {
				return s
			}
		}
	}
	return -1
}

// leftActor returns the nearest mention before token v whose head is not
// the object of a preposition, or -1.
func (sc *sentCoder) leftActor(v int, inClause bool) int {
	for j := v - 1; j >= 0; j-- {
		if inClause && j < v-1 && sc.hasChild(j, "nsubj") {
			break // another clause's verb: its actors are not this verb's
		}
		m := sc.at[j]
		if m < 0 || sc.ments[m].End-1 != j {
			continue
		}
		if h := sc.ments[m].Head; h >= 0 && sc.hasChild(h, "case") && !sc.caseIs(h, "'s", "'") {
			continue
		}
		return m
	}
	return -1
}
