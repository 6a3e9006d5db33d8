package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Model is a trained tagger, parser and labeller. It is read-only after
// loading and safe for concurrent use; each goroutine that annotates in a
// loop should hold its own Annotator for allocation-free work.
type Model struct {
	tagger  tagger
	parser  parser
	labeler labeler
	pool    sync.Pool
}

//go:embed model/model.bin.gz
var embedded []byte

var (
	defOnce  sync.Once
	defModel *Model
	defErr   error
)

// Default returns the model embedded in the binary, loading it on first use.
func Default() (*Model, error) {
	defOnce.Do(func() {
		defModel, defErr = LoadModel(bytes.NewReader(embedded))
		if defErr != nil {
			defErr = fmt.Errorf("embedded nlp model: %w", defErr)
		}
	})
	return defModel, defErr
}

const modelMagic = "dyad-nlp-model 1\n"

// Save writes the model gzip-compressed: a magic line, the tag classes and
// labels as length-prefixed strings, then the three weight tables.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	var names []string
	for _, c := range m.tagger.classes {
		names = append(names, c.upos+"\t"+c.xpos)
	}
	writeStrings(bw, names)
	writeStrings(bw, m.labeler.labels)
	for _, t := range []*table{m.tagger.t, m.parser.t, m.labeler.t} {
		if err := t.write(bw); err != nil {
			return err
		}
	}
	if err := m.tagger.lex.write(bw); err != nil {
		return err
	}
	if m.tagger.sure != nil {
		if err := m.tagger.sure.write(bw); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func writeStrings(w *bufio.Writer, ss []string) {
	binary.Write(w, binary.LittleEndian, uint32(len(ss)))
	for _, s := range ss {
		binary.Write(w, binary.LittleEndian, uint16(len(s)))
		w.WriteString(s)
	}
}

func readStrings(r io.Reader) ([]string, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	if n > 1<<16 {
		return nil, errors.New("string count out of range")
	}
	out := make([]string, n)
	for i := range out {
		var l uint16
		if err := binary.Read(r, binary.LittleEndian, &l); err != nil {
			return nil, err
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, err
		}
		out[i] = string(b)
	}
	return out, nil
}

// LoadModel reads a model written by Save.
func LoadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(zr, 1<<20)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not a dyad nlp model")
	}
	m := &Model{}
	names, err := readStrings(br)
	if err != nil {
		return nil, fmt.Errorf("tag classes: %w", err)
	}
	for _, n := range names {
		u, x, ok := strings.Cut(n, "\t")
		if !ok {
			return nil, fmt.Errorf("tag class %q", n)
		}
		m.tagger.classes = append(m.tagger.classes, tagClass{u, x})
	}
	if m.labeler.labels, err = readStrings(br); err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	for i, dst := range []**table{&m.tagger.t, &m.parser.t, &m.labeler.t} {
		if *dst, err = readTable(br); err != nil {
			return nil, fmt.Errorf("table %d: %w", i, err)
		}
	}
	if m.tagger.lex, err = readLexicon(br); err != nil {
		return nil, err
	}
	// The tag dictionary came later; a model that ends here has none.
	if _, err := br.Peek(1); err == nil {
		if m.tagger.sure, err = readLexicon(br); err != nil {
			return nil, fmt.Errorf("tag dictionary: %w", err)
		}
		for _, v := range m.tagger.sure.vals {
			if v > uint64(len(m.tagger.classes)) {
				return nil, errors.New("tag dictionary class out of range")
			}
		}
	}
	m.parser.t3 = m.parser.t.inline()
	m.tagger.prepare()
	if m.tagger.t.nclass != len(m.tagger.classes) || m.parser.t.nclass != nMoves || m.labeler.t.nclass != len(m.labeler.labels) {
		return nil, errors.New("table sizes do not match the class lists")
	}
	return m, nil
}

// Annotator holds the scratch buffers for tagging and parsing, so that in a
// steady state annotating a sentence allocates nothing. It is not safe for
// concurrent use; make one per goroutine.
type Annotator struct {
	m       *Model
	ws      []wordInfo
	tags    []int32
	feats   []uint64
	tscores []int32
	lscores []int32
	st      pstate
	saved   []Token // the parser's tree while the repairs run
}

// NewAnnotator returns a fresh annotator over m.
func (m *Model) NewAnnotator() *Annotator {
	return &Annotator{m: m, tscores: make([]int32, len(m.tagger.classes)), lscores: make([]int32, len(m.labeler.labels))}
}

// TagParse sets UPOS, XPOS, Head and Dep of every token of s.
func (a *Annotator) TagParse(s *Sentence) {
	a.tag(s)
	a.parse(s)
}

// Tag sets UPOS and XPOS of every token of s.
func (a *Annotator) Tag(s *Sentence) { a.tag(s) }

func (a *Annotator) describe(s *Sentence) {
	a.ws = a.ws[:0]
	for i := range s.Tokens {
		a.ws = append(a.ws, wordInfo{})
		describe(s.Tokens[i].Text, &a.ws[i])
	}
}

func (a *Annotator) tag(s *Sentence) {
	a.describe(s)
	a.tags, a.feats = a.m.tagger.tag(a.ws, a.tags, a.feats, a.tscores)
	tg := a.m.tagger
	for i, t := range a.tags {
		// "fighter jets shot down the drones": after a plural the tagger
		// takes an irregular past for a present tense, and a present act
		// reads as scheduled ahead. A form that is only ever a past is one.
		if (t == tg.vbp && inLower(irregularPasts, s.Tokens[i].Text) || t == tg.vb && inLower(irregularVerbs, s.Tokens[i].Text)) && tg.vbd >= 0 {
			t = tg.vbd
			a.tags[i] = t
		}
		// "the last 20 living Israeli hostages": a participle between a
		// number and an adjective of a noun describes the noun.
		if tg.jj >= 0 && t != tg.jj && i > 0 && i+2 < len(a.tags) && tg.verb[t] && strings.HasSuffix(s.Tokens[i].Text, "ing") &&
			s.Tokens[i-1].XPOS == "CD" && tg.classes[a.tags[i+1]].xpos == "JJ" && tg.classes[a.tags[i+2]].upos == "NOUN" {
			t = tg.jj
			a.tags[i] = t
		}
		// "telephoned her Japanese counterpart": "her" before an
		// adjective and a noun is the possessive.
		if tg.prpS >= 0 && t != tg.prpS && i+2 < len(a.tags) && strings.EqualFold(s.Tokens[i].Text, "her") &&
			tg.classes[a.tags[i+1]].xpos == "JJ" && tg.noun[a.tags[i+2]] {
			t = tg.prpS
			a.tags[i] = t
		}
		c := &tg.classes[t]
		s.Tokens[i].UPOS, s.Tokens[i].XPOS = c.upos, c.xpos
	}
	a.finiteParticiple(s)
}

// clauseOpeners open a clause of their own after a main clause.
var clauseOpeners = map[string]bool{"after": true, "before": true, "because": true, "as": true, "while": true,
	"when": true, "since": true, "although": true, "though": true, "if": true, "that": true, "until": true}

// finiteParticiple repairs "Israeli forces battled Hamas militants on
// Sunday", tagged with a participle and no finite verb at all: a news
// sentence whose noun phrase opens it and is followed by a participle with
// a noun phrase after it is a clause in the past tense.
func (a *Annotator) finiteParticiple(s *Sentence) {
	tg := a.m.tagger
	if tg.vbd < 0 || len(a.tags) < 3 {
		return
	}
	// the first participle, with no finite verb before it nor in its own
	// clause (one after a comma or a subordinator belongs to another:
	// "..., after the group's fighters broke through the fence")
	vbn, broken := -1, false
	for i := range a.tags {
		t := &s.Tokens[i]
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			if vbn < 0 || !broken {
				return
			}
		case "VBN":
			if vbn < 0 {
				vbn = i
			}
		case ",", ":", "WDT", "WP":
			broken = broken || vbn >= 0
		case "IN":
			broken = broken || vbn >= 0 && inLower(clauseOpeners, t.Text)
		}
	}
	if vbn < 1 || vbn+1 >= len(a.tags) || s.Tokens[vbn].UPOS != "VERB" {
		return
	}
	// the words before, after any dateline: an opening noun phrase with no
	// preposition or verb
	start := max(datelineEnd(s.Tokens), 0)
	if vbn <= start {
		return
	}
	for i := start; i < vbn; i++ {
		switch s.Tokens[i].XPOS {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH", "PRP$":
		default:
			return
		}
	}
	if x := s.Tokens[vbn-1].XPOS; x != "NN" && x != "NNS" && x != "NNP" && x != "NNPS" {
		return
	}
	// and an object after it
	switch s.Tokens[vbn+1].XPOS {
	case "DT", "NNP", "NNPS", "NNS", "NN", "CD", "PRP$", "JJ":
	default:
		return
	}
	a.tags[vbn] = tg.vbd
	c := &tg.classes[tg.vbd]
	s.Tokens[vbn].UPOS, s.Tokens[vbn].XPOS = c.upos, c.xpos
}

// irregularPasts are the past forms and participles the lemma exceptions
// list ("shot", "fought", "struck") that are no present form of any verb
// there.
var irregularPasts = func() map[string]bool {
	m := map[string]bool{}
	for w, es := range lemmaExceptions {
		past, present := false, false
		for _, e := range es {
			switch e.xpos {
			case "VBD", "VBN":
				past = past || e.lemma != w
			case "VB", "VBP", "VBZ":
				present = true
			}
		}
		if past && !present {
			m[w] = true
		}
	}
	for w := range irregularVerbs {
		if es, ok := lemmaExceptions[w]; !ok || !slices.ContainsFunc(es, func(e lemmaEntry) bool { return e.xpos == "VB" || e.xpos == "VBP" }) {
			m[w] = true
		}
	}
	return m
}()

// Parse sets Head and Dep of every token of s from its words and its
// existing UPOS and XPOS tags (tag pairs the model never saw are re-tagged).
func (a *Annotator) Parse(s *Sentence) {
	a.describe(s)
	a.tags = a.tags[:0]
	for i := range s.Tokens {
		a.tags = append(a.tags, -1)
		for c, tc := range a.m.tagger.classes {
			if tc.upos == s.Tokens[i].UPOS && tc.xpos == s.Tokens[i].XPOS {
				a.tags[i] = int32(c)
				break
			}
		}
		if a.tags[i] < 0 {
			a.tag(s)
			break
		}
	}
	a.parse(s)
}

func (a *Annotator) parse(s *Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	e := datelineEnd(s.Tokens)
	if e <= 0 {
		a.parseRange(s, 0, n)
		return
	}
	// The treebank has no datelines, and the parser given one makes the city
	// the root of the story's first sentence. Parse the dateline and the
	// sentence apart and hang the dateline on the sentence's root.
	body := a.parseRange(s, e, n)
	dl := a.parseRange(s, 0, e)
	s.Tokens[dl].Head = body
	s.Tokens[dl].Dep = "dep"
}

// parseRange parses tokens [lo, hi) of s as a sentence of their own and
// returns the index of its root.
func (a *Annotator) parseRange(s *Sentence, lo, hi int) int {
	root := a.rawParse(s, lo, hi)
	// The news repairs below each keep the tree whole; should a
	// combination of them ever not, the parser's own tree stands.
	a.saved = append(a.saved[:0], s.Tokens[lo:hi]...)
	r := repair(s, lo, hi, root)
	if !wellFormed(s, lo, hi) {
		copy(s.Tokens[lo:hi], a.saved)
		return root
	}
	return r
}

// rawParse parses tokens [lo, hi) of s as a sentence of their own, without
// the news repairs, and returns the index of its root.
func (a *Annotator) rawParse(s *Sentence, lo, hi int) int {
	a.feats = a.m.parser.parse(&a.st, &a.m.labeler, a.ws[lo:hi], a.tags[lo:hi], a.feats, a.lscores)
	root := lo
	for i := 0; i < hi-lo; i++ {
		h := int(a.st.head[i])
		if h == hi-lo || h < 0 {
			h = -1
			root = lo + i
		} else {
			h += lo
		}
		t := &s.Tokens[lo+i]
		t.Head = h
		if l := a.st.lab[i]; l >= 0 && int(l) < len(a.m.labeler.labels) {
			t.Dep = a.m.labeler.labels[l]
		} else {
			t.Dep = "dep"
		}
	}
	return root
}

// repair applies the news repairs to the parse of tokens [lo, hi) and
// returns the root after them.
func repair(s *Sentence, lo, hi, root int) int {
	root = interruptedAux(s, lo, hi, root)
	root = demonymTitles(s, lo, hi, root)
	root = relativeThenVerb(s, lo, hi, root)
	predicateNoun(s, lo, hi)
	smallClause(s, lo, hi)
	caselessObject(s, lo, hi)
	sconjHead(s, lo, hi)
	twoSubjects(s, lo, hi)
	adjacentSubjects(s, lo, hi)
	thatSubjectAfter(s, lo, hi)
	root = clauseBeforeClause(s, lo, hi, root)
	inPlace(s, lo, hi)
	lostSubject(s, lo, hi)
	subjectAfterOpening(s, lo, hi)
	subjectAfterLink(s, lo, hi)
	thatClauseOnTime(s, lo, hi)
	root = appositionThenVerb(s, lo, hi, verblessRoot(s, lo, hi, possessedCompound(s, lo, hi, root)))
	root = nameTitleThenVerb(s, lo, hi, root)
	root = interruptedSubject(s, lo, hi, root)
	possessedParticiple(s, lo, hi)
	root = titleParticiple(s, lo, hi, root)
	root = phraseRoot(s, lo, hi, root)
	root = participleInOpening(s, lo, hi, root)
	caselessSubject(s, lo, hi, root)
	capitalSubject(s, lo, hi, root)
	trailingAttribution(s, lo, hi, root)
	splitSubject(s, lo, hi)
	root = verbAsModifier(s, lo, hi, root)
	participleAfterSubject(s, lo, hi)
	root = openingWithClause(s, lo, hi, root)
	root = bareRelative(s, lo, hi, root)
	root = timeOpeningClause(s, lo, hi, root)
	timeLinkClause(s, lo, hi)
	conjoinedClause(s, lo, hi)
	nearParticiple(s, lo, hi)
	pronounAfterTime(s, lo, hi)
	toldThat(s, lo, hi)
	thatIfClause(s, lo, hi)
	passiveAgent(s, lo, hi)
	shiftedObject(s, lo, hi)
	objectBeforeAttribution(s, lo, hi)
	contactRelative(s, lo, hi)
	verbConjunctOnNoun(s, lo, hi)
	relativeAfterComma(s, lo, hi)
	pastConjunctOfBase(s, lo, hi)
	infinitiveOnObject(s, lo, hi)
	pairedParticiples(s, lo, hi)
	thatClauseAfterName(s, lo, hi)
	linkedParticipleClause(s, lo, hi)
	possessedAdjectivalParticiple(s, lo, hi)
	phraseOnTime(s, lo, hi)
	objectAsSecondSubject(s, lo, hi)
	thatBeforeFullClause(s, lo, hi)
	saidObjectAsSubject(s, lo, hi)
	asClause(s, lo, hi)
	caselessApposition(s, lo, hi)
	return root
}

// caselessApposition repairs "the murder of Ronald Ojeda, a former
// Venezuelan army lieutenant", parsed with "lieutenant" a bare phrase of
// the verb: a noun with an article after a name and its comma, hung on
// the verb with no preposition, describes the name.
func caselessApposition(s *Sentence, lo, hi int) {
	for n := lo + 3; n < hi; n++ {
		nt := &s.Tokens[n]
		if nt.UPOS != "NOUN" || nt.Dep != "obl" && nt.Dep != "advcl" || hasDep(s, lo, hi, n, "case") || hasDep(s, lo, hi, n, "cop") ||
			hasDep(s, lo, hi, n, "mark") || inLower(timeNouns, nt.Text) || inLower(spanNouns, nt.Text) {
			continue
		}
		// the phrase's first word, an article right after a comma
		st := n
		for st > lo && dominates(s, n, st-1) && s.Tokens[st-1].Dep != "punct" {
			st--
		}
		if st-2 < lo || s.Tokens[st-1].Text != "," || s.Tokens[st].UPOS != "DET" || s.Tokens[st-2].UPOS != "PROPN" {
			continue
		}
		name := st - 2
		for s.Tokens[name].Dep == "flat" && s.Tokens[name].Head >= lo && s.Tokens[name].Head < name {
			name = s.Tokens[name].Head
		}
		if s.Tokens[name].UPOS != "PROPN" || dominates(s, n, name) {
			continue
		}
		attempt(s, lo, hi, func() {
			nt.Head, nt.Dep = name, "appos"
			s.Tokens[st-1].Head = n
		})
	}
}

// asClause repairs "Bukele spoke as President Donald Trump received him",
// parsed with "as" a preposition on the name and "received" a clause with
// no subject: a name or noun after "as" followed at once by a past or
// present verb that has no subject is that verb's subject, and "as" opens
// the clause.
func asClause(s *Sentence, lo, hi int) {
	for a := lo + 1; a+2 < hi; a++ {
		at := &s.Tokens[a]
		if !strings.EqualFold(at.Text, "as") || at.Dep != "case" {
			continue
		}
		n := at.Head
		if n <= a || n >= hi || (s.Tokens[n].UPOS != "PROPN" && s.Tokens[n].UPOS != "NOUN") {
			continue
		}
		end := n + 1
		for end < hi && dominates(s, n, end) {
			end++
		}
		if end >= hi {
			continue
		}
		vt := &s.Tokens[end]
		if vt.UPOS != "VERB" || vt.XPOS != "VBD" && vt.XPOS != "VBZ" || hasDep(s, lo, hi, end, "nsubj") || hasDep(s, lo, hi, end, "nsubj:pass") ||
			vt.Head != s.Tokens[n].Head || !strings.HasPrefix(vt.Dep, "advcl") && vt.Dep != "conj" && vt.Dep != "parataxis" {
			continue
		}
		attempt(s, lo, hi, func() {
			at.Head, at.Dep, at.UPOS, at.XPOS = end, "mark", "SCONJ", "IN"
			s.Tokens[n].Head, s.Tokens[n].Dep = end, "nsubj"
			vt.Dep = "advcl"
		})
	}
}

// objectlessSaying take what is said as a clause, never a person as object.
var objectlessSaying = map[string]bool{"said": true, "says": true, "say": true, "saying": true, "claimed": true,
	"claims": true, "insisted": true, "insists": true, "added": true, "believes": true, "believed": true,
	"alleged": true, "alleges": true, "argued": true, "argues": true, "suspected": true, "concluded": true}

// saidObjectAsSubject repairs "Trudeau said Indian agents were behind the
// killing", parsed with "agents" as the object of "said": a verb of saying
// has no object, so the noun before the clause's auxiliary is the clause's
// subject.
func saidObjectAsSubject(s *Sentence, lo, hi int) {
	for n := lo + 1; n+2 < hi; n++ {
		nt := &s.Tokens[n]
		v := nt.Head
		if nt.Dep != "obj" || v < lo || v >= n || !inLower(objectlessSaying, s.Tokens[v].Text) {
			continue
		}
		// the first token after the noun's phrase
		end := n + 1
		for end < hi && dominates(s, n, end) {
			end++
		}
		if end >= hi || s.Tokens[end].UPOS != "AUX" {
			continue
		}
		c := s.Tokens[end].Head
		if c <= end || c >= hi || s.Tokens[c].Head != v || s.Tokens[c].Dep != "ccomp" || hasDep(s, lo, hi, c, "nsubj") || hasDep(s, lo, hi, c, "nsubj:pass") {
			continue
		}
		dep := "nsubj"
		if s.Tokens[end].Dep == "aux:pass" || hasDep(s, lo, hi, c, "aux:pass") {
			dep = "nsubj:pass"
		}
		attempt(s, lo, hi, func() { nt.Head, nt.Dep = c, dep })
	}
}

// contentNouns take a clause that says what they hold: "the allegation that ...".
var contentNouns = map[string]bool{"allegation": true, "allegations": true, "claim": true, "claims": true,
	"accusation": true, "accusations": true, "charge": true, "charges": true, "suspicion": true, "suspicions": true,
	"report": true, "reports": true, "belief": true, "fear": true, "fears": true, "warning": true, "assurance": true,
	"assurances": true, "evidence": true, "statement": true, "news": true, "view": true, "assertion": true,
	"insistence": true, "hope": true, "hopes": true, "fact": true, "announcement": true, "promise": true, "pledge": true}

// thatBeforeFullClause repairs "told parliament on Tuesday that Russian
// intelligence had used two Ukrainians to ...", parsed with "that" as the
// relative pronoun object of "used": a clause whose verb has an object (or
// subject) of its own has no gap for a relative pronoun to fill, so "that"
// opens it as a mark; a clause hung as a relative on a noun of the verb
// before it is what that verb says, or what the noun holds ("allegation").
func thatBeforeFullClause(s *Sentence, lo, hi int) {
	for k := lo + 1; k+2 < hi; k++ {
		kt := &s.Tokens[k]
		v := kt.Head
		if kt.UPOS != "PRON" || kt.Dep != "obj" && kt.Dep != "nsubj" || !strings.EqualFold(kt.Text, "that") || v <= k+1 || v >= hi {
			continue
		}
		if vt := &s.Tokens[v]; vt.UPOS != "VERB" && !(kt.Dep == "nsubj" && (vt.UPOS == "NOUN" || vt.UPOS == "ADJ")) {
			continue
		}
		other, subj := false, false
		for j := lo; j < hi; j++ {
			if s.Tokens[j].Head != v {
				continue
			}
			switch {
			case s.Tokens[j].Dep == "obj" && j > v && kt.Dep == "obj":
				other = true
			case s.Tokens[j].Dep == "nsubj" && j > k && j < v:
				subj = true
				other = other || kt.Dep == "nsubj"
			}
		}
		if !other || !subj {
			continue
		}
		attempt(s, lo, hi, func() {
			kt.UPOS, kt.XPOS, kt.Dep = "SCONJ", "IN", "mark"
			vt := &s.Tokens[v]
			if vt.Dep != "acl:relcl" || vt.Head < lo || vt.Head >= k {
				return
			}
			if inLower(contentNouns, s.Tokens[vt.Head].Text) {
				vt.Dep = "acl" // "the allegation that Indian agents were behind it"
				return
			}
			g := vt.Head
			for steps := 0; steps < 3 && g >= lo && s.Tokens[g].UPOS != "VERB"; steps++ {
				switch s.Tokens[g].Dep {
				case "obj", "obl", "nmod", "iobj":
					g = s.Tokens[g].Head
					continue
				}
				g = -1
			}
			if g >= lo && g < vt.Head && s.Tokens[g].UPOS == "VERB" && !dominates(s, v, g) {
				vt.Head, vt.Dep = g, "ccomp"
			}
		})
	}
}

// objectAsSecondSubject repairs "Guinean soldiers sealed off several
// crossing points on the border", parsed with "points" as a second subject:
// an active verb that has its subject before it and no object takes the
// noun labelled subject after it as its object.
func objectAsSecondSubject(s *Sentence, lo, hi int) {
	for v := lo + 1; v < hi; v++ {
		if s.Tokens[v].UPOS != "VERB" || hasDep(s, lo, hi, v, "obj") || hasDep(s, lo, hi, v, "aux:pass") || hasDep(s, lo, hi, v, "expl") {
			continue
		}
		before, after := -1, -1
		for i := lo; i < hi; i++ {
			if s.Tokens[i].Head == v && s.Tokens[i].Dep == "nsubj" {
				if i < v {
					before = i
				} else if after < 0 {
					after = i
				}
			}
		}
		if before < 0 || after < 0 || s.Tokens[after].UPOS != "NOUN" {
			continue
		}
		s.Tokens[after].Dep = "obj"
	}
}

// phraseOnTime repairs "imposed sanctions in March on Mnangagwa", parsed
// with "on Mnangagwa" on the month: a phrase of "on", "against", "to" or
// "with" hung on a time word belongs to the verb the time word modifies.
func phraseOnTime(s *Sentence, lo, hi int) {
	for n := lo + 2; n < hi; n++ {
		nt := &s.Tokens[n]
		m := nt.Head
		if nt.Dep != "nmod" || m < lo || m >= n || !inLower(timeNouns, s.Tokens[m].Text) || !strings.HasPrefix(s.Tokens[m].Dep, "obl") {
			continue
		}
		v := s.Tokens[m].Head
		if v < lo || v >= m || s.Tokens[v].UPOS != "VERB" {
			continue
		}
		c := -1
		for k := m + 1; k < n; k++ {
			if s.Tokens[k].Head == n && s.Tokens[k].Dep == "case" {
				c = k
			}
		}
		if c < 0 || !inLower(verbPreps, s.Tokens[c].Text) {
			continue
		}
		nt.Head, nt.Dep = v, "obl"
	}
	// "accused Venezuela's government on Monday of ordering the murder":
	// a gerund clause that "of" opens, hung on the time word, too.
	for g := lo + 2; g < hi; g++ {
		gt := &s.Tokens[g]
		m := gt.Head
		if gt.XPOS != "VBG" || !strings.HasPrefix(gt.Dep, "acl") || m < lo || m >= g || !inLower(timeNouns, s.Tokens[m].Text) ||
			!strings.HasPrefix(s.Tokens[m].Dep, "obl") {
			continue
		}
		v := s.Tokens[m].Head
		if v < lo || v >= m || s.Tokens[v].UPOS != "VERB" || g < 1 || !strings.EqualFold(s.Tokens[g-1].Text, "of") || s.Tokens[g-1].Head != g {
			continue
		}
		gt.Head, gt.Dep = v, "advcl"
	}
}

var verbPreps = map[string]bool{"on": true, "against": true, "to": true, "with": true}

// possessedAdjectivalParticiple repairs "along the two countries' disputed
// border", parsed as a clause "countries disputed border" opened by the
// preposition: a participle between a possessive and its noun, under a
// preposition, describes the noun, and the possessor is the noun's.
func possessedAdjectivalParticiple(s *Sentence, lo, hi int) {
	for v := lo + 2; v+1 < hi; v++ {
		vt, n := &s.Tokens[v], v+1
		if vt.XPOS != "VBN" || s.Tokens[v-1].XPOS != "POS" || s.Tokens[n].Head != v || s.Tokens[n].Dep != "obj" || s.Tokens[n].UPOS != "NOUN" {
			continue
		}
		p := s.Tokens[v-1].Head
		if p < lo || p >= v || s.Tokens[p].Head != v || s.Tokens[p].Dep != "nsubj" {
			continue
		}
		prep := -1
		for k := lo; k < p; k++ {
			if s.Tokens[k].Head == v && s.Tokens[k].Dep == "mark" && s.Tokens[k].UPOS == "ADP" {
				prep = k
			}
		}
		if prep < 0 {
			continue
		}
		attempt(s, lo, hi, func() {
			nt := &s.Tokens[n]
			nt.Head, nt.Dep = vt.Head, "obl"
			if !strings.HasPrefix(vt.Dep, "advcl") && !strings.HasPrefix(vt.Dep, "obl") {
				nt.Dep = "nmod"
			}
			s.Tokens[prep].Head, s.Tokens[prep].Dep = n, "case"
			s.Tokens[p].Head, s.Tokens[p].Dep = n, "nmod:poss"
			vt.Head, vt.Dep = n, "amod"
			for k := lo; k < hi; k++ {
				if t := &s.Tokens[k]; k != n && k != v && t.Head == v {
					t.Head = n
				}
			}
		})
	}
}

// linkedParticipleClause repairs "summoned China's ambassador after
// Chinese coast guard ships fired water cannon at a vessel", parsed with
// "after ... ships" as a phrase and "fired" as a participle on "ships":
// after "after" or "before", a noun whose participle has an object of its
// own is the subject of a past tense, and the clause tells when the main
// verb's act was.
func linkedParticipleClause(s *Sentence, lo, hi int) {
	for v := lo + 3; v < hi; v++ {
		vt := &s.Tokens[v]
		n := vt.Head
		if vt.Dep != "acl" || vt.UPOS != "VERB" || (vt.XPOS != "VBN" && vt.XPOS != "VBD") || n < lo || n >= v || n != v-1 ||
			!hasDep(s, lo, hi, v, "obj") || hasDep(s, lo, hi, v, "aux") || hasDep(s, lo, hi, v, "aux:pass") {
			continue
		}
		k := linkCase(s, lo, n)
		if k < 0 {
			continue
		}
		// the verb the linked phrase belongs to
		g := s.Tokens[n].Head
		for steps := 0; steps < 4 && g >= lo && g < hi && s.Tokens[g].UPOS != "VERB"; steps++ {
			g = s.Tokens[g].Head
		}
		if g < lo || g >= k || s.Tokens[g].UPOS != "VERB" {
			continue
		}
		attempt(s, lo, hi, func() {
			s.Tokens[n].Head, s.Tokens[n].Dep = v, "nsubj"
			s.Tokens[k].Head, s.Tokens[k].Dep = v, "mark"
			vt.Head, vt.Dep, vt.XPOS = g, "advcl", "VBD"
		})
	}
}

// thatClauseAfterName repairs "said after meeting the ambassador, Sandor
// Fegyir, that it was unacceptable", parsed with the name as what was
// said and the clause as a relative clause on it: a "that" clause with a
// subject of its own is no relative clause on a name; it is what the verb
// says, and the name between commas names the noun before it.
func thatClauseAfterName(s *Sentence, lo, hi int) {
	for r := lo + 4; r < hi; r++ {
		rt := &s.Tokens[r]
		if rt.Dep != "acl:relcl" && rt.Dep != "ccomp" || !hasDep(s, lo, hi, r, "nsubj") && !hasDep(s, lo, hi, r, "expl") {
			continue
		}
		mark := -1
		for k := lo; k < r; k++ {
			if s.Tokens[k].Head == r && s.Tokens[k].Dep == "mark" && strings.EqualFold(s.Tokens[k].Text, "that") {
				mark = k
			}
		}
		// the name right before ", that": what the parser took as said
		n := mark - 2
		if mark < 0 || n < lo || s.Tokens[mark-1].Text != "," || s.Tokens[n].UPOS != "PROPN" || s.Tokens[n].Dep != "ccomp" {
			continue
		}
		v := s.Tokens[n].Head
		if v < lo || v >= n || s.Tokens[v].UPOS != "VERB" || rt.Head != n && rt.Head != v {
			continue
		}
		// the name's phrase opens after a comma that follows a noun
		st := n
		for st > lo && s.Tokens[st-1].Head == n && s.Tokens[st-1].Dep != "punct" {
			st--
		}
		if st-2 < lo || s.Tokens[st-1].Text != "," || s.Tokens[st-2].UPOS != "NOUN" {
			continue
		}
		attempt(s, lo, hi, func() {
			s.Tokens[n].Head, s.Tokens[n].Dep = st-2, "appos"
			rt.Head, rt.Dep = v, "ccomp"
		})
	}
}

// pairedParticiples repairs "with Warsaw backing Ukraine and Budapest
// keeping ties with Moscow", parsed with "Ukraine and Budapest" as the
// subjects of "keeping": the noun right after the first participle is its
// object, and the noun joined to it, right before the second participle,
// is the second's subject; the second participle joins the first.
func pairedParticiples(s *Sentence, lo, hi int) {
	for v1 := lo + 1; v1+4 < hi; v1++ {
		if s.Tokens[v1].XPOS != "VBG" || s.Tokens[v1].UPOS != "VERB" || hasDep(s, lo, hi, v1, "obj") {
			continue
		}
		n1 := v1 + 1
		v2 := s.Tokens[n1].Head
		if s.Tokens[n1].Dep != "nsubj" || v2 <= n1+2 || v2 >= hi || s.Tokens[v2].XPOS != "VBG" {
			continue
		}
		n2 := v2 - 1
		if s.Tokens[n2].Head != n1 || s.Tokens[n2].Dep != "conj" || !strings.EqualFold(s.Tokens[n2-1].Text, "and") || n2-1 != n1+1 {
			continue
		}
		attempt(s, lo, hi, func() {
			s.Tokens[n1].Head, s.Tokens[n1].Dep = v1, "obj"
			s.Tokens[n2].Head, s.Tokens[n2].Dep = v2, "nsubj"
			s.Tokens[n2-1].Head = v2
			s.Tokens[v2].Head, s.Tokens[v2].Dep = v1, "conj"
		})
	}
}

var haveForms = map[string]bool{"have": true, "has": true, "had": true, "having": true}

// infinitiveOnObject repairs "Poland had no plans to break off relations",
// parsed with "break" as the complement of "had" (as in "had to break"):
// an infinitive right after the object noun of "have" is that noun's.
func infinitiveOnObject(s *Sentence, lo, hi int) {
	for v := lo + 3; v < hi; v++ {
		vt := &s.Tokens[v]
		if vt.Dep != "xcomp" || vt.XPOS != "VB" || !strings.EqualFold(s.Tokens[v-1].Text, "to") || s.Tokens[v-1].Head != v {
			continue
		}
		h := vt.Head
		n := v - 2
		if h < lo || h >= n || !inLower(haveForms, s.Tokens[h].Text) || s.Tokens[n].Head != h || s.Tokens[n].Dep != "obj" || s.Tokens[n].UPOS != "NOUN" {
			continue
		}
		attempt(s, lo, hi, func() {
			vt.Head, vt.Dep = n, "acl"
		})
	}
}

// relativeAfterComma repairs "surrendered Duterte to the court, which had
// issued a warrant", parsed with the clause on "Duterte": a relative clause
// opened by ", which" belongs to the noun right before the comma when that
// noun's phrase is not the one the parser chose.
func relativeAfterComma(s *Sentence, lo, hi int) {
	for w := lo + 2; w+1 < hi; w++ {
		if !strings.EqualFold(s.Tokens[w].Text, "which") || s.Tokens[w-1].Text != "," {
			continue
		}
		v := s.Tokens[w].Head
		if v <= w || v >= hi || s.Tokens[v].Dep != "acl:relcl" {
			continue
		}
		n := w - 2
		if u := s.Tokens[n].UPOS; u != "NOUN" && u != "PROPN" {
			continue
		}
		// the head of the noun's phrase: up through flat names and compounds
		for s.Tokens[n].Dep == "flat" || s.Tokens[n].Dep == "compound" {
			if h := s.Tokens[n].Head; h > n && h < w-1 {
				n = h
				continue
			}
			break
		}
		h := s.Tokens[v].Head
		if h == n || h < lo || h >= n || phraseEnd(s, lo, hi, h) >= n && !personName(s, lo, hi, h) {
			continue // the clause's noun already ends at the comma, or holds it
		}
		attempt(s, lo, hi, func() {
			s.Tokens[v].Head = n
		})
	}
}

// personName reports whether h heads a person's name with a title before
// it ("former president Rodrigo Duterte"), which "which" never refers to.
func personName(s *Sentence, lo, hi, h int) bool {
	return s.Tokens[h].UPOS == "PROPN" && hasDep(s, lo, hi, h, "flat") && (hasDep(s, lo, hi, h, "nmod:desc") || hasDep(s, lo, hi, h, "compound"))
}

// pastConjunctOfBase repairs "said the canal would remain Panamanian and
// rejected Trump's claims", parsed with "rejected" joined to "remain": a
// past or present tense with no subject cannot share a base form's modal,
// so it joins the verb whose clause holds the base form.
func pastConjunctOfBase(s *Sentence, lo, hi int) {
	for v := lo + 3; v < hi; v++ {
		vt := &s.Tokens[v]
		if vt.UPOS != "VERB" || vt.Dep != "conj" || (vt.XPOS != "VBD" && vt.XPOS != "VBZ") || hasDep(s, lo, hi, v, "nsubj") || hasDep(s, lo, hi, v, "nsubj:pass") {
			continue
		}
		b := vt.Head
		if b < lo || b >= v || s.Tokens[b].XPOS != "VB" || !hasDep(s, lo, hi, b, "aux") {
			continue
		}
		if d := s.Tokens[b].Dep; d != "ccomp" && d != "xcomp" {
			continue
		}
		g := s.Tokens[b].Head
		if g < lo || g >= b || s.Tokens[g].XPOS != vt.XPOS {
			continue
		}
		attempt(s, lo, hi, func() {
			vt.Head = g
		})
	}
}

// attempt applies change to the parse of [lo, hi) and keeps it only if the
// tree stays well formed.
func attempt(s *Sentence, lo, hi int, change func()) {
	saved := snapshot(s, lo, hi)
	change()
	if !wellFormed(s, lo, hi) {
		copy(s.Tokens[lo:hi], saved)
	}
}

// verbConjunctOnNoun repairs "by expelling the diplomats and recalling its
// ambassador", parsed with "recalling" joined to "diplomats": a verb with
// an object of its own, joined by "and" to a noun inside the object of an
// earlier verb of the same form, is that verb's conjunct.
func verbConjunctOnNoun(s *Sentence, lo, hi int) {
	for v := lo + 3; v < hi; v++ {
		vt := &s.Tokens[v]
		n := vt.Head
		if vt.UPOS != "VERB" || vt.Dep != "conj" || n < lo || n >= v || (s.Tokens[n].UPOS != "NOUN" && s.Tokens[n].UPOS != "PROPN") ||
			!hasDep(s, lo, hi, v, "obj") || !strings.EqualFold(s.Tokens[v-1].Text, "and") || hasDep(s, lo, hi, v, "nsubj") {
			continue
		}
		// climb from the noun through nouns to the verb whose object it is
		g := n
		for steps := 0; g >= lo && g < hi && steps < 6 && s.Tokens[g].UPOS != "VERB"; steps++ {
			switch s.Tokens[g].Dep {
			case "obj", "nmod", "conj", "compound", "appos":
				g = s.Tokens[g].Head
				continue
			}
			g = -1
		}
		if g < lo || g >= n || s.Tokens[g].UPOS != "VERB" || s.Tokens[g].XPOS != vt.XPOS {
			continue
		}
		attempt(s, lo, hi, func() {
			vt.Head = g
		})
	}
}

// contactRelative repairs "arrested three Americans it accused of
// plotting", parsed with the noun and the pronoun as two subjects of
// "accused": a noun right before a subject pronoun, both subjects of the
// verb after them, is the object of the verb before it, and the pronoun's
// clause is a relative clause on it.
func contactRelative(s *Sentence, lo, hi int) {
	for p := lo + 2; p+1 < hi; p++ {
		pt := &s.Tokens[p]
		n := p - 1
		v := pt.Head
		if pt.UPOS != "PRON" || pt.Dep != "nsubj" || !inLower(subjectPronouns, pt.Text) || v <= p || v >= hi || s.Tokens[v].UPOS != "VERB" {
			continue
		}
		nt := &s.Tokens[n]
		if nt.Head != v || nt.Dep != "nsubj" || (nt.UPOS != "NOUN" && nt.UPOS != "PROPN") {
			continue
		}
		g := s.Tokens[v].Head
		if g < lo || g >= n || s.Tokens[g].UPOS != "VERB" {
			continue
		}
		saved := snapshot(s, lo, hi)
		if q := n - 1; q > g && s.Tokens[q].UPOS == "NUM" && s.Tokens[q].Head == g && s.Tokens[q].Dep == "obj" {
			s.Tokens[q].Head, s.Tokens[q].Dep = n, "nummod"
		}
		if hasDep(s, lo, hi, g, "obj") {
			copy(s.Tokens[lo:hi], saved)
			continue
		}
		nt.Head, nt.Dep = g, "obj"
		s.Tokens[v].Head, s.Tokens[v].Dep = n, "acl:relcl"
		if !wellFormed(s, lo, hi) {
			copy(s.Tokens[lo:hi], saved)
		}
	}
}

// objectBeforeAttribution repairs "Honduras recognised China, the foreign
// ministry said on Sunday", parsed with "China" and the ministry as
// conjoined subjects of "said": a verb of saying set beside the main verb,
// whose subject is a name before the comma joined to the noun after it, has
// that noun as its subject, and the name is the main verb's object.
func objectBeforeAttribution(s *Sentence, lo, hi int) {
	for v := lo + 3; v < hi; v++ {
		vt := &s.Tokens[v]
		if d := vt.Dep; d != "parataxis" && d != "advcl" && d != "ccomp" && d != "conj" || !inLower(sayingVerbs, vt.Text) || hasDep(s, lo, hi, v, "mark") {
			continue
		}
		r := vt.Head
		if r < lo || r >= v || s.Tokens[r].UPOS != "VERB" || hasDep(s, lo, hi, r, "obj") || hasDep(s, lo, hi, r, "aux:pass") {
			continue
		}
		n := -1
		for k := r + 1; k < v; k++ {
			if s.Tokens[k].Head == v && s.Tokens[k].Dep == "nsubj" {
				n = k
				break
			}
		}
		if n < 0 {
			continue
		}
		m, c := -1, -1
		for k := n + 1; k < v; k++ {
			if s.Tokens[k].Head == n && s.Tokens[k].Dep == "conj" {
				m = k
			}
			if s.Tokens[k].Text == "," && c < 0 {
				c = k
			}
		}
		if m < 0 || c < 0 || c > m || phraseEnd(s, lo, hi, m) != v-1 {
			continue
		}
		saved := snapshot(s, lo, hi)
		s.Tokens[n].Head, s.Tokens[n].Dep = r, "obj"
		s.Tokens[m].Head, s.Tokens[m].Dep = v, "nsubj"
		s.Tokens[c].Head, s.Tokens[c].Dep = v, "punct"
		if !wellFormed(s, lo, hi) {
			copy(s.Tokens[lo:hi], saved)
		}
	}
}

// shiftedObject repairs "rejected as baseless South Africa's accusation",
// parsed with "as" opening the object: after a verb with no object, "as"
// and an adjective that describes the noun after it are the verb's
// predicate, and the noun is its object.
func shiftedObject(s *Sentence, lo, hi int) {
	for a := lo + 1; a+2 < hi; a++ {
		if !strings.EqualFold(s.Tokens[a].Text, "as") || s.Tokens[a].Dep != "case" {
			continue
		}
		j := a + 1
		adj := &s.Tokens[j]
		n := adj.Head
		if adj.UPOS != "ADJ" || adj.Dep != "amod" || n <= j || n >= hi || s.Tokens[a].Head != n || s.Tokens[n].Dep != "obl" {
			continue
		}
		v := s.Tokens[n].Head
		if v < lo || v >= a || s.Tokens[v].UPOS != "VERB" || hasDep(s, lo, hi, v, "obj") || hasDep(s, lo, hi, v, "aux:pass") {
			continue
		}
		s.Tokens[n].Dep = "obj"
		adj.Head, adj.Dep = v, "xcomp"
		s.Tokens[a].Head, s.Tokens[a].Dep = j, "mark"
	}
}

// passiveAgent repairs "The memorandum was signed on Monday in the capital
// by Prime Minister Abiy Ahmed", parsed with the "by" name on the place:
// a name in a "by" phrase hung on a prepositional phrase of a passive verb
// that has no agent of its own is that verb's agent.
func passiveAgent(s *Sentence, lo, hi int) {
	for b := lo + 1; b+1 < hi; b++ {
		if !strings.EqualFold(s.Tokens[b].Text, "by") || s.Tokens[b].Dep != "case" {
			continue
		}
		n := s.Tokens[b].Head
		if n <= b || n >= hi || s.Tokens[n].UPOS != "PROPN" || s.Tokens[n].Dep != "nmod" {
			continue
		}
		m := s.Tokens[n].Head
		if m < lo || m >= b || s.Tokens[m].Dep != "obl" || !hasDep(s, lo, hi, m, "case") {
			continue
		}
		v := s.Tokens[m].Head
		if v >= lo && v < m && s.Tokens[v].UPOS == "ADV" && s.Tokens[v].Dep == "advmod" {
			v = s.Tokens[v].Head // "received earlier in the day by ..."
		}
		if v < lo || v >= m || s.Tokens[v].XPOS != "VBN" || !hasDep(s, lo, hi, v, "aux:pass") || hasDep(s, lo, hi, v, "obl:agent") {
			continue
		}
		s.Tokens[n].Head, s.Tokens[n].Dep = v, "obl:agent"
	}
}

// thatIfClause repairs "warned that unless the situation changed,
// Washington would take measures", parsed with the condition as the clause
// told and the main clause hung on it: after "that if" or "that unless",
// the clause after the comma, with its own subject and a modal, is what is
// said, and the condition hangs on it.
func thatIfClause(s *Sentence, lo, hi int) {
	for th := lo + 1; th+1 < hi; th++ {
		t := &s.Tokens[th]
		if t.Dep != "mark" || !strings.EqualFold(t.Text, "that") {
			continue
		}
		if u := s.Tokens[th+1].Text; !strings.EqualFold(u, "if") && !strings.EqualFold(u, "unless") {
			continue
		}
		x := t.Head
		if x < lo || x >= hi || s.Tokens[th+1].Head != x || s.Tokens[x].Dep != "ccomp" {
			continue
		}
		y := -1
		for k := x + 1; k < hi; k++ {
			if s.Tokens[k].Head == x && (s.Tokens[k].Dep == "advcl" || s.Tokens[k].Dep == "parataxis" || s.Tokens[k].Dep == "conj") &&
				s.Tokens[k].UPOS == "VERB" && hasDep(s, lo, hi, k, "nsubj") && hasModal(s, lo, hi, k) && s.Tokens[k-1].Text != "," {
				y = k
				break
			}
		}
		if y < 0 || nextComma(s, x+1, hi, y) < 0 {
			continue
		}
		saved := snapshot(s, lo, hi)
		v := s.Tokens[x].Head
		s.Tokens[y].Head, s.Tokens[y].Dep = v, "ccomp"
		s.Tokens[x].Head, s.Tokens[x].Dep = y, "advcl"
		t.Head = y
		keepIfWellFormed(s, lo, hi, saved, 0, 0)
	}
}

// hasModal reports whether verb v has a modal auxiliary (would, will, could ...).
func hasModal(s *Sentence, lo, hi, v int) bool {
	for k := lo; k < hi; k++ {
		if s.Tokens[k].Head == v && s.Tokens[k].Dep == "aux" && s.Tokens[k].XPOS == "MD" {
			return true
		}
	}
	return false
}

// tellVerbs take the one told and a that-clause: "told the president that ...".
// (forms as written: repairs run before lemmas are known)
var tellVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures", "assured",
		"warn", "warns", "warned", "remind", "reminds", "reminded", "notify", "notifies", "notified", "reassure", "reassures",
		"reassured", "persuade", "persuaded", "convince", "convinced", "advise", "advised"} {
		tellVerbs[v] = true
	}
}

// toldThat repairs "Rubio told the president that Chinese influence posed a
// threat", parsed with "that" as a relative pronoun and the one told as the
// subject of the clause: after a verb of telling and a plain noun phrase,
// "that" opens the clause told, the noun phrase is the verb's indirect
// object, and the clause's first noun phrase its subject.
func toldThat(s *Sentence, lo, hi int) {
	for v := lo; v < hi; v++ {
		if s.Tokens[v].UPOS != "VERB" || !inLower(tellVerbs, s.Tokens[v].Text) {
			continue
		}
		// a plain noun phrase right after the verb, then "that"
		j := v + 1
		for j < hi && (s.Tokens[j].UPOS == "DET" || s.Tokens[j].UPOS == "ADJ" || s.Tokens[j].UPOS == "PROPN" || s.Tokens[j].UPOS == "NOUN" || s.Tokens[j].UPOS == "NUM") {
			j++
		}
		n := j - 1
		if n <= v || j >= hi-2 || !strings.EqualFold(s.Tokens[j].Text, "that") || (s.Tokens[n].UPOS != "NOUN" && s.Tokens[n].UPOS != "PROPN") {
			continue
		}
		if s.Tokens[j].Dep == "mark" && s.Tokens[n].Head == v {
			continue // parsed right
		}
		// the clause's verb: the first finite verb after "that"
		x := -1
		for k := j + 1; k < hi; k++ {
			if s.Tokens[k].UPOS == "VERB" && (finite(s.Tokens[k].XPOS) || hasDep(s, lo, hi, k, "aux")) {
				x = k
				break
			}
			if s.Tokens[k].UPOS == "PUNCT" || s.Tokens[k].UPOS == "AUX" && s.Tokens[k].Head > k+3 {
				break
			}
		}
		if x < 0 {
			continue
		}
		// the clause's subject: the word of (j, x) whose head lies outside it
		subj := -1
		for k := j + 1; k < x; k++ {
			if h := s.Tokens[k].Head; (h < j || h > x) && s.Tokens[k].UPOS != "AUX" && s.Tokens[k].UPOS != "ADV" {
				if subj >= 0 {
					subj = -2 // two loose words: not a plain subject
					break
				}
				subj = k
			}
		}
		if subj < 0 || (s.Tokens[subj].UPOS != "NOUN" && s.Tokens[subj].UPOS != "PROPN" && s.Tokens[subj].UPOS != "PRON") {
			continue
		}
		saved := snapshot(s, lo, hi)
		for k := j + 1; k < hi; k++ {
			if s.Tokens[k].Head == n && k > x {
				s.Tokens[k].Head = x
			}
		}
		s.Tokens[n].Head, s.Tokens[n].Dep = v, "iobj"
		s.Tokens[j].Head, s.Tokens[j].Dep, s.Tokens[j].UPOS, s.Tokens[j].XPOS = x, "mark", "SCONJ", "IN"
		s.Tokens[subj].Head, s.Tokens[subj].Dep = x, "nsubj"
		s.Tokens[x].Head, s.Tokens[x].Dep = v, "ccomp"
		keepIfWellFormed(s, lo, hi, saved, 0, 0)
	}
}

// subjectPronouns can only be subjects.
var subjectPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true}

// pronounAfterTime repairs "said on Monday it had sent troops", parsed with
// the pronoun hung on the time: a subject pronoun on a noun, followed by a
// verb (or its auxiliary) that has no subject, is that verb's subject.
func pronounAfterTime(s *Sentence, lo, hi int) {
	for p := lo + 1; p+1 < hi; p++ {
		t := &s.Tokens[p]
		if t.UPOS != "PRON" || !inLower(subjectPronouns, t.Text) || strings.HasPrefix(t.Dep, "nsubj") || t.Dep == "expl" ||
			t.Head < lo || t.Head >= hi || t.Head > p {
			continue
		}
		if h := &s.Tokens[t.Head]; h.UPOS != "NOUN" && h.UPOS != "PROPN" {
			continue
		}
		v := p + 1
		if n := &s.Tokens[v]; n.UPOS == "AUX" && strings.HasPrefix(n.Dep, "aux") {
			v = n.Head
		}
		if v <= p || v >= hi || s.Tokens[v].UPOS != "VERB" || hasDep(s, lo, hi, v, "nsubj") || hasDep(s, lo, hi, v, "nsubj:pass") ||
			hasDep(s, lo, hi, v, "expl") || hasDep(s, lo, hi, v, "csubj") {
			continue
		}
		t.Head, t.Dep = v, "nsubj"
		if hasDep(s, lo, hi, v, "aux:pass") {
			t.Dep = "nsubj:pass"
		}
	}
}

// nearParticiple repairs "thanked the people in a statement released by
// the Kremlin", parsed with the participle on the farther noun: a passive
// participle right after a noun in a prepositional phrase of that farther
// noun describes the noun it follows.
func nearParticiple(s *Sentence, lo, hi int) {
	for v := lo + 1; v < hi; v++ {
		t := &s.Tokens[v]
		n := v - 1
		if t.Dep != "acl" || t.XPOS != "VBN" || t.Head < lo || t.Head >= n {
			continue
		}
		nt := &s.Tokens[n]
		if nt.UPOS != "NOUN" || nt.Dep != "nmod" || nt.Head != t.Head || !hasDep(s, lo, hi, n, "case") {
			continue
		}
		t.Head = n
	}
}

// conjoinedClause repairs "..., and Lima responded by expelling the
// ambassador", parsed with "Lima" as one more conjunct of a noun before it
// and the verb after it as a marker, as a verb's adjective, or as a verb
// conjoined with no subject: a verb marks nothing and describes no verb,
// and the name is the subject it lacks. The verb is a clause conjoined to the one it hangs on, with the
// name as its subject and the "and" (and the comma before it) as its own.
func conjoinedClause(s *Sentence, lo, hi int) {
	for v := lo + 1; v < hi; v++ {
		t := &s.Tokens[v]
		if t.Dep != "mark" && t.Dep != "acl" && t.Dep != "conj" || t.UPOS != "VERB" || !finite(t.XPOS) && t.XPOS != "VBN" || t.Head < lo || t.Head >= hi {
			continue
		}
		if t.Dep == "conj" && (hasDep(s, lo, hi, v, "nsubj") || hasDep(s, lo, hi, v, "nsubj:pass") || hasDep(s, lo, hi, v, "expl") ||
			s.Tokens[v-1].UPOS != "PROPN" || s.Tokens[v-1].Head < lo || s.Tokens[s.Tokens[v-1].Head].UPOS != "NOUN") {
			// a verb conjoined without a subject takes only a name
			// joined to common nouns ("wife and children and Lima
			// responded"); "Michael and his team made" is one subject.
			continue
		}
		n := v - 1
		nt := &s.Tokens[n]
		if nt.Dep != "conj" || nt.UPOS != "PROPN" && nt.UPOS != "NOUN" && nt.UPOS != "PRON" || s.Tokens[t.Head].UPOS != "VERB" {
			continue
		}
		cc := -1
		for k := lo; k < n; k++ {
			if s.Tokens[k].Head == n && s.Tokens[k].Dep == "cc" {
				cc = k
			}
		}
		if cc < 0 {
			continue
		}
		t.Dep = "conj"
		if t.XPOS == "VBN" { // with a subject of its own: a past tense
			t.XPOS = "VBD"
		}
		nt.Head, nt.Dep = v, "nsubj"
		s.Tokens[cc].Head = v
		if p := cc - 1; p >= lo && s.Tokens[p].Dep == "punct" && s.Tokens[p].Head == n {
			s.Tokens[p].Head = v
		}
	}
}

// judgingVerbs take an object and a predicate about it: "called the
// threats reckless", "considers the plan dangerous".
var judgingVerbs = verbForms("call consider deem declare label brand term judge", "labelled labelling")

// verbForms returns the forms of regular verbs (base, -s, -ed, -d, -ing:
// over-generating forms no text has is harmless) and the irregular ones
// listed apart.
func verbForms(regular, irregular string) map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Fields(regular) {
		for _, f := range []string{v, v + "s", v + "ed", v + "d", v + "ing"} {
			m[f] = true
		}
	}
	for _, f := range strings.Fields(irregular) {
		m[f] = true
	}
	return m
}

// smallClause repairs the object and predicate of a judging verb, which UD
// attaches both to the verb (obj, xcomp) and the parser often does not:
// "called the decision historic" with the adjective on the noun (amod or
// acl right after it), and "called the threats reckless" with the
// predicate as the object and the noun as its subject.
func smallClause(s *Sentence, lo, hi int) {
	for v := lo; v < hi; v++ {
		if s.Tokens[v].UPOS != "VERB" || !inLower(judgingVerbs, s.Tokens[v].Text) {
			continue
		}
		obj, hasX := -1, false
		for k := v + 1; k < hi; k++ {
			if s.Tokens[k].Head == v {
				switch s.Tokens[k].Dep {
				case "obj":
					if obj < 0 {
						obj = k
					}
				case "xcomp":
					hasX = true
				}
			}
		}
		if obj < 0 || hasX {
			continue
		}
		o := &s.Tokens[obj]
		// The predicate as the object, its subject the real object.
		if o.UPOS == "ADJ" || o.UPOS == "NOUN" {
			subj := -1
			for k := v + 1; k < obj; k++ {
				if s.Tokens[k].Head == obj && strings.HasPrefix(s.Tokens[k].Dep, "nsubj") {
					subj = k
				}
			}
			if subj >= 0 {
				s.Tokens[subj].Head, s.Tokens[subj].Dep = v, "obj"
				o.Dep = "xcomp"
				continue
			}
		}
		// An adjective right after the object noun's last word.
		if o.UPOS != "NOUN" && o.UPOS != "PROPN" && o.UPOS != "PRON" {
			continue
		}
		end := obj
		for k := obj + 1; k < hi; k++ {
			if s.Tokens[k].Head == obj && k == end+1 && s.Tokens[k].UPOS != "ADJ" {
				end = k
			}
		}
		a := end + 1
		if a < hi && s.Tokens[a].UPOS == "ADJ" && s.Tokens[a].Head == obj && (s.Tokens[a].Dep == "amod" || s.Tokens[a].Dep == "acl") {
			s.Tokens[a].Head, s.Tokens[a].Dep = v, "xcomp"
		}
	}
}

// inLower reports whether the lower-cased w is a key of m, without allocating
// for words of up to 32 bytes (a map index by string(bytes) does not copy).
func inLower[V any](m map[string]V, w string) bool {
	if len(w) > 32 {
		_, ok := m[strings.ToLower(w)]
		return ok
	}
	var buf [32]byte
	_, ok := m[string(lowerInto(&buf, w))]
	return ok
}

// lowerInto writes w, of at most 32 bytes, lower-cased into buf; a map
// index by string(lowerInto(...)) does not copy.
func lowerInto(buf *[32]byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// lowerGet is m[lower-cased w], without allocating for words of up to 32
// bytes.
func lowerGet[V any](m map[string]V, w string) (V, bool) {
	if len(w) > 32 {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	var buf [32]byte
	v, ok := m[string(lowerInto(&buf, w))]
	return v, ok
}

// timeNouns head noun phrases that modify a verb with no preposition
// ("met last week", "arrived Monday"): not objects.
var timeNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields("time times day days week weeks month months year years morning mornings afternoon evening evenings night nights weekend hour hours minute minutes today tonight yesterday tomorrow season decade decades century " +
		"monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december " +
		"home way") {
		timeNouns[w] = true
	}
}

// caselessObject repairs "summoned the British, French and German
// ambassadors" labelled obl: a noun phrase right after a verb that has no
// object and no preposition of its own is the object. UD's obl always has
// a case marker unless it is a time or measure ("met last week", "went
// home"), which are left alone.
func caselessObject(s *Sentence, lo, hi int) {
	for x := lo; x < hi; x++ {
		t := &s.Tokens[x]
		v := t.Head
		if t.Dep != "obl" || v < lo || v >= x || s.Tokens[v].UPOS != "VERB" ||
			(t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "PRON") ||
			inLower(timeNouns, t.Text) || hasDep(s, lo, hi, x, "case") {
			continue
		}
		// right after the verb, or after a phrase of manner between them:
		// "condemned in the strongest terms an Israeli air strike".
		if st := phraseStart(s, lo, x); st != v+1 {
			y := st - 1
			for y > v && s.Tokens[y].Head != v {
				y = s.Tokens[y].Head
				if y < lo || y >= hi {
					break
				}
			}
			if y <= v || y >= st || s.Tokens[y].Dep != "obl" || !hasDep(s, lo, hi, y, "case") || phraseStart(s, lo, y) != v+1 || phraseEnd(s, lo, hi, y) != st-1 {
				continue
			}
		}
		obj := false
		for k := lo; k < hi; k++ {
			if s.Tokens[k].Head == v && (s.Tokens[k].Dep == "obj" || s.Tokens[k].Dep == "ccomp") {
				obj = true
				break
			}
		}
		if !obj {
			t.Dep = "obj"
		}
	}
}

// lostSubject repairs "At a meeting of the UN Security Council on Sunday,
// Congo's foreign minister accused Rwanda ...", parsed with the minister as
// a conjunct of the Council and the verb without a subject: a noun phrase
// right before a verb that has no subject, joined to an earlier noun by a
// comma alone, is the verb's subject.
func lostSubject(s *Sentence, lo, hi int) {
	for v := lo + 2; v < hi; v++ {
		if !subjectless(s, lo, hi, v) {
			continue
		}
		// the head of the phrase ending right before the verb
		h := v - 1
		for n := 0; n < 6 && h >= lo && s.Tokens[h].Head >= lo && s.Tokens[h].Head < v; n++ {
			switch s.Tokens[h].Dep {
			case "flat", "compound", "amod", "nmod:desc", "det", "fixed":
				h = s.Tokens[h].Head
				continue
			}
			break
		}
		if h < lo || s.Tokens[h].Dep != "conj" || (s.Tokens[h].UPOS != "PROPN" && s.Tokens[h].UPOS != "NOUN") {
			continue
		}
		start := phraseStart(s, lo, h)
		comma := start - 1
		if s.Tokens[start].Text == "," {
			comma = start // the parser may hang the comma on the phrase
		}
		if comma <= lo || s.Tokens[comma].Text != "," {
			continue
		}
		cc := false
		for i := lo; i < hi; i++ {
			if s.Tokens[i].Head == h && s.Tokens[i].Dep == "cc" {
				cc = true
			}
		}
		if cc || dominates(s, h, v) {
			continue
		}
		s.Tokens[h].Head, s.Tokens[h].Dep = v, "nsubj"
		s.Tokens[comma].Head = v
	}
}

// subjectAfterOpening repairs "In Washington, Secretary of State Antony
// Blinken said ...", parsed with the title as an apposition of the place
// and the name under it: a finite verb with no subject, after an opening
// prepositional phrase and its comma, takes the noun phrase between the
// comma and itself as its subject.
func subjectAfterOpening(s *Sentence, lo, hi int) {
	if hi-lo < 6 || s.Tokens[lo].UPOS != "ADP" && s.Tokens[lo].XPOS != "VBG" {
		return
	}
	comma := nextComma(s, lo+1, hi, lo+11)
	if comma < 0 {
		return
	}
	// the first verb after the comma, with only a noun phrase before it
	// (an apposition set off by commas included: "Russia's watchdog,
	// Rosselkhoznadzor, said"; an adverb may stand before the verb:
	// "In March, Yerevan also told Moscow")
	v := -1
	for i := comma + 1; i < hi; i++ {
		u := s.Tokens[i].UPOS
		if u == "VERB" {
			v = i
			break
		}
		if u == "ADV" && i+1 < hi && s.Tokens[i+1].UPOS == "VERB" {
			continue
		}
		if u != "PROPN" && u != "NOUN" && u != "ADP" && u != "DET" && u != "ADJ" && u != "PART" && u != "CCONJ" && s.Tokens[i].Text != "," {
			return
		}
	}
	if v < 0 || v-comma > 12 {
		return
	}
	if openingAsRoot(s, lo, hi, comma, v) {
		return
	}
	// "During a visit to Seoul, Esper urged ...": the opening's noun,
	// with its preposition, read as the verb's subject, is an oblique.
	for i := lo; i < comma; i++ {
		if s.Tokens[i].Head == v && strings.HasPrefix(s.Tokens[i].Dep, "nsubj") && hasDep(s, lo, comma, i, "case") {
			s.Tokens[i].Dep = "obl"
		}
	}
	if !subjectless(s, lo, hi, v) {
		return
	}
	// the phrase's head: its first noun hanging outside it, on the
	// opening phrase
	outside := func(i int) bool { return s.Tokens[i].Head < comma+1 || s.Tokens[i].Head >= v }
	h := -1
	for i := comma + 1; i < v; i++ {
		if u := s.Tokens[i].UPOS; (u == "PROPN" || u == "NOUN") && outside(i) {
			h = i
			break
		}
	}
	if h < 0 || s.Tokens[h].Head < lo || s.Tokens[h].Head >= comma || dominates(s, h, v) {
		return
	}
	for i := comma + 1; i < v; i++ {
		if i != h && outside(i) {
			if dominates(s, i, h) {
				return
			}
		}
	}
	for i := comma + 1; i < v; i++ {
		if i != h && outside(i) {
			s.Tokens[i].Head = h
		}
	}
	s.Tokens[h].Head, s.Tokens[h].Dep = v, "nsubj"
	s.Tokens[comma].Head = v
}

// subjectAfterLink repairs "hours after the defence chiefs met at the
// Pentagon", parsed with "after the chiefs" as a phrase of "met": a verb
// with no subject, right after a noun phrase opened by "after" or
// "before" that hangs on it, has that noun as its subject and the word as
// its mark.
func subjectAfterLink(s *Sentence, lo, hi int) {
	for v := lo + 2; v < hi; v++ {
		if !subjectless(s, lo, hi, v) || hasDep(s, lo, hi, v, "mark") {
			continue
		}
		for n := v - 1; n > lo; n-- {
			nt := &s.Tokens[n]
			// (the phrase may hang on the verb above instead: "the removal
			// began after the Board passed a resolution")
			on := nt.Head == v || nt.Head == s.Tokens[v].Head && nt.Head >= 0 && strings.HasPrefix(s.Tokens[v].Dep, "advcl")
			// ... or the verb was joined to the main verb: "recalled its
			// ambassador after the Montenegrin parliament backed a resolution"
			joined := !on && nt.Head == s.Tokens[v].Head && nt.Head >= 0 && s.Tokens[v].Dep == "conj" && s.Tokens[v].XPOS == "VBD" &&
				strings.HasPrefix(nt.Dep, "obl") && linkCase(s, lo, n) >= 0
			on = on || joined
			// (or on a noun: the span of time before it, "a day after the
			// court threw out the case", read as "a day after the court";
			// a noun of the clause before, "recalled its ambassador to Paris
			// after France backed the plan", read as "Paris after France")
			onNoun := false
			if d := nt.Head; nt.Dep == "nmod" && d >= lo && d < n {
				span := s.Tokens[d].Head == v && strings.HasPrefix(s.Tokens[d].Dep, "obl") && s.Tokens[d].UPOS == "NOUN" && inLower(spanNouns, s.Tokens[d].Text)
				before := s.Tokens[v].Dep == "conj" && s.Tokens[v].XPOS == "VBD" && nt.UPOS == "PROPN" && linkCase(s, lo, n) >= 0
				onNoun = span || before
				on = on || onNoun
			}
			if !on || (nt.Dep != "obl" && !onNoun) || (nt.UPOS != "NOUN" && nt.UPOS != "PROPN") || phraseEnd(s, lo, hi, n) != v-1 {
				continue
			}
			k := linkCase(s, lo, n)
			if k < 0 {
				break
			}
			nt.Head, nt.Dep = v, "nsubj"
			s.Tokens[k].Head, s.Tokens[k].Dep = v, "mark"
			if (onNoun || joined) && s.Tokens[v].Dep == "conj" {
				// a clause opened by "after" tells when, it does not add one
				s.Tokens[v].Dep = "advcl"
			}
			break
		}
	}
}

// linkCase returns the "after" or "before" that opens noun n (the last
// one, should there be two), or -1.
func linkCase(s *Sentence, lo, n int) int {
	k := -1
	for i := lo; i < n; i++ {
		if s.Tokens[i].Head == n && s.Tokens[i].Dep == "case" && inLower(timeLinks, s.Tokens[i].Text) {
			k = i
		}
	}
	return k
}

// spanNouns measure the time between two events: "a day after", "hours
// before".
var spanNouns = map[string]bool{"day": true, "days": true, "hour": true, "hours": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "minutes": true, "moments": true}

// thatClauseOnTime repairs "The EU said on Wednesday that the law ran
// counter to its values", parsed with the clause as a relative clause of
// "Wednesday": a clause with its own subject that "that" opens as a mark
// (a relative "that" is its clause's subject or object, not a mark)
// belongs to the verb above the noun.
func thatClauseOnTime(s *Sentence, lo, hi int) {
	for v := lo; v < hi; v++ {
		vt := &s.Tokens[v]
		if vt.Dep != "acl:relcl" || vt.UPOS != "VERB" {
			continue
		}
		n := vt.Head
		if n < lo || n >= hi || n > v {
			continue
		}
		g := s.Tokens[n].Head
		if g < lo || g >= hi || s.Tokens[g].UPOS != "VERB" || s.Tokens[n].Dep != "obl" {
			continue
		}
		mark, subj := false, false
		for k := n + 1; k < v; k++ {
			if s.Tokens[k].Head == v {
				switch {
				case s.Tokens[k].Dep == "mark" && strings.EqualFold(s.Tokens[k].Text, "that"):
					mark = true
				case strings.HasPrefix(s.Tokens[k].Dep, "nsubj"):
					subj = true
				}
			}
		}
		if mark && subj && !dominates(s, v, g) {
			vt.Head, vt.Dep = g, "ccomp"
		}
	}
}

// dominates reports whether token v lies in the subtree of token h.
func dominates(s *Sentence, h, v int) bool {
	for j, n := v, 0; j >= 0 && n <= len(s.Tokens); j, n = s.Tokens[j].Head, n+1 {
		if j == h {
			return true
		}
	}
	return false
}

// inPlace repairs "kept in place its ban on ...", parsed with the ban as
// the object of "place": "in place" is an adverbial of the verb, whose
// object the noun phrase after it is.
func inPlace(s *Sentence, lo, hi int) {
	for p := lo + 1; p < hi; p++ {
		pt := &s.Tokens[p]
		v := pt.Head
		if !strings.EqualFold(pt.Text, "place") || !strings.EqualFold(s.Tokens[p-1].Text, "in") || v < lo || v >= hi || s.Tokens[v].UPOS != "VERB" {
			continue
		}
		for o := p + 1; o < hi; o++ {
			if s.Tokens[o].Head == p && (s.Tokens[o].Dep == "obj" || s.Tokens[o].Dep == "nmod") && s.Tokens[o].UPOS == "NOUN" && !hasDep(s, lo, hi, o, "case") {
				s.Tokens[o].Head, s.Tokens[o].Dep = v, "obj"
			}
		}
	}
}

// twoSubjects repairs "France, the former colonial power, and the United
// States called for ...", parsed with France as a passive subject and the
// United States as the subject: a verb with no passive auxiliary has no
// passive subject, and a second subject after it is its conjunct.
func twoSubjects(s *Sentence, lo, hi int) {
	for v := lo; v < hi; v++ {
		if s.Tokens[v].UPOS != "VERB" {
			continue
		}
		first, second, auxPass := -1, -1, false
		for i := lo; i < hi; i++ {
			if s.Tokens[i].Head != v {
				continue
			}
			switch s.Tokens[i].Dep {
			case "nsubj:pass":
				if first < 0 && i < v {
					first = i
				}
			case "nsubj":
				if i < v {
					second = i
				}
			case "aux:pass":
				auxPass = true
			}
		}
		if auxPass || first < 0 || second <= first {
			continue
		}
		s.Tokens[first].Dep = "nsubj"
		s.Tokens[second].Head, s.Tokens[second].Dep = first, "conj"
		for i := first + 1; i < second; i++ {
			if s.Tokens[i].Head == v && (s.Tokens[i].Dep == "cc" || s.Tokens[i].Dep == "punct") {
				s.Tokens[i].Head = second
			}
		}
	}
}

// adjacentSubjects repairs a name read as a second subject of the verb of
// the noun right after it: "Air Self-Defense Force fighter jets were
// scrambled" has one subject, "jets", which the force's name modifies.
func adjacentSubjects(s *Sentence, lo, hi int) {
	// one pass: a PROPN subject followed by a NOUN subject of the same verb
	last := -1 // the last subject seen, if its verb has had no other since
	for i := lo; i < hi; i++ {
		if !strings.HasPrefix(s.Tokens[i].Dep, "nsubj") {
			continue
		}
		v := s.Tokens[i].Head
		if v <= i || v >= hi || s.Tokens[v].UPOS != "VERB" {
			continue
		}
		a, b := last, i
		last = i
		if a < 0 || s.Tokens[a].Head != v {
			continue
		}
		n := 2
		for j := b + 1; j < v; j++ {
			if s.Tokens[j].Head == v && strings.HasPrefix(s.Tokens[j].Dep, "nsubj") {
				n++
			}
		}
		if n != 2 || s.Tokens[a].Dep != s.Tokens[b].Dep || s.Tokens[a].UPOS != "PROPN" || s.Tokens[b].UPOS != "NOUN" {
			continue
		}
		// only the noun's own modifiers may stand between the name and it.
		e := phraseEnd(s, lo, hi, a)
		ok := e < b
		for k := e + 1; k < b; k++ {
			if s.Tokens[k].Head != b || s.Tokens[k].Dep != "compound" && s.Tokens[k].Dep != "amod" {
				ok = false
			}
		}
		if !ok {
			continue
		}
		s.Tokens[a].Head, s.Tokens[a].Dep = b, "compound"
	}
}

// thatSubjectAfter repairs a "that" clause after its verb read as the
// verb's clausal subject: "agreed on Thursday that neither would use force"
// has a complement, not a subject. A clausal subject comes first.
func thatSubjectAfter(s *Sentence, lo, hi int) {
	for c := lo; c < hi; c++ {
		t := &s.Tokens[c]
		if !strings.HasPrefix(t.Dep, "csubj") || t.Head < lo || t.Head >= c {
			continue
		}
		for m := t.Head + 1; m < c; m++ {
			if s.Tokens[m].Head == c && s.Tokens[m].Dep == "mark" && strings.EqualFold(s.Tokens[m].Text, "that") {
				t.Dep = "ccomp"
				break
			}
		}
	}
}

// timeLinks open a clause that follows another by some time: "fought on
// Thursday, hours before the Council demanded ...".
var timeLinks = map[string]bool{"before": true, "after": true}

// clauseBeforeClause repairs "The army and the RSF fought for the city,
// hours before the Council demanded that ...", parsed as one clause: the
// participle "fought" on the first noun, and both "army" and "hours" the
// subjects of "demanded", with the Council under "hours". A verb has one
// subject; the first noun's verb is the main clause, and the second verb
// its adverbial clause, whose subject is the noun after "before".
func clauseBeforeClause(s *Sentence, lo, hi, root int) int {
	for v := lo; v < hi; v++ {
		if s.Tokens[v].UPOS != "VERB" {
			continue
		}
		a, b := -1, -1
		for i := lo; i < v; i++ {
			if s.Tokens[i].Head == v && s.Tokens[i].Dep == "nsubj" {
				if a < 0 {
					a = i
				} else if b < 0 {
					b = i
				}
			}
		}
		if a < 0 || b < 0 {
			continue
		}
		// the participle after the first subject or its last conjunct
		p := -1
		for i := a + 1; i < b; i++ {
			t := &s.Tokens[i]
			if t.UPOS == "VERB" && (t.XPOS == "VBN" || t.XPOS == "VBD") && t.Dep == "acl" &&
				(t.Head == a || s.Tokens[t.Head].Head == a && (s.Tokens[t.Head].Dep == "conj" || s.Tokens[t.Head].Dep == "nmod")) {
				p = i
				break
			}
		}
		// "Leaders of 26 countries pledged ... after Orban refused": the
		// second clause has its mark already, on the verb whose subjects
		// were taken together.
		if k := markBetween(s, lo, v, a, b); p >= 0 && k >= 0 {
			pt, vt := &s.Tokens[p], &s.Tokens[v]
			pt.Head, pt.Dep, pt.XPOS = vt.Head, vt.Dep, "VBD"
			vt.Head, vt.Dep = p, "advcl"
			s.Tokens[a].Head, s.Tokens[a].Dep = p, "nsubj"
			if root == v {
				root = p
			}
			for i := lo; i < hi; i++ {
				if t := &s.Tokens[i]; t.Head == v && i < k && i != a {
					t.Head = p
				}
			}
			continue
		}
		// the noun after "before" under the second subject
		n, mark := -1, -1
		for i := b + 1; i < v; i++ {
			if s.Tokens[i].Head == b && s.Tokens[i].Dep == "nmod" {
				for k := b + 1; k < i; k++ {
					if s.Tokens[k].Head == i && s.Tokens[k].Dep == "case" && inLower(timeLinks, s.Tokens[k].Text) {
						n, mark = i, k
					}
				}
			}
		}
		if p < 0 || n < 0 {
			continue
		}
		pt, vt := &s.Tokens[p], &s.Tokens[v]
		pt.Head, pt.Dep, pt.XPOS = vt.Head, vt.Dep, "VBD"
		vt.Head, vt.Dep = p, "advcl"
		s.Tokens[a].Head, s.Tokens[a].Dep = p, "nsubj"
		s.Tokens[b].Head, s.Tokens[b].Dep = v, "obl:npmod"
		s.Tokens[n].Head, s.Tokens[n].Dep = v, "nsubj"
		s.Tokens[mark].Head, s.Tokens[mark].Dep = v, "mark"
		if root == v {
			root = p
		}
		for i := lo; i < hi; i++ {
			// what hung on the old main verb before the first subject's
			// clause ended belongs to the new one ("on Thursday", commas)
			if t := &s.Tokens[i]; t.Head == v && i < b && i != a {
				t.Head = p
			}
		}
	}
	return root
}

// possessedCompound repairs "Ethiopia's government and rebel forces",
// parsed as one noun with "government and rebel" its compound: a noun
// that has its own possessor is a whole noun phrase and cannot modify
// another noun, so the phrase is two conjuncts, "Ethiopia's government"
// and "rebel forces". ("US and British forces", with no possessor, stay
// one phrase.)
func possessedCompound(s *Sentence, lo, hi, root int) int {
	for c := lo; c < hi; c++ {
		ct := &s.Tokens[c]
		h := ct.Head
		if ct.Dep != "compound" || h <= c || h >= hi || ct.UPOS != "NOUN" {
			continue
		}
		poss, conj := false, -1
		for i := lo; i < h; i++ {
			if s.Tokens[i].Head != c {
				continue
			}
			switch s.Tokens[i].Dep {
			case "nmod:poss":
				poss = poss || i < c
			case "conj":
				if i > c {
					conj = i
				}
			}
		}
		if !poss || conj < 0 || conj != h-1 {
			continue
		}
		ht, kt := &s.Tokens[h], &s.Tokens[conj]
		if kt.UPOS != "NOUN" && kt.UPOS != "ADJ" && kt.UPOS != "PROPN" {
			continue
		}
		ct.Head, ct.Dep = ht.Head, ht.Dep
		if h == root {
			root = c
		}
		ht.Head, ht.Dep = c, "conj"
		kt.Head, kt.Dep = h, "compound"
		if kt.UPOS == "ADJ" {
			kt.Dep = "amod"
		}
		for i := c + 1; i < conj; i++ {
			if s.Tokens[i].Head == conj && s.Tokens[i].Dep == "cc" {
				s.Tokens[i].Head = h
			}
		}
	}
	return root
}

// sconjHead repairs "Putin wrote that he was confident ...", parsed with
// "that" as the object of "wrote" and the clause hung on it: a
// subordinating conjunction never heads anything in UD. The clause's first
// predicate after it becomes the complement of the conjunction's head, and
// the conjunction its marker.
func sconjHead(s *Sentence, lo, hi int) {
	for c := lo; c < hi; c++ {
		t := &s.Tokens[c]
		if t.UPOS != "SCONJ" || t.Dep == "mark" || t.Dep == "fixed" || t.Head < 0 {
			continue
		}
		h := t.Head
		if u := s.Tokens[h].UPOS; u != "VERB" && u != "ADJ" && u != "AUX" {
			continue
		}
		x := -1
		for k := c + 1; k < hi; k++ {
			if s.Tokens[k].Head != c {
				continue
			}
			if u := s.Tokens[k].UPOS; u == "VERB" || u == "ADJ" || u == "AUX" {
				x = k
				break
			}
		}
		if x < 0 {
			continue
		}
		// h is an ancestor of x (through c), so no cycle can form.
		for k := lo; k < hi; k++ {
			if k != x && s.Tokens[k].Head == c {
				s.Tokens[k].Head = x
			}
		}
		s.Tokens[x].Head, s.Tokens[x].Dep = h, "ccomp"
		t.Head, t.Dep = x, "mark"
	}
}

// namingVerbs are the forms of verbs that take an object and a noun that
// names it: "called the leaders gang bosses", "named him envoy".
var namingVerbs = verbForms("call brand label dub term name", "labelled labelling dubbed dubbing")

// predicateNoun repairs "Kim called the leaders of the United States and
// Japan gang bosses": after a long object the parser hangs the second noun
// phrase on the object as a modifier with no preposition, which UD never
// has. When a naming verb has an object and no predicate, such a bare
// modifier of the object is the predicate (xcomp).
func predicateNoun(s *Sentence, lo, hi int) {
	for v := lo; v < hi; v++ {
		if s.Tokens[v].UPOS != "VERB" || !namingVerbs[s.Tokens[v].Text] {
			continue
		}
		obj := -1
		for k := v + 1; k < hi; k++ {
			if s.Tokens[k].Head == v {
				switch s.Tokens[k].Dep {
				case "obj":
					obj = k
				case "xcomp":
					obj = -2
				}
			}
			if obj == -2 {
				break
			}
		}
		if obj < 0 {
			continue
		}
		for x := obj + 1; x < hi; x++ {
			t := &s.Tokens[x]
			if t.Head != obj || t.Dep != "nmod" || (t.UPOS != "NOUN" && t.UPOS != "PROPN") {
				continue
			}
			bare := true
			for k := lo; k < x; k++ {
				if s.Tokens[k].Head == x && s.Tokens[k].Dep == "case" {
					bare = false
					break
				}
			}
			if bare {
				t.Head, t.Dep = v, "xcomp"
				break
			}
		}
	}
}

// relativeThenVerb repairs "The junta, which took power in a coup,
// expelled the ambassador": the parser joins the main verb to the
// relative clause as a conjunct and leaves the sentence rooted in its
// subject noun. A finite verb that follows the clause's closing comma
// with no "and" of its own and no subject is the main verb. It returns the
// root.
func relativeThenVerb(s *Sentence, lo, hi, root int) int {
	n := &s.Tokens[root]
	if n.UPOS != "NOUN" && n.UPOS != "PROPN" {
		return root
	}
	if v := relativeThenAdjVerb(s, lo, hi, root); v >= 0 {
		return v
	}
	for v := root + 1; v < hi; v++ {
		vt := &s.Tokens[v]
		if vt.UPOS != "VERB" || (vt.Dep != "conj" && (vt.Dep != "advcl" || hasDep(s, lo, hi, v, "mark"))) || (!finite(vt.XPOS) && (vt.XPOS != "VBN" || hasDep(s, lo, hi, v, "aux"))) {
			continue
		}
		// the comma may stand before the verb's adverbs: ", strongly condemned".
		c := v - 1
		for c > root && s.Tokens[c].UPOS == "ADV" && s.Tokens[c].Head == v {
			c--
		}
		// ("Migrants who had been deported by the United States arrived
		// in Bogota": a finite conjunct with no "and" needs no comma.)
		if s.Tokens[c].Text != "," && !(vt.Dep == "conj" && finite(vt.XPOS)) {
			continue
		}
		r := vt.Head
		if r <= root || r >= v || s.Tokens[r].Head != root {
			continue
		}
		// the clause may hang as parataxis: "Brazil, Colombia and Mexico,
		// whose presidents have kept channels open, issued a statement".
		if d := s.Tokens[r].Dep; d != "acl:relcl" && !((d == "parataxis" || d == "acl") && opensRelative(s, root, r)) {
			continue
		}
		for k := lo; k < hi; k++ {
			if t := &s.Tokens[k]; t.Head == v && (t.Dep == "cc" || strings.HasPrefix(t.Dep, "nsubj")) {
				return root
			}
		}
		saved := snapshot(s, lo, hi)
		vt.Head, vt.Dep = -1, "root"
		if vt.XPOS == "VBN" {
			vt.XPOS = "VBD" // a participle with no auxiliary as the main verb is a past tense
		}
		n.Head, n.Dep = v, "nsubj"
		s.Tokens[r].Dep = "acl:relcl"
		for k := v + 1; k < hi; k++ {
			if s.Tokens[k].Head == root {
				s.Tokens[k].Head = v
			}
		}
		if s.Tokens[c].Text == "," && s.Tokens[c].Head == v {
			s.Tokens[c].Head = r // the closing comma belongs to the clause
		}
		return keepIfWellFormed(s, lo, hi, saved, v, root)
	}
	return root
}

// opensRelative reports whether a comma and a relative word ("who",
// "whose", "which") come between root and r.
func opensRelative(s *Sentence, root, r int) bool {
	for k := root + 1; k < r; k++ {
		if s.Tokens[k-1].Text == "," {
			if w := s.Tokens[k].Text; strings.EqualFold(w, "who") || strings.EqualFold(w, "whose") || strings.EqualFold(w, "which") {
				return true
			}
		}
	}
	return false
}

// demonymTitles repairs the other news shape the treebank lacks: a
// nationality before a title and a name ("hosted Indian Prime Minister
// Narendra Modi", "German Chancellor Olaf Scholz hosted ...") whose
// adjective the parser makes a clause of its own (root, xcomp, advcl),
// taking the name with it. The adjective becomes a modifier of the title,
// and what hung on it goes back where the adjective was. A repair that
// would leave a malformed tree is undone. It returns the root.
func demonymTitles(s *Sentence, lo, hi, root int) int {
	for i := lo; i+1 < hi; i++ {
		a := &s.Tokens[i]
		if a.UPOS != "ADJ" || a.Dep == "amod" || a.Dep == "conj" || !startsUpper(a.Text) {
			continue
		}
		// the title: the first noun of the capitalised run after it.
		j := -1
		for k := i + 1; k < hi && k <= i+3 && startsUpper(s.Tokens[k].Text); k++ {
			if u := s.Tokens[k].UPOS; u == "PROPN" || u == "NOUN" {
				j = k
				break
			}
		}
		if j < 0 {
			continue
		}
		end := j // the capitalised run: the title and the name after it
		for end+1 < hi && s.Tokens[end+1].UPOS == "PROPN" && startsUpper(s.Tokens[end+1].Text) {
			end++
		}
		if a.Head >= i && a.Head <= end {
			continue // already inside its phrase
		}
		saved := snapshot(s, lo, hi)
		oldHead := a.Head
		a.Head, a.Dep = j, "amod"
		newRoot := root
		for k := lo; k < hi; k++ {
			t := &s.Tokens[k]
			if k == i || t.Head != i {
				continue
			}
			switch {
			case oldHead >= 0:
				// back where the adjective was; a name that followed a
				// verb is its object, one before it its subject.
				t.Head = oldHead
				if k > i && k <= end {
					if k > oldHead {
						t.Dep = "obj"
					} else {
						t.Dep = "nsubj"
					}
				}
			case k > end && s.Tokens[k].UPOS == "VERB" && newRoot == i:
				// the adjective was the root: its verb takes over.
				t.Head, t.Dep = -1, "root"
				newRoot = k
			}
		}
		if oldHead < 0 {
			if newRoot == i {
				copy(s.Tokens[lo:hi], saved)
				continue
			}
			for k := lo; k < hi; k++ {
				if t := &s.Tokens[k]; k != newRoot && t.Head == i {
					t.Head = newRoot
					if k > i && k <= end {
						t.Dep = "nsubj" // the name before the verb
						if k > newRoot {
							t.Dep = "obj"
						}
					}
				}
			}
		}
		if !wellFormed(s, lo, hi) {
			copy(s.Tokens[lo:hi], saved)
			continue
		}
		root = newRoot
	}
	return root
}

func startsUpper(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// wellFormed reports whether tokens [lo, hi) form one tree: a single root
// and every head chain reaching it.
func wellFormed(s *Sentence, lo, hi int) bool {
	roots := 0
	for k := lo; k < hi; k++ {
		h := s.Tokens[k].Head
		if h < 0 {
			roots++
			continue
		}
		if h < lo || h >= hi {
			return false
		}
		// a chain longer than the sentence has a cycle
		j, n := k, 0
		for s.Tokens[j].Head >= 0 && n <= hi-lo {
			j = s.Tokens[j].Head
			n++
		}
		if n > hi-lo {
			return false
		}
	}
	return roots == 1
}

// verblessRoot repairs one parse the treebank teaches: a news sentence
// opening "Israeli warplanes struck the sites", "Russian troops shelled
// the city" comes out as a noun phrase with a reduced relative ("troops
// [that were] shelled"), because web text has many captions of that shape.
// A participle that takes a direct object right after a root noun cannot be
// passive, so it is the main verb and the noun its subject. It returns the
// root after the repair.
// phraseEnd returns the last token of the phrase headed by h (h itself
// when it heads nothing after it), h < 0 giving -2.
func phraseEnd(s *Sentence, lo, hi, h int) int {
	if h < lo || h >= hi {
		return -2
	}
	end := h
	for k := h + 1; k < hi; k++ {
		for a, n := s.Tokens[k].Head, 0; a >= lo && n < hi-lo; a, n = s.Tokens[a].Head, n+1 {
			if a == h {
				end = k
				break
			}
		}
	}
	return end
}

// phraseStart returns the first token of the phrase headed by h.
func phraseStart(s *Sentence, lo, h int) int {
	start := h
	for k := h - 1; k >= lo; k-- {
		for a, n := s.Tokens[k].Head, 0; a >= lo && n < h-lo+1; a, n = s.Tokens[a].Head, n+1 {
			if a == h {
				start = k
				break
			}
		}
	}
	return start
}

// subjectless reports whether token v is a finite verb (past or present
// tense) with no subject or expletive of its own.
func subjectless(s *Sentence, lo, hi, v int) bool {
	t := &s.Tokens[v]
	if t.UPOS != "VERB" || !finite(t.XPOS) {
		return false
	}
	for i := lo; i < hi; i++ {
		if s.Tokens[i].Head == v && (strings.HasPrefix(s.Tokens[i].Dep, "nsubj") || s.Tokens[i].Dep == "expl") {
			return false
		}
	}
	return true
}

// hasDep reports whether token h has a dependent labelled dep, or, for
// dep "aux", any auxiliary (aux, aux:pass).
func hasDep(s *Sentence, lo, hi, h int, dep string) bool {
	for k := lo; k < hi; k++ {
		if d := s.Tokens[k].Dep; s.Tokens[k].Head == h && (d == dep || dep == "aux" && strings.HasPrefix(d, "aux")) {
			return true
		}
	}
	return false
}

func verblessRoot(s *Sentence, lo, hi, root int) int {
	n := &s.Tokens[root]
	v := root + 1
	if v >= hi || (n.UPOS != "NOUN" && n.UPOS != "PROPN") {
		return root
	}
	// "Sudan's army and the Rapid Support Forces agreed to a truce": the
	// verb follows the root's last conjunct and hangs on it; what is said
	// below of the root holds of that conjunct.
	n0 := root
	if t := &s.Tokens[v]; t.UPOS == "CCONJ" && t.Head > v && t.Head < hi && s.Tokens[t.Head].Head == root && s.Tokens[t.Head].Dep == "conj" {
		n0 = t.Head
		v = n0 + 1
		if v >= hi {
			return root
		}
	}
	// "Thousands of protesters marched in Tbilisi", "Rebel forces from
	// the Tigray region agreed to ...": the verb follows the root's
	// prepositional phrase and hangs on its noun.
	if t := &s.Tokens[v]; t.UPOS == "ADP" && t.Dep == "case" && t.Head > v && s.Tokens[t.Head].Head == n0 {
		// "Members of Niger's presidential guard detained ...": the verb
		// right after the whole "of" phrase, on the phrase or the root.
		if k := phraseEnd(s, lo, hi, t.Head) + 1; k < hi {
			if tk := &s.Tokens[k]; tk.UPOS == "VERB" && tk.Dep == "acl" && (tk.Head == n0 || tk.Head == t.Head) {
				v = k
			}
		}
		// ... or right after the phrase's noun, the verb's own phrases
		// counted in the noun's ("Rebel forces from the region agreed on
		// Wednesday to ...").
		if k := t.Head + 1; v == n0+1 && k < hi {
			if tk := &s.Tokens[k]; tk.UPOS == "VERB" && tk.Dep == "acl" && tk.Head == t.Head {
				v = k
			}
		}
		for k := v + 1; v == n0+1 && k < hi && k <= v+4; k++ {
			if tk := &s.Tokens[k]; tk.UPOS == "VERB" && tk.Dep == "acl" && tk.Head > n0 && tk.Head < k && s.Tokens[tk.Head].Head == n0 {
				v = k
				break
			}
		}
	}
	vt := &s.Tokens[v]
	if vt.UPOS != "VERB" || (vt.XPOS != "VBN" && vt.XPOS != "VBD") {
		return root
	}
	// The same mistake in a second shape: "Police arrested dozens of
	// protesters" read as "Police [arrested dozens]", the verb an
	// adjective of the noun after it.
	obj, free := -1, false
	switch {
	case vt.Head == root && vt.Dep == "acl" && n0 == root:
		// "A few hundred protesters rallied against the visit.": with its
		// article and full stop the line is a sentence, not a caption
		// ("Protesters detained in Tehran"), so it needs the verb.
		// So does "Indian and Chinese troops clashed along the border,
		// leaving ...": adjectives and an adjunct clause on the verb.
		free = s.Tokens[hi-1].Text == "." && (hasDep(s, lo, hi, root, "det") || finiteClauseOn(s, lo, hi, root) ||
			hasDep(s, lo, hi, root, "amod") && (hasDep(s, lo, hi, v, "advcl") || hasDep(s, lo, hi, root, "advcl")))
	case vt.Dep == "acl" && vt.Head > root && vt.Head < v && (vt.Head == n0 || s.Tokens[vt.Head].Head == n0 && s.Tokens[vt.Head].Dep == "nmod") &&
		(n0 != root || s.Tokens[vt.Head].Head == root):
		// after an "of" phrase or a second conjunct the clause needs no
		// object: a caption does not open "Thousands of protesters
		// marched ..." or "The army and the rebels agreed to ...".
		free = true
	case vt.Dep == "amod" && vt.Head > v && vt.Head < hi && s.Tokens[vt.Head].Head == root:
		obj = vt.Head
	default:
		return root
	}
	for i := lo; i < hi; i++ {
		t := &s.Tokens[i]
		switch {
		case t.Head == v && t.Dep == "obj":
			obj = i
		case obj < 0 && t.Dep == "obj" && t.Head > v && t.Head < hi && s.Tokens[t.Head].Head == v && s.Tokens[t.Head].Dep == "conj" && s.Tokens[t.Head].UPOS == "VERB":
			// "French prosecutors arrested and charged an employee": the
			// object the conjoined verbs share.
			obj = i
		case t.Head == v && obj < 0 && (t.Dep == "obl" || t.Dep == "obl:agent") && i > v && phraseStart(s, lo, i) == v+1 && !hasDep(s, lo, hi, i, "case"):
			// a nominal right after the verb with no preposition is its
			// object, whatever the parser called it.
			obj = i
		case t.Head == root && (t.Dep == "cop" || strings.HasPrefix(t.Dep, "nsubj") || t.Dep == "aux"):
			return root // a predicate noun ("X is the man ...")
		}
	}
	if obj < 0 && !free {
		return root
	}
	if obj >= 0 {
		s.Tokens[obj].Head, s.Tokens[obj].Dep = v, "obj"
	}
	return makeClause(s, hi, root, v)
}

// keepIfWellFormed returns repaired if tokens [lo, hi) still form one tree;
// otherwise it restores them from saved and returns failed.
func keepIfWellFormed(s *Sentence, lo, hi int, saved []Token, repaired, failed int) int {
	if !wellFormed(s, lo, hi) {
		copy(s.Tokens[lo:hi], saved)
		return failed
	}
	return repaired
}

// makeClause makes verb v the root, in the past tense, with the old root
// noun as its subject; what hung on the noun after the verb hangs on the
// verb. It returns v.
func makeClause(s *Sentence, hi, root, v int) int {
	vt := &s.Tokens[v]
	vt.Head, vt.Dep, vt.XPOS = -1, "root", "VBD"
	s.Tokens[root].Head, s.Tokens[root].Dep = v, "nsubj"
	for i := v + 1; i < hi; i++ {
		if s.Tokens[i].Head == root {
			s.Tokens[i].Head = v
		}
	}
	return v
}

// finiteClauseOn reports whether a clause with a past or present verb and
// its own subject hangs on noun n ("Relations soured within days, when he
// demanded ..."): no caption carries one.
func finiteClauseOn(s *Sentence, lo, hi, n int) bool {
	for k := lo; k < hi; k++ {
		if t := &s.Tokens[k]; t.Head == n && t.Dep == "advcl" && t.UPOS == "VERB" && finite(t.XPOS) && hasDep(s, lo, hi, k, "nsubj") {
			return true
		}
	}
	return false
}

// datelineEnd returns the index of the first token after a news dateline
// opening the sentence ("SEOUL, Sept. 9 (UPI) --", "MOSCOW, March 3 --"),
// or -1. At least three tokens must follow it.
func datelineEnd(toks []Token) int {
	e := dateline(toks, 0)
	if e < 0 && len(toks) > 0 && allCaps(toks[0].Text) {
		comma := false // a comma, or an agency in brackets: "JERUSALEM (AP) --"
		for j := 1; j < len(toks) && j < 10; j++ {
			switch toks[j].Text {
			case ",", ")":
				comma = true
			case "--", "\u2013", "\u2014":
				if comma {
					e = j + 1
				}
			}
			if e > 0 {
				break
			}
		}
	}
	if e <= 0 || e+3 > len(toks) {
		return -1
	}
	return e
}

// allCaps reports whether w has two or more letters, all upper case.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters >= 2
}

func (m *Model) annotator() *Annotator {
	if a, ok := m.pool.Get().(*Annotator); ok {
		return a
	}
	return m.NewAnnotator()
}

// Tag sets UPOS and XPOS of every token of s.
func (m *Model) Tag(s *Sentence) {
	a := m.annotator()
	a.Tag(s)
	m.pool.Put(a)
}

// Parse sets Head and Dep of every token of s from its words and tags.
func (m *Model) Parse(s *Sentence) {
	a := m.annotator()
	a.Parse(s)
	m.pool.Put(a)
}

// openingTimeNouns open a sentence with a span of time: "Hours before the
// announcement, ...", "Two days later, ...".
// (Lemmas come after parsing, so the forms are listed.)
var openingTimeNouns = map[string]bool{"minute": true, "minutes": true, "hour": true, "hours": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "moment": true, "moments": true}

// spanLinks tie a span of time to what it measures.
var spanLinks = map[string]bool{"before": true, "after": true, "later": true, "earlier": true, "ago": true, "into": true}

// timeOpening reports whether the sentence opens with a span of time
// before or after something: [a|two|several] hours|days ... before|after|later|earlier.
func timeOpening(s *Sentence, lo, hi int) bool {
	i := lo
	if u := s.Tokens[i].UPOS; u == "NUM" || u == "DET" || u == "ADJ" {
		i++
	}
	if i+1 >= hi || !inLower(openingTimeNouns, s.Tokens[i].Text) {
		return false
	}
	return inLower(spanLinks, s.Tokens[i+1].Text)
}

// timeOpeningClause repairs a sentence that opens with a span of time and
// a comma, parsed with that span as the root: "Hours after the vote, police
// detained the leaders" has "detained" as its main verb, "police" as its
// subject and the span as an oblique of time.
func timeOpeningClause(s *Sentence, lo, hi, root int) int {
	if root < lo || root >= hi || hi-lo < 6 || !timeOpening(s, lo, hi) {
		return root
	}
	comma := nextComma(s, lo+1, hi, lo+12)
	if comma < 0 || root >= comma {
		return root
	}
	// the first verb after the comma, with only a noun phrase before it
	v := -1
	for i := comma + 1; i < hi && i-comma <= 10; i++ {
		u := s.Tokens[i].UPOS
		if u == "VERB" {
			v = i
			break
		}
		if u != "PROPN" && u != "NOUN" && u != "DET" && u != "ADJ" && u != "NUM" && u != "PART" && !(u == "ADP" && s.Tokens[i].Text == "of") {
			return root
		}
	}
	if v < 0 || v == comma+1 || s.Tokens[v].Head < 0 {
		return root
	}
	// no other main verb may follow: only relative clauses ("a missile
	// that landed ...") and what hangs under the verb itself.
	for i := v + 1; i < hi; i++ {
		if x := s.Tokens[i].XPOS; (finite(x) || x == "MD") && !dominates(s, v, i) && s.Tokens[i].Dep != "acl:relcl" && !(x == "MD" && s.Tokens[s.Tokens[i].Head].Dep == "acl:relcl") {
			return root
		}
	}
	if x := s.Tokens[v].XPOS; x != "VBD" && x != "VBN" && x != "VBZ" && x != "VBP" {
		return root
	}
	// the subject's head: the last noun before the verb
	h := -1
	for i := v - 1; i > comma; i-- {
		if u := s.Tokens[i].UPOS; u == "NOUN" || u == "PROPN" {
			h = i
			break
		}
	}
	if h < 0 {
		return root
	}
	saved := snapshot(s, lo, hi)
	for i := comma + 1; i < v; i++ {
		if i != h && (s.Tokens[i].Head <= comma || s.Tokens[i].Head >= v) {
			s.Tokens[i].Head = h
		}
	}
	for i := v + 1; i < hi; i++ {
		// what hung on the span or the subject after the verb is the verb's
		if b := s.Tokens[i].Head; b == root || b == h {
			s.Tokens[i].Head = v
		}
	}
	s.Tokens[v].Head, s.Tokens[v].Dep = -1, "root"
	if s.Tokens[v].XPOS == "VBN" {
		s.Tokens[v].XPOS = "VBD" // a main verb with no auxiliary is past
	}
	s.Tokens[h].Head, s.Tokens[h].Dep = v, "nsubj"
	s.Tokens[root].Head, s.Tokens[root].Dep = v, "obl"
	s.Tokens[comma].Head, s.Tokens[comma].Dep = v, "punct"
	return keepIfWellFormed(s, lo, hi, saved, v, root)
}

// timeLinkClause repairs "came three days after Russian police, backed by
// special forces, detained several Azerbaijanis", parsed with "police" as
// the object of a preposition "after" and "detained" hanging elsewhere with
// another subject. After a span of time, "after" or "before" opens a clause
// when a noun phrase and then a verb follow: the verb is an adverbial
// clause of the verb the span measures, the noun its subject.
func timeLinkClause(s *Sentence, lo, hi int) {
	for a := lo + 1; a < hi-2; a++ {
		w := s.Tokens[a].Text
		if !strings.EqualFold(w, "after") && !strings.EqualFold(w, "before") || s.Tokens[a].Dep != "case" || !inLower(openingTimeNouns, s.Tokens[a-1].Text) {
			continue
		}
		t, n := a-1, s.Tokens[a].Head
		if n <= a || n >= hi || s.Tokens[n].UPOS != "NOUN" && s.Tokens[n].UPOS != "PROPN" {
			continue
		}
		// the verb after the noun's phrase, past one phrase set off by commas
		v, seg := -1, -1
		k := n + 1
		if k < hi && s.Tokens[k].Text == "," {
			c := nextComma(s, k+1, hi, k+10)
			if c < 0 {
				continue
			}
			seg, k = k+1, c+1
		}
		if k < hi && s.Tokens[k].UPOS == "VERB" {
			if x := s.Tokens[k].XPOS; x == "VBD" || x == "VBN" || x == "VBZ" || x == "VBP" {
				v = k
			}
		}
		if v < 0 || hasDep(s, lo, hi, v, "aux:pass") {
			continue
		}
		// the verb the span measures: the span's own verb, else the one
		// above the verb found
		h := (&Sentence{Tokens: s.Tokens[:hi]}).VerbAbove(t)
		if h == v || h < 0 || dominates(s, v, h) {
			h = -1
			for b := s.Tokens[v].Head; b >= lo && b < hi; b = s.Tokens[b].Head {
				if b < a && s.Tokens[b].UPOS == "VERB" {
					h = b
					break
				}
			}
		}
		if h < 0 || h >= a {
			continue
		}
		saved := snapshot(s, lo, hi)
		for i := lo; i < hi; i++ {
			// other subjects the verb was given are no longer its own
			if s.Tokens[i].Head == v && strings.HasPrefix(s.Tokens[i].Dep, "nsubj") {
				s.Tokens[i].Head, s.Tokens[i].Dep = h, "obl"
			}
		}
		if seg >= 0 {
			// the phrase set off by commas describes the noun
			for i := seg; i < v-1; i++ {
				if b := s.Tokens[i].Head; b < seg || b >= v-1 {
					s.Tokens[i].Head = n
					if s.Tokens[i].UPOS == "VERB" {
						s.Tokens[i].Dep = "acl"
					}
				}
			}
			s.Tokens[seg-1].Head, s.Tokens[v-1].Head = n, n
		}
		for i := v + 1; i < hi; i++ {
			// what hung on the noun after the verb is the verb's: "jets
			// struck targets" read as "jets, targets"
			if s.Tokens[i].Head == n {
				s.Tokens[i].Head = v
				if s.Tokens[i].Dep == "conj" && (s.Tokens[i].UPOS == "NOUN" || s.Tokens[i].UPOS == "PROPN") {
					s.Tokens[i].Dep = "obj"
				}
			}
		}
		if s.Tokens[v].XPOS == "VBN" && !hasDep(s, lo, hi, v, "aux") {
			s.Tokens[v].XPOS = "VBD" // a clause's verb with no auxiliary is past
		}
		s.Tokens[v].Head, s.Tokens[v].Dep = h, "advcl"
		s.Tokens[a].Head, s.Tokens[a].Dep = v, "mark"
		s.Tokens[n].Head, s.Tokens[n].Dep = v, "nsubj"
		if s.Tokens[t].Head == v || dominates(s, v, t) {
			s.Tokens[t].Head, s.Tokens[t].Dep = h, "obl"
		}
		keepIfWellFormed(s, lo, hi, saved, 0, 0)
	}
}

// openingAsRoot repairs "In Seoul, police detained 16 students", parsed
// with the opening place as the root, the bare noun under the comma and
// the verb as a participle of the noun: the verb is the root, the place
// its phrase and the noun its subject. It reports whether it repaired.
func openingAsRoot(s *Sentence, lo, hi, comma, v int) bool {
	r := -1
	for i := lo; i < comma; i++ {
		if s.Tokens[i].Head < 0 {
			r = i
		}
	}
	n := s.Tokens[v].Head
	if r < 0 || n <= comma || n >= v || s.Tokens[v].Dep != "acl" || s.Tokens[v].XPOS != "VBD" && s.Tokens[v].XPOS != "VBN" {
		return false
	}
	// a participle is the main verb only if no finite verb outside it is
	// ("In Seoul, police detained overnight were freed").
	if finiteAfter(s, v, hi) {
		return false
	}
	if h := s.Tokens[n].Head; h != comma && (h < lo || h >= comma) {
		return false
	}
	// only the noun's own phrase between the comma and the verb
	for i := comma + 1; i < v; i++ {
		if i != n && !dominates(s, n, i) {
			return false
		}
	}
	s.Tokens[v].Head, s.Tokens[v].Dep, s.Tokens[v].XPOS = -1, "root", "VBD" // a main verb with no auxiliary is past
	s.Tokens[r].Head, s.Tokens[r].Dep = v, "obl"
	s.Tokens[n].Head, s.Tokens[n].Dep = v, "nsubj"
	s.Tokens[comma].Head, s.Tokens[comma].Dep = v, "punct"
	return true
}

// markBetween returns the subordinating word that marks verb v between
// its subjects a and b ("after", "before", "as", "when"), or -1.
func markBetween(s *Sentence, lo, v, a, b int) int {
	for k := a + 1; k < b; k++ {
		if s.Tokens[k].Head == v && s.Tokens[k].Dep == "mark" && inLower(clauseLinks, s.Tokens[k].Text) {
			return k
		}
	}
	return -1
}

var clauseLinks = map[string]bool{"after": true, "before": true, "as": true, "when": true, "while": true,
	"because": true, "although": true, "though": true, "since": true, "until": true, "once": true}

// nameTitleThenVerb repairs "Kaja Kallas, the EU's foreign policy chief,
// criticised Fico's trip", parsed with the name as the root and the verb
// as a participle of the title: a past verb with an object right after a
// title set off by commas, hung on the title or the name, is the main
// verb and the name its subject.
func nameTitleThenVerb(s *Sentence, lo, hi, root int) int {
	if root < lo || root >= hi || s.Tokens[root].UPOS != "PROPN" {
		return root
	}
	c1 := nextComma(s, root+1, hi, root+4)
	if c1 < 0 {
		return root
	}
	c2 := nextComma(s, c1+2, hi, c1+10)
	v := c2 + 1
	if c2 < 0 || v >= hi {
		return root
	}
	// the title between the commas hangs on the name
	p := -1
	for i := c1 + 1; i < c2; i++ {
		if h := s.Tokens[i].Head; h <= c1 || h >= c2 {
			if p >= 0 || h != root || s.Tokens[i].Dep != "appos" || s.Tokens[i].UPOS != "NOUN" {
				return root
			}
			p = i
		}
	}
	vt := &s.Tokens[v]
	if p < 0 || vt.UPOS != "VERB" || vt.XPOS != "VBD" && vt.XPOS != "VBN" || vt.Head != root && vt.Head != p ||
		!strings.HasPrefix(vt.Dep, "acl") || !hasDep(s, lo, hi, v, "obj") || hasDep(s, lo, hi, v, "nsubj") ||
		hasDep(s, lo, hi, v, "aux") || hasDep(s, lo, hi, v, "aux:pass") || finiteAfter(s, v, hi) {
		return root
	}
	saved := snapshot(s, lo, hi)
	s.Tokens[c2].Head = p
	r := makeClause(s, hi, root, v)
	if !wellFormed(s, lo, hi) {
		copy(s.Tokens[lo:hi], saved)
		return root
	}
	return r
}

// appositionThenVerb repairs "The UN special envoy for Syria, Geir
// Pedersen, called on Israel to halt ...", parsed with the noun as the
// root, the name under another word and the verb as a participle of the
// noun: a past verb right after a name set off by commas, hung on the
// root noun before them, is the main verb, the noun its subject and the
// name the noun's apposition.
func appositionThenVerb(s *Sentence, lo, hi, root int) int {
	if root < lo || root >= hi {
		return root
	}
	n := &s.Tokens[root]
	if n.UPOS != "NOUN" && n.UPOS != "PROPN" || !hasDep(s, lo, hi, root, "det") {
		return root
	}
	c1 := nextComma(s, root+1, hi, root+6)
	if c1 < 0 {
		return root
	}
	c2 := -1
	for i := c1 + 2; i < hi && i <= c1+6; i++ {
		if s.Tokens[i].Text == "," {
			c2 = i
			break
		}
		if u := s.Tokens[i].UPOS; u != "PROPN" && u != "NOUN" && u != "ADJ" && u != "DET" {
			return root
		}
	}
	v := c2 + 1
	if c2 < 0 || v >= hi {
		return root
	}
	vt := &s.Tokens[v]
	if vt.UPOS != "VERB" || vt.XPOS != "VBD" && vt.XPOS != "VBN" || vt.Head != root || !strings.HasPrefix(vt.Dep, "acl") ||
		hasDep(s, lo, hi, v, "nsubj") || hasDep(s, lo, hi, v, "aux") {
		return root
	}
	if finiteAfter(s, v, hi) {
		return root
	}
	// the name's head: the first of its words hanging outside it
	p := -1
	for i := c1 + 1; i < c2; i++ {
		if h := s.Tokens[i].Head; h <= c1 || h >= c2 {
			if p < 0 {
				p = i
				continue
			}
			s.Tokens[i].Head = p
			if s.Tokens[i].UPOS == "PROPN" && s.Tokens[p].UPOS == "PROPN" {
				s.Tokens[i].Dep = "flat"
			}
		}
	}
	if p < 0 {
		return root
	}
	s.Tokens[p].Head, s.Tokens[p].Dep = root, "appos"
	s.Tokens[c1].Head, s.Tokens[c1].Dep = p, "punct"
	s.Tokens[c2].Head, s.Tokens[c2].Dep = p, "punct"
	return makeClause(s, hi, root, v)
}

// relativeThenAdjVerb repairs the same shape with the main verb read as an
// adjective of its object: "Mali's government, which says the wreckage
// was found inside Mali, accused Algiers on Sunday of aggression", with
// "accused" an adjective of "Algiers". It returns the new root, or -1.
func relativeThenAdjVerb(s *Sentence, lo, hi, root int) int {
	for v := root + 2; v+1 < hi; v++ {
		vt := &s.Tokens[v]
		o := vt.Head
		// (or an adjective in -ed: "The swap, carried out at the airport,
		// involved 26 people", with "involved" read as describing them)
		participle := vt.UPOS == "VERB" && (vt.XPOS == "VBD" || vt.XPOS == "VBN") ||
			vt.UPOS == "ADJ" && vt.XPOS == "JJ" && strings.HasSuffix(vt.Text, "ed")
		if !participle || vt.Dep != "amod" || o <= v || o > v+3 || s.Tokens[v-1].Text != "," {
			continue
		}
		if u := s.Tokens[o].UPOS; u != "PROPN" && u != "NOUN" {
			continue
		}
		between := true
		for k := v + 1; k < o; k++ {
			if s.Tokens[k].Head != o || (s.Tokens[k].Dep != "nummod" && s.Tokens[k].Dep != "det") {
				between = false
			}
		}
		if !between {
			continue
		}
		// a relative clause of the root closes at the comma, or a
		// participle phrase set off right after it
		r := -1
		for k := root + 1; k < v-1; k++ {
			if s.Tokens[k].Head == root && (s.Tokens[k].Dep == "acl:relcl" || opensRelative(s, root, k) && (s.Tokens[k].Dep == "acl" || s.Tokens[k].Dep == "parataxis") ||
				s.Tokens[k].Dep == "acl" && k == root+2 && s.Tokens[root+1].Text == "," && (s.Tokens[k].XPOS == "VBN" || s.Tokens[k].XPOS == "VBD")) {
				r = k
			}
		}
		if r < 0 || !dominates(s, r, v-1) && s.Tokens[v-1].Head != r && s.Tokens[v-1].Head != v {
			continue
		}
		saved := snapshot(s, lo, hi)
		vt.Head, vt.Dep, vt.XPOS, vt.UPOS = -1, "root", "VBD", "VERB"
		n := &s.Tokens[root]
		n.Head, n.Dep = v, "nsubj"
		if s.Tokens[r].Dep != "acl" {
			s.Tokens[r].Dep = "acl:relcl"
		}
		s.Tokens[o].Head, s.Tokens[o].Dep = v, "obj"
		s.Tokens[v-1].Head, s.Tokens[v-1].Dep = r, "punct"
		for k := o + 1; k < hi; k++ {
			t := &s.Tokens[k]
			switch {
			case t.Head == o && strings.HasPrefix(t.Dep, "nmod"):
				t.Head, t.Dep = v, "obl" // "on Sunday", "of aggression": the verb's
			case t.Head == root:
				t.Head = v
			}
		}
		return keepIfWellFormed(s, lo, hi, saved, v, -1)
	}
	return -1
}

// interruptedSubject repairs a subject noun phrase interrupted by a
// relative clause or an apposition between commas, then its verb, when
// the parser left the noun as the root and hung the verb somewhere inside
// ("The RSF, which controls most of Darfur, did not respond", "The
// Solomon Islands, a chain of islands, lies north-east of Australia",
// "Opposition candidate Mondlane, who left the country, accuses the
// ruling party ..."). It returns the root.
func interruptedSubject(s *Sentence, lo, hi, root int) int {
	if root < lo || root >= hi {
		return root
	}
	r := &s.Tokens[root]
	if r.UPOS != "NOUN" && r.UPOS != "PROPN" {
		return root
	}
	for k := lo; k < hi; k++ {
		if t := &s.Tokens[k]; t.Head == root && (strings.HasPrefix(t.Dep, "nsubj") || t.Dep == "cop" || strings.HasPrefix(t.Dep, "aux") || t.Dep == "case" || t.Dep == "mark") {
			return root // a predicate noun or a phrase, not a subject
		}
	}
	// the subject's own words, up to the first comma
	c1 := -1
	for k := root + 1; k < hi && k <= root+8; k++ {
		if s.Tokens[k].Text == "," {
			c1 = k
			break
		}
		if !dominates(s, root, k) {
			return root
		}
	}
	if c1 < 0 {
		return root
	}
	for k := lo; k < root; k++ {
		if !dominates(s, root, k) {
			return root
		}
	}
	relative := c1+1 < hi && inLower(relativeWords, s.Tokens[c1+1].Text)
	// the closing comma, and the verb after it (auxiliaries and adverbs
	// between: ", did not respond")
	for c2 := c1 + 2; c2 < hi && c2 <= c1+25; c2++ {
		if s.Tokens[c2].Text != "," {
			if !relative {
				if finite(s.Tokens[c2].XPOS) || s.Tokens[c2].XPOS == "MD" {
					return root // an apposition has no finite verb
				}
			}
			continue
		}
		v := c2 + 1
		for v < hi && v <= c2+3 && (s.Tokens[v].UPOS == "AUX" || s.Tokens[v].UPOS == "ADV" || s.Tokens[v].UPOS == "PART") {
			v++
		}
		if v >= hi || s.Tokens[v].UPOS != "VERB" {
			continue
		}
		vt := &s.Tokens[v]
		// "Washington, for its part, imposed sanctions": after a phrase
		// of its own between commas, a past participle with no auxiliary
		// is the past tense.
		// So does one after a participle's clause with an object after it:
		// "Guterres, speaking in Addis Ababa, praised the two leaders".
		phrasePast := !relative && vt.XPOS == "VBN" && v == c2+1 && v+1 < hi &&
			(s.Tokens[c1+1].UPOS == "ADP" && s.Tokens[v+1].UPOS == "NOUN" ||
				s.Tokens[c1+1].XPOS == "VBG" && (s.Tokens[v+1].UPOS == "DET" || s.Tokens[v+1].UPOS == "PROPN"))
		if !finite(vt.XPOS) && !(v > c2+1 && s.Tokens[c2+1].UPOS == "AUX") && !phrasePast {
			continue
		}
		if hasDep(s, lo, hi, v, "nsubj") || hasDep(s, lo, hi, v, "nsubj:pass") || hasDep(s, lo, hi, v, "mark") || hasDep(s, lo, hi, v, "cc") {
			return root
		}
		if vt.Head < 0 {
			return root
		}
		saved := snapshot(s, lo, hi)
		// the interruption's head hangs on the subject
		p := -1
		for k := c1 + 1; k < c2; k++ {
			if h := s.Tokens[k].Head; h < c1+1 || h >= c2 || h == v {
				if p < 0 {
					p = k
					if relative {
						// the relative clause's verb
						for j := c1 + 1; j < c2; j++ {
							if s.Tokens[j].UPOS == "VERB" || s.Tokens[j].UPOS == "AUX" && s.Tokens[j].Head == j {
								p = j
								break
							}
						}
					}
				}
			}
		}
		if p < 0 {
			copy(s.Tokens[lo:hi], saved)
			return root
		}
		for k := c1 + 1; k < c2; k++ {
			if h := s.Tokens[k].Head; k != p && (h < c1+1 || h >= c2 || h == v) {
				s.Tokens[k].Head = p
			}
		}
		if relative {
			s.Tokens[p].Head, s.Tokens[p].Dep = root, "acl:relcl"
		} else {
			s.Tokens[p].Head, s.Tokens[p].Dep = root, "appos"
		}
		s.Tokens[c1].Head, s.Tokens[c1].Dep = p, "punct"
		s.Tokens[c2].Head, s.Tokens[c2].Dep = p, "punct"
		vt.Head, vt.Dep = -1, "root"
		r.Head, r.Dep = v, "nsubj"
		for k := c2 + 1; k < hi; k++ {
			if t := &s.Tokens[k]; k != v && (t.Head == root || t.Head >= c1 && t.Head < c2 && k < v) {
				t.Head = v
			}
		}
		if phrasePast {
			vt.XPOS = "VBD"
			// the participle's noun is its object, and what hung on the
			// old root hangs on the verb
			n := v + 1
			for n+1 < hi && s.Tokens[n].Head == n+1 {
				n++
			}
			if s.Tokens[n].Head == v && (s.Tokens[n].Dep == "appos" || s.Tokens[n].Dep == "amod") || n != v+1 && s.Tokens[v].Head == n {
				s.Tokens[n].Head, s.Tokens[n].Dep = v, "obj"
			}
			for k := n + 1; k < hi; k++ {
				if t := &s.Tokens[k]; t.Head == v && t.Dep == "nmod" {
					t.Dep = "obl"
				}
			}
		}
		return keepIfWellFormed(s, lo, hi, saved, v, root)
	}
	return root
}

var relativeWords = map[string]bool{"who": true, "which": true, "whose": true, "whom": true}

// possessedParticiple repairs "Niger's ruling junta revoked the pact",
// parsed with "ruling" a clause of the verb taking "junta" as its object:
// a participle right after a possessive and right before its only
// object describes that noun, and the noun phrase is the verb's subject.
func possessedParticiple(s *Sentence, lo, hi int) {
	for v := lo + 1; v+1 < hi; v++ {
		vt, n := &s.Tokens[v], v+1
		nt := &s.Tokens[n]
		if vt.XPOS != "VBG" || vt.Dep == "amod" || s.Tokens[v-1].XPOS != "POS" || nt.Head != v || nt.Dep != "obj" || nt.UPOS != "NOUN" {
			continue
		}
		h := vt.Head
		if h < lo || h <= n || s.Tokens[h].UPOS != "VERB" || hasDep(s, lo, hi, h, "nsubj") || hasDep(s, lo, hi, h, "nsubj:pass") {
			continue
		}
		saved := snapshot(s, lo, hi)
		nt.Head, nt.Dep = h, "nsubj"
		vt.Head, vt.Dep = n, "amod"
		for k := lo; k < hi; k++ {
			if t := &s.Tokens[k]; k != n && t.Head == v {
				t.Head = n // the possessor and the article belong to the noun
			}
		}
		if !wellFormed(s, lo, hi) {
			copy(s.Tokens[lo:hi], saved)
		}
	}
}

// titleParticiples are participles that news uses as adjectives before a
// title or a noun: "acting Justice Minister", "the outgoing president".
var titleParticiples = map[string]bool{"acting": true, "ruling": true, "governing": true, "outgoing": true,
	"incoming": true, "visiting": true, "sitting": true, "reigning": true, "warring": true, "ailing": true}

// titleParticiple repairs "Opening the hearing, acting Justice Minister
// Muawia Osman told the judges ...", parsed with "acting" a verb taking
// the minister as its object: such a participle right before its only
// object is the noun's adjective, and the noun phrase is the subject of
// the first verb after it that has none. It returns the root.
func titleParticiple(s *Sentence, lo, hi, root int) int {
	for v := lo; v+1 < hi; v++ {
		vt := &s.Tokens[v]
		if vt.XPOS != "VBG" || vt.Dep == "amod" || !inLower(titleParticiples, vt.Text) {
			continue
		}
		n := -1
		for k := v + 1; k < hi && k <= v+6; k++ {
			if s.Tokens[k].Head == v && s.Tokens[k].Dep == "obj" {
				n = k
				break
			}
		}
		if n < 0 || !hasOnlyDep(s, lo, hi, v, n) {
			continue
		}
		for k := v + 1; k < n; k++ {
			if !dominates(s, n, k) {
				n = -1
				break
			}
		}
		if n < 0 {
			continue
		}
		// the first verb after the phrase with no subject of its own
		w := -1
		for k := phraseEnd(s, lo, hi, n) + 1; k < hi; k++ {
			if s.Tokens[k].UPOS == "VERB" {
				if !hasDep(s, lo, hi, k, "nsubj") && !hasDep(s, lo, hi, k, "nsubj:pass") && !dominates(s, n, k) {
					w = k
				}
				break
			}
		}
		saved := snapshot(s, lo, hi)
		nt := &s.Tokens[n]
		if w >= 0 {
			nt.Head, nt.Dep = w, "nsubj"
			if vt.Head < 0 {
				// the participle was the root: the verb is
				s.Tokens[w].Head, s.Tokens[w].Dep = -1, "root"
				root = w
			}
			if v > lo && s.Tokens[v-1].Text == "," && s.Tokens[v-1].Head == v {
				s.Tokens[v-1].Head = w
			}
		} else {
			nt.Head, nt.Dep = vt.Head, vt.Dep
			if vt.Head < 0 {
				root = n
			}
		}
		for k := lo; k < hi; k++ {
			if k != n && s.Tokens[k].Head == v {
				s.Tokens[k].Head = n
			}
		}
		vt.Head, vt.Dep = n, "amod"
		if !wellFormed(s, lo, hi) {
			copy(s.Tokens[lo:hi], saved)
			for k := lo; k < hi; k++ {
				if s.Tokens[k].Head < 0 {
					root = k
				}
			}
		}
	}
	return root
}

// hasOnlyDep reports whether n is the only dependent of v, punctuation aside.
func hasOnlyDep(s *Sentence, lo, hi, v, n int) bool {
	for k := lo; k < hi; k++ {
		if k != n && s.Tokens[k].Head == v && s.Tokens[k].Dep != "punct" {
			return false
		}
	}
	return true
}

// caselessSubject repairs "Santos, who signed the accord ..., accepted the
// result", parsed with the sentence's first noun a phrase of the verb that
// has no subject: a noun opening the sentence, hung on the root verb
// before it with no preposition, and followed by a comma, is its subject.
func caselessSubject(s *Sentence, lo, hi, root int) {
	if root < lo || root >= hi || s.Tokens[root].UPOS != "VERB" || hasDep(s, lo, hi, root, "nsubj") || hasDep(s, lo, hi, root, "nsubj:pass") || hasDep(s, lo, hi, root, "expl") {
		return
	}
	for n := lo; n < root; n++ {
		nt := &s.Tokens[n]
		if nt.Head != root {
			continue
		}
		if (nt.UPOS != "NOUN" && nt.UPOS != "PROPN") || !strings.HasPrefix(nt.Dep, "obl") || hasDep(s, lo, hi, n, "case") {
			return
		}
		for k := lo; k < n; k++ {
			if !dominates(s, n, k) {
				return // not the sentence's opening phrase
			}
		}
		if e := phraseEnd(s, lo, hi, n); e+1 >= hi || s.Tokens[n+1].Text != "," {
			return
		}
		if s.Tokens[n].XPOS == "NNS" && s.Tokens[n].Text != "" && s.Tokens[n].Text[0] >= 'A' && s.Tokens[n].Text[0] <= 'Z' && n == lo {
			s.Tokens[n].XPOS, s.Tokens[n].UPOS = "NNP", "PROPN" // "Santos" is a name
		}
		nt.Dep = "nsubj"
		return
	}
}

// phraseRoot repairs "On Monday the defence secretary again accused
// Beijing", parsed with the prepositional phrase's noun as the root, the
// subject hung on it and the verb as a relative clause of the subject: a
// root with a preposition is no clause, and a past or present verb with
// no subject, hung on a noun hung on that root, is the main verb with
// that noun as its subject. It returns the root.
func phraseRoot(s *Sentence, lo, hi, root int) int {
	if root < lo || root >= hi || (s.Tokens[root].UPOS != "NOUN" && s.Tokens[root].UPOS != "PROPN") || !hasDep(s, lo, hi, root, "case") {
		return root
	}
	for v := root + 1; v < hi; v++ {
		vt := &s.Tokens[v]
		if vt.UPOS != "VERB" || !finite(vt.XPOS) || !strings.HasPrefix(vt.Dep, "acl") {
			continue
		}
		n := vt.Head
		if n <= root || n >= v || s.Tokens[n].Head != root || (s.Tokens[n].UPOS != "NOUN" && s.Tokens[n].UPOS != "PROPN") {
			continue
		}
		if hasDep(s, lo, hi, v, "nsubj") || hasDep(s, lo, hi, v, "nsubj:pass") || hasDep(s, lo, hi, v, "mark") {
			continue
		}
		for k := n + 1; k < v; k++ {
			if t := &s.Tokens[k]; !dominates(s, n, k) && !(t.Head == v && (t.UPOS == "ADV" || t.UPOS == "AUX" || t.Dep == "punct")) {
				return root
			}
		}
		saved := snapshot(s, lo, hi)
		vt.Head, vt.Dep = -1, "root"
		s.Tokens[n].Head, s.Tokens[n].Dep = v, "nsubj"
		s.Tokens[root].Head, s.Tokens[root].Dep = v, "obl"
		for k := lo; k < hi; k++ {
			if t := &s.Tokens[k]; t.Head == root && k > v {
				t.Head = v // the final stop and what followed the verb
			}
		}
		return keepIfWellFormed(s, lo, hi, saved, v, root)
	}
	return root
}

// participleInOpening repairs "In a television interview aired on Monday,
// the minister called the campaign futile", parsed with the participle of
// the opening phrase as the main verb and the real one as its clause: a
// root with no subject, whose noun phrase before it opens with a
// preposition, gives way to a verb with a subject after the comma.
func participleInOpening(s *Sentence, lo, hi, root int) int {
	if root <= lo || root >= hi || s.Tokens[root].UPOS != "VERB" || (s.Tokens[root].XPOS != "VBD" && s.Tokens[root].XPOS != "VBN") ||
		hasDep(s, lo, hi, root, "nsubj") || hasDep(s, lo, hi, root, "nsubj:pass") || hasDep(s, lo, hi, root, "aux") {
		return root
	}
	n := root - 1 // the opening phrase's noun, right before the participle
	if s.Tokens[n].Head != root || !strings.HasPrefix(s.Tokens[n].Dep, "obl") || !hasDep(s, lo, hi, n, "case") || s.Tokens[lo].UPOS != "ADP" {
		return root
	}
	for k := lo; k < n; k++ {
		if !dominates(s, n, k) {
			return root
		}
	}
	comma := nextComma(s, root+1, hi, root+8)
	if comma < 0 {
		return root
	}
	v := -1
	for k := comma + 1; k < hi; k++ {
		if s.Tokens[k].UPOS == "VERB" {
			v = k
			break
		}
	}
	if v < 0 || s.Tokens[v].Head != root || !hasDep(s, lo, hi, v, "nsubj") || !finite(s.Tokens[v].XPOS) {
		return root
	}
	saved := snapshot(s, lo, hi)
	rt, vt := &s.Tokens[root], &s.Tokens[v]
	vt.Head, vt.Dep = -1, "root"
	s.Tokens[n].Head = v
	rt.Head, rt.Dep, rt.XPOS = n, "acl", "VBN"
	for k := comma; k < hi; k++ {
		if t := &s.Tokens[k]; k != v && t.Head == root {
			t.Head = v
		}
	}
	return keepIfWellFormed(s, lo, hi, saved, v, root)
}

// snapshot copies the tokens [lo, hi) so that a repair can be undone.
func snapshot(s *Sentence, lo, hi int) []Token {
	saved := make([]Token, hi-lo)
	copy(saved, s.Tokens[lo:hi])
	return saved
}

// nextComma returns the first comma in [from, hi) no later than last, or -1.
func nextComma(s *Sentence, from, hi, last int) int {
	for i := from; i < hi && i <= last; i++ {
		if s.Tokens[i].Text == "," {
			return i
		}
	}
	return -1
}

// capitalSubject repairs "Albanese said on Wednesday ...", a surname the
// tagger read as an adverb or adjective: capitalised words that alone
// open the sentence, right before a verb of saying that has no subject,
// are its subject, a name.
func capitalSubject(s *Sentence, lo, hi, root int) {
	if root <= lo || root >= hi || root-lo > 3 || s.Tokens[root].UPOS != "VERB" || !inLower(sayingVerbs, s.Tokens[root].Text) {
		return
	}
	if hasDep(s, lo, hi, root, "nsubj") || hasDep(s, lo, hi, root, "nsubj:pass") || hasDep(s, lo, hi, root, "expl") || hasDep(s, lo, hi, root, "csubj") {
		return
	}
	for k := lo; k < root; k++ {
		t := &s.Tokens[k]
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r) || len(t.Text) < 3 || t.UPOS == "PRON" || t.UPOS == "DET" || t.UPOS == "PUNCT" || t.UPOS == "CCONJ" || t.UPOS == "SCONJ" || t.UPOS == "ADP" || t.UPOS == "AUX" {
			return
		}
		if t.UPOS == "ADV" && inLower(sentenceAdverbs, t.Text) {
			return // "Meanwhile", "Later", "Also"
		}
	}
	n := root - 1
	for k := lo; k < n; k++ {
		s.Tokens[k].Head, s.Tokens[k].Dep = n, "flat"
		s.Tokens[k].UPOS, s.Tokens[k].XPOS = "PROPN", "NNP"
	}
	s.Tokens[n].Head, s.Tokens[n].Dep = root, "nsubj"
	s.Tokens[n].UPOS, s.Tokens[n].XPOS = "PROPN", "NNP"
}

// sayingVerbs are the finite verbs of news attribution.
var sayingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"adds": true, "wrote": true, "writes": true, "warned": true, "warns": true, "insisted": true,
	"insists": true, "stressed": true, "noted": true, "announced": true, "announces": true}

// sentenceAdverbs open a sentence before its verb without being its subject.
var sentenceAdverbs = map[string]bool{"meanwhile": true, "later": true, "also": true, "then": true, "now": true,
	"still": true, "separately": true, "earlier": true, "yesterday": true, "today": true, "recently": true,
	"previously": true, "again": true, "instead": true, "however": true, "thus": true, "finally": true,
	"eventually": true, "initially": true, "subsequently": true, "nevertheless": true, "nonetheless": true}

// trailingAttribution repairs "Japan lodged a protest with the North,
// Defence Minister Gen Nakatani said.", parsed with the speaker as a
// conjunct of the last noun: a verb of saying that ends the sentence with
// no subject takes the noun phrase between the last comma and itself.
func trailingAttribution(s *Sentence, lo, hi, root int) {
	if root <= lo+2 || root >= hi || !inLower(sayingVerbs, s.Tokens[root].Text) ||
		hasDep(s, lo, hi, root, "nsubj") || hasDep(s, lo, hi, root, "nsubj:pass") {
		return
	}
	for k := root + 1; k < hi; k++ {
		if s.Tokens[k].UPOS != "PUNCT" {
			return // the verb of saying ends the sentence
		}
	}
	c := -1
	for k := root - 1; k > lo; k-- {
		if s.Tokens[k].Text == "," {
			c = k
			break
		}
		switch s.Tokens[k].UPOS {
		case "PROPN", "NOUN", "ADJ", "DET", "NUM", "PART":
		default:
			return
		}
	}
	h := root - 1
	if c < 0 || h <= c || (s.Tokens[h].UPOS != "PROPN" && s.Tokens[h].UPOS != "NOUN") {
		return
	}
	saved := snapshot(s, lo, hi)
	for k := c + 1; k < h; k++ {
		if t := &s.Tokens[k]; t.Head <= c || t.Head > h {
			t.Head = h
			switch t.UPOS {
			case "DET":
				t.Dep = "det"
			case "ADJ":
				t.Dep = "amod"
			case "PART":
				t.Dep = "case"
			default:
				if t.UPOS == "PROPN" && s.Tokens[h].UPOS == "PROPN" {
					t.Dep = "flat"
				} else {
					t.Dep = "compound"
				}
			}
		}
	}
	s.Tokens[h].Head, s.Tokens[h].Dep = root, "nsubj"
	s.Tokens[c].Head, s.Tokens[c].Dep = root, "punct"
	if !wellFormed(s, lo, hi) {
		copy(s.Tokens[lo:hi], saved)
	}
}

// splitSubject repairs "North Korean leader Kim Jong Un stepped across",
// "Gaza's health ministry said", parsed with two adjacent subjects of one
// verb: with nothing between them but their own words, the first noun
// describes the second (a title, a possessor, a compound).
func splitSubject(s *Sentence, lo, hi int) {
	for v := lo; v < hi; v++ {
		a, b := -1, -1
		for k := lo; k < v; k++ {
			if s.Tokens[k].Head == v && s.Tokens[k].Dep == "nsubj" {
				if a < 0 {
					a = k
				} else if b < 0 {
					b = k
				}
			}
		}
		if a < 0 || b < 0 || phraseEnd(s, lo, hi, b) >= v {
			continue
		}
		ok := true
		for k := a + 1; k < b; k++ {
			t := &s.Tokens[k]
			if t.UPOS == "PUNCT" || t.UPOS == "CCONJ" || t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "ADP" || t.UPOS == "SCONJ" {
				ok = false
				break
			}
		}
		if !ok || (s.Tokens[a].UPOS != "NOUN" && s.Tokens[a].UPOS != "PROPN") || (s.Tokens[b].UPOS != "NOUN" && s.Tokens[b].UPOS != "PROPN") {
			continue
		}
		saved := snapshot(s, lo, hi)
		at := &s.Tokens[a]
		at.Head = b
		switch {
		case hasDep(s, lo, hi, a, "case"):
			at.Dep = "nmod:poss"
		case at.UPOS == "NOUN" && s.Tokens[b].UPOS == "PROPN":
			at.Dep = "nmod:desc"
		default:
			at.Dep = "compound"
		}
		if !wellFormed(s, lo, hi) {
			copy(s.Tokens[lo:hi], saved)
		}
	}
}

// finite reports whether a Penn tag is a finite verb form (past or present).
func finite(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

// finiteAfter reports whether a finite verb or modal after v, up to hi,
// stands outside v's clause: then v is not the sentence's main verb.
func finiteAfter(s *Sentence, v, hi int) bool {
	for i := v + 1; i < hi; i++ {
		if x := s.Tokens[i].XPOS; (finite(x) || x == "MD") && !dominates(s, v, i) {
			return true
		}
	}
	return false
}

// verbAsModifier repairs "..., Milei attacked socialism and called her
// corrupt", parsed with the noun after the verb as the root and the verb,
// subject and all, as its adjective: a past or present verb with a
// subject of its own describes no noun. It takes the noun's place, the
// noun becomes its object, and what hung on the noun before the verb, or
// after it as another clause, hangs on the verb. It returns the root.
func verbAsModifier(s *Sentence, lo, hi, root int) int {
	for v := lo; v < hi; v++ {
		vt := &s.Tokens[v]
		if vt.UPOS != "VERB" || (!finite(vt.XPOS) && vt.XPOS != "VBN") || vt.Dep != "amod" || hasDep(s, lo, hi, v, "aux") {
			continue
		}
		n := vt.Head
		if n <= v || n >= hi || (s.Tokens[n].UPOS != "NOUN" && s.Tokens[n].UPOS != "PROPN") || !hasDep(s, lo, hi, v, "nsubj") {
			continue
		}
		clean := true
		for k := v + 1; k < n; k++ {
			if !dominates(s, n, k) {
				clean = false
				break
			}
		}
		if !clean {
			continue
		}
		saved := snapshot(s, lo, hi)
		if vt.XPOS == "VBN" {
			vt.XPOS = "VBD" // a participle with a subject and no auxiliary is a past tense
		}
		vt.Head, vt.Dep = s.Tokens[n].Head, s.Tokens[n].Dep
		s.Tokens[n].Head, s.Tokens[n].Dep = v, "obj"
		for k := lo; k < hi; k++ {
			t := &s.Tokens[k]
			if t.Head != n || k == v {
				continue
			}
			if k < v || t.UPOS == "VERB" || t.Dep == "advcl" || t.Dep == "parataxis" || (t.Dep == "punct" && k == hi-1) {
				t.Head = v
			}
		}
		if !wellFormed(s, lo, hi) {
			copy(s.Tokens[lo:hi], saved)
			continue
		}
		if vt.Head < 0 {
			root = v
		}
	}
	return root
}

// participleAfterSubject repairs "Amina Mohammed, speaking on Friday at the
// border, urged the authorities ...", parsed with the participle as a
// conjunct of the subject: a participle set off by commas between a
// subject and its verb, with no "and", is the verb's adverbial clause.
func participleAfterSubject(s *Sentence, lo, hi int) {
	for p := lo + 1; p < hi; p++ {
		pt := &s.Tokens[p]
		if pt.UPOS != "VERB" || pt.XPOS != "VBG" || pt.Dep != "conj" || s.Tokens[p-1].Text != "," || hasDep(s, lo, hi, p, "cc") {
			continue
		}
		n := pt.Head
		if n < lo || n >= p || !strings.HasPrefix(s.Tokens[n].Dep, "nsubj") {
			continue
		}
		v := s.Tokens[n].Head
		if v <= p || v >= hi || s.Tokens[v].UPOS != "VERB" || s.Tokens[v-1].Text != "," {
			continue
		}
		clean := true
		for k := p + 1; k < v-1; k++ {
			if !dominates(s, p, k) {
				clean = false
				break
			}
		}
		if !clean {
			continue
		}
		pt.Head, pt.Dep = v, "advcl"
		if c := &s.Tokens[v-1]; c.Head == n {
			c.Head = p // the comma that closes the clause
		}
	}
}

// openingWithClause repairs "On Saturday evening, after polls closed,
// opposition demonstrators broke through the fence", parsed with the
// opening phrase's noun as the root and the main clause as its relative
// clause: a root with a preposition is no clause, and a past or present
// verb hung on it after a comma, with a subject of its own that is no
// relative pronoun, is the main verb. It returns the root.
func openingWithClause(s *Sentence, lo, hi, root int) int {
	if root < lo || root >= hi || (s.Tokens[root].UPOS != "NOUN" && s.Tokens[root].UPOS != "PROPN") || !hasDep(s, lo, hi, root, "case") {
		return root
	}
	for v := root + 1; v < hi; v++ {
		vt := &s.Tokens[v]
		if vt.Head != root || vt.UPOS != "VERB" || !finite(vt.XPOS) || (!strings.HasPrefix(vt.Dep, "acl") && vt.Dep != "parataxis") {
			continue
		}
		subj := -1
		for k := root + 1; k < v; k++ {
			if s.Tokens[k].Head == v && strings.HasPrefix(s.Tokens[k].Dep, "nsubj") {
				subj = k
			}
		}
		if subj < 0 || s.Tokens[subj].UPOS == "PRON" && s.Tokens[subj].XPOS != "PRP" {
			return root // "which", "who", "that": a relative clause after all
		}
		comma := false
		for k := root + 1; k < subj; k++ {
			comma = comma || s.Tokens[k].Text == ","
		}
		if !comma {
			return root
		}
		saved := snapshot(s, lo, hi)
		vt.Head, vt.Dep = -1, "root"
		s.Tokens[root].Head, s.Tokens[root].Dep = v, "obl"
		for k := lo; k < hi; k++ {
			if t := &s.Tokens[k]; t.Head == root && (k > v || t.Dep == "punct" || t.Dep == "advcl") {
				t.Head = v
			}
		}
		return keepIfWellFormed(s, lo, hi, saved, v, root)
	}
	return root
}

// bareRelative repairs "The two countries have long disputed the temples"
// and "The last of the soldiers left in May", parsed with the subject as
// the root and the verb as its relative clause: a relative clause with a
// past or present verb has a relative pronoun or a subject of its own, so
// one with neither is the main clause. (A perfect "have" before a
// participle is its auxiliary.) It returns the root.
func bareRelative(s *Sentence, lo, hi, root int) int {
	if root < lo || root >= hi {
		return root
	}
	if u := s.Tokens[root].UPOS; u != "NOUN" && u != "PROPN" && u != "ADJ" {
		return root
	}
	for v := root + 1; v < hi; v++ {
		vt := &s.Tokens[v]
		if vt.Head != root || vt.Dep != "acl:relcl" || vt.UPOS != "VERB" || !finite(vt.XPOS) {
			continue
		}
		for k := lo; k < hi; k++ {
			if t := &s.Tokens[k]; t.Head == v && (strings.HasPrefix(t.Dep, "nsubj") || t.Dep == "expl" ||
				t.UPOS == "PRON" && t.XPOS != "PRP" && t.XPOS != "PRP$" || t.Dep == "mark") {
				return root
			}
		}
		// every word between the noun and the verb belongs to the noun
		for k := root + 1; k < v; k++ {
			if !dominates(s, root, k) || dominates(s, v, k) {
				return root
			}
		}
		saved := snapshot(s, lo, hi)
		main := v
		if lw := vt.Text; strings.EqualFold(lw, "have") || strings.EqualFold(lw, "has") || strings.EqualFold(lw, "had") {
			p := v + 1
			if p < hi && s.Tokens[p].XPOS == "RB" {
				p++
			}
			if p < hi && s.Tokens[p].XPOS == "VBN" && (s.Tokens[p].Head == v || dominates(s, v, p)) {
				main = p
			}
		}
		mt := &s.Tokens[main]
		mt.Head, mt.Dep = -1, "root"
		if main != v {
			mt.UPOS = "VERB"
			vt.Head, vt.Dep, vt.UPOS = main, "aux", "AUX"
			for k := lo; k < hi; k++ {
				if t := &s.Tokens[k]; k != main && t.Head == v {
					t.Head = main
				}
			}
		}
		s.Tokens[root].Head, s.Tokens[root].Dep = main, "nsubj"
		for k := lo; k < hi; k++ {
			if t := &s.Tokens[k]; t.Head == root && k > main {
				t.Head = main
			}
		}
		return keepIfWellFormed(s, lo, hi, saved, main, root)
	}
	return root
}

// auxForms are the auxiliaries a parenthetical can split from their verb.
var auxForms = map[string]string{"has": "have", "have": "have", "had": "have", "is": "be", "are": "be", "was": "be", "were": "be",
	"did": "do", "does": "do", "do": "do", "will": "md", "would": "md", "could": "md", "can": "md", "may": "md", "might": "md", "should": "md", "must": "md"}

// interruptedAux repairs "Algiers has not, however, cut off gas
// deliveries", an auxiliary parted from its verb by a phrase between
// commas: the treebank has few, and the parser reads the verb as a base
// form heading a clause of its own. The auxiliary and its "not" go to the
// verb, which takes the auxiliary's place in the tree and the form the
// auxiliary asks for. It returns the root.
func interruptedAux(s *Sentence, lo, hi, root int) int {
	for a := lo + 1; a+4 < hi; a++ {
		if u := s.Tokens[a].UPOS; u != "AUX" && u != "VERB" {
			continue
		}
		c1 := a + 1
		if c1 < hi && (strings.EqualFold(s.Tokens[c1].Text, "not") || s.Tokens[c1].Text == "n't") {
			c1++
		}
		if c1 >= hi || s.Tokens[c1].Text != "," {
			continue
		}
		kind, ok := lowerGet(auxForms, s.Tokens[a].Text)
		if !ok {
			continue
		}
		// the parenthetical: a few words with no verb, then the closing comma
		c2 := -1
		for k := c1 + 1; k < hi && k <= c1+5; k++ {
			if s.Tokens[k].Text == "," {
				c2 = k
				break
			}
			if u := s.Tokens[k].UPOS; (u == "VERB" || u == "AUX" || u == "PUNCT") && !strings.EqualFold(s.Tokens[k].Text, "according") {
				break
			}
		}
		if c2 < 0 || c2 == c1+1 || c2+1 >= hi {
			continue
		}
		v := c2 + 1
		vt := &s.Tokens[v]
		if vt.UPOS != "VERB" {
			continue
		}
		switch kind {
		case "have":
			if vt.XPOS != "VBN" && vt.XPOS != "VBD" && vt.XPOS != "VB" {
				continue
			}
		case "be":
			if vt.XPOS != "VBN" && vt.XPOS != "VBG" && vt.XPOS != "VBD" {
				continue
			}
		default:
			if vt.XPOS != "VB" && vt.XPOS != "VBP" {
				continue
			}
		}
		if s.Tokens[a].Head == v && strings.HasPrefix(s.Tokens[a].Dep, "aux") {
			// parsed right but for the "not": "did not, however, expel"
			for k := a + 1; k < c1; k++ {
				s.Tokens[k].Head = v
			}
			continue
		}
		above := dominates(s, a, v)
		r := root
		// the parser may also have made the subject or a word of the
		// parenthetical the root ("Minsk did not, in the end, expel": "end")
		rootBefore := r >= lo && r < v && r != a && (r < a || r > c1 && r < c2)
		if !above && !dominates(s, v, a) && !rootBefore {
			continue
		}
		saved := snapshot(s, lo, hi)
		at := &s.Tokens[a]
		switch {
		case above:
			vt.Head, vt.Dep = at.Head, at.Dep
			if at.Head < 0 {
				root = v
			}
		case rootBefore:
			rt := &s.Tokens[r]
			vt.Head, vt.Dep = -1, "root"
			root = v
			inner := r > c1 && r < c2
			for k := lo; k < hi; k++ {
				if k != v && s.Tokens[k].Head == r && (!inner || k < c1 || k > c2) && (inner || k > a) {
					s.Tokens[k].Head = v
				}
			}
			switch {
			case !inner:
				rt.Head, rt.Dep = v, "nsubj"
			case rt.UPOS == "NOUN" || rt.UPOS == "PROPN" || rt.UPOS == "NUM" || rt.UPOS == "PRON":
				rt.Head, rt.Dep = v, "obl"
			default:
				rt.Head, rt.Dep = v, "advmod"
			}
		}
		for k := lo; k < hi; k++ {
			if k != v && s.Tokens[k].Head == a {
				s.Tokens[k].Head = v
			}
		}
		at.Head, at.Dep = v, "aux"
		switch kind {
		case "have":
			vt.XPOS = "VBN"
		case "be":
			if vt.XPOS == "VBD" {
				vt.XPOS = "VBN"
			}
			if vt.XPOS == "VBN" {
				at.Dep = "aux:pass"
				for k := lo; k < hi; k++ {
					if s.Tokens[k].Head == v && s.Tokens[k].Dep == "nsubj" {
						s.Tokens[k].Dep = "nsubj:pass"
					}
				}
			}
		default:
			vt.XPOS = "VB"
		}
		for k := a + 1; k < c1; k++ {
			s.Tokens[k].Head, s.Tokens[k].Dep = v, "advmod"
		}
		if !wellFormed(s, lo, hi) {
			copy(s.Tokens[lo:hi], saved)
			root = r
		}
	}
	return root
}
