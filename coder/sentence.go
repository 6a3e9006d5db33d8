package coder

import (
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/timex"
	"slices"
	"sort"
	"strings"
)

// act is one matched mention of an act, before it is expanded into records.
type act struct {
	pat      *Pattern
	code     string
	rev      string
	trig     int // trigger token
	gov      int // verb whose negation, modality, date and speakers apply
	src, tgt []party
	sym      bool
	v        verdict
	refToks  []int // event nouns standing for the target, resolved when emitted
	said     bool  // the speaker's act upon what the clause says ("said Y committed war crimes")
}

// light verbs lend their subject to the event noun they take:
// "held talks", "imposed sanctions", "sent a letter", "voiced support".
var lightVerbs = map[string]bool{"hold": true, "pay": true, "make": true, "give": true, "send": true,
	"impose": true, "lodge": true, "file": true, "issue": true, "express": true, "offer": true, "extend": true,
	"convey": true, "voice": true, "deliver": true, "launch": true, "stage": true, "conduct": true,
	"carry": true, "announce": true, "adopt": true, "approve": true, "unveil": true, "order": true,
	"declare": true, "begin": true, "start": true, "resume": true, "continue": true, "have": true,
	"take": true, "mount": true, "host": true, "attend": true, "join": true, "sign": true, "pass": true,
	"agree": true, "reach": true, "seal": true, "strike": true, "complete": true, "provide": true,
	"grant": true, "step": true, "tighten": true, "expand": true, "slap": true, "introduce": true,
	"post": true, "publish": true, "write": true, "pen": true, "address": true, "dispatch": true, "do": true,
	"proclaim": true}

var indefinite = map[string]bool{"a": true, "an": true}

// receiveVerbs turn the event noun around: "received a letter from Xi".
var receiveVerbs = map[string]bool{"receive": true, "get": true, "accept": true, "welcome": false}

// refRoots says which earlier acts an event noun can refer back to
// ("condemned the pact" after "signed a treaty"); "" accepts any.
var refRoots = map[string]string{
	"pact": "05 03", "treaty": "05 03", "agreement": "05 03 08", "deal": "05 03 08", "accord": "05 03",
	"declaration": "05 03", "statement": "05 03 01 11", "summit": "04", "meeting": "04", "talks": "04",
	"talk": "04", "visit": "04", "trip": "04", "gathering": "04", "launch": "15 19", "test": "15",
	"attack": "18 19 20", "strike": "18 19 20", "strikes": "18 19 20", "raid": "17 18 19",
	"invasion": "19", "bombing": "18 19", "shelling": "19", "assault": "18 19", "breach": "14 17 18",
	"veto": "12", "decision": "", "move": "", "step": "", "measure": "", "action": "", "announcement": "",
	"sanction": "16", "ban": "16", "suspension": "16", "removal": "", "release": "08", "exchange": "08",
	"swap": "08", "warrant": "17", "arrest": "17", "resolution": "", "finding": "", "determination": "",
	"result": "", "outcome": "", "demolition": "17", "expulsion": "16 17", "recognition": "05",
	"remark": "11 01", "comment": "11 01", "policy": "", "violence": "14 18 19", "crackdown": "17",
	"accusation": "11", "allegation": "11", "claim": "11", "charge": "11", "criticism": "11", "ultimatum": "13",
	"threat": "13", "warning": "13", "restriction": "16", "measures": "16 17", "embargo": "16",
	"negotiation": "04 03 05", "negotiations": "04 03 05", "dialogue": "04",
	"asylum": "07", "grant": "07 05", "vote": "", "election": "",
	"ruling": "", "verdict": "", "judgment": "", "judgement": "", "award": "", "text": "",
	"seizure": "17 19", "occupation": "19", "annexation": "19", "incursion": "19", "intrusion": "17 19",
	"takeover": "17 19", "capture": "17 19", "detention": "17", "kidnapping": "18", "abduction": "18",
	"advance": "19", "offensive": "19", "bombardment": "19", "killing": "18 19 20", "killings": "18 19 20",
}

func (t *tree) verbLike(i int) bool {
	tk := &t.toks[i]
	switch tk.UPOS {
	case "VERB":
		// a "verb" in a noun's place is a mistagged noun: "fired artillery shells".
		switch tk.Dep {
		case "obj", "nsubj", "nsubj:pass", "iobj", "compound", "nmod", "nmod:poss":
			if t.subject(i) < 0 && t.child(i, "aux", "aux:pass", "mark") < 0 {
				return false
			}
		}
		// a base form needs "to", an auxiliary or a subject (imperatives
		// aside): a bare one hung as a clause is a mistagged noun ("over
		// last week's police raid on the embassy").
		if tk.XPOS == "VB" && (tk.Dep == "advcl" || tk.Dep == "acl" || tk.Dep == "obl") && t.subject(i) < 0 &&
			t.child(i, "aux", "aux:pass", "mark") < 0 {
			return false
		}
		// "the North's deepening partnership": a participle describing a
		// noun reports no act.
		// Nor does one in the past that a determiner opens: "along their
		// disputed frontier".
		if tk.Dep == "amod" && tk.XPOS == "VBN" && t.determined(i) {
			return false
		}
		return !(tk.Dep == "amod" && (tk.XPOS == "VBG" || strings.HasSuffix(tk.Text, "ing")))
	case "NOUN", "ADJ", "PROPN":
		// a mistagged predicate still has a subject; a gerund tagged as
		// a noun still has an object ("accused Pyongyang of shipping shells").
		if t.gerundOfActor(i) {
			return true
		}
		if t.caseOf(i) == "under" {
			return false // "governments are under pressure": a state, not an act
		}
		if t.child(i, "cop") >= 0 && (t.child(i, "case") >= 0 || t.child(i, "det") >= 0) {
			return false // "Russia was behind the blast": a noun predicate, not a mistagged verb
		}
		return t.subject(i) >= 0 && tk.Dep != "compound"
	}
	return false
}

// determined reports whether the noun that word i describes has an
// article, demonstrative or possessor before i.
func (t *tree) determined(i int) bool {
	h := t.head(i)
	if h < 0 || h < i {
		return false
	}
	for _, c := range t.kids[h] {
		if c < i && (base(t.toks[c].Dep) == "det" || t.toks[c].Dep == "nmod:poss") {
			return true
		}
	}
	return false
}

// buffers returns the per-token slices sentence needs, cleared, reusing
// the document's earlier ones: trig marks trigger tokens, coded the verbs
// whose act found a source, skipped the verbs that are the content of
// another act; pats and rls hold each verb's pattern and roles.
func (st *docState) buffers(n int) (trig, coded, skipped []bool, pats []*Pattern, rls []roles) {
	if cap(st.flagBuf) < 3*n {
		st.flagBuf = make([]bool, 3*n)
		st.patBuf = make([]*Pattern, n)
		st.roleBuf = make([]roles, n)
	}
	flags := st.flagBuf[:3*n]
	clear(flags)
	pats, rls = st.patBuf[:n], st.roleBuf[:n]
	clear(pats)
	clear(rls)
	return flags[:n:n], flags[n : 2*n : 2*n], flags[2*n:], pats, rls
}

// sentence codes one sentence and appends its events to out.
func (st *docState) sentence(s *nlp.Sentence, ms []actor.Mention, out []event.Event) []event.Event {
	t := newTree(s, ms)
	d := st.c.dict
	st.si = s.Index
	st.places = nil
	t.lookup = st.c.opt.Lookup
	if st.c.opt.Places != nil {
		st.places = st.c.opt.Places(s)
	}
	var times []TimeExpr
	if st.c.opt.Times != nil {
		times = st.c.opt.Times(s, st.pub, st.prev)
		// "The crisis began on March 18 ... Algeria recalled its envoy
		// the next day": a sentence that codes nothing still moves the
		// story's clock to the one day it names.
		prev0 := st.prev
		defer func() {
			if st.prev == prev0 {
				if d, ok := soleDay(times, st.pub); ok {
					st.prev = d
				}
			}
		}()
		if len(times) > 0 {
			t.isTime = make([]bool, len(t.toks))
			for _, x := range times {
				for k := x.Start; k < x.End && k < len(t.toks); k++ {
					if k >= 0 {
						t.isTime[k] = true
					}
				}
				if k := x.Start - 1; k >= 0 && k < len(t.toks) && t.toks[k].UPOS == "ADP" {
					t.isTime[k] = true
				}
			}
		}
	}
	if trace != nil {
		trace("== s%d %s", s.Index, st.doc.Text[s.Start:s.End])
		for _, m := range ms {
			trace("   M %q %s h=%d", m.Text, m.Code, m.Head)
		}
	}
	n := len(t.toks)
	trig, coded, skipped, pats, rls := st.buffers(n)
	var acts []act
	for i := 0; i < n; i++ {
		if !t.verbLike(i) {
			continue
		}
		ps := d.verbs[t.lemma(i)]
		if len(ps) == 0 && t.toks[i].UPOS != "VERB" {
			ps = d.verbs[gerundStem(t.toks[i].Text, d)]
		}
		if len(ps) == 0 && t.toks[i].UPOS == "VERB" && len(t.lemma(i)) > 3 && !strings.HasSuffix(t.lemma(i), "e") {
			// a verb the lemmatizer cut one letter short ("telephoned" ->
			// "telephon"): the dictionary's form with its "e".
			ps = d.verbs[t.lemma(i)+"e"]
		}
		if l := t.lemma(i); len(ps) == 0 && t.toks[i].UPOS == "VERB" && len(l) > 6 && strings.HasPrefix(l, "re") {
			// "reimposed restrictions", "re-established ties": doing again
			// is doing (the dictionary lists "reopen" and "resume" where
			// they differ).
			ps = d.verbs[strings.TrimPrefix(l[2:], "-")]
		}
		if t.lemma(i) == "swear" && t.particle(i, inWord) {
			continue // "swore in a new military command" appoints; it vows nothing
		}
		if t.mustClause(i) {
			// "Yerevan told Moscow that Russian border guards must stop
			// working", "said French troops must leave": what another must
			// do, said, is demanded of it.
			ps = d.verbs["demand"]
		}
		if t.callsOn(i) {
			// "called on Washington to lift the embargo" is an appeal,
			// framed as "urged Washington to lift the embargo" is (the
			// "on" phrase names the target), never "called X Y".
			ps = append(append([]*Pattern(nil), d.verbs["urge"]...), onFrames(d.verbs["call"])...)
		}
		if p, r, ok := t.best(ps, i); ok && !(p.Code == "130" && t.riskWarning(i)) && !(p.Code[:2] == "10" && t.insistsOnState(i)) &&
			!(p.Code[:2] == "19" && t.hitBackInWords(i)) {
			trig[i], pats[i], rls[i] = true, p, r
		}
	}
	for i := 0; i < n; i++ {
		// "agreed to open talks, in a deal brokered by Turkey": who
		// brokered the deal is no part of what was agreed.
		brokered := pats[i] != nil && pats[i].Code == "045" && base(t.dep(i)) == "acl" && t.head(i) >= 0 && t.toks[t.head(i)].UPOS == "NOUN"
		if pats[i] != nil && !brokered && (t.embedded(i, pats) || t.documentContent(i) || t.pollContent(i) || t.condition(i) || t.casualties(i, pats)) {
			skipped[i] = true
		}
		// "states that still recognise Taipei": a present tense with
		// "still" tells a standing state of affairs, no act; so does a
		// relative clause in the present that describes its noun ("the
		// Polisario Front, which seeks independence for Western Sahara").
		if pats[i] != nil && (t.toks[i].XPOS == "VBP" || t.toks[i].XPOS == "VBZ") && !t.invariantPast(i) &&
			(t.hasChildLemma(i, "advmod", stillWord) || t.presentRelative(i) && !t.dated(i)) {
			skipped[i] = true
		}
		// "the two countries have long disputed the temples": a present
		// perfect that has gone on long is a standing state.
		if pats[i] != nil && t.presentPerfect(i) && t.hasChildLemma(i, "advmod", longWord) {
			skipped[i] = true
		}
		// "Honduras had recognised the government in Taipei for more than
		// eight decades": a perfect that lasted decades or years is a
		// standing relation, not an act.
		if pats[i] != nil && t.perfect(i) && t.lasted(i) {
			skipped[i] = true
		}
		// "fighting that has killed more than 30 people": a present perfect
		// whose subject is the relative pronoun sums up its noun.
		if pats[i] != nil && t.presentPerfect(i) && strings.HasSuffix(t.dep(i), ":relcl") && !t.dated(i) {
			if s := t.subject(i); s >= 0 && relPronouns[t.lemma(s)] {
				skipped[i] = true
			}
		}
		// "the two sides had two months to reopen embassies", "gave Moscow
		// 50 days to end the war": a deadline, not the act.
		if pats[i] != nil && i >= 2 && t.lemma(i-1) == "to" && deadlineUnits[t.lemma(i-2)] {
			skipped[i] = true
		}
		// "condemned the decision by Trump to return the island to the
		// list": what a decision reacted to decides is told, not done here.
		if pats[i] != nil && base(t.dep(i)) == "acl" && t.hasChildLemma(i, "mark", toMark) {
			if n := t.head(i); n >= 0 && base(t.dep(n)) == "obj" && t.toks[n].UPOS == "NOUN" {
				if h := t.head(n); h >= 0 && pats[h] != nil && reactionRoots[pats[h].Code[:2]] {
					skipped[i] = true
				}
			}
		}
		// "The war between the army and the RSF has killed tens of
		// thousands": a conflict's toll sums it up; it is no act.
		if pats[i] != nil && violentRoots[pats[i].Code[:2]] {
			if sb := t.subject(i); sb >= 0 && conflictNouns[t.lemma(sb)] && (t.presentPerfect(i) || t.toks[i].XPOS == "VBZ") {
				skipped[i] = true
			}
		}
		// "Under its terms, Hamas is to hand over 50 hostages", "Under the
		// law, inspectors may enter only if ...": what a deal or law
		// provides is no act (what was done under it, told in the past, is).
		if pats[i] != nil && t.provision(i) {
			skipped[i] = true
		}
		// "it was unacceptable to beat someone to death": what a judgment
		// weighs in general is no act of the one who judges.
		if pats[i] != nil && (t.dep(i) == "xcomp" || base(t.dep(i)) == "csubj") && t.head(i) >= 0 && t.toks[t.head(i)].UPOS == "ADJ" && t.expletiveJudgment(t.head(i)) {
			skipped[i] = true
		}
		// "blocked an EU statement criticising China", "vetoed a resolution
		// demanding a ceasefire": what a text that was stopped would have
		// said is said by no one.
		if pats[i] != nil && t.toks[i].XPOS == "VBG" && t.stoppedText(i) {
			skipped[i] = true
		}
		// "has not said where or when the two leaders might meet", "asking
		// voters whether they support Ukraine joining": a question asked
		// is no act told.
		if pats[i] != nil && t.indirectQuestion(i) {
			skipped[i] = true
		}
		// "a long tradition of granting asylum": a habit, no act.
		if pats[i] != nil && t.toks[i].XPOS == "VBG" && t.head(i) >= 0 && habitNouns[t.lemma(t.head(i))] {
			skipped[i] = true
		}
		// "imposed a tariff on Ecuador, hitting back two days after ...":
		// a participle of retaliation says what the main act was, not a
		// second act.
		if pats[i] != nil && (base(t.dep(i)) == "advcl" || base(t.dep(i)) == "conj" && t.head(i) >= 0 && t.toks[t.head(i)].XPOS != "VBG") &&
			t.toks[i].XPOS == "VBG" && t.head(i) >= 0 && trig[t.head(i)] &&
			(retaliateVerbs[t.lemma(i)] || pats[t.head(i)] != nil && (pats[t.head(i)].Code[:2] == pats[i].Code[:2] || pats[t.head(i)].Code == "163" && !reactionRoots[pats[i].Code[:2]])) {
			// (and what sanctions consist of: "imposed sanctions on Niger,
			// closing borders and freezing its assets")
			// ... nor does one of the same kind: "resigned, yielding to the
			// protest movement".
			skipped[i] = true
		}
		// "Iran struck the province, saying it had targeted militant
		// bases": what the striker says it did is the same act retold.
		if pats[i] != nil && base(t.dep(i)) == "ccomp" {
			if sp := t.head(i); sp >= 0 && t.toks[sp].XPOS == "VBG" && reportVerbs[t.lemma(sp)] && base(t.dep(sp)) == "advcl" {
				if h := t.head(sp); h >= 0 && pats[h] != nil && pats[h].Code[:2] == pats[i].Code[:2] {
					skipped[i] = true
				}
			}
		}
		// "The treaty must still be ratified by lawmakers": what must be
		// done, told by no one, is a requirement, no act.
		if pats[i] != nil && t.hasChildLemma(i, "aux", mustWord) && len(t.speakers(i)) == 0 {
			skipped[i] = true
		}
		// "travelled to the Kremlin for talks, becoming one of a handful
		// of leaders to meet him since the war began": the infinitive
		// ranks the act told; it is no second act.
		if pats[i] != nil && t.hasChildLemma(i, "mark", toMark) {
			if b := t.becomingOf(i); b >= 0 {
				if h := t.head(b); h >= 0 && pats[h] != nil && pats[h].Code[:2] == pats[i].Code[:2] {
					skipped[i] = true
				}
			}
		}
		if pats[i] != nil && !skipped[i] {
			k := len(acts)
			acts = st.verbAct(t, pats[i], i, rls[i], acts)
			coded[i] = len(acts) > k
		}
	}
	for i := 0; i < n; i++ {
		tk := &t.toks[i]
		if trig[i] || (tk.UPOS != "NOUN" && tk.UPOS != "PROPN" && tk.UPOS != "VERB" && tk.UPOS != "ADJ") {
			continue
		}
		if tk.UPOS == "VERB" && tk.XPOS == "VBN" && feelings[t.lemma(i)] && t.child(i, "aux:pass", "nsubj:pass") >= 0 {
			// "were angered by the request": the "by" phrase is the cause
			// of a feeling, no one's act of anger.
			continue
		}
		ps := d.nouns[t.lemma(i)]
		if len(ps) == 0 || t.isTime != nil && t.isTime[i] {
			// ("In March" names a month, not a protest march.)
			continue
		}
		if m := t.ment[i]; m >= 0 && t.mentions[m].Head != i {
			// a word inside an actor's name or title is no act: "the
			// Russian charge d'affaires", "the Peace and Security Council".
			continue
		}
		// the noun is what a coded verb acts on: a reference, not a new act
		// ("condemned the pact"); an indefinite one is news of its own
		// ("reacted to a summit of China and Japan").
		// (What the act happened during is an event of its own: "signed
		// agreements during the first visit to Australia by a premier".)
		if h, dep := t.governor(i); h >= 0 && trig[h] && (coded[h] || pats[h] == nil) && !t.hasChildLemma(i, "det", indefinite) && t.caseOf(i) != "during" {
			switch dep {
			case "obj", "nsubj", "obl", "xcomp", "iobj":
				continue
			}
		}
		// The object the verb's frame names is that act, whatever its article
		// ("filed a complaint with the WTO"), unless a relative clause tells
		// it apart ("violating a ceasefire the two had agreed").
		if h, dep := t.governor(i); h >= 0 && dep == "obj" && coded[h] && pats[h].namesObject(t.lemma(i)) && t.child(i, "acl:relcl") < 0 {
			continue
		}
		// "Mexico granted asylum" read with the verb as the noun's
		// adjective: the noun is the verb's object, coded with it.
		if c := t.child(i, "amod"); c >= 0 && t.toks[c].UPOS == "VERB" && coded[c] {
			continue
		}
		// what is called off or cancelled does not happen: "called off
		// a visit to Paris in protest".
		// Nor does what is barred: "a 1992 law that bars aid to Azerbaijan".
		if h, dep := t.governor(i); h >= 0 && dep == "obj" && (cancelVerbs[t.lemma(h)] || barVerbs[t.lemma(h)] || t.lemma(h) == "call" && t.particle(h, offWord)) {
			continue
		}
		if h := t.head(i); h >= 0 && (skipped[h] || t.documentContent(h)) && t.caseOf(i) != "during" {
			// (what frames the act is not its content: "agreed to restore
			// ties during a phone call" was a call.)
			continue
		}
		if t.pollContent(i) || t.describes(i) || t.conditionObject(i) || t.namedAs(i) {
			continue
		}
		// what might happen has not: "what Maduro calls a possible
		// American attack"; what critics are critics of is their topic:
		// "one of the harshest critics of the Israeli offensive".
		if t.hasChildLemma(i, "amod", mightBe) {
			continue
		}
		if h := t.head(t.firstConjunct(i)); h >= 0 && t.caseOf(t.firstConjunct(i)) == "of" && critics[t.lemma(h)] {
			continue
		}
		// what one has or faces now is a state: "Turkey has large
		// investments in Ethiopia", "exports now face a 35 percent tariff".
		if h := t.head(i); h >= 0 && base(t.dep(i)) == "obj" && (t.lemma(h) == "have" || t.lemma(h) == "face") && t.present(h) && !t.dated(h) {
			continue
		}
		// a noun completing an adjective describes: "ungrateful for American
		// support" (its subject is told of: "the visit was the first").
		if h := t.head(i); h >= 0 && t.toks[h].UPOS == "ADJ" && base(t.dep(i)) != "nsubj" {
			continue
		}
		// the topic of talk is no act: "data on missile launches", "a
		// row over forced labour and export curbs".
		// a reason given is no act told: "recalled its ambassador in
		// protest at the Israeli offensive", "citing the strikes".
		if h, dep := t.governor(i); h >= 0 && dep == "obj" && t.lemma(h) == "cite" {
			continue
		}
		if h := t.head(t.firstConjunct(i)); h >= 0 && t.caseOf(t.firstConjunct(i)) == "at" && reasonNouns[t.lemma(h)] {
			continue
		}
		// "rebels who have carried out deadly attacks": what a relative
		// clause in the present perfect sums up is no act told.
		if h, dep := t.governor(i); h >= 0 && dep == "obj" && t.presentPerfect(h) && strings.HasSuffix(t.dep(h), ":relcl") && !t.dated(h) {
			if sb := t.subject(h); sb >= 0 && relPronouns[t.lemma(sb)] {
				continue
			}
		}
		switch t.caseOf(t.firstConjunct(i)) {
		case "on", "about", "over", "regarding", "concerning":
			continue
		case "against":
			// what is protested or fought against is someone else's act:
			// "summoned the envoy to protest against an attack on its mission".
			continue
		}
		// an event noun inside an appeal, promise or threat is its content;
		// so is what such a content clause answers: "warned that Moscow
		// would respond to the expulsions" (told in the news before).
		if h := t.head(i); h >= 0 && (base(t.dep(i)) == "obj" || base(t.dep(i)) == "xcomp") &&
			(t.embedded(h, pats) || (pats[h] != nil && contentRoots[pats[h].Code[:2]])) {
			continue
		}
		if h := t.head(i); h >= 0 && base(t.dep(i)) == "obl" && t.embedded(h, pats) && answerVerbs[t.lemma(h)] {
			continue
		}
		if p, r, ok := t.best(ps, i); ok {
			trig[i] = true
			acts = st.nounAct(t, p, i, r, acts)
		}
	}
	for i := 0; i < n; i++ {
		acts = st.blameAct(t, i, acts)
	}
	if len(acts) == 0 {
		return out
	}
	places := st.places
	// in the order of the text, so that an event noun can refer to an act
	// named earlier in the same sentence.
	sort.SliceStable(acts, func(x, y int) bool { return acts[x].trig < acts[y].trig })
	seen := map[[3]string]bool{}
	keyTag := "" // tells apart the second direction of a joint act within one state
	for ai := range acts {
		a := &acts[ai]
		if len(a.tgt) == 0 && len(a.refToks) > 0 {
			st.resolveRefs(t, a)
		}
		if trace != nil {
			trace("  act %s %q %s src=%v tgt=%v sym=%v %+v", a.pat, t.toks[a.trig].Text, a.code, partyNames(a.src), partyNames(a.tgt), a.sym, a.v)
		}
		if a.code[:2] == "02" && len(a.tgt) > 0 && allCourts(a.tgt) {
			// "asked the International Court of Justice to order emergency
			// measures", "asked the WTO to open consultations": a plea to a
			// court is a step in a case, no appeal to a political actor.
			continue
		}
		if a.code[:2] == "10" && len(a.tgt) == 0 && len(a.src) > 0 && t.ordersOwn(a.trig, a.src[0].a.Country) {
			continue // a command at home is no demand on another actor
		}
		if (a.code == "042" || a.code == "043") && len(a.src) > 0 && !a.sym && (t.populace(&a.src[0]) || a.code == "042" && t.subject(a.trig) >= 0 && craftNouns[t.lemma(t.subject(a.trig))]) {
			// (nor do drones and missiles that cross a border)
			// migrants crossing, tourists visiting: people travel, states
			// do not meet.
			continue
		}
		date := st.dateOf(t, a, times)
		loc := st.placeOf(t, a, places)
		if a.code == "042" || a.code == "043" {
			// one comes from a place, not to visit it: "landed on a flight
			// from Hong Kong".
			a.tgt = slices.DeleteFunc(a.tgt, func(p party) bool {
				return p.tok >= 0 && p.tok < len(t.toks) && (t.caseOf(p.tok) == "from" || t.caseOf(t.firstConjunct(p.tok)) == "from")
			})
		}
		if (a.code == "042" || a.code == "043") && len(a.tgt) == 0 {
			if loc == nil || loc.Country == "" || loc == st.dateline || t.caseOf(loc.Head) == "from" || t.caseOf(t.head(loc.Head)) == "from" {
				continue // a visit with no host named ("landed on a flight from Hong Kong" names none)
			}
			a.tgt = append(a.tgt, party{text: loc.Name, a: actor.Actor{Code: loc.Country, Country: loc.Country}, tok: -1, ment: -1})
		}
		if !a.sym && len(a.tgt) == 0 && len(a.src) >= 2 && ((jointRoots[a.code[:2]] || jointCodes[a.code]) && !notJoint[a.code] || t.reciprocal(a.trig)) {
			a.sym = true
		}
		if !a.sym && len(a.tgt) == 0 && len(a.src) > 0 && a.code == "171" && len(a.src[0].a.Country) == 3 && a.src[0].a.Country != "IGO" {
			// property seized or damaged in a story between states belongs to
			// the other state: "coast guard ships turned water cannon on
			// another supply mission".
			if p := st.partner(a.src); p != nil {
				a.tgt = []party{*p}
			}
		}
		if !a.sym && len(a.tgt) == 0 && len(a.src) > 0 && a.code[:2] == "17" && len(a.src[0].a.Country) == 3 && a.src[0].a.Country != "IGO" &&
			!t.namedStranger(a.trig) {
			// arrests and crackdowns with no one named fall on the state's own people.
			c := a.src[0].a.Country
			a.tgt = []party{{text: "", a: actor.Actor{Code: c, Country: c}, tok: -1, ment: -1}}
		}
		if !a.sym && len(a.tgt) == 0 && len(a.src) > 0 && a.code[:2] == "15" && len(a.src[0].a.Country) == 3 && a.src[0].a.Country != "IGO" &&
			t.clause(a.trig, func(j int) bool { return unrestWords[t.lemma(j)] }) {
			// forces deployed against protests or unrest are mobilised
			// against the state's own challengers.
			c := a.src[0].a.Country
			a.tgt = []party{{text: "", a: actor.Actor{Code: c + "OPP", Country: c, Sector: "OPP"}, tok: -1, ment: -1}}
		}
		if !a.sym && len(a.tgt) == 0 && len(a.src) > 0 && a.code[:2] == "15" && a.src[0].a.Country == "IGO" {
			// "ECOWAS ordered the activation of its standby force to restore
			// constitutional rule in Niger": a bloc's force posture is
			// against the state its purpose names.
			for _, c := range t.kids[a.trig] {
				if d := base(t.dep(c)); (d == "advcl" || d == "xcomp") && t.hasChildLemma(c, "mark", toMark) {
					if in := t.inState(c); in >= 0 {
						a.tgt = notSelf(t.parties([]int{in}), a.src)
						break
					}
				}
			}
		}
		if !a.sym && len(a.tgt) == 0 && len(a.src) > 0 && placeTarget(a.code) {
			// "jets struck sites in southern Lebanon": violence done in
			// another state's territory falls on that state.
			if in := t.inState(a.trig); in >= 0 {
				a.tgt = notSelf(t.parties([]int{in}), a.src)
			}
			if p, ok := t.objectPlace(a.trig); len(a.tgt) == 0 && ok && len(p.Country) == 3 &&
				(p.Country != a.src[0].a.Country || nonState[a.src[0].a.Sector]) {
				// "the rebels captured Bukavu": the town's state.
				a.tgt = []party{{text: p.Name, a: actor.Actor{Code: p.Country, Country: p.Country}, tok: -1, ment: -1}}
			}
			if len(a.tgt) == 0 && loc != nil && loc != st.dateline && len(loc.Country) == 3 && loc.Country != a.src[0].a.Country {
				a.tgt = []party{{text: loc.Name, a: actor.Actor{Code: loc.Country, Country: loc.Country}, tok: -1, ment: -1}}
			}
		}
		if a.code[:2] == "13" && len(a.src) > 0 {
			// one does not threaten one's own people, only one's
			// challengers: "would respond to any attack on its citizens"
			// threatens whoever attacks them.
			keep := a.tgt[:0:0]
			for _, p := range a.tgt {
				if p.a.Country != a.src[0].a.Country || challengers[p.a.Sector] {
					keep = append(keep, p)
				}
			}
			a.tgt = keep
		}
		if !a.sym && len(a.tgt) == 0 && len(a.src) > 0 && (a.code == "045" || a.code == "0256") {
			// "the deal was brokered by Turkey": a mediator works between
			// the story's two main parties; so does a call to halt the
			// fighting ("Saudi Arabia called for an immediate halt").
			a.tgt = st.mediated(a.src)
		}
		if !a.sym && len(a.tgt) == 0 && len(a.src) > 0 && (a.code[:2] != "15" || a.code == "151" || a.code == "152" || t.lemma(a.trig) == "scramble") {
			// the text names no target: the state the story pits the source
			// against. (A show of force may have none, a missile test; an
			// alert or a scramble is against someone.)
			if p := st.partner(a.src); p != nil {
				a.tgt = []party{*p}
			}
		}
		if c := conditionalThreat(a.code); c != "" && !a.v.negated && !a.said && len(a.src) > 0 && t.saysOwnCondition(a) {
			// "Doha had informed both parties that it would halt its
			// mediation if no deal was struck": a harm one says one will do
			// on a condition is a threat, made now.
			a.code, a.rev, a.sym, a.v.modality = c, "", false, event.Asserted
		}
		if a.v.negated && a.v.modality == event.Hypothetical {
			// "Tokyo would not bow to the demand", "could not be lifted
			// without Congress": what would not happen is told of no one.
			continue
		}
		if a.v.modality == event.Future && !a.v.negated && (a.code[:2] == "06" || a.code[:2] == "07") && t.saidWill(a.trig) {
			// "said Moscow would help Pyongyang build satellites": aid or
			// cooperation told as what one will do is its promise (03x),
			// made now.
			if c := intentCodes[a.code]; c != "" {
				a.code, a.rev, a.v.modality = c, "", event.Asserted
				if len(dedupParties(a.src)) == 1 && len(a.tgt) > 0 {
					a.sym = false // one side's promise
				}
			}
		}
		if a.v.modality == event.Future && !a.v.negated && a.code[:2] == "04" && !visitCodes[a.code] &&
			!(a.code == "040" && t.venue(a.trig, a.gov) != "") {
			// talks announced for later are an intent to meet (036), the
			// announcer's own unless several parties announce them
			// together ("Erdogan said he would discuss the deal with
			// Putin"); visits keep their code, as future acts.
			a.code, a.rev, a.v.modality = "036", "", event.Asserted
			if len(a.src) == 1 && len(a.tgt) > 0 {
				a.sym = false
			}
		}
		reporters := st.reporters(t, a)
		mention := event.MentionID(st.doc.ID, s.Index, t.toks[a.trig].Start, a.code)
		emit := func(src, tgt *party, code string) {
			if src == nil || (tgt != nil && (samePart(src, tgt) || (sameState(src, tgt) && !coercion[code[:2]]))) {
				return
			}
			key := [3]string{src.a.Country, "", code}
			if tgt != nil {
				key[1] = tgt.a.Country + keyTag
			}
			if seen[key] {
				return
			}
			seen[key] = true
			// ties restored are one act however often the story retells it
			// ("agreed to restore relations ... would open an embassy ...
			// had agreed to re-establish ties"); a signing retold in the
			// passive ("The agreement was signed by Cleverly and Biruta",
			// after the lead told it) is no second pact.
			if (code == "050" || code == "057") && tgt != nil && st.retold(code, src, tgt) && (code == "050" || t.passive(a.trig)) {
				return
			}
			e := event.Event{Schema: event.Schema, Mention: mention, Doc: st.doc.ID, Sentence: s.Index,
				Span: [2]int{s.Start, s.End}, Source: toEvent(src), Target: toEvent(tgt), Cameo: code,
				Date: date.String(), Published: st.doc.Published, Negated: a.v.negated,
				Modality: a.v.modality, ReportedBy: reporters}
			if s.Start >= 0 && s.End <= len(st.doc.Text) && s.Start <= s.End {
				e.Text = st.doc.Text[s.Start:s.End]
			}
			if loc != nil && (loc != st.dateline || st.datelineFits(src, tgt)) {
				l := &event.Location{Name: loc.Name, Country: loc.Country}
				if loc.HasCoord {
					lat, lon := loc.Lat, loc.Lon
					l.Lat, l.Lon = &lat, &lon
				}
				e.Location = l
			}
			if e.ReportedBy == nil {
				e.ReportedBy = []event.Actor{}
			}
			cameoInfo(&e)
			e.SetIDs()
			out = append(out, e)
		}
		if a.sym && a.v.negated && len(a.src) == 1 && len(a.tgt) > 0 {
			// "Washington will not normalise relations with Damascus":
			// one side's refusal says nothing of the other's.
			a.sym, a.rev = false, ""
		}
		if a.code == "057" && t.attempted(a.trig) {
			// "agreed to try to conclude a deal", "committed to reaching
			// an agreement": a deal sought, not signed, is an intent to
			// settle.
			// (a pledge by one side is that side's.)
			a.code, a.rev = "037", ""
			a.sym = len(dedupParties(a.src)) > 1
			if a.v.modality == event.Future {
				a.v.modality = event.Asserted
			}
		}
		if a.sym && a.code == "057" && len(a.tgt) == 0 && len(dedupParties(a.src)) == 1 && t.pronounObject(a.trig) {
			// "Baku has said it will not sign it": the pact told before,
			// with the story's other side (a refusal one side's only).
			if p := st.partner(a.src); p != nil {
				a.tgt = []party{*p}
				if a.v.negated {
					a.sym, a.rev = false, ""
				}
			}
		}
		switch {
		case a.sym:
			parts := append(append([]party(nil), a.src...), a.tgt...)
			parts = dedupParties(parts)
			if len(parts) < 2 {
				continue
			}
			if a.code == "040" {
				// a meeting with a named venue: a visit when the venue is one
				// party's, a third-location meeting otherwise.
				if vc := t.venue(a.trig, a.gov); vc != "" {
					host := -1
					for x := range parts {
						if parts[x].a.Country == vc {
							host = x
						}
					}
					for x := range parts {
						for y := range parts {
							switch {
							case x == y:
							case host < 0:
								emit(&parts[x], &parts[y], "044")
							case y == host:
								emit(&parts[x], &parts[y], "042")
							case x == host:
								emit(&parts[x], &parts[y], "043")
							}
						}
					}
					break
				}
			}
			for x := range parts {
				for y := range parts {
					if x != y {
						// a joint act of two parties of one state (a
						// government and its rebels) holds both ways.
						if x > y && parts[x].a.Country == parts[y].a.Country {
							keyTag = "<"
						}
						emit(&parts[x], &parts[y], a.code)
						keyTag = ""
					}
				}
			}
		default:
			for x := range a.src {
				if len(a.tgt) == 0 {
					emit(&a.src[x], nil, a.code)
				}
				for y := range a.tgt {
					emit(&a.src[x], &a.tgt[y], a.code)
					if a.rev != "" {
						emit(&a.tgt[y], &a.src[x], a.rev)
					}
				}
			}
		}
		if !date.IsZero() {
			st.prev = date
		}
		st.remember(t, a, date)
	}
	return out
}

// notSelf drops targets that are the source itself ("withdrew its complaint").
func notSelf(tgt, src []party) []party { return dropSelf(tgt, src, false) }

// notSelfFor is notSelf, except that violence against persons (18x, 20x)
// may fall on the state's own people: "Venezuela ordered the murder of a
// Venezuelan dissident".
func notSelfFor(code string, tgt, src []party) []party {
	return dropSelf(tgt, src, code[:2] == "18" || code[:2] == "20")
}

// dropSelf drops the targets that are a source; with ownPeople, a second
// mention of the source's state (one of its people) stays.
func dropSelf(tgt, src []party, ownPeople bool) []party {
	out := tgt[:0:0]
	for k := range tgt {
		// the press is a target of arrests and bans, not of diplomacy:
		// "told reporters" names an audience.
		self := tgt[k].a.Sector == "MED"
		for j := range src {
			switch {
			case ownPeople && tgt[k].ment >= 0 && src[j].ment >= 0:
				// two mentions: a state and one of its people
				self = self || tgt[k].ment == src[j].ment
			case ownPeople:
				self = self || samePart(&tgt[k], &src[j])
			default:
				self = self || samePart(&tgt[k], &src[j]) || sameState(&tgt[k], &src[j])
			}
		}
		if !self {
			out = append(out, tgt[k])
		}
	}
	return out
}

// soleDay is the one absolute day, not after publication, that times name.
func soleDay(times []TimeExpr, pub timex.Date) (timex.Date, bool) {
	var d timex.Date
	for _, x := range times {
		if x.Relative || x.AnchorAt > 0 || x.Date.IsZero() {
			continue
		}
		if !d.IsZero() || x.Date.Day == 0 || x.Date.After(pub) {
			return timex.Date{}, false
		}
		d = x.Date
	}
	return d, !d.IsZero()
}

// mightBe are adjectives of what has not happened.
var mightBe = map[string]bool{"possible": true, "potential": true, "hypothetical": true, "eventual": true, "feared": true, "imminent": true}

// critics are those whose "of" phrase is what they judge.
var critics = map[string]bool{"critic": true, "opponent": true, "supporter": true, "defender": true, "champion": true, "advocate": true, "proponent": true}

// feelings are verbs whose passive tells what the subject feels.
var feelings = map[string]bool{"anger": true, "outrage": true, "alarm": true, "dismay": true, "upset": true, "concern": true,
	"worry": true, "shock": true, "infuriate": true, "enrage": true, "frustrate": true, "disappoint": true}

// jointRoots are acts that parties named together do with one another
// when no one else is named: "Japan and South Korea agreed to resume visits".
var jointRoots = map[string]bool{"03": true, "04": true}

// mediation is never among the mediators.
var notJoint = map[string]bool{"045": true, "039": true, "038": true, "028": true}
var jointCodes = map[string]bool{"081": true, "057": true, "050": true, "054": true, "0871": true, "062": true, "061": true, "046": true, "0841": true, "064": true}

func samePart(a, b *party) bool {
	if a.ment >= 0 && a.ment == b.ment && a.a.Code == b.a.Code && a.a.Name == b.a.Name {
		return true
	}
	return a.a.Code == b.a.Code && a.a.Name == b.a.Name && a.a.Country == b.a.Country
}

// sameState reports two names for one state acting on itself ("Cuba" and its
// president); actors of one country in different roles (police, protesters,
// rebels) stay apart.
func sameState(a, b *party) bool {
	if a.a.Country != b.a.Country {
		return false
	}
	return !nonState[a.a.Sector] && !nonState[b.a.Sector]
}

// challengers are those a state can threaten at home.
var challengers = map[string]bool{"OPP": true, "REB": true, "INS": true, "UAF": true, "CRM": true, "PTY": true, "LAB": true, "EDU": true}

// coercion can pit organs of one state against each other (a guard
// detaining the president, police arresting a minister).
var coercion = map[string]bool{"17": true, "18": true, "19": true, "20": true}

// nonState sectors can face their own state: rebels, protesters, civilians,
// the opposition. Between two organs of one state there is no event.
var nonState = map[string]bool{"OPP": true, "REB": true, "INS": true, "UAF": true, "CVL": true, "EDU": true,
	"LAB": true, "REF": true, "CRM": true, "BUS": true, "PTY": true, "NGO": true, "REL": true, "HLH": true,
	"AGR": true, "ELI": true, "SPY": false, "MED": true, "JUD": true, "LEG": true}

func dedupParties(ps []party) []party {
	out := ps[:0:0]
	for _, p := range ps {
		dup := false
		for _, q := range out {
			if samePart(&p, &q) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// parties resolves role tokens to actors, expanding conjunctions and the
// members of plural mentions ("the two leaders").
func (t *tree) parties(toks []int) []party {
	var out []party
	for _, tok := range toks {
		for _, at := range t.actorToks(tok) {
			mi := t.ment[at]
			if mi < 0 {
				continue
			}
			m := &t.mentions[mi]
			if len(m.Members) > 0 {
				for _, a := range m.Members {
					out = append(out, party{text: m.Text, a: a, tok: at, ment: mi})
				}
				continue
			}
			if m.Country == "" && m.Code == "" {
				continue
			}
			out = append(out, party{text: m.Text, a: m.Actor, tok: at, ment: mi})
		}
	}
	return dedupParties(out)
}

// createsObject reports whether an act brings its object into being: a
// pact signed, talks held, aid given.
func createsObject(code string) bool {
	switch code[:2] {
	case "03", "04", "06", "07":
		return true
	}
	return code == "057"
}

// refNouns returns the target tokens that are event nouns naming no actor
// ("condemned the pact"): they stand for the parties of an earlier act.
func refNouns(t *tree, toks []int, creates bool) []int {
	var out []int
	for _, tok := range toks {
		if tok < 0 {
			continue
		}
		if _, ok := refRoots[t.lemma(tok)]; ok && !(creates && t.hasChildLemma(tok, "det", indefinite)) {
			// ("signed an agreement" brings in a new one; "refused to
			// endorse a joint text" one that some body drafted.)
			out = append(out, tok)
		}
	}
	return out
}

// resolveRefs fills an act's target from the acts its event nouns refer to.
func (st *docState) resolveRefs(t *tree, a *act) {
	for _, tok := range a.refToks {
		roots := refRoots[t.lemma(tok)]
		var m *memo
		if roots == "" && len(a.src) > 0 {
			// "the decision", "the move": the story's lead act, by someone else.
			m = st.lead(a.src[0].a.Country)
		}
		if m == nil {
			m = st.recall(t.lemma(tok), roots)
		}
		if m != nil {
			if len(m.targets) > 0 && m.code[:2] == a.code[:2] && (m.code[:2] == "16" || m.code[:2] == "17") {
				// "The restrictions were adopted by the bloc": the same
				// measure told again falls on those it fell on before.
				a.tgt = append(a.tgt, m.targets...)
			} else if tripNouns[t.lemma(tok)] && reactionRoots[a.code[:2]] && (m.code == "042" || m.code == "043") && m.nsrc < len(m.parties) {
				// "criticised the visit": the visitor made it.
				if m.code == "042" {
					a.tgt = append(a.tgt, m.parties[:m.nsrc]...)
				} else {
					a.tgt = append(a.tgt, m.parties[m.nsrc:]...)
				}
			} else {
				a.tgt = append(a.tgt, m.parties...)
			}
		}
	}
	a.tgt = notSelf(dedupParties(a.tgt), a.src)
}

// lead returns the first act of the story whose parties do not include
// country.
func (st *docState) lead(country string) *memo {
	for k := range st.memory {
		m := &st.memory[k]
		if len(m.lemma) == 2 {
			continue // the root-keyed twin of a memo
		}
		own := false
		for _, p := range m.parties {
			own = own || p.a.Country == country
		}
		if !own {
			return m
		}
	}
	return nil
}

// recallWindow is how many memos (two per act) back an event noun may
// refer. (16 reaches "the visit" five sentences after the arrival, but
// more often a wrong act: measured on dev.)
const recallWindow = 8

func (st *docState) recall(lemma, roots string) *memo {
	for k := len(st.memory) - 1; k >= 0 && k >= len(st.memory)-recallWindow; k-- {
		m := &st.memory[k]
		if m.lemma == lemma {
			return m
		}
	}
	for k := len(st.memory) - 1; k >= 0 && k >= len(st.memory)-recallWindow; k-- {
		m := &st.memory[k]
		if roots == "" || containsRoot(roots, m.lemma) {
			return m
		}
	}
	return nil
}

func containsRoot(roots, codeRoot string) bool {
	for i := 0; i+2 <= len(roots); i += 3 {
		if roots[i:i+2] == codeRoot {
			return true
		}
	}
	return false
}

// remember stores an act's agents for later event nouns. The memo is kept
// under both its trigger lemma and its CAMEO root.
func (st *docState) remember(t *tree, a *act, date timex.Date) {
	ps := dedupParties(append([]party(nil), a.src...))
	nsrc := len(ps)
	if a.sym || a.rev != "" {
		ps = dedupParties(append(ps, a.tgt...))
	}
	if len(ps) == 0 {
		return
	}
	for k := range ps {
		ps[k].tok, ps[k].ment = -1, -1
	}
	var tg []party
	if !a.sym && a.rev == "" {
		tg = dedupParties(append(tg, a.tgt...))
		for k := range tg {
			tg[k].tok, tg[k].ment = -1, -1
		}
	}
	st.memory = append(st.memory, memo{lemma: t.lemma(a.trig), parties: ps, targets: tg, code: a.code, date: date, nsrc: nsrc},
		memo{lemma: a.code[:2], parties: ps, targets: tg, code: a.code, date: date, nsrc: nsrc})
}

// verbAct builds the act of verb trigger i.
func (st *docState) verbAct(t *tree, p *Pattern, i int, r roles, acts []act) []act {
	srcToks := r.src
	inverted := -1
	if len(srcToks) == 0 {
		ag := t.agentOf(i, 0)
		if ag > i && !t.passive(i) && t.dep(ag) != "" && base(t.dep(ag)) == "nsubj" && t.head(ag) == i {
			// a subject after its verb is a misparse of "A battled B":
			// read the sentence in order.
			if ls := t.linearSubject(i); ls >= 0 {
				inverted, ag = ag, ls
			}
		}
		srcToks = []int{ag}
	}
	tgtToks := r.tgt
	if len(tgtToks) == 0 && !r.explicitT && t.callsOn(i) {
		// "called on Israel to halt ...": the one called on.
		for _, c := range t.kids[i] {
			if cs := t.caseOf(c); (cs == "on" || cs == "upon") && len(t.actorToks(c)) > 0 {
				tgtToks = []int{c}
				break
			}
		}
	}
	if len(tgtToks) == 0 && !r.explicitT {
		tgtToks = []int{t.patient(i)}
		if tgtToks[0] < 0 && judgingVerbs[t.lemma(i)] {
			// "called Nauru's decision disappointing", the judged thing
			// parsed as the subject of the predicate.
			if x := t.child(i, "xcomp"); x >= 0 {
				if xs := t.subject(x); xs >= 0 {
					tgtToks[0] = xs
				}
			}
		}
		if o := tgtToks[0]; o >= 0 && t.ment[o] < 0 {
			// "threatened military action against Guyana": the act's
			// object names its target, not its kind ("military").
			for _, c := range t.kids[o] {
				if base(t.toks[c].Dep) == "nmod" && (t.caseOf(c) == "against" || t.caseOf(c) == "on") && len(t.actorToks(c)) > 0 {
					tgtToks[0] = c
					break
				}
			}
		}
		if inverted >= 0 && tgtToks[0] < 0 {
			tgtToks[0] = inverted
		}
		// "sent Kim a letter": the indirect object is the one acted upon.
		if io := t.child(i, "iobj"); io >= 0 {
			tgtToks = append(tgtToks, io)
		}
	}
	a := act{pat: p, code: p.Code, rev: p.Rev, trig: i, gov: i, sym: p.Symmetric()}
	if r.reported {
		// "Biden said Putin had committed war crimes": the speaker accuses.
		sp := t.speakers(i)
		if len(sp) == 0 {
			return acts
		}
		a.src = t.parties(sp[:1])
		ag := t.agentOf(i, 0)
		a.tgt = notSelf(t.parties([]int{ag}), a.src)
		if len(a.src) == 0 {
			return acts
		}
		if len(a.tgt) == 0 {
			// "said the warrant was justified": the act the noun refers to.
			a.refToks = refNouns(t, []int{ag}, false)
			// "said it was outrageous to beat someone to death": what is
			// judged is an act of the story's other side.
			if len(a.refToks) == 0 && !t.expletiveJudgment(i) {
				return acts
			}
		}
		a.v = verdict{modality: event.Asserted}
		a.said = true
		return append(acts, a)
	}
	a.src = t.parties(srcToks)
	if len(a.src) == 0 && len(srcToks) == 1 && srcToks[0] >= 0 && t.accusedOne(srcToks[0]) {
		// "accusing its northern neighbour of backing rebels": the one
		// accused does what is alleged; unknown, no one else does it.
		return acts
	}
	if len(a.src) == 0 && len(srcToks) == 1 {
		// "the military said it was ready": an unresolved pronoun that
		// says what it will do is the speaker.
		if sp := t.pronounSpeaker(srcToks[0]); sp >= 0 {
			a.src = t.parties([]int{sp})
		}
	}
	if len(a.src) == 0 && len(r.src) == 0 && !t.passive(i) && (t.subject(i) < 0 || t.subject(i) > i) {
		// only for a verb the parser left without a subject before it: "the
		// meeting with Zelensky ended" has one, naming no actor.
		if ls := t.linearSubject(i); ls >= 0 {
			a.src = t.parties([]int{ls})
		}
	}
	if len(a.src) == 0 && len(r.src) == 0 && t.passive(i) && p.Code[:2] == "17" && t.child(i, "obl:agent") < 0 {
		// "Gross had been arrested in Havana", "were charged in Paris":
		// with no agent named, the state where one is arrested or charged
		// does it.
		for _, c := range t.kids[i] {
			if cs := t.caseOf(c); cs == "in" || cs == "at" {
				if g, ok := t.governmentOf(c); ok {
					a.src = []party{g}
					break
				}
				// "at the main airport serving Caracas": a known place
				// inside the phrase.
				for _, pl := range st.places {
					if len(pl.Country) == 3 && pl.Head >= 0 && pl.Head < len(t.toks) && t.within(pl.Head, c, 3) {
						a.src = []party{{text: pl.Name, a: actor.Actor{Code: pl.Country + "GOV", Country: pl.Country, Sector: "GOV"}, tok: -1, ment: -1}}
						break
					}
				}
				if len(a.src) > 0 {
					break
				}
			}
		}
	}
	if len(a.src) == 0 && len(r.src) == 0 && t.passive(i) && p.Code[:2] == "17" && t.child(i, "obl:agent") < 0 {
		// "the interior minister said 1,133 people had been detained": an
		// arrest with no agent, told by a state's official, is that
		// state's.
		if sp := t.speakers(i); len(sp) > 0 {
			for _, q := range t.parties(sp[:1]) {
				if c := q.a.Country; len(c) == 3 && !nonStateCodes[c] && !nonState[q.a.Sector] && !regions[c] {
					a.src = []party{{text: q.text, a: actor.Actor{Code: c + "GOV", Country: c, Sector: "GOV"}, tok: -1, ment: -1}}
				}
			}
		}
	}
	if len(a.src) == 0 && len(r.src) == 0 && t.passive(i) && p.Code == "161" && recallVerbs[t.lemma(i)] && t.child(i, "obl:agent") < 0 {
		// "the Lithuanian envoy in Beijing was called home": an envoy is
		// recalled by the state that sent it, from the one it is posted to.
		if e := t.patient(i); e >= 0 {
			if g, ok := t.governmentOf(e); ok {
				a.src = []party{g}
				for _, c := range t.kids[e] {
					if t.caseOf(c) == "in" {
						a.tgt = notSelf(t.parties([]int{c}), a.src)
					}
				}
			}
		}
	}
	if len(a.src) == 0 && len(r.src) == 0 && t.passive(i) && p.Code[:2] == "15" && p.Code < "153" && t.child(i, "obl:agent") < 0 {
		// "troops were put on high alert", "fighter jets were scrambled":
		// a state readies its own forces, so forces named with no one
		// acting upon them act themselves.
		if e := t.patient(i); e >= 0 {
			a.src = t.parties([]int{e})
		}
	}
	if len(a.src) == 0 && len(r.src) == 0 && base(t.dep(i)) == "conj" && !t.passive(i) {
		// "police have used tear gas ... and have detained 150 people":
		// a conjoined verb shares the source its first verb was given.
		for k := len(acts) - 1; k >= 0; k-- {
			if acts[k].trig == t.head(i) && !acts[k].sym {
				a.src = acts[k].src
				break
			}
		}
	}
	if len(a.src) == 0 && r.placeSrc {
		// "had been arrested in Havana": the state of the place.
		for _, pl := range st.places {
			if len(pl.Country) == 3 {
				a.src = []party{{text: pl.Name, a: actor.Actor{Code: pl.Country, Country: pl.Country}, tok: -1, ment: -1}}
				break
			}
		}
	}
	if len(a.src) == 0 && r.speakerSrc {
		if sp := t.speakers(i); len(sp) > 0 {
			a.src = t.parties(sp[:1])
		}
	}
	if len(a.src) == 0 {
		return acts
	}
	destOnly := false
	if len(tgtToks) == 1 && tgtToks[0] >= 0 && reactionRoots[p.Code[:2]] && tripNouns[t.lemma(tgtToks[0])] {
		// "criticised Fico's Moscow trip", "criticised the Moscow trip":
		// a trip is its traveller's; the place it went to is no target.
		if ps := t.child(tgtToks[0], "nmod:poss"); ps >= 0 {
			tgtToks = []int{ps}
		} else if t.child(tgtToks[0], "compound", "amod") >= 0 {
			destOnly = true
		}
	}
	if destOnly {
		a.refToks = []int{tgtToks[0]}
	} else {
		a.tgt = notSelfFor(p.Code, t.parties(tgtToks), a.src)
	}
	if len(a.tgt) == 0 && (p.Code == "163" || strings.HasPrefix(p.Code, "124")) && st.c.opt.Lookup != nil {
		// "its ban on fishery products from the Fukushima region",
		// "restrictions on seafood from 10 Japanese prefectures": a ban on
		// goods from a place falls on the place's state.
		if c := t.fromPlace(i, st.c.opt.Lookup); c != "" && c != a.src[0].a.Country {
			a.tgt = []party{{text: "", a: actor.Actor{Code: c, Country: c}, tok: -1, ment: -1}}
		}
	}
	if len(a.tgt) == 0 && (p.Code[:2] == "09" || p.Code == "163") {
		// "an anti-dumping investigation into pork imported from the EU":
		// a probe or ban on goods falls on where they come from.
		if k := t.goodsFrom(i); k >= 0 {
			a.tgt = notSelf(t.parties([]int{k}), a.src)
		}
	}
	if len(a.tgt) == 0 && len(tgtToks) == 1 && tgtToks[0] >= 0 && answersBody(p, t.lemma(tgtToks[0])) {
		// "voted against the text", "welcomed the resolution", "hailed
		// the judgment": the body's the story names last, not a state's;
		// a ruling only a court's, not a national court's of the story.
		if g := st.lastIGO(st.si); g != nil && (!rulingNouns[t.lemma(tgtToks[0])] || courtName(g.a.Name)) {
			a.tgt = notSelf([]party{*g}, a.src)
		}
	}
	if len(a.tgt) == 0 && len(a.src) > 1 && !a.sym && jointRoots[a.code[:2]] && !t.reciprocal(i) {
		// "Biden and Johnson pledged to help Australia": parties named
		// together act jointly only when no one else is named.
		if x := t.toComplement(i); x >= 0 {
			if o := t.patient(x); o >= 0 && len(t.actorToks(o)) > 0 {
				a.tgt = notSelf(t.parties([]int{o}), a.src)
			}
		}
	}
	joint := len(a.src) > 1 && (a.sym || ((jointRoots[a.code[:2]] || jointCodes[a.code]) && !notJoint[a.code]) || t.reciprocal(i))
	if len(a.tgt) == 0 && !joint && !destOnly {
		// ("the two governments signed the agreement": parties enough.)
		a.refToks = refNouns(t, tgtToks, createsObject(p.Code))
	}
	if len(a.tgt) == 0 && len(a.refToks) == 0 && p.Code[:2] == "13" {
		// "warned that any ECOWAS intervention in Niger would be treated
		// as war": a threat falls on whoever would commit the act it
		// answers.
		c := t.child(i, "ccomp")
		for _, k := range t.kids[i] {
			// ("warned in a statement that ...", the clause on the noun)
			if c < 0 && base(t.dep(k)) == "obl" {
				if x := t.child(k, "acl"); x >= 0 && t.hasChildLemma(x, "mark", thatMark) {
					c = x
				}
			}
		}
		if c >= 0 {
			if sb := t.subject(c); sb >= 0 && t.toks[sb].UPOS == "NOUN" {
				for _, k := range t.kids[sb] {
					if d := t.toks[k].Dep; (d == "compound" || d == "amod" || d == "nmod:poss") && k < sb && t.ment[k] >= 0 {
						a.tgt = notSelf(t.parties([]int{k}), a.src)
						break
					}
				}
			}
		}
	}
	if len(a.tgt) == 0 && len(a.refToks) == 0 && !joint && (p.Code[:2] == "02" || p.Code[:2] == "10") {
		// "demanded that Denmark withdraw its soldiers": the one asked
		// is the subject of what is demanded.
		if x := t.xcompOf(i); x >= 0 {
			if xs := t.subject(x); xs >= 0 && !relPronouns[t.lemma(xs)] {
				a.tgt = notSelf(t.parties([]int{xs}), a.src)
			}
		}
	}
	if len(a.tgt) == 0 && len(a.refToks) == 0 && !joint && p.Code[:2] == "13" {
		// "warned that Iran could hit American bases": a threat falls on
		// what the threatened act would strike.
		if x := t.xcompOf(i); x >= 0 && strikeVerbs[t.lemma(x)] {
			if o := t.patient(x); o > x {
				a.tgt = notSelf(t.parties(t.actorToks(o)), a.src)
			}
		}
	}
	if len(a.tgt) == 0 && len(a.refToks) == 0 && !joint && p.Code[:2] != "15" {
		if f := t.fallbackTarget(i); f >= 0 && !(t.ment[f] >= 0 && p.venue(t.caseOf(f))) {
			a.tgt = notSelf(t.parties([]int{f}), a.src)
		}
	}
	if len(a.tgt) == 0 && !joint && !t.passive(i) {
		// "ending visa-free trips by Japanese citizens" with the "by"
		// phrase hung on the active verb: those whose trips end.
		t.prepDeps(i, "by", func(c int) bool {
			if base(t.dep(c)) == "obl" && len(t.actorToks(c)) > 0 {
				a.tgt = notSelf(t.parties([]int{c}), a.src)
				if len(a.tgt) > 0 {
					a.refToks = nil
				}
				return true
			}
			return false
		})
	}
	if len(a.tgt) == 0 && len(a.refToks) == 0 && !joint && (base(t.dep(i)) == "ccomp" || base(t.dep(i)) == "advcl" && t.hasChildLemma(i, "mark", thatMark)) && toldVerbs[t.lemma(t.head(i))] {
		// "Moscow notified Turkey that it objected": the one told.
		h := t.head(i)
		if o := t.child(h, "obj", "iobj"); o >= 0 {
			a.tgt = notSelf(t.parties([]int{o}), a.src)
		}
	}
	a.v = threatVerdict(p.Code, t.modality(i, p.Code[:2] == "03"))
	acts = append(acts, a)
	if a.v.refused {
		// the refusal is an act of its own (12x), asserted.
		ref := a
		ref.code, ref.rev, ref.sym = refusal(p.Code), "", false
		ref.v = verdict{modality: event.Asserted}
		if ref.sym {
			return acts
		}
		// "refused to withdraw its troops" may be a rejection pattern of the
		// refusing verb already: one refusal.
		for k := range acts {
			if acts[k].trig == t.head(i) && acts[k].code[:2] == "12" {
				return acts
			}
		}
		acts = append(acts, ref)
	}
	return acts
}

// threatVerdict keeps a threat asserted: "warned it would respond if ..."
// is a threat made now; its "would" and "if" belong to what is threatened.
func threatVerdict(code string, v verdict) verdict {
	if code[:2] == "13" && (v.modality == event.Future || v.modality == event.Hypothetical) {
		v.modality = event.Asserted
	}
	return v
}

// placeTarget codes are violent acts whose place names the victim state
// when no actor is named.
// visitCodes are the consultations whose future form stays a future act.
var visitCodes = map[string]bool{"042": true, "043": true, "045": true}

func placeTarget(code string) bool {
	switch code[:2] {
	case "18", "19", "20":
		return true
	}
	return code == "145"
}

// inState finds a state named by an "in" phrase of verb i's clause: "struck
// sites in southern Lebanon".
func (t *tree) inState(i int) int {
	found := -1
	t.clause(i, func(j int) bool {
		if b := base(t.toks[j].Dep); (b == "obl" || b == "nmod") && t.caseOf(j) == "in" && t.ment[j] >= 0 {
			found = j
			return true
		}
		return false
	})
	return found
}

var nonStateCodes = map[string]bool{"IGO": true, "NGO": true, "MNC": true}

// fromPlace finds a "from" phrase in verb i's clause naming a known place
// (or a name compounded with its noun: "the Fukushima region") and returns
// its state, or "".
func (t *tree) fromPlace(i int, lookup func(string) (PlaceMention, bool)) string {
	found := ""
	t.clause(i, func(j int) bool {
		if b := base(t.toks[j].Dep); (b == "obl" || b == "nmod") && t.caseOf(j) == "from" {
			for _, k := range append([]int{j}, t.kids[j]...) {
				if k != j && t.toks[k].Dep != "compound" && t.toks[k].Dep != "amod" {
					continue
				}
				if t.ment[k] >= 0 && len(t.mentions[t.ment[k]].Country) == 3 && !nonStateCodes[t.mentions[t.ment[k]].Country] {
					found = t.mentions[t.ment[k]].Country // "from 10 Japanese prefectures"
					return true
				}
				if t.toks[k].UPOS != "PROPN" {
					continue
				}
				if p, ok := lookup(t.toks[k].Text); ok && len(p.Country) == 3 {
					found = p.Country
					return true
				}
			}
		}
		return false
	})
	return found
}

// goodsFrom finds, under the object or "into" phrase of trigger i (a verb
// or an event noun), an actor named by a "from" phrase of a participle
// ("pork imported from the EU", "steel made in China" is not covered), or -1.
func (t *tree) goodsFrom(i int) int {
	var walk func(j, depth int) int
	walk = func(j, depth int) int {
		if depth > 4 {
			return -1
		}
		for _, c := range t.kids[j] {
			d := base(t.toks[c].Dep)
			if (d == "obl" || d == "nmod") && t.caseOf(c) == "from" && t.toks[j].UPOS == "VERB" && t.ment[c] >= 0 {
				return c
			}
			if d == "obj" || d == "nmod" || d == "acl" || d == "obl" {
				if r := walk(c, depth+1); r >= 0 {
					return r
				}
			}
		}
		return -1
	}
	return walk(i, 0)
}

// pronounSpeaker returns the actor subject of the reporting verb whose
// clause has the unresolved pronoun p ("it", "they", "we") as subject, or -1.
func (t *tree) pronounSpeaker(p int) int {
	if p < 0 || t.ment[p] >= 0 || !selfPronouns[strings.ToLower(t.toks[p].Text)] {
		return -1
	}
	cur := t.head(p)
	for depth := 0; cur >= 0 && depth < 3; depth++ {
		h := t.head(cur)
		if h < 0 || base(t.dep(cur)) != "ccomp" && base(t.dep(cur)) != "conj" {
			return -1
		}
		if reportVerbs[t.lemma(h)] || warnLike[t.lemma(h)] {
			if s := t.subject(h); s >= 0 && t.isActor(s) {
				return s
			}
			return -1
		}
		cur = h
	}
	return -1
}

var selfPronouns = map[string]bool{"it": true, "they": true, "we": true}

// toldVerbs address what they carry to their object.
var toldVerbs = map[string]bool{"notify": true, "tell": true, "inform": true, "warn": true, "assure": true,
	"remind": true, "write": true, "signal": true}

// refusal maps a refused act to its 12x code.
func refusal(code string) string {
	switch code[:2] {
	case "03", "04":
		return "125"
	case "06":
		if len(code) > 2 && code[2] == '1' {
			return "1211"
		}
		if len(code) > 2 && code[2] == '2' {
			return "1212"
		}
		return "121"
	case "07":
		return "122"
	case "08":
		return "124"
	case "05":
		if code == "055" {
			return "124" // no apology: declining to concede
		}
		return "127"
	}
	return "120"
}

// nounAct builds the act of event noun i ("the summit of A and B", "a letter
// to Kim", "sanctions on Russia" imposed by someone).
func (st *docState) nounAct(t *tree, p *Pattern, i int, r roles, acts []act) []act {
	if bareIdiomNouns[t.lemma(i)] && t.toks[i].XPOS == "NN" && t.child(i, "det", "nmod:poss") < 0 {
		// "took charge of the mission", "in charge of security": no
		// accusation without an article or possessor.
		return acts
	}
	if t.demonstrative(i) {
		// "during that visit", "this attack": an act told before.
		return acts
	}
	if ps := t.child(i, "nmod:poss"); ps >= 0 && p.Code[:2] != "04" && timePossessors[strings.ToLower(t.toks[ps].Text)] && st.recall(p.Code[:2], p.Code[:2]) != nil {
		// "the ministry, which issued Tuesday's demand": the demand told before.
		return acts
	}
	if c := t.caseOf(i); (c == "at" || c == "during") && (t.hasChildLemma(i, "nmod:poss", possPronouns) || t.hasChildLemma(i, "det", definiteDet)) &&
		st.recall(t.lemma(i), "04") != nil {
		// "At their meeting, Rubio told the president ...": the meeting
		// told before is the occasion of what follows.
		return acts
	}
	if p.Code[:2] == "14" && t.speaksTo(i) {
		// "used a speech at a rally to brand ...", "told a May Day rally":
		// the crowd a leader addresses is his audience, not his protest.
		return acts
	}
	a := act{pat: p, code: p.Code, rev: p.Rev, trig: i, gov: -1, sym: p.Symmetric()}
	h := t.head(i)
	dep := base(t.dep(i))
	if h >= 0 && (dep == "obj" || dep == "obl" || dep == "nsubj" || dep == "xcomp") {
		if t.toks[h].UPOS == "VERB" || t.toks[h].UPOS == "AUX" || t.toks[h].UPOS == "ADJ" {
			a.gov = h
		}
	}
	// a noun inside a prepositional phrase of a noun under a verb: "in a
	// sign of friction", keep the verb for modality only.
	srcToks := r.src
	tgtToks := r.tgt
	if a.sym {
		// participants: "summit of A, B and C", "talks between A and B",
		// "a Russia-North Korea treaty", "their talks".
		for _, c := range t.kids[i] {
			d := t.toks[c].Dep
			cs := t.caseOf(c)
			if d == "nmod:poss" || ((base(d) == "nmod") && (cs == "of" || cs == "between" || cs == "among")) ||
				((d == "compound" || d == "amod") && t.ment[c] >= 0) {
				srcToks = append(srcToks, c)
			}
			if base(d) == "nmod" && cs == "with" {
				tgtToks = append(tgtToks, c)
			}
		}
	}
	if len(srcToks) == 0 {
		if c := t.child(i, "nmod:poss"); c >= 0 {
			srcToks = append(srcToks, c)
		} else if sb := t.subject(i); sb >= 0 && t.caseOf(i) == "behind" && t.child(i, "cop") >= 0 {
			// "Indian agents were behind the killing": who is behind it did it.
			srcToks = append(srcToks, sb)
		} else if h := t.head(i); h >= 0 && (t.lemma(h) == "involve" || t.lemma(h) == "involved") && t.caseOf(i) == "in" && t.subject(h) >= 0 {
			// "agents had been involved in the killing": so did those involved.
			srcToks = append(srcToks, t.subject(h))
		} else if c := t.byAgent(i); c >= 0 {
			// "the killing of 26 people by gunmen in Indian Kashmir": the
			// agent is named, even if it resolves to no state.
			srcToks = append(srcToks, c)
		} else {
			for _, c := range t.kids[i] {
				if d := t.toks[c].Dep; (d == "compound" || d == "amod") && t.ment[c] >= 0 {
					srcToks = append(srcToks, c)
					break
				}
			}
		}
	}
	if len(tgtToks) == 0 && !r.explicitT {
		for _, prep := range defaultNounPreps {
			t.prepDeps(i, prep, func(c int) bool {
				tgtToks = append(tgtToks, c)
				return true
			})
			if len(tgtToks) > 0 {
				break
			}
		}
	}
	if len(tgtToks) == 0 && !r.explicitT {
		// "its commitment to defend the Philippines": the object of the
		// noun's infinitive, as for verbs ("vowed to help Pyongyang").
		for _, c := range t.kids[i] {
			if base(t.toks[c].Dep) == "acl" && t.hasChildLemma(c, "mark", toMark) {
				if o := t.patient(c); o >= 0 && len(t.actorToks(o)) > 0 {
					tgtToks = append(tgtToks, o)
					break
				}
			}
		}
	}
	a.src = t.parties(srcToks)
	if a.gov >= 0 && dep == "obj" && executeVerbs[t.lemma(a.gov)] && t.byAgent(i) < 0 {
		// "Lithuania began enforcing a European Union ban on Russian
		// steel": who enforces the ban acts, whoever decreed it.
		if ag := t.agentOf(a.gov, 0); ag >= 0 {
			if ps := t.parties([]int{ag}); len(ps) > 0 {
				a.src = ps
			}
		}
	}
	// the noun borrows the subject of a light verb ("imposed sanctions"),
	// or of the clause it frames ("in a letter to Kim, Xi promised").
	inherit := a.gov >= 0 && (lightVerbs[t.lemma(a.gov)] || receiveVerbs[t.lemma(a.gov)] ||
		((dep == "obl" || dep == "obj") && len(t.parties(tgtToks)) > 0) || (a.sym && (dep == "obj" || dep == "obl")))
	if len(a.src) == 0 && inherit && dep != "nsubj" && t.byAgent(i) < 0 {
		ag := t.agentOf(a.gov, 0)
		if ag < 0 && !t.passive(a.gov) {
			ag = t.linearSubject(a.gov)
		}
		if receiveVerbs[t.lemma(a.gov)] {
			// "Kim got greetings from several leaders": the receiver is the target.
			if len(tgtToks) == 0 || len(t.parties(tgtToks)) == 0 {
				from := -1
				t.prepDeps(i, "from", func(c int) bool { from = c; return true })
				if from < 0 {
					return acts
				}
				a.src = t.parties([]int{from})
				tgtToks = []int{ag}
			}
		} else {
			a.src = t.parties([]int{ag})
			if a.sym && !lightVerbs[t.lemma(a.gov)] && len(a.src) > 0 {
				// "did not rule out cooperation with X": the agent's act
				// toward X, not a joint one.
				a.sym, a.rev = false, ""
			}
		}
	}
	if len(a.src) == 0 && !a.sym {
		return acts
	}
	a.tgt = notSelfFor(p.Code, t.parties(tgtToks), a.src)
	if len(a.tgt) == 0 && (p.Code[:2] == "10" || p.Code[:2] == "02") {
		// "Ankara's demand that Sweden and Finland hand over suspects":
		// the one asked is the subject of what is asked.
		for _, c := range t.kids[i] {
			if d := base(t.toks[c].Dep); (d == "acl" || d == "ccomp") && t.hasChildLemma(c, "mark", thatMark) {
				if s := t.subject(c); s >= 0 {
					a.tgt = notSelf(t.parties([]int{s}), a.src)
				}
			}
		}
	}
	if len(a.tgt) == 0 {
		a.refToks = refNouns(t, tgtToks, createsObject(p.Code))
	}
	if a.sym && len(a.src)+len(a.tgt) < 2 {
		return acts
	}
	if a.gov >= 0 {
		a.v = threatVerdict(p.Code, t.modality(a.gov, p.Code[:2] == "03"))
	} else {
		a.v = verdict{modality: event.Asserted}
		t.negation(i, &a.v)
	}
	if t.caseOf(i) == "during" && a.v.modality == event.Future {
		// the call during which talks were agreed took place, whatever
		// the talks' own future.
		a.v.modality = event.Asserted
	}
	if c := t.caseOf(i); (c == "at" || c == "during") && (a.v.negated || a.v.refused) {
		// "refused to endorse the text at an emergency summit": the
		// summit met all the same.
		a.v.negated, a.v.refused = false, false
	}
	return append(acts, a)
}

var defaultNounPreps = []string{"to", "with", "on", "against", "toward", "towards", "for", "into"}

// reporters returns the chain an act is attributed to, innermost speaker
// first ("Xi wrote ..., KCNA reported" gives KCNA); the source speaking in
// its own voice is left out.
func (st *docState) reporters(t *tree, a *act) []event.Actor {
	g := a.gov
	if g < 0 {
		g = a.trig
	}
	var out []event.Actor
	for _, sp := range t.speakers(g) {
		for _, p := range t.parties([]int{sp}) {
			own := false
			for k := range a.src {
				own = own || samePart(&p, &a.src[k]) || (p.a.Country == a.src[k].a.Country && p.a.Sector != "MED")
			}
			if !own {
				out = append(out, *toEvent(&p))
			}
		}
	}
	return out
}

// occasionCase introduces the occasion an act is set in: "at the Aug. 18
// meeting", "during the 2019 visit".
var occasionCase = map[string]bool{"at": true, "during": true, "in": true, "on": true}

// occasionDate dates an act set in a meeting told before: "During that
// visit, the two governments signed ...", "At their meeting, Rubio warned
// ...". Zero when the act names no such occasion.
func (st *docState) occasionDate(t *tree, a *act) timex.Date {
	v := a.gov
	if v < 0 {
		v = a.trig
	}
	for _, c := range t.kids[v] {
		if base(t.dep(c)) != "obl" || (t.caseOf(c) != "during" && t.caseOf(c) != "at") || !strings.Contains(refRoots[t.lemma(c)], "04") {
			continue
		}
		if !t.demonstrative(c) && !t.hasChildLemma(c, "nmod:poss", possPronouns) {
			continue
		}
		if m := st.recall(t.lemma(c), "04"); m != nil && !m.date.IsZero() {
			return m.date
		}
	}
	return timex.Date{}
}

// possPronouns point back to parties named before: "at their meeting".
var possPronouns = map[string]bool{"their": true, "his": true, "her": true, "its": true}

// dateOf picks the time expression governing the act, else the
// publication date.
func (st *docState) dateOf(t *tree, a *act, times []TimeExpr) timex.Date {
	if len(times) == 0 {
		if d := st.occasionDate(t, a); !d.IsZero() {
			return d
		}
		return st.pub
	}
	// "announced last Wednesday, two years after the attack": the attack is
	// two years before the clause's own date (or the publication's).
	for _, x := range times {
		if x.AnchorAt <= 0 || x.Anchored == nil || a.trig < x.AnchorAt || a.trig > x.AnchorAt+6 || t.toks[a.trig].UPOS != "NOUN" {
			continue
		}
		main := st.pub
		for _, y := range times {
			if y.AnchorAt == 0 && !y.Relative && !y.Date.IsZero() {
				main = y.Date
				break
			}
		}
		if d := x.Anchored(main); !d.IsZero() {
			return d
		}
	}
	// attachment verb of each expression: the first trigger or verb above it.
	attach := make([]int, len(times))
	for k, x := range times {
		attach[k] = -1
		if r := x.Start - 1; r >= 0 && t.toks[r].UPOS == "VERB" && reportVerbs[t.lemma(r)] {
			// "North Korea said Friday it had test-fired ...": a time
			// right after a reporting verb dates the report, wherever the
			// parser hung it.
			attach[k] = r
			continue
		}
		j := x.Head
		for depth := 0; j >= 0 && depth < 10; depth++ {
			h := t.head(j)
			if h < 0 {
				break
			}
			if c := t.caseOf(j); c == "until" || c == "till" {
				break // "until the end of 2028" bounds a span
			}
			if j != x.Head && j != a.trig && base(t.dep(j)) == "appos" {
				// "Glas, vice president from 2013 to 2017, was granted
				// asylum": the time describes a party, not the act.
				break
			}
			if j == x.Head && h != a.trig && t.describesNoun(j) && !(base(t.dep(h)) == "obl" && occasionCase[t.caseOf(h)]) {
				// "an apology for the 1910-45 colonial rule", "the 1951
				// treaty": a year before a noun describes the thing, not
				// when the act was. (An occasion the act is set in is
				// another matter: "at the Aug. 18 meeting, they agreed".)
				break
			}
			j = h
			if t.toks[j].UPOS == "VERB" || j == a.trig || j == a.gov {
				attach[k] = j
				// "staged the exercise, which began on Aug. 21": a
				// relative clause on the event noun, or on the noun the
				// trigger takes, dates the event.
				// Not a clause with a subject of its own: "investigating
				// allegations that agents were linked to a killing in June"
				// says what the allegations are, not when the act was.
				if n := t.head(j); j != a.trig && (base(t.dep(j)) == "acl" || strings.HasSuffix(t.dep(j), ":relcl")) && n >= 0 &&
					(n == a.trig || (t.head(n) == a.trig && base(t.dep(n)) == "obj")) && !t.ownSubject(j) {
					attach[k] = a.trig
				}
				break
			}
		}
	}
	if trace != nil {
		for k, x := range times {
			trace("    time %d head=%d attach=%d date=%v rel=%v", k, x.Head, attach[k], x.Date, x.Relative)
		}
	}
	// A future act resolves a bare weekday forward ("will meet on
	// Tuesday"), but only with the time in its own clause: in "announced
	// on Thursday that it would ..." Thursday is the announcement's.
	// "Yellen, who flies to Beijing on Thursday": a present-tense act with
	// a weekday is on the schedule, ahead.
	scheduled := (t.toks[a.trig].XPOS == "VBZ" || t.toks[a.trig].XPOS == "VBP") && t.child(a.trig, "aux") < 0 && !reportVerbs[t.lemma(a.trig)]
	pick := func(x TimeExpr, own bool) timex.Date {
		if own && (a.v.modality == event.Future || scheduled) && !x.Future.IsZero() {
			return x.Future
		}
		return x.Date
	}
	// An act told in the present or present perfect ("which the military
	// has blamed on the RSF") is not dated by the past times of the
	// clauses it hangs from; the speaker's act upon what a clause says is
	// ("determined on Tuesday that they have committed genocide").
	present := !a.said && (t.toks[a.trig].XPOS == "VBZ" || t.toks[a.trig].XPOS == "VBP" || t.presentPerfect(a.trig))
	// "strained since November, when Paris accused Rome": a clause opened
	// by "when" right after a time is that time's.
	for _, c := range t.kids[a.trig] {
		if t.lemma(c) != "when" || base(t.toks[c].Dep) != "advmod" {
			continue
		}
		k := c - 1
		if k >= 0 && t.toks[k].Text == "," {
			k--
		}
		for _, x := range times {
			if k >= 0 && x.End-1 == k && !x.Relative {
				return x.Date
			}
		}
	}
	// climb from the act through the verbs it depends on.
	cur := a.trig
	for depth := 0; cur >= 0 && depth < 6; depth++ {
		// A clause of what will be does not date an act done already
		// under it either: "would recognise the state on May 28, drawing
		// a response from Israel, which recalled its envoys" (the recall
		// takes the announcement's day).
		skip := cur != a.trig && cur != a.gov && a.v.modality == event.Asserted &&
			(present || t.hasChildLemma(cur, "aux", futureAuxes) || (t.pastPerfect(cur) && !t.pastPerfect(a.trig)))
		// an absolute date first: in "came hours after the chiefs met
		// on Wednesday" the meeting is Wednesday's.
		for _, rel := range [2]bool{false, true} {
			for k := range times {
				if attach[k] == cur && times[k].Relative == rel && !skip {
					return pick(times[k], cur == a.trig || cur == a.gov)
				}
			}
		}
		if !skip {
			// "Announcing the measure on Thursday, the watchdog said ...":
			// an opening participle with no subject of its own shares
			// the main clause's occasion.
			for _, c := range t.kids[cur] {
				if c > cur || base(t.toks[c].Dep) != "advcl" || t.toks[c].XPOS != "VBG" || t.subject(c) >= 0 || t.child(c, "mark") >= 0 {
					continue
				}
				for k := range times {
					if attach[k] == c && !times[k].Relative {
						return pick(times[k], cur == a.trig || cur == a.gov)
					}
				}
			}
			// "In a statement issued on Tuesday night, Kenyatta accused
			// the court": the time of the occasion the act is set in,
			// told by a participle or relative clause on its noun; and
			// "the minister, speaking on Tuesday, urged": a participle
			// on the subject tells when the subject acted.
			for _, c := range t.kids[cur] {
				if base(t.toks[c].Dep) == "nsubj" {
					for _, v := range t.kids[c] {
						if base(t.toks[v].Dep) != "acl" || t.toks[v].XPOS != "VBG" || v < c {
							continue
						}
						for k := range times {
							if attach[k] == v && !times[k].Relative {
								return pick(times[k], cur == a.trig || cur == a.gov)
							}
						}
					}
				}
				if base(t.toks[c].Dep) != "obl" || !occasionCase[t.caseOf(c)] {
					continue
				}
				for _, v := range t.kids[c] {
					if d := t.toks[v].Dep; base(d) != "acl" && !strings.HasSuffix(d, ":relcl") {
						continue
					}
					for k := range times {
						if attach[k] == v && !times[k].Relative {
							return pick(times[k], cur == a.trig || cur == a.gov)
						}
					}
				}
			}
		}
		if cur == a.trig {
			// "arrested and charged an employee on Friday": a time on a
			// later verb that shares the act's subject dates both.
			for _, c := range t.kids[cur] {
				if base(t.toks[c].Dep) != "conj" || t.toks[c].UPOS != "VERB" || c < cur || t.subject(c) >= 0 && t.subject(c) != t.subject(cur) {
					continue
				}
				for k := range times {
					if attach[k] == c && !times[k].Relative {
						return pick(times[k], true)
					}
				}
			}
		}
		h := t.head(cur)
		if h < 0 {
			break
		}
		switch base(t.dep(cur)) {
		case "xcomp", "ccomp", "conj", "obj", "obl", "nmod", "advcl", "acl", "parataxis", "nsubj":
		default:
			h = -1
		}
		cur = h
	}
	// "X paused aid, an official said on Monday": an act with no time of
	// its own takes the time of the reporting clause hanging under it.
	top := a.trig
	if a.gov >= 0 {
		top = a.gov
	}
	for k := range times {
		r := attach[k]
		if r < 0 || r == a.trig || !reportVerbs[t.lemma(r)] {
			continue
		}
		for j, depth := r, 0; j >= 0 && depth < 4; depth++ {
			h := t.head(j)
			if h == top && base(t.dep(j)) == "parataxis" {
				return pick(times[k], false)
			}
			j = h
		}
	}
	return st.pub
}

var futureAuxes = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true}

// pastPerfect reports whether verb v has "had" as its auxiliary: an
// earlier past than the story's, whose time a simple past act beside it
// ("Tehran had switched off cameras on Wednesday, and its ministry
// condemned the resolution") does not share.
func (t *tree) pastPerfect(v int) bool {
	for _, c := range t.kids[v] {
		if base(t.toks[c].Dep) == "aux" && t.lemma(c) == "have" && t.toks[c].XPOS == "VBD" {
			return true
		}
	}
	return false
}

// presentPerfect reports whether verb v has a present-tense "have" as its
// auxiliary ("has blamed").
func (t *tree) presentPerfect(v int) bool {
	h := t.haveAux(v)
	return h >= 0 && (t.toks[h].XPOS == "VBZ" || t.toks[h].XPOS == "VBP")
}

// retold records that the story coded code between src and tgt and
// reports whether it had already.
func (st *docState) retold(code string, src, tgt *party) bool {
	k := [3]string{code, src.a.Country, tgt.a.Country}
	if st.told[k] {
		return true
	}
	if st.told == nil {
		st.told = map[[3]string]bool{}
	}
	st.told[k] = true
	return false
}

// perfect reports a verb with an auxiliary "have" (has, have, had).
func (t *tree) perfect(v int) bool { return t.haveAux(v) >= 0 }

// haveAux returns verb v's auxiliary "have", or -1.
func (t *tree) haveAux(v int) int {
	for _, c := range t.kids[v] {
		if base(t.toks[c].Dep) == "aux" && t.lemma(c) == "have" {
			return c
		}
	}
	return -1
}

// lasted reports a "for" phrase of years or decades on verb v: "for more
// than eight decades", "for 30 years".
func (t *tree) lasted(v int) bool {
	for _, c := range t.kids[v] {
		if base(t.dep(c)) == "obl" && t.caseOf(c) == "for" && longUnits[t.lemma(c)] {
			return true
		}
	}
	return false
}

// longUnits measure a standing relation.
var longUnits = map[string]bool{"year": true, "decade": true, "century": true, "generation": true}

// placeOf picks the location governed by the act's clause, else the dateline.
func (st *docState) placeOf(t *tree, a *act, places []PlaceMention) *PlaceMention {
	for k := range places {
		j := places[k].Head
		for depth := 0; j >= 0 && depth < 6; depth++ {
			j = t.head(j)
			if j == a.trig || (a.gov >= 0 && j == a.gov) {
				return &places[k]
			}
			if j >= 0 && t.toks[j].UPOS == "VERB" {
				break
			}
		}
	}
	return st.dateline
}

// datelineFits tells whether the dateline place may stand for where an
// event happened: only when one of its parties belongs to the dateline's
// country (a Seoul-datelined act of the South Korean government happened in
// South Korea; a letter from Beijing reported from Seoul did not).
func (st *docState) datelineFits(src, tgt *party) bool {
	c := st.dateline.Country
	if c == "" {
		return false
	}
	return (src != nil && src.a.Country == c) || (tgt != nil && tgt.a.Country == c)
}

// venue returns the country of the place an act is said to happen at ("met
// at the Pentagon", "their meeting at a hotel on Singapore's Sentosa
// island"), from the actors named in its in/at/on phrases; "" when none.
func (t *tree) venue(trig, gov int) string {
	country := ""
	look := func(root int) {
		if root < 0 || country != "" {
			return
		}
		t.clause(root, func(j int) bool {
			b := base(t.toks[j].Dep)
			if b != "obl" && b != "nmod" {
				return false
			}
			switch t.caseOf(j) {
			case "in", "at", "on":
			default:
				return false
			}
			var walk func(k, depth int) bool
			walk = func(k, depth int) bool {
				if m := t.ment[k]; m >= 0 {
					if c := t.mentions[m].Country; c != "" && len(c) == 3 && c != "IGO" && c != "NGO" && c != "MNC" {
						country = c
						return true
					}
				}
				if depth > 3 {
					return false
				}
				for _, c := range t.kids[k] {
					switch base(t.toks[c].Dep) {
					case "nmod", "compound", "amod", "flat", "appos":
						if walk(c, depth+1) {
							return true
						}
					}
				}
				return false
			}
			return walk(j, 0)
		})
	}
	look(trig)
	look(gov)
	return country
}

// unrestWords show a state's forces turned on its own people.
var unrestWords = map[string]bool{"protest": true, "protests": true, "protester": true, "protesters": true,
	"unrest": true, "riot": true, "riots": true, "demonstration": true, "demonstrations": true, "demonstrator": true, "demonstrators": true}

// askVerbs carry a request whose content is no act, whether or not the
// asker is an actor the coder knows.
var stillWord = map[string]bool{"still": true}

var longWord = map[string]bool{"long": true}

// recallVerbs bring an envoy home: done by the state that sent it.
var recallVerbs = map[string]bool{"recall": true, "call": true, "withdraw": true}

var askVerbs = map[string]bool{"ask": true, "urge": true, "request": true, "demand": true, "propose": true,
	"petition": true, "plead": true, "appeal": true, "implore": true, "beg": true}

var contentRoots = map[string]bool{"02": true, "03": true, "05": true, "10": true, "13": true}

// embedded reports whether verb i is the content of an appeal, demand,
// threat or promise coded at a verb above it ("urged Washington to lift
// the embargo", "threatened to impose sanctions"): only that act is coded.
func (t *tree) embedded(i int, pats []*Pattern) bool {
	cur := i
	for depth := 0; depth < 3; depth++ {
		h := t.head(cur)
		if h < 0 {
			return false
		}
		if p := pats[h]; depth == 0 && p != nil && p.Code[:2] != "12" && p.namesComplement(t.lemma(cur)) {
			// the act whose frame names this verb as its complement holds
			// it: "ordered Kenya to withdraw its envoy" is one expulsion.
			// (What is refused is also coded, negated.)
			if d := base(t.dep(cur)); d == "xcomp" || d == "ccomp" || d == "advcl" && t.hasChildLemma(cur, "mark", toMark) {
				return true
			}
		}
		switch base(t.dep(cur)) {
		case "xcomp", "ccomp":
		case "advcl":
			// "pledged support after Orban refused to endorse the text":
			// what happened before or because is no content of the pledge.
			// (A participle with no subject of its own, "after meeting at the
			// palace", is the circumstance of the same actors' act.)
			if t.hasChildLemma(cur, "mark", eventLinks) && t.child(cur, "nsubj", "nsubj:pass") >= 0 {
				return false
			}
		case "conj":
			// a conjunct shares its head's place: "agreed to hold drills and
			// to share data".
			cur = h
			continue
		case "acl":
			// "accepted an invitation to visit Pyongyang", "an offer to
			// mediate": what is offered is the content of the offer.
			// (One's own plan is told with its modality: "Poland had no
			// plans to break off relations" is a negated break.)
			if t.ownPlan(cur) {
				return false
			}
			if contentNouns[t.lemma(h)] && (t.hasChildLemma(cur, "mark", toMark) || t.hasChildLemma(cur, "mark", thatMark)) {
				return true // "its demand that China release the prisoners"
			}
			// "urged the council to impose sanctions", the infinitive hung
			// on the object: what the appeal asks for.
			// So is what troops sent as aid are sent to do: "sent troops to
			// fight for Russia".
			// ... and so is what an order whose frame names it holds:
			// "ordered Russia's consulate to close".
			if g := t.head(h); g >= 0 && base(t.dep(h)) == "obj" && t.hasChildLemma(cur, "mark", toMark) &&
				(pats[g] != nil && (contentRoots[pats[g].Code[:2]] || pats[g].Code[:2] == "07" || depth == 0 && pats[g].Code[:2] != "12" && pats[g].namesComplement(t.lemma(cur))) || askVerbs[t.lemma(g)]) {
				return true
			}
			return false
		default:
			return false
		}
		if p := pats[h]; p != nil {
			// what is denied ("denied supplying weapons") is not done either;
			// the purpose of a trip is the trip's ("will travel to Seoul to
			// brief Moon").
			// ... and what an embedded act brings about is embedded too:
			// "agreed to allow experts to inspect the plant".
			// What a truce halts is not done: "agreed to stop attacking each other".
			// So is the purpose of aid: "sent troops to fight for Russia".
			return contentRoots[p.Code[:2]] || p.Code == "016" || p.Code[:3] == "087" || (p.Code[:2] == "04" || p.Code[:2] == "07") && t.hasChildLemma(cur, "mark", toMark) ||
				depth == 0 && t.embedded(h, pats)
		}
		// "the application asks the court to suspend Ecuador": what is asked
		// for is not done, whoever asks.
		if askVerbs[t.lemma(h)] && t.toks[h].UPOS == "VERB" && base(t.dep(cur)) != "advcl" {
			return true
		}
		cur = h
	}
	return false
}

// trace, when set (by tests), reports every act matched.
var trace func(format string, args ...any)

func partyNames(ps []party) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.text+"="+p.a.Code)
	}
	return out
}

// partner returns the state a story pits the first source against: the
// one named most often in the document other than the sources' own (of
// "Seoul and Tokyo condemned the launch" neither is the other's target).
func (st *docState) partner(srcs []party) *party {
	src := &srcs[0]
	country := src.a.Country
	best, bestN, own := -1, 0, 0
	for k, c := range st.countries {
		if c.a.Country == country {
			own = c.n
			continue
		}
		if slices.ContainsFunc(srcs[1:], func(p party) bool { return p.a.Country == c.a.Country }) {
			continue
		}
		// the story's weight, plus the sentence's and the one before's.
		n := c.n
		for _, si := range c.at {
			if si == st.si || si == st.si-1 {
				n += 2
			}
		}
		if n > bestN {
			best, bestN = k, n
		}
	}
	if best < 0 || own > 3*bestN {
		if nonState[src.a.Sector] && len(country) == 3 {
			// protesters, rebels, the opposition: against their state.
			return &party{a: actor.Actor{Code: country, Country: country}, tok: -1, ment: -1}
		}
		// a domestic story: the state's own challengers, the last named.
		for k := len(st.domestic) - 1; k >= 0; k-- {
			if st.domestic[k].a.Country == country {
				p := st.domestic[k]
				return &p
			}
		}
		return nil
	}
	p := st.countries[best].party
	return &p
}

// mediated returns the two states the story names most, near the current
// sentence, other than the mediators': the parties a mediator goes between
// (one, when the second is far behind).
func (st *docState) mediated(srcs []party) []party {
	type scored struct {
		k, n int
	}
	var cands []scored
	for k, c := range st.countries {
		if len(c.a.Country) != 3 || c.a.Country == "IGO" {
			continue
		}
		own := false
		for _, s := range srcs {
			if s.a.Country == c.a.Country {
				own = true
			}
		}
		if own {
			continue
		}
		n := c.n
		for _, si := range c.at {
			if si == st.si || si == st.si-1 {
				n += 2
			}
		}
		cands = append(cands, scored{k, n})
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].n > cands[y].n })
	var out []party
	for i, c := range cands {
		if i == 2 || (i == 1 && 3*c.n < cands[0].n) {
			// a state named in passing is no side: a civil war's
			// mediator works between one state's parties.
			break
		}
		out = append(out, st.countries[c.k].party)
	}
	return out
}

type countryCount struct {
	party
	n  int
	at []int // sentences naming it
}

// best returns the most specific pattern that matches trigger i: its
// constraints all hold, and its role phrases are found in the sentence.
func (t *tree) best(ps []*Pattern, i int) (*Pattern, roles, bool) {
	var bp *Pattern
	var br roles
	bs := -1 << 30
	for _, p := range ps {
		if 2*p.spec <= bs {
			break // sorted by static specificity: nothing better follows
		}
		r, ok := t.match(p, i)
		if !ok {
			continue
		}
		// a role phrase the sentence lacks costs more than it adds, so the
		// same frame without it wins.
		if sc := 2*p.spec - 3*r.missing; sc > bs {
			bp, br, bs = p, r, sc
		}
	}
	return bp, br, bp != nil
}

// ownSubject reports whether clause j has a subject of its own, a noun or
// a personal pronoun, rather than a relative pronoun standing for the noun
// the clause hangs on.
func (t *tree) ownSubject(j int) bool {
	for _, c := range t.kids[j] {
		if strings.HasPrefix(t.dep(c), "nsubj") {
			switch t.lemma(c) {
			case "which", "that", "who", "whom", "whose":
				return false
			}
			return true
		}
	}
	return false
}

// casualties reports whether verb i is the toll of a violent act it hangs
// on: "missiles struck Kyiv, killing five people" is one strike, its
// casualties no second act.
func (t *tree) casualties(i int, pats []*Pattern) bool {
	if t.toks[i].XPOS != "VBG" || !tollVerbs[t.lemma(i)] {
		return false
	}
	h := t.head(i)
	// "shattering the windshield and injuring four sailors": the toll
	// conjoined to another participle of the act.
	if h >= 0 && pats[h] == nil && base(t.dep(i)) == "conj" && t.toks[h].XPOS == "VBG" {
		i, h = h, t.head(h)
	}
	if h < 0 || pats[h] == nil {
		return false
	}
	switch base(t.dep(i)) {
	case "advcl", "xcomp", "conj", "acl":
	default:
		return false
	}
	switch pats[h].Code[:2] {
	case "18", "19", "20":
		return true
	}
	// water cannon that damages boats and injures their crews
	return pats[h].Code == "171"
}

var tollVerbs = map[string]bool{"kill": true, "wound": true, "injure": true, "maim": true}

// documentNouns hold acts that are their content, not events: "a treaty
// under which each side must provide assistance".
var documentNouns = map[string]bool{"treaty": true, "pact": true, "agreement": true, "accord": true, "deal": true,
	"declaration": true, "charter": true, "convention": true, "memorandum": true, "clause": true, "text": true}

// condition reports whether verb i heads an "if" or "unless" clause,
// however the parser attached it: a condition ("even if Washington
// proposed further talks") reports no act.
func (t *tree) condition(i int) bool {
	if t.hasChildLemma(i, "mark", condMark) {
		return true
	}
	// "until the government offers an apology": a present tense after
	// "until" or "once" is an act still awaited, a condition of another.
	x := t.toks[i].XPOS
	return (x == "VBZ" || x == "VBP") && t.hasChildLemma(i, "mark", awaitMark)
}

var awaitMark = map[string]bool{"until": true, "till": true, "once": true}

// conditionObject reports whether noun i is what a condition's verb acts
// on, the verb hung on the noun as a modifier: "even if Washington
// proposed further talks".
func (t *tree) conditionObject(i int) bool {
	for _, c := range t.kids[i] {
		if d := t.toks[c].Dep; (d == "amod" || base(d) == "acl") && t.condition(c) {
			return true
		}
	}
	return false
}

// pollNouns report opinion, not acts: "polls show 80 percent of Georgians
// support joining the EU" describes a state of affairs.
var pollNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true}

// expletiveJudgment reports whether predicate i judges an act told after
// an expletive subject: "it was unacceptable to beat someone".
func (t *tree) expletiveJudgment(i int) bool {
	j := i
	if base(t.dep(j)) == "conj" {
		j = t.head(j)
	}
	if t.child(j, "cop") < 0 {
		return false
	}
	if s := t.subject(j); t.child(j, "expl") < 0 && (s < 0 || !expletive[strings.ToLower(t.toks[s].Text)]) {
		return false
	}
	// the act may hang on any of the joined predicates: "outrageous and
	// unacceptable to beat".
	judged := func(k int) bool {
		for _, c := range t.kids[k] {
			if (t.toks[c].Dep == "xcomp" || base(t.toks[c].Dep) == "csubj") && t.toks[c].UPOS == "VERB" {
				return true
			}
		}
		return false
	}
	if judged(j) {
		return true
	}
	for _, c := range t.kids[j] {
		if t.toks[c].Dep == "conj" && judged(c) {
			return true
		}
	}
	return false
}

// describes reports whether event noun i is told of an act already
// reported, as the predicate of "it was" or "this is": "It was Kim's first
// trip abroad ... and his first meeting with Putin".
func (t *tree) describes(i int) bool {
	switch t.caseOf(i) {
	case "since", "after", "before", "during", "until":
		return false // another act, named for its time: "since their talks in 2019"
	}
	for j, hops := i, 0; j >= 0 && hops < 4; hops++ {
		if t.child(j, "cop") >= 0 {
			s := t.subject(j)
			return s >= 0 && expletive[strings.ToLower(t.toks[s].Text)]
		}
		switch base(t.dep(j)) {
		case "conj", "nmod":
			j = t.head(j)
		default:
			return false
		}
	}
	return false
}

// speaksTo reports a gathering that is the venue or audience of speech:
// "at a rally", "told a rally", "addressed the protest".
func (t *tree) speaksTo(i int) bool {
	if t.caseOf(i) == "at" {
		return true
	}
	h := t.head(i)
	return h >= 0 && base(t.dep(i)) == "obj" && audienceVerbs[t.lemma(h)]
}

// audienceVerbs take those spoken to as their object.
var audienceVerbs = map[string]bool{"tell": true, "address": true}

// attempted reports an act that its clause only strives or commits to:
// "try to conclude a deal", "remained committed to reaching an agreement".
func (t *tree) attempted(i int) bool {
	cur := i
	for step := 0; step < 2; step++ {
		h := t.head(cur)
		if h < 0 {
			return false
		}
		switch base(t.dep(cur)) {
		case "xcomp", "advcl", "obl":
		default:
			return false
		}
		if attemptWords[t.lemma(h)] {
			return true
		}
		cur = h
	}
	return false
}

// attemptWords strive or commit to what follows them.
var attemptWords = map[string]bool{"try": true, "seek": true, "strive": true, "endeavour": true, "endeavor": true,
	"attempt": true, "commit": true, "committed": true, "aim": true, "work": true}

// invariantPast reports a verb whose past looks like its present ("cut",
// "shut", "put") told in a past frame: "Bahrain was one of four states
// that cut ties with Doha".
func (t *tree) invariantPast(i int) bool {
	if t.toks[i].XPOS != "VBP" || !invariantVerbs[t.lemma(i)] {
		return false
	}
	for cur, step := t.head(i), 0; cur >= 0 && step < 4; cur, step = t.head(cur), step+1 {
		if t.toks[cur].XPOS == "VBD" {
			return true
		}
		for _, c := range t.kids[cur] {
			if d := base(t.dep(c)); (d == "cop" || d == "aux") && t.toks[c].XPOS == "VBD" {
				return true
			}
		}
	}
	return false
}

// invariantVerbs have one form for present and past.
var invariantVerbs = map[string]bool{"cut": true, "shut": true, "put": true, "set": true, "hit": true, "quit": true,
	"cast": true, "spread": true, "let": true, "bid": true, "thrust": true, "upset": true}

// saidWill reports a verb whose own "will" or "would" is told by a
// speaker: "said Moscow would help Pyongyang".
func (t *tree) saidWill(v int) bool {
	if t.dep(v) == "xcomp" && continuation[t.lemma(t.head(v))] {
		v = t.head(v) // "would keep working with Paris"
	}
	for _, c := range t.kids[v] {
		if base(t.toks[c].Dep) == "aux" {
			if l := t.lemma(c); l == "will" || l == "would" || l == "shall" {
				return t.reported(v)
			}
		}
	}
	return false
}

// intentCodes are the promises (03x) of material cooperation and aid.
var intentCodes = map[string]string{"060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033"}

// pronounObject reports an object that is a pronoun: "will not sign it".
func (t *tree) pronounObject(i int) bool {
	o := t.child(i, "obj")
	return o >= 0 && t.toks[o].UPOS == "PRON"
}

// demonstrative reports whether noun i is pointed back to ("this attack",
// "during that visit"); a "that" after a verb or a time ("said on Saturday
// that American support ...") begins a clause, whatever the parse says.
func (t *tree) demonstrative(i int) bool {
	for _, c := range t.kids[i] {
		if t.toks[c].Dep != "det" || !demonstratives[t.lemma(c)] {
			continue
		}
		if t.lemma(c) != "that" || c == 0 || t.toks[c-1].UPOS == "ADP" {
			return true
		}
	}
	return false
}

// reactionRoots answer what others did: praise, criticism, rejection.
var reactionRoots = map[string]bool{"05": true, "11": true, "12": true}

// executeVerbs carry out a measure someone else may have decreed.
var executeVerbs = map[string]bool{"enforce": true, "apply": true, "implement": true}

// craftNouns are weapons and craft, not people who travel.
var craftNouns = map[string]bool{"drone": true, "drones": true, "missile": true, "missiles": true, "rocket": true, "rockets": true,
	"balloon": true, "balloons": true, "jet": true, "jets": true, "warplane": true, "warplanes": true, "aircraft": true, "warship": true, "warships": true}

// violentRoots are acts of force.
var violentRoots = map[string]bool{"18": true, "19": true, "20": true}

// conflictNouns name a conflict as a whole.
var conflictNouns = map[string]bool{"war": true, "conflict": true, "fighting": true, "violence": true, "insurgency": true,
	"insurgencies": true, "civil": true, "crisis": true, "unrest": true}

// termsNouns are instruments whose provisions are told with "under".
var termsNouns = map[string]bool{"term": true, "terms": true, "deal": true, "agreement": true, "law": true, "resolution": true,
	"accord": true, "plan": true, "pact": true, "treaty": true, "arrangement": true, "rule": true, "rules": true, "constitution": true,
	"ceasefire": true, "truce": true, "framework": true, "memorandum": true}

// provision reports whether verb i tells what a deal or law provides:
// "under" such a thing, on the verb or the clause it completes, and not
// told as done (no simple past).
func (t *tree) provision(i int) bool {
	for v, depth := i, 0; v >= 0 && depth < 3; depth++ {
		if (t.toks[v].XPOS == "VBD" || t.toks[v].XPOS == "VBN" && t.child(v, "nsubj") >= 0) && t.child(v, "aux") < 0 {
			return false // "under the treaty, the two agreed to reopen": done
		}
		for _, c := range t.kids[v] {
			if base(t.toks[c].Dep) == "obl" && t.caseOf(c) == "under" && termsNouns[t.lemma(c)] {
				return true
			}
		}
		switch base(t.dep(v)) {
		case "xcomp", "conj":
			v = t.head(v)
		default:
			return false
		}
	}
	return false
}

// deadlineUnits measure the time someone has to act.
var deadlineUnits = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "year": true, "deadline": true}

// demonstratives point back to something told before.
var demonstratives = map[string]bool{"that": true, "this": true, "these": true, "those": true}

var expletive = map[string]bool{"it": true, "this": true, "that": true}

// pollContent reports whether word i is what a poll or survey found.
func (t *tree) pollContent(i int) bool {
	for h, hops := t.head(i), 0; h >= 0 && hops < 5; h, hops = t.head(h), hops+1 {
		if s := t.subject(h); s >= 0 && pollNouns[t.lemma(s)] {
			return true
		}
	}
	return false
}

func (t *tree) documentContent(i int) bool {
	g := -1 // the verb whose complement i is
	switch base(t.dep(i)) {
	case "acl":
		if documentNouns[t.lemma(t.head(i))] {
			return true
		}
		if h := t.head(i); h >= 0 && base(t.dep(h)) == "obj" {
			g = t.head(h) // "obliges each side to give": the infinitive hung on the object
		}
	case "xcomp", "ccomp", "advcl":
		g = t.head(i)
	}
	// "the text of the treaty obliges each side to give assistance": what
	// a document requires is its content.
	if g >= 0 {
		if s := t.subject(g); s >= 0 && documentNouns[t.lemma(s)] && (t.lemma(s) != "text" || t.hasChildLemma(s, "", documentNouns)) {
			return true
		}
	}
	return false
}

// gerundStem returns the verb of an "-ing" word the tagger lemmatised as a
// noun ("shipping" -> ship, "supplying" -> supply, "providing" -> provide),
// "" when the dictionary knows none.
// callsOn reports whether verb i is "call" with an "on" or "upon" phrase
// naming an actor ("called on Washington", not "late on Tuesday").
func (t *tree) callsOn(i int) bool {
	if t.lemma(i) != "call" {
		return false
	}
	for _, c := range t.kids[i] {
		if cs := t.caseOf(c); (cs == "on" || cs == "upon") && len(t.actorToks(c)) > 0 {
			return true
		}
	}
	return false
}

// barVerbs forbid what they take.
var barVerbs = map[string]bool{"bar": true, "prohibit": true, "forbid": true, "outlaw": true, "preclude": true, "restrict": true, "limit": true, "curb": true}

// present reports whether verb v is a simple present tense (a base form
// with a subject and no auxiliary counts: "exports now face").
func (t *tree) present(v int) bool {
	switch t.toks[v].XPOS {
	case "VBZ", "VBP":
		return true
	case "VB":
		return t.subject(v) >= 0 && t.child(v, "aux") < 0 && t.child(v, "mark") < 0
	}
	return false
}

// questionWords open a question told indirectly.
var questionWords = map[string]bool{"whether": true, "where": true, "when": true, "how": true, "why": true}

// indirectQuestion reports whether verb i heads a question told inside
// another clause: "said where or when the leaders might meet", "asked
// whether they support". A conjunct shares its head's.
func (t *tree) indirectQuestion(i int) bool {
	v := i
	for base(t.dep(v)) == "conj" && t.head(v) >= 0 {
		v = t.head(v)
	}
	d := base(t.dep(v))
	if d != "ccomp" && d != "obj" && d != "advcl" && d != "acl" {
		return false
	}
	for _, c := range t.kids[v] {
		if c > v {
			break
		}
		l := t.lemma(c)
		switch t.toks[c].Dep {
		case "mark":
			if l == "whether" || l == "if" && d == "ccomp" {
				return true
			}
		case "advmod":
			// (not "the city where they met", a relative clause)
			if questionWords[l] && l != "whether" && (d == "ccomp" || d == "obj") {
				return true
			}
		}
	}
	return false
}

// stoppedText reports whether participle i tells what a text that was
// blocked, vetoed or cancelled says: hung on the text, or on the verb
// right after the text ("vetoed a resolution demanding a ceasefire").
func (t *tree) stoppedText(i int) bool {
	n, g := -1, -1
	switch base(t.dep(i)) {
	case "acl":
		n = t.head(i)
		if n >= 0 {
			g = t.head(n)
		}
	case "advcl":
		g = t.head(i)
		if o := t.child(g, "obj"); o >= 0 && o < i {
			n = o
		}
	}
	if n < 0 || g < 0 || base(t.dep(n)) != "obj" || t.head(n) != g || t.toks[n].UPOS != "NOUN" {
		return false
	}
	return stopTextVerbs[t.lemma(g)] || cancelVerbs[t.lemma(g)] || barVerbs[t.lemma(g)]
}

var inWord = map[string]bool{"in": true}

// stopTextVerbs keep a text from being adopted.
var stopTextVerbs = map[string]bool{"block": true, "veto": true, "torpedo": true, "thwart": true}

// cancelVerbs undo what they take.
var cancelVerbs, offWord = map[string]bool{"cancel": true, "scrap": true, "postpone": true, "shelve": true, "abandon": true, "drop": true}, map[string]bool{"off": true}

// motionNouns are what an organisation's members vote on.
// answersBody reports whether act p upon the thing named by noun is an
// answer to an organisation's text or ruling: a vote against a motion,
// praise or criticism of a resolution or judgment (a measure or statement
// may be anyone's; a signing answers nothing).
func answersBody(p *Pattern, noun string) bool {
	switch p.Code[:2] {
	case "12":
		return motionNouns[noun]
	case "05", "11":
		return !p.Symmetric() && (rulingNouns[noun] || motionNouns[noun] && noun != "measure" && noun != "statement")
	}
	return false
}

// courtName reports whether an organisation's name is a court's or tribunal's.
// allCourts reports whether every party is a court or a trade tribunal.
func allCourts(ps []party) bool {
	for _, p := range ps {
		n := strings.ToLower(p.a.Name + " " + p.text)
		if p.a.Country != "IGO" || !courtName(n) && !strings.Contains(n, "trade organization") && !strings.Contains(n, "trade organisation") && !strings.Contains(n, "wto") {
			return false
		}
	}
	return true
}

func courtName(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "court") || strings.Contains(n, "tribunal") || strings.Contains(n, "arbitration")
}

// rulingNouns are given by courts and tribunals.
var rulingNouns = map[string]bool{"ruling": true, "judgment": true, "judgement": true, "award": true, "verdict": true, "opinion": true}

var motionNouns = map[string]bool{"resolution": true, "text": true, "measure": true, "motion": true, "draft": true,
	"package": true, "budget": true, "renewal": true, "statement": true, "declaration": true, "communique": true}

// lastIGO returns the international organisation named last up to sentence
// si, or nil.
func (st *docState) lastIGO(si int) *party {
	for k := len(st.igos) - 1; k >= 0; k-- {
		if st.igos[k].si <= si {
			return &st.igos[k].p
		}
	}
	return nil
}

// bareIdiomNouns, singular with no article or possessor, are parts of
// idioms, not the event nouns they otherwise are: "took charge of".
var bareIdiomNouns = map[string]bool{"charge": true}

// habitNouns take gerunds that tell what is usually done, not an act.
var habitNouns = map[string]bool{"tradition": true, "history": true, "habit": true, "practice": true, "record": true, "pattern": true}

// judgingVerbs judge a thing they name in a small clause ("called the
// decision disappointing").
var judgingVerbs = map[string]bool{"call": true, "consider": true, "deem": true, "describe": true, "label": true, "brand": true, "find": true}

// retaliateVerbs say that an act answers another.
var retaliateVerbs = map[string]bool{"hit": true, "strike": true, "retaliate": true, "respond": true, "react": true}

// answerVerbs take what they answer in a phrase: "respond to the
// expulsions", "retaliate for the strikes".
var answerVerbs = map[string]bool{"respond": true, "react": true, "retaliate": true, "reply": true, "answer": true, "avenge": true}

// onFrames returns the patterns among ps that name an "on" or "upon"
// phrase ("020 call on:* on=T").
func onFrames(ps []*Pattern) []*Pattern {
	var out []*Pattern
	for _, p := range ps {
		for k := range p.elems {
			if e := &p.elems[k]; e.kind == slotPrep && (slices.Contains(e.preps, "on") || slices.Contains(e.preps, "upon")) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

func gerundStem(text string, d *Dictionary) string {
	w := strings.ToLower(text)
	if len(w) < 6 || !strings.HasSuffix(w, "ing") {
		return ""
	}
	b := w[:len(w)-3]
	cands := []string{b, b + "e"}
	if n := len(b); n >= 2 && b[n-1] == b[n-2] {
		cands = append(cands, b[:n-1])
	}
	for _, c := range cands {
		if len(d.verbs[c]) > 0 {
			return c
		}
	}
	return ""
}

// warnVerbs introduce warnings; a warning is a threat only when someone is
// warned of what an actor will do.
var warnVerbs = map[string]bool{"warn": true, "caution": true, "alert": true}

// riskWarning reports a warning of a risk rather than a threat: its clause
// says what some thing would bring about ("warned that people in need would
// pay the price", "cautioned that the deal marked only a start", "warned
// that it risked provoking an escalation"), and names no one warned.
func (t *tree) riskWarning(i int) bool {
	if !warnVerbs[t.lemma(i)] || t.child(i, "obj", "iobj") >= 0 {
		return false
	}
	c := t.child(i, "ccomp")
	if c < 0 {
		return false
	}
	s := t.subject(c)
	if s < 0 || t.child(c, "nsubj:pass") >= 0 {
		return false // "would be treated as an act of war"
	}
	if p := t.child(s, "nmod:poss"); p >= 0 && t.ment[p] >= 0 {
		return false // "Tehran's response would be far more severe"
	}
	if t.ment[s] >= 0 {
		// an actor subject makes it a threat, unless the actor only risks
		// something: "warned that it risked provoking".
		return t.lemma(c) == "risk"
	}
	return true
}

// planNouns are intentions one has: "had plans to", "has no intention of".
var planNouns = map[string]bool{"plan": true, "intention": true, "intent": true}

// ownPlan reports whether verb v is the content of a plan its subject has:
// "had no plans to break off relations", "has no intention of invading".
func (t *tree) ownPlan(v int) bool {
	n := t.head(v)
	if n < 0 || base(t.dep(v)) != "acl" || !planNouns[t.lemma(n)] || !t.hasChildLemma(v, "mark", toMark) && !t.hasChildLemma(v, "mark", ofMark) {
		return false
	}
	h := t.head(n)
	return h >= 0 && base(t.dep(n)) == "obj" && t.lemma(h) == "have"
}

// contentNouns carry an act that has not happened: "an invitation to visit".
var contentNouns = map[string]bool{"invitation": true, "offer": true, "proposal": true, "plan": true, "promise": true,
	"pledge": true, "threat": true, "call": true, "appeal": true, "request": true, "demand": true, "willingness": true,
	"readiness": true, "commitment": true, "intention": true, "bid": true, "plea": true, "ultimatum": true,
	"intent": true, "desire": true, "wish": true, "ambition": true, "timetable": true, "roadmap": true, "schedule": true, "deadline": true}

// orderVerbs address a command to their object.
var orderVerbs = map[string]bool{"order": true, "direct": true, "instruct": true, "tell": true, "command": true}

// ordersOwn reports whether verb v orders someone who is not of another
// state: "Maduro ordered the state oil company to grant licences" commands
// at home, whatever state the story pits him against.
func (t *tree) ordersOwn(v int, country string) bool {
	if !orderVerbs[t.lemma(v)] {
		return false
	}
	o := t.child(v, "obj", "iobj")
	if o < 0 {
		return false
	}
	for _, p := range t.parties([]int{o}) {
		if len(p.a.Country) == 3 && p.a.Country != country {
			return false
		}
	}
	return true
}

// nameVerbs say what their object is: "called the move a threat".
var nameVerbs = map[string]bool{"call": true, "brand": true, "label": true, "term": true, "dub": true,
	"describe": true, "consider": true, "deem": true, "declare": true, "regard": true, "view": true, "see": true}

// judgeAsVerbs judge their object as something: what follows "as" is a
// label, not an act ("hailed the deal as a breakthrough").
var judgeAsVerbs = map[string]bool{"condemn": true, "denounce": true, "criticise": true, "criticize": true, "decry": true,
	"slam": true, "dismiss": true, "reject": true, "hail": true, "praise": true, "welcome": true, "characterise": true,
	"characterize": true, "portray": true, "paint": true, "treat": true, "blast": true, "castigate": true}

// namedAs reports whether noun i is what a naming verb calls its object,
// a label and no act: "calling the move a direct threat to the country".
func (t *tree) namedAs(i int) bool {
	h := t.head(i)
	if h >= 0 && base(t.dep(i)) == "obl" && t.caseOf(i) == "as" && judgeAsVerbs[t.lemma(h)] {
		// "a move that Belgrade condemned as an assault on the Serbs"
		return true
	}
	if h < 0 || !nameVerbs[t.lemma(h)] {
		return false
	}
	switch base(t.dep(i)) {
	case "xcomp":
		return true
	case "obj":
		for _, c := range t.kids[h] {
			if c < i && base(t.toks[c].Dep) == "obj" {
				return true
			}
		}
	case "obl":
		// "described the drills as a rehearsal for invasion"
		return t.caseOf(i) == "as"
	}
	return false
}

// presentRelative reports whether verb i heads a relative clause opened by a
// relative pronoun: "which seeks independence", "a custom under which new
// prime ministers make their first trip to India".
func (t *tree) presentRelative(i int) bool {
	if !strings.HasSuffix(t.dep(i), ":relcl") {
		return false
	}
	if s := t.subject(i); s >= 0 && relPronouns[t.lemma(s)] {
		return true
	}
	for _, c := range t.kids[i] {
		if c < i && base(t.toks[c].Dep) == "obl" && (t.lemma(c) == "which" || t.lemma(c) == "whom") {
			return true
		}
	}
	return false
}

// eventLinks open an adverbial clause that tells another event, not the
// content of the verb above.
var eventLinks = map[string]bool{"after": true, "before": true, "when": true, "while": true, "because": true,
	"although": true, "though": true, "since": true, "as": true, "whereas": true}

// namedStranger reports whether the one verb v acts on is named but
// unknown ("Gross had been arrested in Havana"): not the state's own
// people by default, so the story's other state is the better guess.
func (t *tree) namedStranger(v int) bool {
	p := t.patient(v)
	return p >= 0 && t.toks[p].UPOS == "PROPN" && t.ment[p] < 0
}

// accusedOne reports whether token o is the object of an accusing verb
// ("accused X of ...", "blamed X for ...").
func (t *tree) accusedOne(o int) bool {
	h := t.head(o)
	return h >= 0 && base(t.dep(o)) == "obj" && allegeVerbs[t.lemma(h)]
}

// dated reports whether a time expression hangs on verb i ("who flies to
// Beijing on Thursday": a scheduled act, not a description).
func (t *tree) dated(i int) bool {
	if t.isTime == nil {
		return false
	}
	for _, c := range t.kids[i] {
		if t.isTime[c] {
			return true
		}
	}
	return false
}

// populace reports whether a party is a population rather than an
// official or organised actor: migrants, refugees, civilians, or a plural
// nationality ("South Koreans visiting Japan").
func (t *tree) populace(p *party) bool {
	switch p.a.Sector {
	case "REF", "CVL", "MED":
		// (a journalist who travels to a trial makes no state visit)
		return true
	case "":
		if p.ment >= 0 && p.ment < len(t.mentions) {
			m := &t.mentions[p.ment]
			return m.Kind == actor.KindCountry && m.Plural && len(m.Members) == 0
		}
	}
	return false
}

// governmentOf returns the government of the first state that token k
// names ("in Havana", "the Lithuanian envoy"), as a party.
func (t *tree) governmentOf(k int) (party, bool) {
	for _, q := range t.parties([]int{k}) {
		if len(q.a.Country) == 3 && q.a.Country != "IGO" && !regions[q.a.Country] {
			return party{text: q.text, a: actor.Actor{Code: q.a.Country + "GOV", Country: q.a.Country, Sector: "GOV"}, tok: q.tok, ment: q.ment}, true
		}
	}
	return party{}, false
}

// strikeVerbs are the acts of force whose object a threat falls on.
var strikeVerbs = map[string]bool{"hit": true, "strike": true, "attack": true, "bomb": true, "target": true, "destroy": true,
	"invade": true, "shell": true, "raid": true}

// definiteDet marks a deed already known: "carried out the blast".
var definiteDet = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// blamePattern names the accusation blameAct codes, for traces.
var blamePattern = &Pattern{File: "sentence.go", Lemma: "blame", Code: "112"}

// blameVerbs name who is behind a deed; carrying out, staging or
// conducting one does so only for a deed already known ("carried out the
// blast"), not for news of new ones ("carried out air strikes").
var blameVerbs = map[string]bool{"orchestrate": true, "mastermind": true, "order": true, "organise": true,
	"organize": true, "plan": true, "perpetrate": true, "commission": true, "sponsor": true, "direct": true,
	"carry": true, "stage": true, "conduct": true, "commit": true}

// blameNouns are deeds whose author is a matter of accusation.
var blameNouns = map[string]bool{"attack": true, "attacks": true, "blast": true, "blasts": true, "explosion": true,
	"explosions": true, "bombing": true, "bombings": true, "sabotage": true, "killing": true, "killings": true,
	"murder": true, "assassination": true, "shooting": true, "assault": true, "raid": true, "abduction": true,
	"kidnapping": true, "poisoning": true, "cyberattack": true, "hack": true, "arson": true, "plot": true,
	"massacre": true, "strike": true, "strikes": true, "incursion": true, "ambush": true}

// blameAct codes the speaker's accusation (112) against whoever the
// reported clause says did a deed: "Tusk said Russian intelligence had
// used two Ukrainians to carry out the blast", "Kurti said the attack had
// been carried out by professionals acting for Serbia", "said Moscow was
// behind the explosions". The deed itself is coded apart, as told.
func (st *docState) blameAct(t *tree, i int, acts []act) []act {
	agent, deed := -1, -1
	l := t.lemma(i)
	switch tk := &t.toks[i]; {
	case tk.UPOS == "VERB" && blameVerbs[l]:
		if l == "carry" && !t.particle(i, outWord) {
			return acts
		}
		deed, agent = t.patient(i), t.agentOf(i, 0)
		if deed >= 0 && (l == "carry" || l == "stage" || l == "conduct" || l == "commit") && !t.hasChildLemma(deed, "det", definiteDet) {
			return acts
		}
	case (l == "involve" || l == "involved") && (tk.UPOS == "VERB" && t.passive(i) || tk.UPOS == "ADJ" && t.child(i, "cop") >= 0):
		// "officers of the GRU had been involved in the explosions"
		for _, c := range t.kids[i] {
			if base(t.dep(c)) == "obl" && t.caseOf(c) == "in" {
				deed = c
				break
			}
		}
		agent = t.subject(i)
	case (tk.UPOS == "NOUN" || tk.UPOS == "PROPN") && t.caseOf(i) == "behind" && t.child(i, "cop") >= 0:
		deed, agent = i, t.subject(i)
	}
	if deed < 0 || agent < 0 || !blameNouns[t.lemma(deed)] {
		return acts
	}
	sp := t.speakers(i)
	if len(sp) == 0 {
		return acts
	}
	src := t.parties(sp[:1])
	if len(src) == 0 {
		return acts
	}
	tgt := notSelf(t.parties([]int{agent}), src)
	for _, p := range tgt {
		if p.a.Country == src[0].a.Country {
			return acts // a state that names its own agents accuses no other
		}
	}
	if len(tgt) == 0 {
		return acts
	}
	return append(acts, act{pat: blamePattern, code: "112", trig: i, gov: i, src: src, tgt: tgt,
		v: verdict{modality: event.Asserted}, said: true})
}

var mustWord = map[string]bool{"must": true}

// mustClause reports whether reporting verb i says that someone named must
// do something: "said the United States must stop interfering".
func (t *tree) mustClause(i int) bool {
	switch t.lemma(i) {
	case "say", "tell", "insist", "add", "write", "state", "stress", "reiterate":
	default:
		return false
	}
	c := t.child(i, "ccomp")
	if c < 0 || !t.hasChildLemma(c, "aux", mustWord) || t.toks[c].UPOS != "VERB" {
		return false
	}
	sb := t.subject(c)
	return sb >= 0 && t.toks[sb].UPOS != "PRON" && t.ment[sb] >= 0 && t.mentions[t.ment[sb]].Head == sb
}

// timePossessors name when an act told before took place: "Tuesday's demand".
var timePossessors = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "yesterday": true, "today": true, "week": true,
	"weekend": true, "month": true, "year": true, "morning": true, "night": true, "evening": true}

// within reports whether token k lies under token h, at most depth steps down.
func (t *tree) within(k, h, depth int) bool {
	for n := 0; k >= 0 && n <= depth; n++ {
		if k == h {
			return true
		}
		k = t.head(k)
	}
	return false
}

// conditionalThreat gives the threat (13x) of a harmful act said to be done
// on a condition, "" for acts that are no harm.
func conditionalThreat(code string) string {
	switch {
	case code == "165":
		return "135" // halt mediation
	case code == "164":
		return "134" // halt negotiations
	case code == "163":
		return "1312" // sanctions, embargo
	case code == "162" || strings.HasPrefix(code, "162"):
		return "1311" // reduce or stop aid
	case code[:2] == "16":
		return "1313" // reduce or break relations
	case code[:2] == "17":
		return "132"
	case code[:2] == "18", code[:2] == "19", code[:2] == "20":
		return "138"
	}
	return ""
}

// saysOwnCondition reports whether act a's verb is said, by the act's own
// source, to follow on a condition: "it would halt its efforts if ...".
func (t *tree) saysOwnCondition(a *act) bool {
	v := a.gov
	if v < 0 {
		v = a.trig
	}
	cond, will := false, false
	for _, c := range t.kids[v] {
		switch base(t.toks[c].Dep) {
		case "advcl":
			cond = cond || t.hasChildLemma(c, "mark", condMark)
		case "aux":
			will = will || t.lemma(c) == "will" || t.lemma(c) == "would"
		}
	}
	if !cond || !will {
		return false
	}
	sp := t.speakers(v)
	if len(sp) == 0 {
		return false
	}
	for _, q := range t.parties(sp[:1]) {
		if q.a.Country == a.src[0].a.Country {
			return true
		}
	}
	return false
}

// reasonNouns take the act they answer with "at": "in protest at the offensive".
var reasonNouns = map[string]bool{"protest": true, "anger": true, "outrage": true, "alarm": true, "dismay": true,
	"fury": true, "concern": true, "indignation": true}

// tripNouns are journeys, which belong to who makes them.
var tripNouns = map[string]bool{"trip": true, "visit": true, "journey": true, "tour": true, "voyage": true, "stopover": true}

// becomingOf returns the "becoming" or "became" that infinitive i ranks
// its subject by ("becoming the first leader to visit"), or -1.
func (t *tree) becomingOf(i int) int {
	for cur, n := t.head(i), 0; cur >= 0 && n < 3; cur, n = t.head(cur), n+1 {
		if t.lemma(cur) == "become" {
			return cur
		}
		if t.toks[cur].UPOS == "VERB" {
			return -1
		}
	}
	return -1
}
