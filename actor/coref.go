package actor

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/nlp"
)

// How far back (in sentences) each kind of reference looks for its antecedent.
// Short windows keep a wrong antecedent less likely than a missed one.
const (
	personWindow = 3
	thingWindow  = 1
	pairWindow   = 2
	descWindow   = 5
)

// resolve completes a candidate with coreference, builds its Mention and
// records it in the document's history. prevEnd is the word index where the
// previous mention of the sentence ended (-1 if none).
func (r *resolver) resolve(si int, s *nlp.Sentence, c *cand, prevEnd int) (Mention, bool) {
	quoted := r.quoted[r.words[c.start].tok]
	var members []Actor
	switch {
	case c.kind == KindPronoun:
		h, ok := r.pronoun(si, c, quoted)
		if !ok {
			return Mention{}, false
		}
		c.actor, members, c.person, c.plural = h.Actor, h.members, h.person, h.plural
		if h.kind == KindPerson && h.pid >= 0 {
			c.refKind, c.ref = ePerson, h.pid
		}
	case c.need == eSurname:
		pid, ok := r.surname(c.phr, c.group, c.hasTitle, c.weak)
		if !ok {
			return Mention{}, false
		}
		c.refKind, c.ref = ePerson, pid
	case c.need == eDesc:
		a, ms, person, ok := r.description(si, c)
		if !ok {
			return Mention{}, false
		}
		c.actor, members, c.person, c.plural = a, ms, person, len(ms) > 1
	}
	if c.refKind == ePerson && c.kind == KindPerson {
		p := &r.kb.people[c.ref]
		a, active := r.kb.personActive(p, r.day)
		if c.hasTitle && !c.former && !active && c.titleSector != "" {
			// The text says the person holds the title now: trust it over a gap in the data.
			if c.group != "" {
				a.Country = c.group
			}
			a.Sector = c.titleSector
			a.Code = a.Country + a.Sector
			if c.org.Code != "" {
				// "EU envoy Miroslav Lajcak": the organisation's, whatever
				// state he served before.
				a.Country, a.Sector, a.Code = c.org.Country, c.org.Sector, c.org.Code
			}
			if r.asTitled == nil {
				r.asTitled = map[int32]Actor{}
			}
			r.asTitled[c.ref] = a
		} else if t, ok := r.asTitled[c.ref]; ok && !active && !c.former {
			// ... and the surname alone later names the same office holder:
			// "EU envoy Miroslav Lajcak ... Lajcak said", whatever the data
			// says he was before.
			a = t
		}
		c.actor = a
		r.markSeen(c.ref)
		if c.govOf {
			ctry := a.Country
			if len(ctry) != 3 || ctry == "IGO" || ctry == "NGO" || ctry == "MNC" {
				return Mention{}, false
			}
			c.actor = Actor{Code: ctry + "GOV", Country: ctry, Sector: "GOV"}
			c.kind, c.person, c.refKind, c.ref = KindAgent, false, 0, 0
		}
	}
	if c.localName != 0 {
		r.local = append(r.local, localName{h: c.localName, actor: c.actor})
	}
	h := histItem{Actor: c.actor, members: members, kind: c.kind, sent: si, person: c.person, plural: c.plural, quoted: quoted, pid: -1,
		subj: r.subjectOf(s, c)}
	if t0, t1 := int(r.words[c.start].tok), int(r.words[c.end-1].tok)+1; len(s.Tokens) > 0 && s.Tokens[t0].Dep != "" {
		h.tok1 = int32(headOf(s, t0, t1)) + 1
	}
	if c.refKind == ePerson {
		h.pid = c.ref
	}
	for k := c.start; k < c.end; k++ {
		switch r.words[k].h {
		case hAmbassador, hEnvoy:
			h.envoy = true
		case hJunta, hMilitary, hCoup:
			h.junta = h.Sector == "GOV" || h.Sector == "MIL"
		}
	}
	if prevEnd >= 0 && c.start > prevEnd {
		h.conj = true
		for k := prevEnd; k < c.start; k++ {
			if x := r.words[k].h; x != hAnd && x != hComma && x != hAmp {
				h.conj = false
				break
			}
		}
	}
	r.hist = append(r.hist, h)
	if c.actor.Code == "" {
		// Unknown actors block coreference but are not reported.
		return Mention{}, false
	}
	r.noteCountry(c.actor.Country)
	for _, m := range members {
		r.noteCountry(m.Country)
	}
	m := Mention{
		Sentence: si,
		Start:    int(r.words[c.start].tok),
		End:      int(r.words[c.end-1].tok) + 1,
		Text:     r.text(c.start, c.end),
		Span:     [2]int{int(r.words[c.start].a), int(r.words[c.end-1].b)},
		Kind:     c.kind,
		Plural:   c.plural,
		Actor:    c.actor,
		Members:  members,
		refKind:  c.refKind,
		ref:      c.ref,
	}
	m.Head = headOf(s, m.Start, m.End)
	return m, true
}

// subjectOf reports whether a mention is the subject of its clause: by the
// parse when there is one, else by a verb right after it.
func (r *resolver) subjectOf(s *nlp.Sentence, c *cand) bool {
	t0, t1 := int(r.words[c.start].tok), int(r.words[c.end-1].tok)+1
	if h := headOf(s, t0, t1); s.Tokens[h].Dep != "" {
		return strings.HasPrefix(s.Tokens[h].Dep, "nsubj")
	}
	i := c.end
	if i < len(r.words) && (r.words[i].h == hPoss || r.words[i].h == hApos) {
		return false
	}
	for i < len(r.words) && modals[r.words[i].h] {
		i++
	}
	if i >= len(r.words) {
		return false
	}
	w := &r.words[i]
	if verbish[w.h] {
		return true
	}
	t := r.tokens[w.tok].Text
	return w.flags&wCap == 0 && len(t) > 4 && strings.HasSuffix(t, "ed")
}

// reporterState returns the state of the subject of the verb whose clausal
// complement the description c is the subject of ("X told Y that the
// country would ..."), "" when c is no such subject or the teller is no
// state's.
func (r *resolver) reporterState(si int, c *cand) string {
	s := &nlp.Sentence{Tokens: r.tokens}
	t0, t1 := int(r.words[c.start].tok), int(r.words[c.end-1].tok)+1
	h := headOf(s, t0, t1)
	if !strings.HasPrefix(s.Tokens[h].Dep, "nsubj") && s.Tokens[h].Dep != "nmod:poss" {
		return ""
	}
	v := s.Tokens[h].Head
	if s.Tokens[h].Dep == "nmod:poss" {
		// "answered that the order ignored the country's history": the
		// possessor inside what the teller says, up to its clause.
		for n := 0; n < 3 && v >= 0 && v < len(s.Tokens) && s.Tokens[v].UPOS != "VERB"; n++ {
			v = s.Tokens[v].Head
		}
	}
	if v < 0 || v >= len(s.Tokens) || s.Tokens[v].Dep != "ccomp" {
		return ""
	}
	// the nearest subject before it (the teller's clause may hang
	// elsewhere: "X notified Y that the country ..., Z told reporters")
	for k := len(r.hist) - 1; k >= 0 && r.hist[k].sent == si; k-- {
		it := &r.hist[k]
		if th := int(it.tok1) - 1; it.subj && th >= 0 && th < t0 && r.kb.isState(it.Country) {
			return it.Country
		}
	}
	return ""
}

// militaryRule reports whether description c names military rulers ("the
// junta", "the coup leaders", "the military government").
func (r *resolver) militaryRule(c *cand) bool {
	for k := c.start; k < c.end; k++ {
		switch r.words[k].h {
		case hJunta, hMilitary, hCoup:
			return true
		}
	}
	return false
}

// headOf is the token of [start, end) whose head lies outside it, when the
// sentence is parsed; else the last token.
func headOf(s *nlp.Sentence, start, end int) int {
	for i := start; i < end; i++ {
		t := &s.Tokens[i]
		if t.Dep == "" {
			break
		}
		if t.Head < start || t.Head >= end {
			return i
		}
	}
	return end - 1
}

func (r *resolver) noteCountry(c string) {
	if !r.kb.isState(c) {
		return
	}
	for _, x := range r.countries {
		if x == c {
			return
		}
	}
	r.countries = append(r.countries, c)
}

func (r *resolver) hasCountry(c string) bool {
	for _, x := range r.countries {
		if x == c {
			return true
		}
	}
	return false
}

func (r *resolver) markSeen(pid int32) {
	for k, x := range r.seen {
		if x == pid {
			r.seen = append(r.seen[:k], r.seen[k+1:]...)
			break
		}
	}
	r.seen = append(r.seen, pid)
}

// surname resolves a one-word name: the person of that name already named in
// the document; else the only one holding a role at the story's date
// (preferring heads of state or government, then states the story mentions);
// else the only person in the knowledge base with that name.
func (r *resolver) surname(pid int32, group string, titled, weak bool) (int32, bool) {
	p := &r.kb.phrases[pid]
	var cands []int32
	explicit := false
	for _, e := range p.ents {
		if e.kind == eSurname || e.kind == ePerson {
			cands = append(cands, e.id)
			explicit = explicit || !e.auto
		}
	}
	in := func(id int32) bool {
		for _, c := range cands {
			if c == id {
				return true
			}
		}
		return false
	}
	for k := len(r.seen) - 1; k >= 0; k-- {
		if in(r.seen[k]) {
			return r.seen[k], true
		}
	}
	if monthNames[p.words[0]] && !titled || weak {
		return 0, false
	}
	var act []int32
	for _, id := range cands {
		if a, ok := r.kb.personActive(&r.kb.people[id], r.day); ok && (group == "" || a.Country == group) {
			act = append(act, id)
		}
	}
	if len(act) == 1 {
		return act[0], true
	}
	if len(act) > 1 {
		// Prefer the highest office: head of state over head of government
		// over minister; then the states the story mentions.
		best := int8(-1)
		var heads []int32
		for _, id := range act {
			switch rk := r.kb.rankAt(&r.kb.people[id], r.day); {
			case rk > best:
				best, heads = rk, append(heads[:0], id)
			case rk == best:
				heads = append(heads, id)
			}
		}
		if len(heads) == 1 && best > 0 {
			return heads[0], true
		}
		var here []int32
		for _, id := range heads {
			if a := r.kb.personAt(&r.kb.people[id], r.day); r.hasCountry(a.Country) {
				here = append(here, id)
			}
		}
		if len(here) == 1 {
			return here[0], true
		}
		return 0, false
	}
	// Out of office, a surname alone stands for its person only when the data
	// lists it as that person's name and nobody else has it.
	if len(cands) == 1 && group == "" && explicit {
		return cands[0], true
	}
	return 0, false
}

// headAt reports whether a person heads a state, government or organisation at day.
func (kb *KB) headAt(p *person, day int32) bool { return kb.rankAt(p, day) > 0 }

// holds reports whether a person heads something at day in a role that the
// description names: "the president" needs a role described as a presidency,
// "the leader" or "the head of state" any head.
func (kb *KB) holds(p *person, day int32, desc string) bool {
	f := strings.Fields(strings.ToLower(desc))
	kw := f[len(f)-1]
	generic := kw == "leader" || kw == "state" || kw == "government"
	for i := range p.roles {
		r := &p.roles[i]
		if r.head > 0 && r.active(day) && (generic || strings.Contains(strings.ToLower(r.text), kw)) {
			return true
		}
	}
	return false
}

// rankAt is the highest headRank of the roles a person holds at day.
func (kb *KB) rankAt(p *person, day int32) int8 {
	best := int8(0)
	for i := range p.roles {
		if p.roles[i].active(day) && p.roles[i].head > best {
			best = p.roles[i].head
		}
	}
	return best
}

// pronoun finds the antecedent of a personal pronoun.
func (r *resolver) pronoun(si int, c *cand, quoted bool) (histItem, bool) {
	w := r.words[c.start].h
	switch c.pron {
	case pronPerson:
		// The speaker of a quotation is rarely the "he" inside it.
		var speakers []Actor
		if quoted {
			for k := len(r.hist) - 1; k >= 0 && r.hist[k].sent == si; k-- {
				if !r.hist[k].quoted {
					speakers = append(speakers, r.hist[k].Actor)
				}
			}
		}
		if !quoted && (w == hashHe || w == hashShe) {
			if h, ok := r.reporter(si, c); ok {
				return h, h.Country != ""
			}
			if h, ok := r.conjoinedSubject(si, c); ok {
				return h, h.Country != ""
			}
		}
		// "he would discuss it with him": an object pronoun is not its
		// own clause's subject.
		notTok := -1
		if w == hashHim || w == hashHer {
			notTok = r.clauseSubjectTok(int(r.words[c.start].tok))
		}
		h, ok := r.antecedent(si, personWindow, w == hashHe || w == hashShe, func(h *histItem) elig {
			if h.block == blockPerson {
				return eBlock
			}
			if notTok >= 0 && h.sent == si && int(h.tok1)-1 == notTok {
				return eSkip
			}
			if !h.person || h.plural || h.block != 0 {
				return eSkip
			}
			for _, sp := range speakers {
				if sp == h.Actor {
					return eSkip
				}
			}
			return eCand
		})
		return h, ok && h.Country != ""
	case pronThing:
		if w == hashIt && !r.subjectAt(c.end) {
			return histItem{}, false
		}
		if w == hashIts {
			if h, ok := r.clauseSubject(si, c); ok {
				return h, true
			}
		}
		h, ok := r.antecedent(si, thingWindow, w == hashIt, func(h *histItem) elig {
			if h.block == blockThing {
				// a subject "it" prefers a clause subject to a thing named
				// as an object: "France condemned the violence and said it
				// would respond" (it = France).
				if w == hashIt && !h.subj {
					return eSkip
				}
				return eBlock
			}
			if h.person || h.block != 0 {
				return eSkip
			}
			return eCand
		})
		if !ok || h.plural || h.Country == "" || len(h.members) > 1 {
			return histItem{}, false
		}
		return h, true
	case pronPlural:
		they := w == hashThey || w == hashThem || w == hashTheir
		for k := len(r.hist) - 1; k >= 0; k-- {
			h := &r.hist[k]
			if h.sent < si-thingWindow || h.block == blockThing && h.plural {
				break // "the sanctions ... they": the thing may be meant
			}
			if h.block != 0 || h.plural && r.kb.IsRegion(h.Country) {
				// "fears of war between South American states ... Their
				// meeting": a region's states are background, not the pair.
				continue
			}
			if they && h.conj && k > 0 && r.hist[k-1].Code != "" && h.Code != "" && (r.hist[k-1].Code != h.Code || r.hist[k-1].Name != h.Name) {
				// "Norway, Ireland and Spain ... they": every actor of the
				// list, which may be longer than two.
				ms := []Actor{r.hist[k-1].Actor, h.Actor}
				for j := k - 1; j > 0 && r.hist[j].conj && r.hist[j-1].Code != "" && r.hist[j-1].block == 0 && r.hist[j-1].sent == h.sent; j-- {
					ms = append([]Actor{r.hist[j-1].Actor}, ms...)
				}
				pair := histItem{Actor: ms[0], members: ms, kind: KindPronoun, sent: si, plural: true}
				return pair, true
			}
			// police or troops with no state yet ("the police said they
			// had detained ..."): the coder gives both the story's state.
			if h.plural && (h.Country != "" || ((h.Code == "COP" || h.Code == "MIL") && h.Sector == h.Code && len(h.members) == 0)) {
				return *h, true
			}
			if h.person && !h.plural && w == hashTheir && k > 0 && h.sent == si {
				// "his first meeting with Putin since their talks": the two
				// people just named in turn in the same sentence.
				if p := &r.hist[k-1]; p.sent == si && p.person && !p.plural && p.block == 0 && p.Country != "" && p.Country != h.Country {
					ms := []Actor{p.Actor, h.Actor}
					return histItem{Actor: ms[0], members: ms, kind: KindPronoun, sent: si, plural: true}, true
				}
			}
			if h.plural || h.person {
				if r.inEarlierList(k) {
					// "Trump and Kim signed ..., in which Kim committed ...
					// Their meeting": a member named again after the list.
					continue
				}
				return histItem{}, false
			}
		}
	}
	return histItem{}, false
}

// inEarlierList reports whether history item k names one of a list of
// actors joined earlier in its own sentence ("Trump and Kim").
func (r *resolver) inEarlierList(k int) bool {
	h := &r.hist[k]
	for j := k - 1; j > 0 && r.hist[j].sent == h.sent; j-- {
		if !r.hist[j].conj {
			continue
		}
		for _, x := range []*histItem{&r.hist[j], &r.hist[j-1]} {
			if x.Code == h.Code && x.Name == h.Name && x.Code != "" {
				return true
			}
		}
	}
	return false
}

type elig uint8

const (
	eSkip  elig = iota // not a possible antecedent; look further back
	eCand              // a possible antecedent
	eBlock             // a non-actor that the pronoun more likely means: give up
)

// antecedent searches the history backwards. A possessive ("his", "its")
// takes the nearest candidate; a subject pronoun ("he", "it") the nearest
// candidate that is a clause subject in the nearest sentence with
// candidates, else that sentence's first candidate.
func (r *resolver) antecedent(si, window int, nominative bool, ok func(*histItem) elig) (histItem, bool) {
	found := -1
	for k := len(r.hist) - 1; k >= 0; k-- {
		h := &r.hist[k]
		if h.sent < si-window || found >= 0 && h.sent != r.hist[found].sent {
			break
		}
		switch ok(h) {
		case eSkip:
			continue
		case eBlock:
			if found < 0 {
				return histItem{}, false
			}
			return r.hist[found], true
		}
		if !nominative || h.subj {
			return *h, true
		}
		found = k
	}
	if found < 0 {
		return histItem{}, false
	}
	return r.hist[found], true
}

var (
	hashThey  = hashString("they")
	hashThem  = hashString("them")
	hashTheir = hashString("their")
	hashIt    = hashString("it")
	hashIts   = hashString("its")
	hashHe    = hashString("he")
	hashShe   = hashString("she")
	hashHim   = hashString("him")
	hashHer   = hashString("her")
)

// clauseSubjectTok returns the subject token of the clause that token p
// (an object or oblique) belongs to, or -1.
func (r *resolver) clauseSubjectTok(p int) int {
	toks := r.tokens
	if p >= len(toks) || toks[p].Dep == "" {
		return -1
	}
	v := toks[p].Head
	if v < 0 || v >= len(toks) || toks[v].UPOS != "VERB" {
		return -1
	}
	return subjectTok(toks, v)
}

// sayingVerbs report what their subject says, thinks or intends.
var sayingVerbs = map[string]bool{"say": true, "tell": true, "add": true, "announce": true, "write": true, "insist": true,
	"believe": true, "think": true, "stress": true, "note": true, "explain": true, "vow": true, "pledge": true,
	"promise": true, "warn": true, "state": true, "declare": true, "indicate": true, "suggest": true}

// reporter resolves "he" or "she" as the subject of a clause reported by a
// saying verb to that verb's subject, a person named in the sentence:
// "Erdogan said he believed Putin wanted the deal and that he would discuss
// it" (he = Erdogan both times, though Putin is nearer).
func (r *resolver) reporter(si int, c *cand) (histItem, bool) {
	toks := r.tokens
	p := int(r.words[c.start].tok)
	if p >= len(toks) || !strings.HasPrefix(toks[p].Dep, "nsubj") {
		return histItem{}, false
	}
	// the nearest saying verb above, entered through its complement clause
	// (the clause may hang lower by a misparse: "said he believed Putin
	// wanted the deal to continue and that he would ...").
	rv := -1
	for cur, hops := toks[p].Head, 0; cur >= 0 && cur < len(toks) && hops < 6; hops++ {
		h := toks[cur].Head
		if h < 0 || h >= len(toks) {
			break
		}
		if toks[cur].Dep == "ccomp" && sayingVerbs[toks[h].Lemma] {
			rv = h
			break
		}
		cur = h
	}
	if rv < 0 {
		return histItem{}, false
	}
	subj := subjectTok(toks, rv)
	if subj < 0 || subj > p {
		return histItem{}, false
	}
	return r.personAt(si, subj)
}

// personAt returns the person named at token tok of sentence si, if the
// resolver has one there: a single, resolved person.
func (r *resolver) personAt(si, tok int) (histItem, bool) {
	for k := len(r.hist) - 1; k >= 0 && r.hist[k].sent == si; k-- {
		h := &r.hist[k]
		if int(h.tok1)-1 == tok && h.person && !h.plural && h.block == 0 && h.Code != "" {
			return *h, true
		}
	}
	return histItem{}, false
}

// conjoinedSubject resolves "he" or "she" as the subject of a clause
// conjoined to an earlier one to that clause's subject, a person named in
// the sentence: "Blinken said the evidence showed Gonzalez had won, and he
// congratulated Gonzalez" (he = Blinken, though Gonzalez is nearer).
func (r *resolver) conjoinedSubject(si int, c *cand) (histItem, bool) {
	toks := r.tokens
	p := int(r.words[c.start].tok)
	if p >= len(toks) || !strings.HasPrefix(toks[p].Dep, "nsubj") {
		return histItem{}, false
	}
	v := toks[p].Head
	if v < 0 || v >= len(toks) || toks[v].Dep != "conj" {
		return histItem{}, false
	}
	h := toks[v].Head
	if h < 0 || h >= len(toks) || h > p || toks[h].UPOS != "VERB" {
		return histItem{}, false
	}
	subj := subjectTok(toks, h)
	if subj < 0 || subj > p {
		return histItem{}, false
	}
	return r.personAt(si, subj)
}

// clauseSubject resolves a possessive "its" to the subject of its clause
// when the nearest candidate sits in another clause: "The United States
// condemned China's actions and reaffirmed its commitment" (its = the
// United States, the subject the second verb shares). A candidate in the
// pronoun's own clause keeps the usual choice: "criticized Japan for its
// decision" (its = Japan).
func (r *resolver) clauseSubject(si int, c *cand) (histItem, bool) {
	toks := r.tokens
	p := int(r.words[c.start].tok)
	if p >= len(toks) || toks[p].Dep == "" {
		return histItem{}, false
	}
	v := (&nlp.Sentence{Tokens: toks}).VerbAbove(p)
	if v < 0 {
		return histItem{}, false
	}
	subj := subjectTok(toks, v)
	if subj < 0 && toks[v].Dep == "conj" && toks[v].Head >= 0 {
		subj = subjectTok(toks, toks[v].Head)
	}
	if subj < 0 {
		return histItem{}, false
	}
	var nearest, subject *histItem
	for k := len(r.hist) - 1; k >= 0 && r.hist[k].sent == si; k-- {
		h := &r.hist[k]
		if h.block != 0 || h.person || h.plural || h.Country == "" || len(h.members) > 1 || h.tok1 == 0 {
			continue
		}
		if nearest == nil {
			nearest = h
		}
		if int(h.tok1)-1 == subj {
			subject = h
		}
	}
	if nearest == nil || subject == nil || nearest == subject || (&nlp.Sentence{Tokens: toks}).VerbAbove(int(nearest.tok1)-1) == v {
		return histItem{}, false
	}
	return *subject, true
}

// subjectTok returns the nominal subject of verb v, -1 if it has none.
func subjectTok(toks []nlp.Token, v int) int {
	for k := range toks {
		if toks[k].Head == v && strings.HasPrefix(toks[k].Dep, "nsubj") {
			return k
		}
	}
	return -1
}

// copulas after "it" mark a dummy subject ("it was Kim's first trip");
// modals and adverbs in between are skipped.
var copulas, modals = map[uint64]bool{}, map[uint64]bool{}

func init() {
	for _, w := range []string{"is", "was", "'s", "be", "been", "seems", "seemed", "appears", "appeared", "remains", "remained", "takes", "took"} {
		copulas[hashString(w)] = true
	}
	for _, w := range []string{"would", "will", "could", "should", "may", "might", "must", "can", "also", "not", "n't", "still", "has", "had", "have"} {
		modals[hashString(w)] = true
	}
}

// subjectAt reports whether the word at i (after "it") is a verb, so that "it"
// is a clause's subject rather than an object or a dummy.
func (r *resolver) subjectAt(i int) bool {
	if i >= len(r.words) {
		return false
	}
	for k := i; k < len(r.words) && k < i+3; k++ {
		if copulas[r.words[k].h] {
			// "it was ending" is a real subject; "it was the first" a dummy.
			return k+1 < len(r.words) && r.progressive(k+1)
		}
		if !modals[r.words[k].h] {
			break
		}
	}
	t := &r.tokens[r.words[i].tok]
	switch t.UPOS {
	case "VERB", "AUX":
		return true
	case "ADV":
		if i+1 < len(r.words) {
			u := r.tokens[r.words[i+1].tok].UPOS
			return u == "VERB" || u == "AUX"
		}
		return false
	case "":
		return verbish[r.words[i].h]
	}
	return false
}

// progressive reports whether word i is a present participle ("ending").
func (r *resolver) progressive(i int) bool {
	t := &r.tokens[r.words[i].tok]
	if t.XPOS != "" {
		return t.XPOS == "VBG"
	}
	return len(t.Text) > 4 && strings.HasSuffix(t.Text, "ing") && r.words[i].flags&wCap == 0
}

// description resolves a definite description from descriptions.tsv.
func (r *resolver) description(si int, c *cand) (Actor, []Actor, bool, bool) {
	p := &r.kb.phrases[c.phr]
	for _, e := range p.ents {
		if e.kind != eDesc {
			continue
		}
		d := &r.kb.descs[e.id]
		if a, b, ok := strings.Cut(d.referent, "+"); ok {
			ms := []Actor{r.kb.splitCode(a), r.kb.splitCode(b)}
			return ms[0], ms, false, true
		}
		if !strings.HasPrefix(d.referent, "@") {
			ok := len(d.cond) == 0
			for _, x := range d.cond {
				if r.hasCountry(x) {
					ok = true
				}
			}
			if ok {
				return r.kb.splitCode(d.referent), nil, false, true
			}
			continue
		}
		switch d.referent {
		case "@PAIR":
			if strings.Contains(strings.ToLower(p.text), "other") {
				continue // "the other side": which member is meant needs the speaker
			}
			// "after delegations from the two countries met": a pair that
			// qualifies another word may be this sentence's subjects.
			own := c.start >= 2 && (r.words[c.start-1].h == hFrom || r.words[c.start-1].h == hOf) &&
				r.tokens[r.words[c.start-2].tok].XPOS == "NNS"
			ms := r.pair(si, strings.ToLower(p.text), own || r.subjectOf(&nlp.Sentence{Tokens: r.tokens}, c))
			if len(ms) == 2 {
				return ms[0], ms, strings.Contains(strings.ToLower(p.text), "leader"), true
			}
		case "@LIST":
			if ms := r.list(si); len(ms) >= 3 {
				return ms[0], ms, false, true
			}
		case "@LASTORG":
			if a, ok := r.descMem[c.phr]; ok {
				return a, nil, false, true
			}
			// "the rebels" are the last armed group named, not the last
			// organisation ("arming the rebels" after "the UN Security
			// Council").
			armed := armedWords(strings.ToLower(p.text))
			// "the newspaper" is the last outlet named; "the group" never
			// is ("... the Xinhua news agency reported. ... the group").
			media := mediaWords(strings.ToLower(p.text))
			if h := r.back(si, descWindow, func(h *histItem) bool {
				return h.kind == KindOrg && h.Code != "" && (!armed || armedSectors[h.Sector]) && media == (h.Sector == "MED")
			}); h != nil {
				r.remember(c.phr, h.Actor)
				return h.Actor, nil, false, true
			}
		case "@LASTGOV", "@LASTCOUNTRY":
			if a, ok := r.descMem[c.phr]; ok {
				return a, nil, false, true
			}
			// "the junta" after "Myanmar's military government": the
			// military rulers named last, whoever else the story is about.
			if r.militaryRule(c) {
				if h := r.back(si, descWindow, func(h *histItem) bool { return h.junta && r.kb.isState(h.Country) }); h != nil {
					a := Actor{Code: h.Country + "GOV", Country: h.Country, Sector: "GOV"}
					r.remember(c.phr, a)
					return a, nil, false, true
				}
			}
			if ctry := r.reporterState(si, c); ctry != "" && monarchyKind(strings.ToLower(p.text)) == "" {
				// "Panama's embassy notified the Chinese government that the
				// country was withdrawing": the country of the one who tells.
				if d.referent == "@LASTGOV" {
					return Actor{Code: ctry + "GOV", Country: ctry, Sector: "GOV"}, nil, false, true
				}
				return Actor{Code: ctry, Country: ctry}, nil, false, true
			}
			if ctry := r.topStateOf(si, monarchyKind(strings.ToLower(p.text))); ctry != "" {
				a := Actor{Code: ctry, Country: ctry}
				if d.referent == "@LASTGOV" {
					a = Actor{Code: ctry + "GOV", Country: ctry, Sector: "GOV"}
				}
				r.remember(c.phr, a)
				return a, nil, false, true
			}
		case "@LASTSTATE":
			// "the Gulf state": the state named last, other than the
			// subject of its own sentence ("Sudan cut ties with the UAE,
			// declaring the Gulf state an aggressor").
			subj := ""
			if h := r.back(si, 0, func(h *histItem) bool { return h.sent == si && h.subj && h.block == 0 }); h != nil {
				subj = h.Country
			}
			if h := r.back(si, thingWindow, func(h *histItem) bool {
				return h.block == 0 && len(h.members) == 0 && !h.plural && h.Country != subj && r.kb.isState(h.Country)
			}); h != nil {
				return Actor{Code: h.Country, Country: h.Country}, nil, false, true
			}
		case "@LASTPERSON":
			// "the president" is a head of state or government; "the minister" anyone.
			head := isHeadRole(p.text) && !strings.Contains(strings.ToLower(p.text), "elect")
			// "the ambassador" is the envoy named before, when one was,
			// not whoever spoke last ("Rubio ... the ambassador accused").
			if w := r.words[c.end-1].h; w == hAmbassador || w == hEnvoy {
				if h := r.back(si, personWindow, func(h *histItem) bool { return h.envoy && !h.plural }); h != nil && h.Code != "" {
					if h.pid >= 0 {
						c.refKind, c.ref = ePerson, h.pid
					}
					return h.Actor, nil, true, true
				}
			}
			if h := r.back(si, personWindow, func(h *histItem) bool {
				return h.person && !h.plural && (!head || h.pid >= 0 && r.kb.holds(&r.kb.people[h.pid], r.day, p.text))
			}); h != nil && h.Code != "" {
				if h.pid >= 0 {
					c.refKind, c.ref = ePerson, h.pid
				}
				return h.Actor, nil, true, true
			}
			// No one named before: the office-holder of the story's state, if
			// exactly one person holds such an office there at the story's date.
			if head {
				if ctry := r.topState(si); ctry != "" {
					if pid, ok := r.kb.officeHolder(ctry, p.text, r.day); ok {
						r.markSeen(pid)
						c.refKind, c.ref = ePerson, pid
						a := r.kb.personAt(&r.kb.people[pid], r.day)
						return a, nil, true, true
					}
				}
			}
		}
	}
	return Actor{}, nil, false, false
}

// officeHolder finds the one person who holds, at day, a head office of
// country that the description names ("the president" of KOR).
func (kb *KB) officeHolder(country, desc string, day int32) (int32, bool) {
	found, n := int32(-1), 0
	for _, pid := range kb.byCountry[country] {
		p := &kb.people[pid]
		for i := range p.roles {
			r := &p.roles[i]
			if r.code[:3] == country && kb.holds(p, day, desc) {
				found, n = pid, n+1
				break
			}
		}
	}
	return found, n == 1
}

// remember keeps what a description meant, so that "the junta" or "the
// court" keeps one referent through a story.
func (r *resolver) remember(phr int32, a Actor) {
	if r.descMem == nil {
		r.descMem = map[int32]Actor{}
	}
	r.descMem[phr] = a
}

// topState is the state a government description most likely means: among
// the states named in the last sentences, the one the story has named most
// often so far, on a tie the one it named first (its topic).
func (r *resolver) topState(si int) string { return r.topStateOf(si, "") }

// monarchies are the states "the kingdom", "the emirate" and "the
// sultanate" can stand for: Iran is never "the kingdom".
var monarchies = map[string]string{
	"SAU": "kingdom", "JOR": "kingdom", "MAR": "kingdom", "BHR": "kingdom", "GBR": "kingdom", "ESP": "kingdom",
	"NLD": "kingdom", "BEL": "kingdom", "SWE": "kingdom", "NOR": "kingdom", "DNK": "kingdom", "THA": "kingdom",
	"KHM": "kingdom", "BTN": "kingdom", "LSO": "kingdom", "SWZ": "kingdom", "TON": "kingdom",
	"ARE": "emirate", "QAT": "emirate", "KWT": "emirate", "OMN": "sultanate", "BRN": "sultanate",
}

// monarchyKind returns "kingdom", "emirate" or "sultanate" when a
// description names one, else "".
func monarchyKind(text string) string {
	for _, k := range []string{"kingdom", "emirate", "sultanate"} {
		if strings.HasSuffix(text, k) {
			return k
		}
	}
	return ""
}

// topStateOf is topState among the monarchies of a kind ("" for any state).
func (r *resolver) topStateOf(si int, kind string) string {
	var recent []string
	for k := len(r.hist) - 1; k >= 0 && r.hist[k].sent >= si-descWindow; k-- {
		if c := r.hist[k].Country; r.kb.isState(c) && (kind == "" || monarchies[c] == kind) {
			seen := false
			for _, x := range recent {
				seen = seen || x == c
			}
			if !seen {
				recent = append(recent, c)
			}
		}
	}
	best, bestN, bestFirst := "", 0, 0
	for _, c := range recent {
		n, first := 0, -1
		for k := range r.hist {
			// News agencies name their country in every dateline: not counted.
			// (pronouns and descriptions repeat what was named: not counted)
			if r.hist[k].Country == c && r.hist[k].Sector != "MED" && r.hist[k].kind != KindPronoun && r.hist[k].kind != KindDescription {
				n++
				if r.hist[k].subj {
					n++ // the states that act weigh more than those acted on
				}
				if first < 0 {
					first = k
				}
			}
		}
		if n > bestN || n == bestN && first < bestFirst {
			best, bestN, bestFirst = c, n, first
		}
	}
	return best
}

func (r *resolver) back(si, window int, ok func(*histItem) bool) *histItem {
	for k := len(r.hist) - 1; k >= 0; k-- {
		h := &r.hist[k]
		if h.sent < si-window {
			break
		}
		if ok(h) {
			return h
		}
	}
	return nil
}

// pair finds the last two distinct actors mentioned together: people for
// "the two leaders", states for "the two countries", any for "both sides".
//
// A pair that is not its clause's subject leaves out the subject of its own
// sentence: in "Wang congratulated both countries" Wang is no member.
// list returns the last list of three or more actors named together
// ("Spain, Ireland and Norway ... the three countries"), within the pair
// window; nil when there is none.
func (r *resolver) list(si int) []Actor {
	for k := len(r.hist) - 1; k > 0; k-- {
		h := &r.hist[k]
		if h.sent < si-pairWindow {
			break
		}
		if !h.conj || h.block != 0 || h.Code == "" || r.hist[k-1].Code == "" || r.hist[k-1].block != 0 {
			continue
		}
		ms := []Actor{r.hist[k-1].Actor, h.Actor}
		for j := k - 1; j > 0 && r.hist[j].conj && r.hist[j-1].Code != "" && r.hist[j-1].block == 0 && r.hist[j-1].sent == h.sent; j-- {
			ms = append([]Actor{r.hist[j-1].Actor}, ms...)
		}
		if len(ms) >= 3 {
			return ms
		}
	}
	return nil
}

func (r *resolver) pair(si int, text string, subj bool) []Actor {
	people := strings.Contains(text, "leader") || strings.Contains(text, "president") || strings.Contains(text, "men") || strings.Contains(text, "minister")
	states := strings.Contains(text, "countr") || strings.Contains(text, "nation") || strings.Contains(text, "state") || strings.Contains(text, "neighbo") || strings.Contains(text, "government") || strings.Contains(text, "capital")
	var out []Actor
	var standIn []bool
	var sents []int   // the sentence of each member found in turn
	var skip []string // the states of this sentence's subjects
	for k := len(r.hist) - 1; !subj && k >= 0 && r.hist[k].sent == si; k-- {
		if h := &r.hist[k]; h.subj && h.Country != "" {
			skip = append(skip, h.Country)
		}
	}
	// a pair named as such just before ("both countries ... the two
	// powers") is the one meant again, unless two actors were named together
	// since.
	for k := len(r.hist) - 1; k >= 0; k-- {
		h := &r.hist[k]
		if h.sent < si-pairWindow || h.conj {
			break
		}
		if len(h.members) != 2 || h.block != 0 || people && !h.person || slices.Contains(skip, h.members[0].Country) || slices.Contains(skip, h.members[1].Country) {
			continue
		}
		out = append(out, h.members...)
		if states {
			for x := range out {
				out[x] = Actor{Code: out[x].Country, Country: out[x].Country}
			}
		}
		return out
	}
	if sides := strings.Contains(text, "side") || strings.Contains(text, "part") || strings.Contains(text, "rival") ||
		strings.Contains(text, "foe") || strings.Contains(text, "adversar") || strings.Contains(text, "neighbo"); sides {
		// the sides of a conflict or a negotiation, none named as a pair
		// lately: the two states the story names most ("Saudi Arabia
		// called for a halt to the escalation between the two sides").
		if out = r.mainPair(skip); len(out) == 2 {
			return out
		}
		// no two states stand out: a conflict within one state. The
		// sides are the last two actors named together ("Ethiopia's
		// government and rebel forces agreed to a truce ... the two sides
		// also agreed on disarmament").
		if out = r.lastPair(si); len(out) == 2 {
			return out
		}
	}
	// A sentence that named three states or more before this one: its
	// first two are the pair it is about ("Putin arrived in Vietnam, a day
	// after signing a pact with North Korea ... the two countries"), not
	// the last two, which a subordinate clause added.
	if !people {
		last := -1
		var seen []string
		var first []Actor
		for k := len(r.hist) - 1; k >= 0; k-- {
			h := &r.hist[k]
			if h.sent >= si || h.block != 0 {
				continue
			}
			if last < 0 {
				last = h.sent
			}
			if h.sent != last {
				break
			}
			if h.Code == "" || len(h.members) > 1 || h.plural || !r.kb.isState(h.Country) || slices.Contains(seen, h.Country) {
				continue
			}
			seen = append(seen, h.Country)
			first = append([]Actor{{Code: h.Country, Country: h.Country}}, first...)
		}
		if len(seen) >= 3 && last >= si-pairWindow && !slices.Contains(skip, first[0].Country) && !slices.Contains(skip, first[1].Country) {
			return first[:2]
		}
	}
	for k := len(r.hist) - 1; k >= 0; k-- {
		h := &r.hist[k]
		if h.sent < si-pairWindow {
			break
		}
		if h.Code == "" || len(h.members) > 1 || h.plural || slices.Contains(skip, h.Country) {
			continue
		}
		stand := false
		if people && !h.person {
			if !(h.Sector == "GOV" && r.kb.isState(h.Country)) {
				continue
			}
			// A government ("Pyongyang") stands for its leader until the
			// leader's own name turns up.
			stand = true
		}
		a := h.Actor
		if states {
			if !r.kb.isState(a.Country) {
				continue
			}
			a = Actor{Code: a.Country, Country: a.Country}
		}
		// The two members are of different states ("the two leaders" are
		// rarely compatriots), so a repeated country is skipped.
		dup := false
		for x := range out {
			if out[x].Country == a.Country {
				dup = true
				if standIn[x] && !stand {
					out[x], standIn[x] = a, false
				}
			}
		}
		if !dup && len(out) < 2 {
			out = append(out, a)
			standIn = append(standIn, stand)
			sents = append(sents, h.sent)
		}
		if len(out) == 2 && !standIn[0] && !standIn[1] {
			break
		}
	}
	if len(out) == 2 && sents[0] != sents[1] {
		// two actors named apart, in turn, are no pair if the story has a
		// main pair of its own ("the two leaders" of a summit story, after a
		// comment by a third state).
		if mp := r.mainPair(skip); len(mp) == 2 && !(samePair(mp, out)) {
			if people {
				for x := range mp {
					mp[x] = Actor{Code: mp[x].Country + "GOV", Country: mp[x].Country, Sector: "GOV"}
				}
			}
			return mp
		}
	}
	if len(out) == 2 {
		out[0], out[1] = out[1], out[0]
	}
	return out
}

// samePair reports whether two pairs name the same two states.
func samePair(a, b []Actor) bool {
	return a[0].Country == b[0].Country && a[1].Country == b[1].Country || a[0].Country == b[1].Country && a[1].Country == b[0].Country
}

// mainPair returns the two states the story has named most, each at least
// twice and apart from the states in skip; on a tie the one named first.
// armedSectors are the sectors of armed groups outside a state's forces.
var armedSectors = map[string]bool{"REB": true, "INS": true, "UAF": true}

// armedWords reports whether a description names an armed group.
// mediaWords reports descriptions of news outlets: "the newspaper", "the
// news agency", "the broadcaster", "the daily".
func mediaWords(t string) bool {
	return strings.Contains(t, "newspaper") || strings.Contains(t, "news agency") || strings.Contains(t, "broadcaster") || strings.HasSuffix(t, "daily")
}

func armedWords(text string) bool {
	for _, w := range []string{"milit", "rebel", "insurg", "jihad", "separat", "gunmen", "fighter", "armed"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// lastPair returns the last two distinct actors joined by "and" within the
// pair window, when they were named as a pair and not in a longer list.
func (r *resolver) lastPair(si int) []Actor {
	for k := len(r.hist) - 1; k > 0; k-- {
		h, p := &r.hist[k], &r.hist[k-1]
		if h.sent < si-pairWindow {
			break
		}
		if !h.conj || h.block != 0 || p.block != 0 || h.Code == "" || p.Code == "" || p.sent != h.sent ||
			len(h.members) > 0 || len(p.members) > 0 || (p.conj && k > 1 && r.hist[k-2].sent == h.sent) {
			continue
		}
		if h.Code == p.Code && h.Name == p.Name {
			continue
		}
		return []Actor{p.Actor, h.Actor}
	}
	return nil
}

func (r *resolver) mainPair(skip []string) []Actor {
	type count struct {
		c        string
		n, first int
	}
	var cs []count
	add := func(c string, n, k int) {
		for x := range cs {
			if cs[x].c == c {
				cs[x].n += n
				return
			}
		}
		cs = append(cs, count{c, n, k})
	}
	for k := range r.hist {
		h := &r.hist[k]
		// News agencies name their country in every dateline: not counted;
		// pronouns and descriptions repeat what was named.
		if h.Sector == "MED" || len(h.members) > 0 || !r.kb.isState(h.Country) || slices.Contains(skip, h.Country) ||
			h.kind == KindPronoun || h.kind == KindDescription {
			continue
		}
		add(h.Country, 1, k)
		// two states named together ("Thailand and Cambodia agreed")
		// are the story's sides more than a third state named as often.
		if p := k - 1; h.conj && p >= 0 && r.hist[p].sent == h.sent && r.kb.isState(r.hist[p].Country) &&
			r.hist[p].Country != h.Country && !slices.Contains(skip, r.hist[p].Country) && r.hist[p].kind != KindPronoun {
			add(h.Country, 1, k)
			add(r.hist[p].Country, 1, p)
		}
	}
	slices.SortStableFunc(cs, func(a, b count) int { return b.n - a.n })
	if len(cs) < 2 || cs[1].n < 2 || len(cs) > 2 && cs[2].n == cs[1].n {
		return nil // no clear second party
	}
	return []Actor{{Code: cs[0].c, Country: cs[0].c}, {Code: cs[1].c, Country: cs[1].c}}
}
