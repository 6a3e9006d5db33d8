package actor

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

// word is one sub-word of a sentence: a token, or a piece of a hyphenated
// token, or the "'s" of a possessive.
type word struct {
	h, lh uint64 // hash of the word and of its lemma (0: none)
	kinds uint16 // kinds of the phrases that start with the word or its lemma
	tok   int32  // token index in the sentence
	a, b  int32  // byte span in the document
	flags uint8
}

// Hashes of the few words the resolver looks at directly.
var (
	hThe    = hashString("the")
	hFormer = hashString("former")
	hEx     = hashString("ex")
	hLate   = hashString("late")
	hPoss   = hashString("'s")
	hApos   = hashString("'")
	hAnd    = hashString("and")
	hComma  = hashString(",")
	hAmp    = hashString("&")
	hOf     = hashString("of")
	hFrom   = hashString("from")
	hA      = hashString("a")
	hAn     = hashString("an")

	hAmbassador = hashString("ambassador")
	hEnvoy      = hashString("envoy")
	hJunta      = hashString("junta")
	hLed        = hashString("led")
	hHeaded     = hashString("headed")
	hBy         = hashString("by")
	hMilitary   = hashString("military")
	hCoup       = hashString("coup")
)

type pronounClass uint8

const (
	pronPerson pronounClass = iota + 1 // he, she
	pronThing                          // it
	pronPlural                         // they
)

var pronouns = map[uint64]pronounClass{}

// honorifics act as titles that give no role.
var honorifics = map[uint64]bool{}

// particles join the parts of Arabic, Dutch, Spanish... names.
var particles = map[uint64]bool{}

// determiners before a capitalised word make it a noun, not a surname ("the No camp").
var determiners = map[uint64]bool{}

func init() {
	for _, w := range []string{"bin", "ibn", "al", "el", "abu", "van", "von", "der", "de", "da", "di", "dos", "del"} {
		particles[hashString(w)] = true
	}
	for _, w := range []string{"the", "a", "an", "its", "their", "his", "her", "our"} {
		determiners[hashString(w)] = true
	}
}

// calendarWords are capitalised words that may follow a name without being part of it.
var calendarWords = map[uint64]bool{}

// monthNames are also surnames ("May"): such a surname resolves only after a title.
var monthNames = map[uint64]bool{}

// verbish are words after "it" that show it is the subject of a clause, when
// the sentence has no part-of-speech tags.
var verbish = map[uint64]bool{}

func init() {
	for _, w := range []string{"he", "him", "his", "himself", "she", "her", "hers", "herself"} {
		pronouns[hashString(w)] = pronPerson
	}
	for _, w := range []string{"it", "its", "itself"} {
		pronouns[hashString(w)] = pronThing
	}
	for _, w := range []string{"they", "them", "their", "themselves"} {
		pronouns[hashString(w)] = pronPlural
	}
	for _, w := range []string{"Mr", "Mrs", "Ms", "Dr", "Madam", "Mister", "Sir", "Dame"} {
		honorifics[hashString(w)] = true
	}
	for _, w := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
		"November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "I"} {
		calendarWords[hashString(w)] = true
	}
	for _, w := range []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"} {
		monthNames[hashString(w)] = true
	}
	for _, w := range []string{"said", "says", "has", "had", "have", "will", "would", "is", "was", "could", "should",
		"may", "might", "must", "can", "did", "does", "also", "added", "called", "urged", "warned", "wants",
		"plans", "planned", "vowed", "announced", "accused", "rejected", "denied", "demanded", "agreed",
		"threatened", "sent", "launched", "fired", "claimed", "described", "stressed", "expressed", "remains",
		"remained", "insisted", "condemned", "signed", "sought", "seeks", "hopes", "hoped", "pledged",
		"promised", "refused", "welcomed", "criticized", "criticised", "blamed", "argued", "noted", "stated",
		"declared", "decided", "ordered", "imposed", "tested", "conducted", "held", "told", "asked", "offered",
		"met", "wrote", "visited", "spoke", "praised", "thanked", "pulled", "expelled", "responded", "met", "urges",
		"says", "tells", "wants", "made", "took", "gave", "left", "became", "won", "lost", "sent", "struck",
		"pledges", "vows", "warns", "accuses", "rejects", "denies", "calls", "plans", "hopes"} {
		verbish[hashString(w)] = true
	}
}

// Resolve finds the actor mentions of a document's sentences and resolves
// them at date, with in-document coreference. It returns one slice per
// sentence, each sorted by Start and non-overlapping. Safe for concurrent use.
func (kb *KB) Resolve(sents []nlp.Sentence, date time.Time) [][]Mention {
	r := resolverPool.Get().(*resolver)
	r.reset(kb, dayOf(date))
	// All mentions go into one array, cut per sentence at the end.
	all := make([]Mention, 0, len(sents)*2)
	ends := make([]int, len(sents))
	for i := range sents {
		all = r.sentence(all, i, &sents[i])
		ends[i] = len(all)
	}
	out := make([][]Mention, len(sents))
	start := 0
	for i, e := range ends {
		if e > start {
			out[i] = all[start:e:e]
		}
		start = e
	}
	r.tokens = nil
	resolverPool.Put(r)
	return out
}

// resolverPool keeps the per-document buffers, so that resolving allocates
// little more than the mentions it returns.
var resolverPool = sync.Pool{New: func() any { return new(resolver) }}

func (r *resolver) reset(kb *KB, day int32) {
	if day == 0 {
		// No date: the present of the knowledge base, its latest dated fact.
		day = kb.horizon
	}
	r.kb, r.day = kb, day
	r.words, r.quoted = r.words[:0], r.quoted[:0]
	for i := range r.hist {
		r.hist[i] = histItem{}
	}
	r.hist = r.hist[:0]
	r.seen, r.local, r.countries, r.strangers = r.seen[:0], r.local[:0], r.countries[:0], r.strangers[:0]
	clear(r.descMem)
	clear(r.asTitled)
}

// ResolveAt re-resolves a mention at another date: "Trump" in a 2025 story
// that speaks of 2019. Mentions that do not depend on the date come back
// unchanged.
func (kb *KB) ResolveAt(m Mention, date time.Time) Actor {
	day := dayOf(date)
	if day == 0 {
		day = kb.horizon
	}
	switch m.refKind {
	case ePerson:
		if int(m.ref) < len(kb.people) {
			return kb.personAt(&kb.people[m.ref], day)
		}
	case eOrg:
		if int(m.ref) < len(kb.phrases) {
			if a, ok := kb.orgAt(&kb.phrases[m.ref], day); ok {
				return a
			}
		}
	case eDict:
		if int(m.ref) < len(kb.dict) {
			return kb.splitCode(kb.dict[m.ref].codeAt(day))
		}
	}
	return m.Actor
}

// personAt resolves a person at a day: the role held then (the latest begun
// if several), else the country of the most recent past state role with no
// sector (a former leader is not the government), else the country of the
// first role.
func (kb *KB) personAt(p *person, day int32) Actor {
	a, _ := kb.personActive(p, day)
	return a
}

func (kb *KB) personActive(p *person, day int32) (Actor, bool) {
	best := -1
	for i := range p.roles {
		if p.roles[i].active(day) {
			if best < 0 || p.roles[i].start > p.roles[best].start || p.roles[i].start == p.roles[best].start && p.roles[i].head > p.roles[best].head {
				best = i
			}
		}
	}
	if best >= 0 {
		a := kb.splitCode(p.roles[best].code)
		a.Name = p.name
		return a, true
	}
	past := -1
	for i := range p.roles {
		r := &p.roles[i]
		if r.end != 0 && r.end < day {
			state := kb.isState(r.code[:3])
			if past < 0 || state && !kb.isState(p.roles[past].code[:3]) || state == kb.isState(p.roles[past].code[:3]) && r.end > p.roles[past].end {
				past = i
			}
		}
	}
	c := p.roles[0].code[:3]
	if past >= 0 {
		c = p.roles[past].code[:3]
	}
	return Actor{Code: c, Country: c, Name: p.name}, false
}

// isState reports whether c is a state (not a region, IGO, NGO, ...).
func (kb *KB) isState(c string) bool {
	i, ok := kb.iso[c]
	return ok && kb.countries[i].region != "Region"
}

// orgAt resolves the organisation lines of a phrase at a day: the line in
// force, else the nearest in time.
func (kb *KB) orgAt(p *phrase, day int32) (Actor, bool) {
	best, dist := -1, int32(1<<30)
	for _, e := range p.ents {
		if e.kind != eOrg {
			continue
		}
		o := &kb.orgs[e.id]
		d := int32(0)
		switch {
		case day == 0 || o.active(day):
		case o.start != 0 && day < o.start:
			d = o.start - day
		default:
			d = day - o.end
		}
		if d < dist {
			best, dist = int(e.id), d
		}
	}
	if best < 0 {
		return Actor{}, false
	}
	return kb.orgs[best].Actor, true
}

// histItem is a resolved mention remembered for coreference.
type histItem struct {
	Actor
	members []Actor
	kind    Kind
	sent    int
	person  bool  // names a person ("Xi", "the spokesman")
	plural  bool  // "troops", "the two leaders"
	quoted  bool  // inside a quotation
	conj    bool  // joined to the previous mention by "and" or a comma
	subj    bool  // the subject of its clause ("Panama said ...")
	envoy   bool  // names an ambassador or envoy ("its ambassador in Washington")
	junta   bool  // names military rulers ("Myanmar's military government", "Niger's junta")
	tok1    int32 // the mention's head token + 1; 0 when not known
	block   uint8
	pid     int32
}

type localName struct {
	h     uint64
	actor Actor
}

type resolver struct {
	kb        *KB
	day       int32
	words     []word
	quoted    []bool
	titleCase bool
	hist      []histItem
	seen      []int32         // people named in full, most recent last
	asTitled  map[int32]Actor // people the text gave a title the data lacks, as titled
	local     []localName
	strangers []uint64 // surnames of people the data does not know, named in full
	countries []string // states mentioned so far
	descMem   map[int32]Actor
	tokens    []nlp.Token
}

// cand is a candidate mention before coreference.
type cand struct {
	start, end  int // word indices [start, end)
	kind        Kind
	actor       Actor
	refKind     entKind
	ref         int32
	need        entKind // eSurname, eDesc, or 0; pronouns use kind
	phr         int32   // the surname or description phrase
	pron        pronounClass
	person      bool
	plural      bool
	hasTitle    bool
	titleSector string
	org         Actor // the organisation a title names ("EU envoy"), if any
	former      bool
	group       string // country given by an adjective or name before a title
	localName   uint64 // surname hash to remember for an unknown person
	weak        bool   // a surname that resolves only to a person already named
	govOf       bool   // "the Assad government": the person's government, not the person
}

// govWords after a leader's surname name the government he heads.
var govWords = map[uint64]bool{hashString("government"): true, hashString("administration"): true,
	hashString("regime"): true, hashString("cabinet"): true, hashString("junta"): true}

// sentence appends the mentions of sentence si to ms.
func (r *resolver) sentence(ms []Mention, si int, s *nlp.Sentence) []Mention {
	r.tokens = s.Tokens
	r.fillWords(s)
	prevEnd := -1
	first := len(ms)
	for i := 0; i < len(r.words); {
		if r.words[i].flags&wFirst == 0 {
			i++
			continue
		}
		if n := r.nonActor(i); n > 0 {
			r.hist = append(r.hist, histItem{sent: si, block: blockThing, pid: -1})
			i += n
			continue
		}
		c, alt, hasAlt, ok := r.candidate(i)
		if !ok {
			i += r.blocker(si, i)
			continue
		}
		m, ok := r.resolve(si, s, &c, prevEnd)
		if !ok && hasAlt {
			// "the rebels" with no armed group named before: the agent reading.
			c = alt
			m, ok = r.resolve(si, s, &c, prevEnd)
		}
		if ok {
			ms = append(ms, m)
			prevEnd = c.end
		}
		i = c.end
	}
	r.governmentOf(ms[first:], s)
	return ms
}

// governmentOf gives "the government of President Nicolas Maduro" the
// state of the one its "of" phrase names, not the state the story named
// last.
func (r *resolver) governmentOf(ms []Mention, s *nlp.Sentence) {
	for k := range ms {
		m := &ms[k]
		if m.Sector != "GOV" || m.Head < 0 || m.Head >= len(s.Tokens) || m.Kind == KindPerson {
			continue
		}
		switch strings.ToLower(s.Tokens[m.Head].Text) {
		case "government", "administration", "regime", "cabinet":
		default:
			continue
		}
		for j := range ms {
			o := &ms[j]
			if j == k || o.Country == "" || o.Country == m.Country || o.Head < 0 || o.Head >= len(s.Tokens) {
				continue
			}
			t := &s.Tokens[o.Head]
			if t.Head == m.Head && strings.HasPrefix(t.Dep, "nmod") && o.Start > m.Head && o.Start <= m.Head+2 {
				m.Country, m.Code = o.Country, o.Country+"GOV"
				break
			}
		}
	}
}

// nonActor returns how many words a non-actor name covers at word i, with a
// leading "the" ("the South China Sea"), or 0.
func (r *resolver) nonActor(i int) int {
	if r.words[i].h == hThe && i+1 < len(r.words) {
		if _, n := r.match(i+1, 1<<eNonActor); n > 0 {
			return 1 + n
		}
	}
	_, n := r.match(i, 1<<eNonActor)
	return n
}

// possDeterminers own a thing: "his Truth Social platform".
var possDeterminers = map[uint64]bool{hashString("his"): true, hashString("her"): true, hashString("its"): true,
	hashString("their"): true, hashString("our"): true}

// namingWords come before the name of a thing: an operation, a ship, a plan.
var namingWords = map[uint64]bool{hashString("named"): true, hashString("dubbed"): true, hashString("codenamed"): true,
	hashString("code-named"): true, hashString("called"): true}

const (
	blockPerson = 1 // an unknown name: "he" after it may mean that person
	blockThing  = 2 // "the report": "it" after it may mean the thing
)

// blocker records, at a word that starts no mention, a non-actor that a
// later pronoun may refer to, and returns how many words it covers (>= 1).
func (r *resolver) blocker(si, i int) int {
	w := &r.words[i]
	if (w.h == hThe || w.h == hA || w.h == hAn) && i+1 < len(r.words) {
		n := &r.words[i+1]
		if n.flags&(wFirst|wLetter|wCap) == wFirst|wLetter {
			if _, isPron := pronouns[n.h]; !isPron {
				subj, plural := r.thingRole(int(n.tok))
				r.hist = append(r.hist, histItem{sent: si, block: blockThing, pid: -1, subj: subj, plural: plural})
			}
		}
		return 1
	}
	if r.capWord(i) && !r.known(i) && r.capWord(i+1) && !r.known(i+1) && !calendarWords[r.words[i+1].h] {
		if i > 0 && namingWords[r.words[i-1].h] {
			// "the mission, named Baltic Sentry": a thing's name, no person.
			return 2
		}
		if i > 0 && possDeterminers[r.words[i-1].h] || i+2 < len(r.words) && r.words[i+2].flags&wCap == 0 && r.tokens[r.words[i+2].tok].UPOS == "NOUN" {
			// "his Truth Social platform", "a Truth Social post": a name
			// that describes a thing is no person's.
			return 2
		}
		r.hist = append(r.hist, histItem{sent: si, block: blockPerson, pid: -1, person: true})
		return 2
	}
	return 1
}

// thingRole reports whether the noun phrase whose first word is token i
// ("the violence", "the former colonial power") is a clause subject, and
// whether it is plural. With no parse the thing counts as a subject, so
// that it keeps blocking; with no tag its number comes from its last "s".
func (r *resolver) thingRole(i int) (subj, plural bool) {
	subj = true
	for hops := 0; hops < 4 && i >= 0 && i < len(r.tokens); hops++ {
		t := &r.tokens[i]
		if t.Dep == "" {
			break
		}
		if t.Dep == "amod" || t.Dep == "compound" || t.Dep == "nummod" || t.Dep == "det" || t.Dep == "advmod" || t.Dep == "nmod:poss" {
			if t.Head <= i {
				subj = false
				break
			}
			i = t.Head
			continue
		}
		subj = strings.HasPrefix(t.Dep, "nsubj")
		break
	}
	if i >= 0 && i < len(r.tokens) {
		t := &r.tokens[i]
		if t.XPOS != "" {
			plural = t.XPOS == "NNS" || t.XPOS == "NNPS"
		} else {
			plural = strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss")
		}
		// a thing inside a prepositional phrase is seldom what a later
		// "they" means: "met on the sidelines of the summit. They agreed".
		if d := t.Dep; d == "obl" || d == "nmod" || strings.HasPrefix(d, "obl:") {
			plural = false
		}
	}
	return subj, plural
}

// fillWords splits the sentence's tokens into words.
func (r *resolver) fillWords(s *nlp.Sentence) {
	r.words = r.words[:0]
	r.quoted = r.quoted[:0]
	inQ := false
	caps, letters := 0, 0
	for ti := range s.Tokens {
		t := &s.Tokens[ti]
		txt := t.Text
		switch txt {
		case "\"", "\u201c", "\u201d", "``", "''":
			if txt == "\u201c" || txt == "``" {
				inQ = true
			} else if txt == "\u201d" || txt == "''" {
				inQ = false
			} else {
				inQ = !inQ
			}
		}
		r.quoted = append(r.quoted, inQ)
		n0 := len(r.words)
		if patronModifier(txt) {
			// "the Iran-aligned group", "Russian-backed separatists": the
			// patron is not the actor the phrase names, and without it the
			// phrase reads as what it is ("the group", a description).
			continue
		}
		start := 0
		for k := 0; k <= len(txt); {
			end := k == len(txt)
			hy := 0
			if !end {
				c := txt[k]
				if c == '-' {
					hy = 1
				} else if c == 0xE2 && k+2 < len(txt) && txt[k+1] == 0x80 && (txt[k+2] == 0x90 || txt[k+2] == 0x91 || txt[k+2] == 0x93) {
					hy = 3
				}
			}
			if end || hy > 0 {
				if k > start {
					r.addWord(t, ti, start, k, n0 == len(r.words))
				}
				if end {
					break
				}
				k += hy
				start = k
				continue
			}
			k++
		}
		if len(r.words) > n0 {
			r.words[len(r.words)-1].flags |= wLast
			// a proper noun keeps its own form: "the Emirates" is the UAE,
			// not "the emirate" of the story.
			if len(r.words) == n0+1 && t.Lemma != "" && t.UPOS != "PROPN" {
				if lh := hashString(t.Lemma); lh != r.words[n0].h {
					r.words[n0].lh = lh
				}
			}
			w := r.words[n0].flags
			if w&wLetter != 0 {
				letters++
				if w&wCap != 0 {
					caps++
				}
			}
		}
	}
	r.titleCase = letters >= 4 && caps*10 >= letters*7
	for i := range r.words {
		w := &r.words[i]
		w.kinds = r.kb.starts[w.h]
		if w.lh != 0 {
			w.kinds |= r.kb.starts[w.lh]
		}
	}
}

func (r *resolver) addWord(t *nlp.Token, ti, a, b int, first bool) {
	txt := t.Text
	// A possessive the tokenizer left attached ("Korea's") becomes a word of its own.
	if b-a > 2 && b == len(txt) {
		if base, ok := cutPossessive(txt[a:b]); ok && txt[a:b] != "'s" {
			bb := a + len(base)
			h, f := hashWord(txt, a, bb)
			if first {
				f |= wFirst
			}
			r.words = append(r.words, word{h: h, tok: int32(ti), a: int32(t.Start + a), b: int32(t.Start + bb), flags: f | wPossessed})
			r.words = append(r.words, word{h: hPoss, tok: int32(ti), a: int32(t.Start + bb), b: int32(t.Start + b)})
			return
		}
	}
	h, f := hashWord(txt, a, b)
	if first {
		f |= wFirst
	}
	r.words = append(r.words, word{h: h, tok: int32(ti), a: int32(t.Start + a), b: int32(t.Start + b), flags: f})
}

// match returns the longest phrase with an entry of a kind in mask that
// matches the words from i, and its length in words.
func (r *resolver) match(i int, mask uint16) (int32, int) {
	if i >= len(r.words) {
		return -1, 0
	}
	w := &r.words[i]
	if w.kinds&mask == 0 {
		// no phrase of these kinds starts here: skip the index lookups.
		return -1, 0
	}
	best, bn := int32(-1), 0
	if i+1 < len(r.words) {
		n := &r.words[i+1]
		// Each word may match by its form or its lemma.
		for _, a := range [2]uint64{w.h, w.lh} {
			if a == 0 {
				continue
			}
			for _, b := range [2]uint64{n.h, n.lh} {
				if b == 0 {
					continue
				}
				for _, pid := range r.kb.pairs[pairKey(a, b)] {
					p := &r.kb.phrases[pid]
					if len(p.words) <= bn {
						break
					}
					if p.kinds&mask != 0 && r.matches(p, i) {
						best, bn = pid, len(p.words)
						break
					}
				}
			}
		}
		if bn > 0 {
			return best, bn
		}
	}
	for _, a := range [2]uint64{w.h, w.lh} {
		if a == 0 {
			continue
		}
		for _, pid := range r.kb.first[a] {
			p := &r.kb.phrases[pid]
			if p.kinds&mask != 0 && r.matches(p, i) {
				return pid, 1
			}
		}
	}
	return -1, 0
}

func (r *resolver) matches(p *phrase, i int) bool {
	if i+len(p.words) > len(r.words) {
		return false
	}
	for j, h := range p.words {
		w := &r.words[i+j]
		if (w.h != h && w.lh != h) || !p.req[j].ok(w.flags) {
			return false
		}
		if j > 0 && w.flags&wFirst == 0 && r.words[i+j-1].tok != w.tok {
			return false
		}
	}
	return true
}

const allMask = 0xFFFF &^ (1 << eNonActor)

// known reports whether a word starts some knowledge-base phrase or is a
// word the resolver knows.
func (r *resolver) known(i int) bool {
	w := &r.words[i]
	if w.h == hThe || honorifics[w.h] || calendarWords[w.h] {
		return true
	}
	p, _ := r.match(i, allMask)
	return p >= 0
}

// capWord is a capitalised word starting a token, such as a name's part.
func (r *resolver) capWord(i int) bool {
	if i < 0 || i >= len(r.words) {
		return false
	}
	w := &r.words[i]
	if w.flags&(wFirst|wCap|wLetter) != wFirst|wCap|wLetter {
		return false
	}
	if u := r.tokens[w.tok].UPOS; u != "" && u != "PROPN" && u != "NOUN" && u != "X" && u != "ADJ" {
		return false
	}
	return true
}

// ambiguousContext rejects a name that is part of a longer unknown name:
// "Jordan" in "Michael Jordan", "China" in "China Eastern".
func (r *resolver) ambiguousContext(start, end int) bool {
	if r.titleCase {
		return false
	}
	if end < len(r.words) && (r.capWord(end) && !r.known(end) || particles[r.words[end].h]) {
		return true
	}
	if start > 0 && particles[r.words[start-1].h] {
		return true // "bin Mohammed", "al-Assad": part of a longer name
	}
	// "Atlanta, Georgia": a state or province after its town.
	if p := start - 2; p >= 0 && r.words[start-1].h == hComma && r.words[p].tok > 0 && r.capWord(p) && !r.known(p) &&
		(end >= len(r.words) || r.words[end].flags&wCap == 0 && r.words[end].h != hPoss) {
		return true
	}
	if p := start - 1; p >= 0 && r.words[p].tok > 0 && r.capWord(p) && r.words[p].flags&wLast != 0 && !r.known(p) {
		return true
	}
	return false
}

// candidate finds the mention that starts at word i, if any.
// When a description is chosen, alt is the compound reading of the same
// words, tried if the description finds no referent.
func (r *resolver) candidate(i int) (c, alt cand, hasAlt, ok bool) {
	w := &r.words[i]
	if pc, isPron := pronouns[w.h]; isPron && w.flags&wLast != 0 {
		return cand{start: i, end: i + 1, kind: KindPronoun, pron: pc}, alt, false, true
	}
	dp, dn := r.match(i, 1<<eDesc)
	c, ok = r.compound(i)
	if dp >= 0 && (!ok || dn >= c.end-i) && !r.nameAt(i+dn) {
		end := i + dn
		// "the group's fighters", "the movement's leaders": the agents of
		// what the description names are that actor.
		if k := end; k+1 < len(r.words) && r.words[k].h == hPoss && r.orgDescription(dp) {
			if ap, an := r.match(k+1, 1<<eAgent); ap >= 0 && r.kb.phrases[ap].kinds&(1<<eTitle) == 0 {
				if _, e2, _, _ := r.agentChain(k + 1); e2 > k+1 {
					end = e2
				} else {
					end = k + 1 + an
				}
			}
		}
		return cand{start: i, end: end, kind: KindDescription, need: eDesc, phr: dp}, c, ok, true
	}
	return c, alt, false, ok
}

// abbrevAt reports whether word i's token ends in a period ("No." before a
// number): such a token is an abbreviation, not a surname.
func (r *resolver) abbrevAt(i int) bool {
	t := r.tokens[r.words[i].tok].Text
	return len(t) > 1 && t[len(t)-1] == '.'
}

// sentenceInitial reports whether word i opens the sentence or a quotation.
func (r *resolver) sentenceInitial(i int) bool {
	ti := r.words[i].tok
	if ti == 0 {
		return true
	}
	switch r.tokens[ti-1].Text {
	case "\"", "\u201c", "``", "(", "'", "\u2018", ":", "--", "\u2014":
		return true
	}
	return false
}

// verbAt reports whether the tagger made word i's token a verb ("police the border").
func (r *resolver) verbAt(i int) bool {
	if i >= len(r.words) {
		return false
	}
	u := r.tokens[r.words[i].tok].UPOS
	return u == "VERB" || u == "AUX"
}

// nameAt reports whether a capitalised name of the knowledge base starts at
// word i: "the official" before "Korean Central News Agency" is no description.
func (r *resolver) nameAt(i int) bool {
	if !r.capWord(i) {
		return false
	}
	p, _ := r.match(i, groupMask|nameMask)
	return p >= 0
}

// compound reads [the] [former] (GROUP ['s] [TITLE NAME | TITLE | AGENT...] | TITLE NAME | NAME | AGENT...).
func (r *resolver) compound(i int) (cand, bool) {
	j := i
	det, former := false, false
	if r.words[j].h == hThe {
		det = true
		j++
	}
	if j < len(r.words) && (r.words[j].h == hFormer || r.words[j].h == hLate || r.words[j].h == hEx && r.words[j].flags&wLast == 0) {
		former = true
		j++
	}
	if j >= len(r.words) {
		return cand{}, false
	}
	pid, n := r.match(j, allMask&^(1<<eDesc))
	if pid < 0 {
		if honorifics[r.words[j].h] {
			return r.titled(i, j+1, "", "", former)
		}
		if lc, ok := r.localAt(j); ok && !det {
			return lc, true
		}
		return cand{}, false
	}
	p := &r.kb.phrases[pid]
	e := j + n
	switch {
	case p.kinds&(1<<ePerson) != 0:
		c := cand{start: i, end: e, kind: KindPerson, person: true, refKind: ePerson, ref: firstOf(p, ePerson).id, former: former}
		if det {
			c.start = j
		}
		return c, true
	case p.kinds&groupMask != 0:
		return r.group(i, j, pid, n, det, former)
	case p.kinds&(1<<eTitle) != 0:
		t := &r.kb.titles[firstOf(p, eTitle).id]
		if c, ok := r.titled(i, e, "", t.sector, former); ok {
			return c, true
		}
		// A bare title is a generic agent ("the president"): no country.
		return cand{start: i, end: e, kind: KindAgent, actor: Actor{Code: t.sector, Sector: t.sector}, person: true}, t.sector != ""
	case p.kinds&(1<<eAgent) != 0:
		if r.verbAt(j) {
			return cand{}, false // "who chairs the bloc"
		}
		if e < len(r.words) && r.words[e].tok == r.words[e-1].tok && r.words[e].h != hPoss {
			// the first part of a hyphenated modifier: "military-technical
			// cooperation", "the army-backed government".
			return cand{}, false
		}
		ag, e2, person, plural := r.agentChain(j)
		if e2 == j+1 && e2 < len(r.words) && r.words[e2].tok != r.words[j].tok {
			// "military aid", "military dialogue": a lone agent word the
			// tagger read as an adjective of a noun that names no agent
			// describes that noun.
			if w, nx := &r.tokens[r.words[j].tok], &r.tokens[r.words[e2].tok]; w.UPOS == "ADJ" && nx.UPOS == "NOUN" {
				return cand{}, false
			}
			// "a state visit", "state funeral", "country director": the
			// word for a state before a noun describes the noun.
			if nx := &r.tokens[r.words[e2].tok]; nx.UPOS == "NOUN" && stateNouns[lastWordLower(r, j)] {
				return cand{}, false
			}
		}
		if person && !plural {
			// "Chief Cabinet Secretary Hirokazu Matsuno"
			if c, ok := r.titled(i, e2, "", ag.sector, former); ok {
				return c, true
			}
		}
		if g, ge, ok := r.ofGroup(e2); ok {
			return r.combine(i, ge, g.Country, ag, person, plural), true
		}
		if g, ok := r.ledBy(e2); ok {
			// "a delegation led by Iran's deputy foreign minister": the
			// leader's state (the mention stays the agent's words).
			return r.combine(i, e2, g.Country, ag, person, plural), true
		}
		if o, oe, ok := r.ofOrg(e2); ok {
			// "leaders of the Group of Seven": the organisation's, not
			// their own state's.
			return cand{start: i, end: oe, kind: KindOrg, actor: o, person: person, plural: plural}, true
		}
		if r.nameAt(e2) {
			// "official" in "the official Korean Central News Agency" describes the name.
			return cand{}, false
		}
		return r.combine(i, e2, "", ag, person, plural), true
	case p.kinds&(1<<eSurname) != 0:
		if n == 1 && e < len(r.words) && govWords[r.words[e].h] && r.words[e].tok != r.words[j].tok && r.tokens[r.words[j].tok].UPOS == "PROPN" {
			// "the Assad government", "the Maduro regime": the government
			// the person heads (or headed).
			return cand{start: i, end: e + 1, kind: KindPerson, person: true, need: eSurname, phr: pid, former: former, govOf: true}, true
		}
		if det || r.ambiguousContext(j, e) || r.abbrevAt(e-1) || j > 0 && determiners[r.words[j-1].h] {
			return cand{}, false
		}
		if n == 1 && r.strangerSurname(j) {
			return cand{}, false
		}
		tk := &r.tokens[r.words[j].tok]
		u := tk.UPOS
		if u != "" && u != "PROPN" && u != "X" && u != "NOUN" && u != "ADJ" {
			return cand{}, false
		}
		if n == 1 && monthNames[r.words[j].h] {
			// "May" names a person only as a clause's subject ("May said"),
			// never in "in May", "on May 28" or "May 2019 saw".
			next := byte(0)
			if e < len(r.words) {
				next = r.tokens[r.words[e].tok].Text[0]
			}
			if next >= '0' && next <= '9' || !(strings.HasPrefix(tk.Dep, "nsubj") || tk.Dep == "" && e < len(r.words) && verbish[r.words[e].h]) {
				return cand{}, false
			}
		}
		c := cand{start: i, end: e, kind: KindPerson, person: true, need: eSurname, phr: pid, former: former}
		// A surname that is also a common word ("Rice", "English", "No"),
		// or that the tagger took for a common noun ("Moon will visit"),
		// counts only after the full name; so does one it took for an
		// adjective ("Doval and Wang reached agreement", "-al").
		c.weak = n == 1 && (commonWords[r.words[j].h] || u == "NOUN" || u == "ADJ")
		return c, true
	}
	return cand{}, false
}

func firstOf(p *phrase, k entKind) entry {
	for _, e := range p.ents {
		if e.kind == k {
			return e
		}
	}
	return entry{}
}

// groupActor is what a state, seat, organisation or dictionary phrase names at the resolver's day.
func (r *resolver) groupActor(pid int32) (Actor, Kind, entKind) {
	p := &r.kb.phrases[pid]
	// A user's dictionary overrides the built-in knowledge base.
	for _, k := range []entKind{eDict, eOrg, eCountry, eSeat, eAdjectival} {
		if p.kinds&kindBit(k) == 0 {
			continue
		}
		e := firstOf(p, k)
		switch k {
		case eOrg:
			a, _ := r.kb.orgAt(p, r.day)
			return a, KindOrg, eOrg
		case eCountry, eAdjectival:
			iso := r.kb.countries[e.id].iso
			return Actor{Code: iso, Country: iso}, KindCountry, k
		case eSeat:
			iso := r.kb.countries[e.id].iso
			return Actor{Code: iso + "GOV", Country: iso, Sector: "GOV"}, KindCapital, k
		case eDict:
			a := r.kb.splitCode(r.kb.dict[e.id].codeAt(r.day))
			kind := KindOrg
			if len(a.Code) == 3 {
				kind = KindCountry
			} else {
				a.Name = r.kb.dict[e.id].name
			}
			return a, kind, eDict
		}
	}
	return Actor{}, 0, 0
}

// group handles a state, seat or organisation name and what follows it.
func (r *resolver) group(i, j int, pid int32, n int, det, former bool) (cand, bool) {
	g, kind, ek := r.groupActor(pid)
	e := j + n
	k := e
	poss := k < len(r.words) && (r.words[k].h == hPoss || r.words[k].h == hApos)
	if poss {
		k++
	}
	start := i // an article belongs to the mention: "the United States", "the Chinese side"
	if !poss && r.kb.phrases[pid].has(eAdjectival) && k+1 < len(r.words) && r.plainNoun(k) {
		// "American defence companies", "Russian oil firms": one plain
		// noun between the state's adjective and the agent describes the
		// agent.
		if ap, _ := r.match(k+1, 1<<eAgent); ap >= 0 && r.kb.phrases[ap].kinds&(1<<eTitle) == 0 && !r.verbAt(k+1) {
			if _, _, person, _ := r.agentChain(k + 1); !person {
				k++
			}
		}
	}
	if !poss && r.kb.phrases[pid].has(eAdjectival) && k+2 < len(r.words) && r.words[k].h == hAnd &&
		r.words[k+1].flags&(wCap|wLetter) == wLetter && (r.tokens[r.words[k+1].tok].UPOS == "ADJ" || r.tokens[r.words[k+1].tok].UPOS == "") {
		// "Polish and allied fighter jets": the state's jets, with others'.
		if ap, _ := r.match(k+2, 1<<eAgent); ap >= 0 && r.kb.phrases[ap].kinds&(1<<eTitle) == 0 && !r.verbAt(k+2) {
			k += 2
		}
	}
	if tp, tn := r.match(k, 1<<eTitle|1<<eAgent); tp >= 0 && !r.verbAt(k) {
		tph := &r.kb.phrases[tp]
		if tph.kinds&(1<<eTitle) != 0 {
			t := &r.kb.titles[firstOf(tph, eTitle).id]
			if c, ok := r.titled(start, k+tn, g.Country, t.sector, former); ok {
				if ek == eOrg || ek == eDict {
					c.group = ""
					c.org = g
					if c.refKind == 0 && c.need == 0 {
						// An unknown person titled by an organisation belongs to it.
						c.actor.Code, c.actor.Country = g.Code, g.Country
						if former {
							c.actor.Sector = ""
						}
					}
				}
				return c, true
			}
		}
		ag, e2, person, plural := r.agentChain(k)
		if person && !plural {
			// "the Chinese foreign ministry spokesman Lin Jian"
			country := g.Country
			if ek == eOrg || ek == eDict {
				country = ""
			}
			if c, ok := r.titled(start, e2, country, ag.sector, former); ok {
				if country == "" && c.refKind == 0 && c.need == 0 {
					c.actor.Code, c.actor.Country = g.Code, g.Country
				}
				if country == "" {
					c.org = g
				}
				return c, true
			}
		}
		if ek == eOrg {
			return cand{start: start, end: e2, kind: KindOrg, actor: g, refKind: ek, ref: r.refOf(pid, ek), person: person, plural: plural}, true
		}
		base := g.Country
		if ek == eDict {
			base = g.Code
		}
		if base == "" {
			// A dictionary phrase marked as no actor ("---").
			return cand{start: start, end: e2}, true
		}
		c := r.combine(start, e2, base, ag, person, plural)
		if former {
			c.actor = Actor{Code: g.Country, Country: g.Country}
		}
		return c, true
	}
	if !poss && r.ambiguousContext(j, e) {
		return cand{}, false
	}
	c := cand{start: start, end: e, kind: kind, actor: g, refKind: ek, ref: r.refOf(pid, ek)}
	if r.kb.phrases[pid].has(eAdjectival) && isPluralWord(lastWordLower(r, e-1)) {
		c.plural = true
	}
	if former {
		// "the former Soviet Union": the name without the adjective.
		c.start = j
	}
	return c, true
}

func (p *phrase) has(k entKind) bool { return p.kinds&kindBit(k) != 0 }

// stateNouns are the agent words for a state itself.
var stateNouns = map[string]bool{"state": true, "nation": true, "country": true}

func lastWordLower(r *resolver, i int) string {
	w := &r.words[i]
	t := &r.tokens[w.tok]
	return strings.ToLower(t.Text[int(w.a)-t.Start : int(w.b)-t.Start])
}

func (r *resolver) refOf(pid int32, ek entKind) int32 {
	switch ek {
	case eOrg:
		return pid
	case eDict:
		return firstOf(&r.kb.phrases[pid], eDict).id
	}
	return 0
}

// combine makes a state + agent mention: "South Korean troops" -> KORMIL.
// base is the country code, or a dictionary actor's whole code.
func (r *resolver) combine(start, end int, base string, ag agent, person, plural bool) cand {
	var a Actor
	switch {
	case base == "":
		a = Actor{Code: ag.code, Sector: ag.sector}
	case ag.prefix:
		a = r.kb.splitCode(ag.code + base)
	default:
		a = r.kb.splitCode(base + ag.code)
		if a.Sector == "" && len(base) == 3 {
			a.Sector = ag.sector
		}
	}
	return cand{start: start, end: end, kind: KindAgent, actor: a, person: person, plural: plural}
}

// agentChain reads one or more agent or title phrases from j ("foreign
// ministry spokesman"); the first one gives the role.
func (r *resolver) agentChain(j int) (ag agent, end int, person, plural bool) {
	end = j
	first := true
	for {
		pid, n := r.match(end, 1<<eAgent|1<<eTitle)
		if pid < 0 || r.verbAt(end) {
			break
		}
		p := &r.kb.phrases[pid]
		if first {
			if p.kinds&(1<<eAgent) != 0 {
				ag = r.kb.agents[firstOf(p, eAgent).id]
			} else {
				s := r.kb.titles[firstOf(p, eTitle).id].sector
				ag = agent{sector: s, code: s}
			}
			first = false
		}
		person, plural = p.person, p.plural
		end += n
	}
	return
}

// ofGroup reads "of [the] STATE" after an agent: "the army of Myanmar".
func (r *resolver) ofGroup(k int) (Actor, int, bool) {
	if k >= len(r.words) || r.words[k].h != hOf {
		return Actor{}, 0, false
	}
	k++
	if k < len(r.words) && r.words[k].h == hThe {
		k++
	}
	pid, n := r.match(k, 1<<eCountry|1<<eSeat)
	if pid < 0 {
		// "the government of President Ferdinand Marcos Jr": the state of
		// the person named, at the story's date.
		t := k
		if tp, tn := r.match(t, 1<<eTitle); tp >= 0 {
			t += tn
		}
		if pp, pn := r.match(t, 1<<ePerson); pp >= 0 {
			a := r.kb.personAt(&r.kb.people[firstOf(&r.kb.phrases[pp], ePerson).id], r.day)
			if len(a.Country) == 3 && a.Country != "IGO" {
				return Actor{Code: a.Country, Country: a.Country}, t + pn, true
			}
		}
		// "employees of the Czech embassy": a state's adjective and an
		// agent of its own.
		if pid, n = r.match(k, 1<<eAdjectival); pid < 0 {
			return Actor{}, 0, false
		}
		ap, an := r.match(k+n, 1<<eAgent)
		if ap < 0 {
			return Actor{}, 0, false
		}
		n += an
	}
	g, _, _ := r.groupActor(pid)
	return g, k + n, true
}

// ledBy reads "led by|headed by [a] STATE'S ..." or "led by TITLE NAME"
// after an agent: the state of whoever leads it.
func (r *resolver) ledBy(k int) (Actor, bool) {
	if k+2 >= len(r.words) || r.words[k].h != hLed && r.words[k].h != hHeaded || r.words[k+1].h != hBy {
		return Actor{}, false
	}
	k += 2
	if r.words[k].h == hThe {
		k++
	}
	if k >= len(r.words) {
		return Actor{}, false
	}
	if pid, _ := r.match(k, 1<<eCountry|1<<eSeat|1<<eAdjectival); pid >= 0 {
		g, _, _ := r.groupActor(pid)
		return g, r.kb.isState(g.Country)
	}
	if tp, tn := r.match(k, 1<<eTitle); tp >= 0 {
		k += tn
	}
	if pp, _ := r.match(k, 1<<ePerson); pp >= 0 {
		a := r.kb.personAt(&r.kb.people[firstOf(&r.kb.phrases[pp], ePerson).id], r.day)
		return a, r.kb.isState(a.Country)
	}
	return Actor{}, false
}

// ofOrg reads "of [the] ORGANISATION" after an agent: "leaders of the Group
// of Seven", "members of NATO".
func (r *resolver) ofOrg(k int) (Actor, int, bool) {
	if k >= len(r.words) || r.words[k].h != hOf {
		return Actor{}, 0, false
	}
	k++
	if k < len(r.words) && r.words[k].h == hThe {
		k++
	}
	// "leaders of 26 European Union countries": the bloc's, counted.
	if k+1 < len(r.words) && r.tokens[r.words[k].tok].UPOS == "NUM" {
		k++
	}
	pid, n := r.match(k, 1<<eOrg)
	if pid < 0 {
		return Actor{}, 0, false
	}
	a, kind, _ := r.groupActor(pid)
	if kind != KindOrg || a.Code == "" {
		return Actor{}, 0, false
	}
	// ... and its "member states", "countries"
	for k+n < len(r.words) && memberNouns[r.words[k+n].h] {
		n++
	}
	return a, k + n, true
}

// titled reads a name after a title ending at word k. groupCountry is the
// state an adjective or name before the title gave, sector the title's.
func (r *resolver) titled(start, k int, groupCountry, sector string, former bool) (cand, bool) {
	if k >= len(r.words) || r.words[k].flags&wFirst == 0 {
		return cand{}, false
	}
	base := cand{start: start, kind: KindPerson, person: true, hasTitle: true, titleSector: sector, former: former, group: groupCountry}
	if pid, n := r.match(k, 1<<ePerson); pid >= 0 {
		base.end = k + n
		base.refKind, base.ref = ePerson, firstOf(&r.kb.phrases[pid], ePerson).id
		return base, true
	}
	if pid, n := r.match(k, 1<<eSurname); pid >= 0 && !(r.capWord(k+n) && !r.known(k+n)) {
		base.end = k + n
		base.need, base.phr = eSurname, pid
		return base, true
	}
	if lc, ok := r.localAt(k); ok {
		lc.start = start
		return lc, true
	}
	// An unknown name: a run of capitalised words.
	e := k
	for e < len(r.words) && e-k < 4 && r.capWord(e) && !calendarWords[r.words[e].h] && (e == k || !r.known(e) || r.nameWordInside(k, e)) {
		// Later parts of one hyphenated token belong to the name too.
		e++
		for e < len(r.words) && r.words[e].flags&wFirst == 0 {
			e++
		}
	}
	if e == k || r.known(k) {
		return cand{}, false
	}
	base.end = e
	a := Actor{Country: groupCountry, Sector: sector}
	if former {
		a.Sector = ""
	}
	if a.Country != "" {
		a.Code = a.Country + a.Sector
	} else if !former && homeTitle[a.Sector] {
		// "Vice Foreign Minister Takehiro Funakoshi", named without a state:
		// an official of the story's home state, which the coder knows
		// (the dateline's); like a bare role word, the code is the sector.
		a.Code = a.Sector
	}
	a.Name = r.text(k, e)
	base.actor = a
	sur := e - 1
	if eastOrder[groupCountry] {
		sur = k
	}
	base.localName = r.words[sur].h
	return base, true
}

// homeTitle are the sectors of titles that make an unknown name an official
// of some state: ministers, spokespeople, generals, judges.
var homeTitle = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// nameWordInside reports whether word e, known only as some person's one-word
// name, continues the unknown name begun at k: "Sharma" in "Prime Minister
// KP Sharma Oli" is no Indian politician, nor "Khan" in "Foreign Minister
// Ali Khan" the former Pakistani prime minister.
func (r *resolver) nameWordInside(k, e int) bool {
	if e <= k {
		return false
	}
	if p, n := r.match(e, 1<<eSurname); p < 0 || n != 1 {
		return false
	}
	p, _ := r.match(e, allMask&^(1<<eSurname))
	return p < 0
}

// strangerSurname reports whether the one-word name at j is the surname of
// someone the data does not know: it follows a first name it has never
// seen ("Jack Miller" is not Matthew Miller), or such a stranger was named
// earlier in the document. Titles, honorifics and known names before it
// ("Secretary Miller", "Mr Miller") are no first names.
func (r *resolver) strangerSurname(j int) bool {
	h := r.words[j].h
	if slices.Contains(r.strangers, h) {
		return true
	}
	k := j - 1
	if k < 0 || r.words[k].tok+1 != r.words[j].tok || !r.capWord(k) || r.abbrevAt(k) || r.sentenceInitial(k) && r.tokens[r.words[k].tok].UPOS != "PROPN" {
		return false
	}
	if u := r.tokens[r.words[k].tok].UPOS; u != "PROPN" && u != "X" && u != "" {
		return false
	}
	if p, _ := r.match(k, allMask); p >= 0 || honorifics[r.words[k].h] {
		return false
	}
	for s := max(0, k-4); s < k; s++ {
		if p, n := r.match(s, 1<<eTitle|1<<eAgent|groupMask); p >= 0 && s+n == j {
			return false // "Secretary of State Rubio"
		}
	}
	r.strangers = append(r.strangers, h)
	return true
}

// localAt matches the surname of an unknown person titled earlier in the document.
func (r *resolver) localAt(j int) (cand, bool) {
	if len(r.local) == 0 || !r.capWord(j) {
		return cand{}, false
	}
	h := r.words[j].h
	for k := len(r.local) - 1; k >= 0; k-- {
		if r.local[k].h == h {
			return cand{start: j, end: j + 1, kind: KindPerson, person: true, actor: r.local[k].actor}, true
		}
	}
	return cand{}, false
}

// text is the document text of words [s, e), rebuilt from the tokens.
func (r *resolver) text(s, e int) string {
	a, b := int(r.words[s].a), int(r.words[e-1].b)
	t0, t1 := int(r.words[s].tok), int(r.words[e-1].tok)
	if t0 == t1 {
		t := &r.tokens[t0]
		return t.Text[a-t.Start : b-t.Start]
	}
	var sb strings.Builder
	for ti := t0; ti <= t1; ti++ {
		t := &r.tokens[ti]
		lo, hi := 0, len(t.Text)
		if ti == t0 {
			lo = a - t.Start
		}
		if ti == t1 {
			hi = b - t.Start
		}
		if ti > t0 && t.Start > r.tokens[ti-1].End {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Text[lo:hi])
	}
	return sb.String()
}

// patronWords after a hyphen make what stands before them a patron:
// "Iran-backed", "Moscow-aligned".
var patronWords = map[string]bool{"backed": true, "aligned": true, "allied": true, "supported": true,
	"sponsored": true, "funded": true, "armed": true, "trained": true, "friendly": true, "leaning": true,
	"installed": true, "linked": true, "affiliated": true, "inspired": true}

// patronModifier reports whether a token is a hyphenated patron modifier.
func patronModifier(txt string) bool {
	i := strings.LastIndexByte(txt, '-')
	return i > 0 && i < len(txt)-1 && patronWords[strings.ToLower(txt[i+1:])]
}

// memberNouns name the members of an organisation after its name.
var memberNouns = map[uint64]bool{hashString("countries"): true, hashString("states"): true, hashString("member"): true,
	hashString("members"): true, hashString("nations"): true, hashString("governments"): true}

// plainNoun reports whether word k is a lower-case common noun of its own
// token that names no actor: "defence" in "American defence companies".
func (r *resolver) plainNoun(k int) bool {
	w := &r.words[k]
	if w.flags&wCap != 0 || w.flags&wLast == 0 || w.flags&wFirst == 0 {
		return false
	}
	if p, _ := r.match(k, allMask); p >= 0 {
		return false
	}
	return r.tokens[w.tok].UPOS == "NOUN"
}

// orgDescription reports whether description phrase pid stands for the
// last organisation named ("the group", "the movement").
func (r *resolver) orgDescription(pid int32) bool {
	for _, e := range r.kb.phrases[pid].ents {
		if e.kind == eDesc && r.kb.descs[e.id].referent == "@LASTORG" {
			return true
		}
	}
	return false
}
