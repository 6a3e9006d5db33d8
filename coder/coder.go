// Package coder turns parsed sentences into dyadic political events: it
// matches a dictionary of verb and event-noun patterns over dependency
// trees, finds who acts upon whom from the structure (subjects, objects,
// passives, infinitives, relative clauses, prepositions, conjunctions),
// judges negation, modality and attribution, and dates and places each act.
//
// The dictionary format is described in data/README.md.
package coder

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/timex"
)

// TimeExpr is a temporal expression found in a sentence (token indices).
type TimeExpr struct {
	Start, End, Head int
	Date, Future     timex.Date
	// Relative marks a time counted from another event ("hours after",
	// "a day later"); an absolute date on the same verb wins over it.
	Relative bool
	// AnchorAt, when > 0, is the first token of the event noun an offset
	// counts from ("two years after [the attack]"); Anchored dates that
	// event from the date of the clause the offset modifies.
	AnchorAt int
	Anchored func(main timex.Date) timex.Date
}

// PlaceMention is a location named in a sentence (token indices).
type PlaceMention struct {
	Start, End, Head int
	Name, Country    string
	Lat, Lon         float64
	HasCoord         bool
}

// Options configures a Coder. Nil fields take the project defaults.
type Options struct {
	Dict *Dictionary
	// Annotate segments, tags, lemmatizes and parses a text.
	Annotate func(text string) []nlp.Sentence
	// Resolve finds the actor mentions of every sentence, resolved at date.
	Resolve func(sents []nlp.Sentence, date time.Time) [][]actor.Mention
	// Times finds temporal expressions; ref is the publication date, prev the
	// date of the previous event in the story.
	Times func(s *nlp.Sentence, ref, prev timex.Date) []TimeExpr
	// Places finds locations introduced as such ("in Pyongyang").
	Places func(s *nlp.Sentence) []PlaceMention
	// Lookup maps a place name (a dateline) to a location.
	Lookup func(name string) (PlaceMention, bool)
}

// Coder codes documents into events. It is safe for concurrent use.
type Coder struct {
	opt  Options
	dict *Dictionary
}

// New builds a Coder, loading the defaults for the options left nil.
func New(opt Options) (*Coder, error) {
	if opt.Dict == nil {
		d, err := DefaultDictionary()
		if err != nil {
			return nil, err
		}
		opt.Dict = d
	}
	if err := defaults(&opt); err != nil {
		return nil, err
	}
	if opt.Annotate == nil || opt.Resolve == nil {
		return nil, fmt.Errorf("coder: no parser or actor resolver available")
	}
	return &Coder{opt: opt, dict: opt.Dict}, nil
}

// Dictionary returns the pattern dictionary in use.
func (c *Coder) Dictionary() *Dictionary { return c.dict }

// Code codes one document. Events come in sentence order.
func (c *Coder) Code(doc news.Document) ([]event.Event, error) {
	text, place := prepare(&doc)
	sents := c.opt.Annotate(text)
	pub, _ := timex.ParseISO(doc.Published)
	var pubTime time.Time
	if !pub.IsZero() {
		pubTime = pub.Time()
	}
	ments := c.opt.Resolve(sents, pubTime)
	st := &docState{c: c, doc: &doc, pub: pub, prev: pub}
	if place != "" && c.opt.Lookup != nil {
		if p, ok := c.opt.Lookup(place); ok {
			st.dateline = &p
		}
	}
	// a role word with no country ("the presidential office", "riot
	// police") belongs to the state of a place the sentence names ("In
	// Seoul, police detained ..."), else to the dateline's state.
	home := ""
	if st.dateline != nil && len(st.dateline.Country) == 3 && !igoDateline(place) {
		home = st.dateline.Country
		if courtSeat(place) && !statesNamed(ments)[home] {
			// "THE HAGUE -- Sudan's justice minister told the court":
			// the story is the parties', not the host's, unless it
			// names the host.
			home = ""
		}
	} else {
		// no dateline: a state named in more than half the country
		// mentions is the story's home (strictly more: a tie names none,
		// whatever order the map is walked in).
		count := map[string]int{}
		total := 0
		for _, ms := range ments {
			for _, m := range ms {
				if len(m.Country) == 3 && m.Country != "IGO" && m.Country != "NGO" && m.Country != "MNC" && !regions[m.Country] {
					count[m.Country]++
					total++
				}
			}
		}
		for c, n := range count {
			if total >= 4 && 2*n > total {
				home = c
			}
		}
	}
	// the states the story names as actors: an official named without a
	// state is the home state's only when the story is about it (not the
	// host of a court or a conference it is datelined from).
	// (Built before any role word takes the home state, and only for
	// stories that have such an official.)
	var named map[string]bool
	if hasStatelessPerson(ments) {
		named = statesNamed(ments)
	}
	for si, ms := range ments {
		if si >= len(sents) {
			break
		}
		here, hereTok, looked := "", -1, false
		for k := range ms {
			m := &ms[k]
			// "the two sides" standing for a government and its rebels,
			// named without their state: the story's home is theirs.
			// (Members may be shared with the knowledge base: copied first.)
			for x := range m.Members {
				if mb := m.Members[x]; mb.Country == "" && len(mb.Code) == 3 && homeSectors[mb.Code] && home != "" {
					m.Members = slices.Clone(m.Members)
					m.Members[x] = actor.Actor{Code: home + mb.Code, Country: home, Sector: mb.Code, Name: mb.Name}
				}
			}
			if m.Country == "" && len(m.Members) == 0 && agedBefore(&sents[si], m.Start) {
				// "the 86-year-old cleric": an epithet of the person
				// named last, not a new role word.
				if p, ok := lastPerson(ments, si, k); ok {
					m.Actor = p
					continue
				}
			}
			if m.Country == "" && len(m.Members) == 0 || m.Kind == actor.KindDescription && len(m.Members) > 0 && !counted(m.Text) {
				// "the Mexican embassy ... the embassy's walls", "EU leaders ...
				// thanked the leaders": a definite role word names what the
				// same word named just before (rather than the last pair of
				// states the story named).
				if a, ok := sameHead(sents, ments, si, k); ok {
					m.Actor, m.Members = a, nil
					continue
				}
			}
			if m.Country == "" && len(m.Members) == 0 && len(m.Code) == 3 && m.Code[0] != 'I' && m.Code[0] != 'N' {
				// "the North's military", "its foreign ministry": a role
				// word belongs to the state that possesses it.
				if c := possessorState(&sents[si], m, ms); c != "" {
					m.Country, m.Sector, m.Code = c, m.Code, c+m.Code
					continue
				}
			}
			if m.Country == "" && len(m.Members) == 0 && m.Code == "MIL" {
				// "NATO launched an operation, sending frigates to the
				// region", "it had sent troops to fight for Russia": forces
				// sent or deployed are the sender's, not the home state's.
				if c := senderState(&sents[si], m, ms); c != "" {
					m.Country, m.Sector, m.Code = c, m.Code, c+m.Code
					continue
				}
			}
			if m.Country != "" || len(m.Members) > 0 || len(m.Code) != 3 || m.Code[0] == 'I' || m.Code[0] == 'N' ||
				m.Code == "MED" || notHome(m.Text) || (m.Start > 0 && notHome(sents[si].Tokens[m.Start-1].Text)) ||
				possessed(&sents[si], m, ms) {
				continue
			}
			if from, fc := fromElsewhere(&sents[si], m, c.opt.Lookup); from {
				if fc != "" {
					m.Country, m.Sector, m.Code = fc, m.Code, fc+m.Code
				}
				continue
			}
			if !looked && c.opt.Places != nil {
				looked = true
				for _, p := range c.opt.Places(&sents[si]) {
					if len(p.Country) == 3 && !placesOther(&sents[si], p.Head, m.Head) {
						here, hereTok = p.Country, p.Head
						break
					}
				}
				// a capital or state named as a place: "in the Iranian capital".
				for j := 0; here == "" && j < len(ms); j++ {
					o := &ms[j]
					if o.Start > 0 && len(o.Country) == 3 && o.Country != "IGO" && !regions[o.Country] && !placesOther(&sents[si], o.Head, m.Head) {
						switch strings.ToLower(sents[si].Tokens[o.Start-1].Text) {
						case "in", "at", "near", "outside", "inside":
							here, hereTok = o.Country, o.Start
						}
					}
				}
			}
			country := here
			if hereTok > m.Start && m.Head >= 0 && sents[si].VerbAbove(hereTok) != sents[si].VerbAbove(m.Head) {
				// a place named later in another clause is somewhere else:
				// "freed 15 priests and sent them into exile in Rome".
				country = ""
			}
			if m.Kind == actor.KindPerson {
				// an official named without a state: a place named after him
				// says nothing of his ("Information Minister George Kordahi
				// called the campaign in Yemen futile"), one before may ("In
				// Mogadishu, President ..."); one joined to a named official
				// serves with him ("Kaja Kallas and enlargement commissioner
				// Marta Kos"); else he is the home state's.
				if hereTok > m.Start {
					country = ""
				}
				if k > 0 && joined(&sents[si], ms[k-1].End, m.Start) && ms[k-1].Country != "" {
					if p := ms[k-1]; p.Country == "IGO" || p.Country == "NGO" {
						m.Country, m.Sector, m.Code = p.Country, p.Sector, p.Code
						continue
					}
					country = ms[k-1].Country
				}
				if country == "" && !named[home] {
					continue
				}
			}
			if country == "" && m.Code == "GOV" && m.Kind != actor.KindPerson && !notHome(m.Text) && m.Head >= 0 && m.Head < len(sents[si].Tokens) &&
				sents[si].Tokens[m.Head].XPOS != "NNS" && sents[si].Tokens[m.Head].XPOS != "NNPS" {
				// "Blinken said ... The Treasury also sanctioned": a bare
				// ministry is of the government that spoke just before.
				country = lastGov(ments, si, k)
			}
			if country == "" && homeSectors[m.Code] {
				country = home
			}
			if country != "" {
				m.Country, m.Sector, m.Code = country, m.Code, country+m.Code
			}
		}
	}
	// "the government in Beijing": a government placed in a capital or
	// state is that state's, whatever the resolver guessed from the story.
	for si, ms := range ments {
		if si >= len(sents) || c.opt.Lookup == nil {
			continue
		}
		for k := range ms {
			m := &ms[k]
			if m.Sector != "GOV" || len(m.Members) > 0 || m.Head < 0 || m.Head >= len(sents[si].Tokens) {
				continue
			}
			if gc := governmentIn(&sents[si], m.Head, c.opt.Lookup); gc != "" && gc != m.Country {
				m.Country, m.Code = gc, gc+"GOV"
			}
		}
	}
	// "signed in the South African capital": having told where the
	// sentence happens (above), the state's adjective is no party.
	for si, ms := range ments {
		if si < len(sents) {
			ments[si] = slices.DeleteFunc(ms, func(m actor.Mention) bool { return settlementModifier(&sents[si], &m) })
		}
	}
	for si, ms := range ments {
		for _, m := range ms {
			c := m.Country
			if c == "IGO" && len(m.Members) == 0 {
				st.igos = append(st.igos, sentParty{si: si, p: party{text: m.Text, a: m.Actor, tok: -1, ment: -1}})
			}
			if len(c) != 3 || c == "IGO" || c == "NGO" || c == "MNC" || len(m.Members) > 0 || regions[c] {
				continue
			}
			if nonState[m.Sector] {
				st.domestic = append(st.domestic, party{text: m.Text, a: m.Actor, tok: -1, ment: -1})
			}
			found := false
			for k := range st.countries {
				if st.countries[k].a.Country == c {
					st.countries[k].n++
					st.countries[k].at = append(st.countries[k].at, si)
					found = true
				}
			}
			if !found {
				st.countries = append(st.countries, countryCount{party: party{text: m.Text, a: actor.Actor{Code: c, Country: c}, tok: -1, ment: -1}, n: 1, at: []int{si}})
			}
		}
	}
	var out []event.Event
	for si := range sents {
		var ms []actor.Mention
		if si < len(ments) {
			ms = ments[si]
		}
		out = st.sentence(&sents[si], ms, out)
	}
	return out, nil
}

// docState carries what one document's sentences share: dates and the acts
// coded so far, which later event nouns ("the pact") refer back to.
// sentParty is a party named in sentence si.
type sentParty struct {
	si int
	p  party
}

type docState struct {
	c        *Coder
	doc      *news.Document
	pub      timex.Date
	prev     timex.Date
	dateline *PlaceMention
	memory   []memo
	// countries counts the states the document names, for acts whose
	// target is left to the context.
	countries []countryCount
	domestic  []party            // non-state actors named: protesters, rebels, opposition
	igos      []sentParty        // international organisations named, in order
	places    []PlaceMention     // of the sentence being coded
	told      map[[3]string]bool // code, source and target of the one-off acts (050, 057) already coded
	si        int                // index of the sentence being coded
	// per-token buffers of sentence, reused from sentence to sentence
	flagBuf []bool
	patBuf  []*Pattern
	roleBuf []roles
}

// memo is an act remembered for event-noun coreference.
type memo struct {
	lemma   string
	parties []party
	targets []party    // whom a one-way act fell on
	code    string     // the act's CAMEO code
	date    timex.Date // when the act was, for occasions told later
	nsrc    int        // parties[:nsrc] were the act's sources
}

// party is one resolved actor with the words that named it.
type party struct {
	text string
	a    actor.Actor
	tok  int // token in its sentence, -1 when remembered from elsewhere
	ment int // mention index, -1 when remembered
}

func toEvent(p *party) *event.Actor {
	if p == nil {
		return nil
	}
	return &event.Actor{Text: p.text, Code: p.a.Code, Country: p.a.Country, Sector: p.a.Sector, Name: p.a.Name}
}

// cameoInfo fills the CAMEO-derived fields of e.
func cameoInfo(e *event.Event) {
	if inf, ok := cameo.Lookup(e.Cameo); ok {
		e.Plover, e.Mode, e.Quad, e.Goldstein = inf.Plover, inf.Mode, inf.Quad, inf.Goldstein
	} else {
		e.Quad = cameo.QuadOf(e.Cameo)
	}
}

// prepare returns the text to parse and the dateline place: the dateline
// ("SEOUL, Sept. 9 (UPI) -- ") is no part of the first sentence, so it is
// blanked, keeping every byte offset.
func prepare(doc *news.Document) (text, place string) {
	text, place = doc.Text, doc.Place
	if dl, ok := news.FindDateline(text); ok && dl.End > dl.Start && dl.End <= len(text) {
		b := []byte(text)
		for k := dl.Start; k < dl.End; k++ {
			if b[k] != '\n' {
				b[k] = ' '
			}
		}
		text = string(b)
		if place == "" {
			place = dl.Place
		}
	}
	return text, place
}

// lastGov returns the state of the last government actor named before
// mention k of sentence si, in that sentence or the one before.
func lastGov(ments [][]actor.Mention, si, k int) string {
	if m := lastMention(ments, si, k, 1, func(m *actor.Mention) bool {
		return m.Sector == "GOV" && len(m.Country) == 3 && m.Country != "IGO" && len(m.Members) == 0 && !regions[m.Country]
	}); m != nil {
		return m.Country
	}
	return ""
}

// lastMention returns the last mention before mention k of sentence si,
// there or in the back sentences before, that ok accepts; nil if none.
func lastMention(ments [][]actor.Mention, si, k, back int, ok func(*actor.Mention) bool) *actor.Mention {
	for s := si; s >= 0 && s >= si-back; s-- {
		ms := ments[s]
		end := len(ms)
		if s == si {
			end = k
		}
		for j := end - 1; j >= 0; j-- {
			if ok(&ms[j]) {
				return &ms[j]
			}
		}
	}
	return nil
}

// placesOther reports whether the place at token p sits in a clause that
// describes some other noun than the role word at token w ("the Treasury
// sanctioned companies based in the UAE"): it says where that noun is, not
// where the role word acts.
func placesOther(s *nlp.Sentence, p, w int) bool {
	for k := 0; k < 12 && p >= 0 && p < len(s.Tokens); k++ {
		h := s.Tokens[p].Head
		if strings.HasPrefix(s.Tokens[p].Dep, "acl") && h >= 0 && h != w {
			return true
		}
		p = h
	}
	return false
}

// agedBefore reports an age just before token i: "the 86-year-old cleric".
func agedBefore(s *nlp.Sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := strings.ToLower(s.Tokens[j].Text)
		if strings.HasSuffix(w, "year-old") || w == "old" && j > 0 && strings.HasPrefix(strings.ToLower(s.Tokens[j-1].Text), "year") {
			return true
		}
	}
	return false
}

// lastPerson returns the actor of the person with a state named last
// before mention k of sentence si, within three sentences.
func lastPerson(ments [][]actor.Mention, si, k int) (actor.Actor, bool) {
	if m := lastMention(ments, si, k, 3, func(m *actor.Mention) bool {
		return m.Kind == actor.KindPerson && len(m.Country) == 3 && len(m.Members) == 0
	}); m != nil {
		return m.Actor, true
	}
	return actor.Actor{}, false
}

// hasStatelessPerson reports whether some mention is a person with no state.
func hasStatelessPerson(ments [][]actor.Mention) bool {
	for _, ms := range ments {
		for _, m := range ms {
			if m.Kind == actor.KindPerson && m.Country == "" {
				return true
			}
		}
	}
	return false
}

// statesNamed returns the states (and IGO, NGO, ...) the mentions name.
func statesNamed(ments [][]actor.Mention) map[string]bool {
	named := map[string]bool{}
	for _, ms := range ments {
		for _, m := range ms {
			named[m.Country] = true
		}
	}
	return named
}

// joined reports whether tokens [a, b) only join two mentions: "and" or a
// comma, then perhaps the lower-case words of a title.
func joined(s *nlp.Sentence, a, b int) bool {
	if a >= b || b > len(s.Tokens) || b-a > 3 || s.Tokens[a].Text != "and" && s.Tokens[a].Text != "," {
		return false
	}
	for _, t := range s.Tokens[a+1 : b] {
		// "Kaja Kallas and enlargement commissioner Marta Kos"
		if t.Text != "and" && t.Text != "," && (t.UPOS != "NOUN" && t.UPOS != "ADJ" || t.Text[0] < 'a' || t.Text[0] > 'z') {
			return false
		}
	}
	return true
}

// igoDateline reports a dateline at an organisation's seat ("UNITED NATIONS,
// June 30 --"): it places the story, but its officials and forces are no
// host state's.
func igoDateline(place string) bool {
	switch strings.ToUpper(strings.TrimSpace(place)) {
	case "UNITED NATIONS", "U.N.", "UN":
		return true
	}
	return false
}

// courtSeat reports a dateline at the seat of international courts and
// organisations, where most stories are about visiting parties.
func courtSeat(place string) bool {
	switch strings.ToUpper(strings.TrimSpace(place)) {
	case "THE HAGUE", "HAGUE", "GENEVA", "BRUSSELS", "STRASBOURG", "LUXEMBOURG", "VIENNA":
		return true
	}
	return false
}

// notHome tells role words that do not belong to the dateline's state.
func notHome(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	for k, w := range ws {
		if w == "foreign" && k+1 < len(ws) && homeForeign[ws[k+1]] {
			continue // "the foreign ministry" is the home state's own
		}
		switch w {
		case "foreign", "international", "world", "each", "other", "several", "some", "many", "both", "all",
			"western", "regional", "global", "side", "sides", "either", "neither", "any",
			"embassy", "embassies", "consulate", "mission", "ambassador", "envoy", "diplomat", "diplomats":
			return true
		}
	}
	return false
}

// homeForeign are the offices a state's "foreign" names its own by.
var homeForeign = map[string]bool{"ministry": true, "minister": true, "office": true, "secretary": true, "affairs": true, "service": true}

// homeSectors are the role words that stand for the state they are in:
// officials, forces, police, courts, rebels, clergy. Unidentified fighters
// and gunmen do not.
var homeSectors = map[string]bool{"REB": true, "GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true, "OPP": true, "CVL": true, "EDU": true, "LAB": true, "REL": true}

// possessed reports whether a role word is someone's ("the group's
// fighters", "its aircraft"): it belongs to its possessor, not to a place.
func possessed(s *nlp.Sentence, m *actor.Mention, ms []actor.Mention) bool {
	for k := range s.Tokens {
		if s.Tokens[k].Head == m.Head && (s.Tokens[k].Dep == "nmod:poss" || (k < m.Start && s.Tokens[k].UPOS == "PRON")) {
			return true
		}
	}
	return false
}

// deployVerbs move a state's own forces: their object is the subject's.
var deployVerbs = map[string]bool{"send": true, "deploy": true, "dispatch": true, "contribute": true, "station": true,
	"mobilise": true, "mobilize": true, "mass": true, "amass": true, "redeploy": true, "commit": true, "pull": true,
	"withdraw": true, "rotate": true, "muster": true, "position": true}

// senderState returns the state (or "IGO") of the subject of the deploying
// verb whose object role word m is ("sending frigates", "would contribute
// warships"); a participle or infinitive without a subject takes its
// head clause's.
func senderState(s *nlp.Sentence, m *actor.Mention, ms []actor.Mention) string {
	h := m.Head
	for h >= 0 && h < len(s.Tokens) && s.Tokens[h].Dep == "conj" {
		h = s.Tokens[h].Head
	}
	if h < 0 || h >= len(s.Tokens) || s.Tokens[h].Dep != "obj" {
		return ""
	}
	v := s.Tokens[h].Head
	if v < 0 || !deployVerbs[s.Tokens[v].Lemma] {
		return ""
	}
	for depth := 0; v >= 0 && depth < 3; depth++ {
		for k := range s.Tokens {
			if s.Tokens[k].Head != v || (s.Tokens[k].Dep != "nsubj" && s.Tokens[k].Dep != "nsubj:pass") {
				continue
			}
			for j := range ms {
				o := &ms[j]
				if o != m && k >= o.Start && k < o.End && len(o.Members) == 0 && len(o.Country) == 3 && !regions[o.Country] &&
					o.Country != "NGO" && o.Country != "MNC" {
					return o.Country
				}
			}
			return ""
		}
		switch base(s.Tokens[v].Dep) {
		case "advcl", "xcomp", "conj":
			v = s.Tokens[v].Head
		default:
			return ""
		}
	}
	return ""
}

// possessorState returns the state of the actor that possesses role word m
// ("the North's military", "its ministry"), "" when none does.
func possessorState(s *nlp.Sentence, m *actor.Mention, ms []actor.Mention) string {
	for k := range s.Tokens {
		if s.Tokens[k].Head != m.Head || !(s.Tokens[k].Dep == "nmod:poss" || (k < m.Start && s.Tokens[k].UPOS == "PRON") || servedBy(s, m.Head, k)) {
			continue
		}
		covered := false
		for j := range ms {
			o := &ms[j]
			if k >= o.Start && k < o.End {
				covered = true
			}
			if o != m && k >= o.Start && k < o.End && len(o.Country) == 3 && o.Country != "IGO" && o.Country != "NGO" &&
				o.Country != "MNC" && !regions[o.Country] && len(o.Members) == 0 {
				return o.Country
			}
		}
		// "Riyadh severed relations after protesters stormed its embassy":
		// an unresolved "its" is the main clause's subject's.
		if !covered && strings.EqualFold(s.Tokens[k].Text, "its") {
			for j := range ms {
				o := &ms[j]
				if h := o.Head; o != m && h >= 0 && h < len(s.Tokens) && s.Tokens[h].Dep == "nsubj" && s.Tokens[h].Head >= 0 &&
					s.Tokens[s.Tokens[h].Head].Head < 0 && len(o.Country) == 3 && o.Country != "IGO" && !regions[o.Country] && len(o.Members) == 0 {
					return o.Country
				}
			}
		}
	}
	return ""
}

// servedBy reports a phrase naming whom the official h speaks for or
// advises: "a spokesman for President Tinubu", "an envoy of Kyiv", "an
// adviser to Tinubu" (but an ambassador "to Russia" is someone else's).
func servedBy(s *nlp.Sentence, h, k int) bool {
	if s.Tokens[k].Dep != "nmod" || k < h {
		return false
	}
	cs := ""
	for j := h + 1; j < k; j++ {
		if s.Tokens[j].Head == k && s.Tokens[j].Dep == "case" {
			cs = strings.ToLower(s.Tokens[j].Text)
		}
	}
	switch w := strings.ToLower(s.Tokens[h].Text); cs {
	case "for", "of":
		return servants[w]
	case "to":
		return servants[w] && !strings.HasPrefix(w, "envoy") && !strings.HasPrefix(w, "ambassador")
	}
	return false
}

// servants are the officials named by whom they serve.
var servants = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "adviser": true, "advisor": true,
	"aide": true, "advisers": true, "advisors": true, "aides": true, "envoy": true, "ambassador": true}

// governmentIn returns the state of the place named by "in" right after
// the government noun h ("the government in Beijing", "the regime in
// Kabul"), or "".
func governmentIn(s *nlp.Sentence, h int, lookup func(string) (PlaceMention, bool)) string {
	switch strings.ToLower(s.Tokens[h].Text) {
	case "government", "regime", "authorities", "administration", "leadership":
	default:
		return ""
	}
	// Read in word order: the parser often hangs the phrase on the verb.
	if h+2 >= len(s.Tokens) || !strings.EqualFold(s.Tokens[h+1].Text, "in") {
		return ""
	}
	k := h + 2
	if s.Tokens[k].UPOS != "PROPN" {
		return ""
	}
	name := s.Tokens[k].Text
	if k+1 < len(s.Tokens) && s.Tokens[k+1].UPOS == "PROPN" {
		name += " " + s.Tokens[k+1].Text // "in New Delhi"
	}
	for _, n := range []string{name, s.Tokens[k].Text} {
		if p, ok := lookup(n); ok && len(p.Country) == 3 {
			return p.Country
		}
	}
	return ""
}

// settlementNouns name places a state's adjective can modify ("the Qatari
// capital", "the Saudi port city"); locatives introduce where something
// happens.
var settlementNouns = map[string]bool{"capital": true, "city": true, "town": true, "port": true, "village": true, "resort": true}
var locatives = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "from": true, "to": true, "into": true}

// settlementModifier reports whether a state's mention only modifies a
// settlement that a locative introduces: "talks in the Qatari capital"
// name a place. ("Russian missiles hit the Ukrainian capital" still name
// the target: no locative there.)
func settlementModifier(s *nlp.Sentence, m *actor.Mention) bool {
	if m.Kind != actor.KindCountry || m.End <= m.Start || m.End > len(s.Tokens) {
		return false
	}
	h := m.End - 1 // the adjective or name, after any "the"
	t := &s.Tokens[h]
	if (t.Dep != "amod" && t.Dep != "compound") || (t.Head >= m.Start && t.Head < m.End) {
		return false
	}
	n := t.Head
	for n >= 0 && n < len(s.Tokens) && s.Tokens[n].Dep == "compound" && s.Tokens[n].Head > n {
		n = s.Tokens[n].Head // "the Saudi port city"
	}
	if n < 0 || n >= len(s.Tokens) || !settlementNouns[strings.ToLower(s.Tokens[n].Text)] {
		return false
	}
	for k := range s.Tokens {
		if s.Tokens[k].Head == n && s.Tokens[k].Dep == "case" && locatives[strings.ToLower(s.Tokens[k].Text)] {
			// A capital one goes to or arrives in is the state one
			// visits, as its name would be: "flew to the Vietnamese
			// capital", "arrived in the Eritrean capital".
			if strings.EqualFold(s.Tokens[n].Text, "capital") {
				switch w := strings.ToLower(s.Tokens[k].Text); {
				case w == "to" || w == "into":
					return false
				case w == "in" && s.Tokens[n].Head >= 0 && arrivals[s.Tokens[s.Tokens[n].Head].Lemma] && !aircraftLanding(s, s.Tokens[n].Head):
					return false
				}
			}
			return true
		}
	}
	return false
}

// arrivals are verbs whose "in" phrase is where one comes to.
var arrivals = map[string]bool{"arrive": true, "land": true}

// aircraftLanding reports whether an aircraft is told of before verb v
// (its subject, however parsed): planes that land bring aid or troops;
// they make no state visit.
func aircraftLanding(s *nlp.Sentence, v int) bool {
	for k := 0; k < v && k < len(s.Tokens); k++ {
		switch s.Tokens[k].Lemma {
		case "aircraft", "plane", "airplane", "jet", "flight", "helicopter", "airliner":
			return true
		}
	}
	return false
}

// fromElsewhere reports whether a role word says where it comes from
// ("diplomats from seven countries"): that phrase, not the story's home,
// tells whose it is.
// When the phrase names a known place ("rebels from the Tigray region",
// "fighters from Syria"), its state is also returned.
func fromElsewhere(s *nlp.Sentence, m *actor.Mention, lookup func(string) (PlaceMention, bool)) (bool, string) {
	for k := range s.Tokens {
		if s.Tokens[k].Head != m.Head || !strings.HasPrefix(s.Tokens[k].Dep, "nmod") || custody[strings.ToLower(s.Tokens[k].Lemma)] {
			continue // "freed two bishops from prison" names no other place
		}
		for j := range s.Tokens {
			if s.Tokens[j].Head == k && s.Tokens[j].Dep == "case" && strings.EqualFold(s.Tokens[j].Text, "from") {
				return true, placeState(s, k, lookup)
			}
		}
	}
	return false, ""
}

// custody nouns after "from" tell where a prisoner comes out of, not where
// he is from.
var custody = map[string]bool{"prison": true, "jail": true, "custody": true, "detention": true, "captivity": true}

// placeState returns the state of the place that noun k names, itself or
// through a name compounded with it ("the Tigray region"), or "".
func placeState(s *nlp.Sentence, k int, lookup func(string) (PlaceMention, bool)) string {
	if lookup == nil {
		return ""
	}
	for j := range s.Tokens {
		if (j == k || (s.Tokens[j].Head == k && s.Tokens[j].Dep == "compound")) && s.Tokens[j].UPOS == "PROPN" {
			if p, ok := lookup(s.Tokens[j].Text); ok && len(p.Country) == 3 {
				return p.Country
			}
		}
	}
	return ""
}

// sameHeadWindow is how many sentences back a definite role word looks.
const sameHeadWindow = 5

// sameHead finds the actor that an earlier mention with the same head
// word named, for mention k of sentence si when it is a definite
// description ("the embassy", "the leaders"): in the same sentence or the
// sameHeadWindow before, the latest such mention with a state.
func sameHead(sents []nlp.Sentence, ments [][]actor.Mention, si, k int) (actor.Actor, bool) {
	m := &ments[si][k]
	mh := m.End - 1 // the noun that ends the phrase names what it is
	if !strings.HasPrefix(strings.ToLower(m.Text), "the ") || mh < 0 || mh >= len(sents[si].Tokens) {
		return actor.Actor{}, false
	}
	head := strings.ToLower(sents[si].Tokens[mh].Text)
	for sj := si; sj >= 0 && sj >= si-sameHeadWindow; sj-- {
		ms := ments[sj]
		last := len(ms) - 1
		if sj == si {
			last = k - 1
		}
		// the latest such mention of the nearest sentence with one; the
		// main clause's subject first ("Algeria's foreign ministry said the staff of
		// France's interior ministry ... The ministry blamed ...")
		found := -1
		for x := last; x >= 0; x-- {
			o := &ms[x]
			oh := o.End - 1
			if o.Country == "" || len(o.Members) > 0 || oh < 0 || oh >= len(sents[sj].Tokens) {
				continue
			}
			if strings.ToLower(sents[sj].Tokens[oh].Text) == head {
				if found < 0 {
					found = x
				}
				if d, g := sents[sj].Tokens[oh].Dep, sents[sj].Tokens[oh].Head; (d == "nsubj" || d == "nsubj:pass") && g >= 0 && sents[sj].Tokens[g].Head < 0 {
					found = x // the subject of the main clause
					break
				}
			}
		}
		if found >= 0 {
			return ms[found].Actor, true
		}
	}
	return actor.Actor{}, false
}

// counted reports whether a description counts its members ("the two
// leaders", "both sides"): an explicit pair or list, not a role word.
func counted(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch w {
		case "two", "three", "four", "both", "all":
			return true
		}
	}
	return false
}
