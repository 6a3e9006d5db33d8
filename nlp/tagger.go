package nlp

import (
	"math/rand/v2"
	"strings"
)

// The tagger is a greedy left-to-right averaged perceptron over one joint
// class per (UPOS, XPOS) pair seen in training, so the two tags always agree.

const (
	noWord  = 0x1234567
	rootTag = 1<<16 - 2
	noTag   = 1<<16 - 1
)

// tagStarts gives the first two features of tagFeats, the bias and the
// word's flags, for each value of the flags (see flagIndex).
func tagStarts() [][]uint64 {
	var sets [][]uint64
	for i := uint64(0); i < 8; i++ {
		sets = append(sets, []uint64{feat1(0, 0), feat3(28, i>>2, i>>1&1, i&1)})
	}
	return sets
}

func flagIndex(w *wordInfo) int {
	return boolInt(w.upper)<<2 | boolInt(w.hyph)<<1 | boolInt(w.digit)
}

var noInfo = wordInfo{raw: noWord, low: noWord, pre: [3]uint64{noWord, noWord, noWord},
	suf: [4]uint64{noWord, noWord, noWord, noWord}, shape: noWord}

type tagClass struct{ upos, xpos string }

// tagFeats appends the features for tagging word i given the tags already
// chosen for words before it.
func tagFeats(buf []uint64, ws []wordInfo, tags []int32, i int) []uint64 {
	w := &ws[i]
	at := func(j int) *wordInfo {
		if j < 0 || j >= len(ws) {
			return &noInfo
		}
		return &ws[j]
	}
	tg := func(j int) uint64 {
		if j < 0 {
			return noTag
		}
		return uint64(tags[j])
	}
	p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
	t1, t2 := tg(i-1), tg(i-2)
	first := boolU(i == 0)
	buf = append(buf,
		feat1(0, 0),
		feat3(28, boolU(w.upper), boolU(w.hyph), boolU(w.digit)),
		feat1(1, w.low),
		feat1(2, w.raw),
		feat1(3, w.suf[0]), feat1(4, w.suf[1]), feat1(5, w.suf[2]), feat1(6, w.suf[3]),
		feat1(7, w.pre[0]), feat1(8, w.pre[1]), feat1(9, w.pre[2]),
		feat1(10, w.shape),
		feat1(11, p1.low), feat1(12, p2.low), feat1(13, n1.low), feat1(14, n2.low),
		feat1(15, t1), feat2(16, t1, t2), feat2(17, t1, w.low),
		feat1(18, p1.suf[2]), feat1(19, n1.suf[2]), feat1(20, n1.shape), feat1(21, p1.shape),
		feat2(22, p1.low, w.low), feat2(23, w.low, n1.low),
		feat2(24, first, w.shape), feat2(25, t1, w.suf[2]),
		feat2(26, n1.low, n2.low), feat2(27, p1.low, n1.low),
		feat2(29, first, w.low), feat2(30, t1, n1.low),
		feat1(31, n1.suf[1]), feat1(32, p1.raw), feat1(33, n1.raw),
		feat1(34, w.amb), feat1(35, n1.amb), feat1(36, n2.amb), feat2(37, t1, w.amb),
		feat2(38, w.amb, n1.amb), feat3(39, t1, w.amb, n1.amb), feat2(40, w.amb, w.suf[2]),
		feat2(41, p1.amb, w.amb),
	)
	return buf
}

type tagTrainer struct {
	classes []tagClass
	index   map[tagClass]int
	lex     *lexicon
	p       *trainer
}

func newTagTrainer(train []Sentence) *tagTrainer {
	tt := &tagTrainer{index: map[tagClass]int{}}
	for _, s := range train {
		for _, t := range s.Tokens {
			c := tagClass{t.UPOS, t.XPOS}
			if _, ok := tt.index[c]; !ok {
				tt.index[c] = len(tt.classes)
				tt.classes = append(tt.classes, c)
			}
		}
	}
	tt.p = newTrainer(len(tt.classes))
	tt.lex = buildLexicon(train, tt.index)
	return tt
}

// train runs epochs of greedy perceptron training, visiting sentences in a
// seeded random order.
func (tt *tagTrainer) train(train []Sentence, epochs int, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 7))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var ws []wordInfo
	var tags []int32
	var feats []uint64
	scores := make([]float32, len(tt.classes))
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &train[si]
			ws = describeAll(ws[:0], s)
			tt.lex.fill(ws)
			tags = tags[:0]
			for i := range s.Tokens {
				feats = tagFeats(feats[:0], ws, tags, i)
				tt.p.tick()
				tt.p.score(feats, scores)
				pred := argmaxF(scores)
				gold := tt.index[tagClass{s.Tokens[i].UPOS, s.Tokens[i].XPOS}]
				tt.p.update(feats, gold, pred)
				tags = append(tags, int32(pred))
			}
		}
	}
}

func describeAll(ws []wordInfo, s *Sentence) []wordInfo {
	for i := range s.Tokens {
		ws = append(ws, wordInfo{})
		describe(s.Tokens[i].Text, &ws[len(ws)-1])
	}
	return ws
}

func argmaxF(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

func argmaxI(s []int32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// tagger is the trained, packed tagger.
type tagger struct {
	classes []tagClass
	lex     *lexicon
	sure    *lexicon // frequent words that (nearly) always take one tag: class+1; may be nil
	t       *table

	verb []bool // classes whose UPOS is VERB
	noun []bool // the singular noun and name classes (NN, NNP)
	nnp  int32  // the PROPN/NNP class, -1 if none
	vb   int32  // the VERB/VB class, -1 if none
	jj   int32  // the ADJ/JJ class, -1 if none
	vbd  int32  // the VERB/VBD class, -1 if none
	vbz  int32  // the VERB/VBZ class, -1 if none
	nns  int32  // the NOUN/NNS class, -1 if none
	vbp  int32  // the VERB/VBP class, -1 if none
	vbn  int32  // the VERB/VBN class, -1 if none
	prpS int32  // the PRON/PRP$ class, -1 if none
	rb   int32  // the ADV/RB class, -1 if none
}

// objectStart holds the lower-cased hashes of words that open a verb's
// object: determiners and object pronouns.
var objectStart = hashSet("the a an this that these those my your our his her its their it them me us him all some any every no each both")

// determiners holds the lower-cased hashes of the articles, demonstratives
// and possessives that open a noun phrase.
var determiners = hashSet("the a an this these those my your our his her its their 's '")

// causeForms holds the lower-cased hashes of the forms of help and let,
// which take an object and a bare infinitive ("helped Pyongyang dodge
// sanctions"); objPronouns the object pronouns that can stand between.
// Make is left out: "made him chairman" takes a noun there.
var causeForms, objPronouns = hashSet("help helps helped helping let lets letting"),
	hashSet("me us him her them")

func hashSet(words string) map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(words) {
		var wi wordInfo
		describe(w, &wi)
		m[wi.low] = true
	}
	return m
}

// sufS is the one-letter suffix hash of "-s".
var sufS = func() uint64 {
	var a wordInfo
	describe("roads", &a)
	return a.suf[0]
}()

// sufLY is the two-letter suffix hash of "-ly".
var sufLY = func() uint64 {
	var a wordInfo
	describe("formally", &a)
	return a.suf[1]
}()

// sufING and sufED are the suffix hashes of "-ing" (three letters) and
// "-ed" (two).
var sufING, sufED = func() (uint64, uint64) {
	var a, b wordInfo
	describe("going", &a)
	describe("moved", &b)
	return a.suf[2], b.suf[1]
}()

// prepare indexes the classes the repair rules in tag need.
func (tg *tagger) prepare() {
	tg.verb = make([]bool, len(tg.classes))
	tg.noun = make([]bool, len(tg.classes))
	for i, c := range tg.classes {
		tg.verb[i] = c.upos == "VERB"
		tg.noun[i] = c.xpos == "NN" || c.xpos == "NNP"
	}
	tg.nnp, tg.vb, tg.jj = tg.class("PROPN", "NNP"), tg.class("VERB", "VB"), tg.class("ADJ", "JJ")
	tg.vbd, tg.vbz, tg.nns = tg.class("VERB", "VBD"), tg.class("VERB", "VBZ"), tg.class("NOUN", "NNS")
	tg.vbp, tg.vbn, tg.prpS = tg.class("VERB", "VBP"), tg.class("VERB", "VBN"), tg.class("PRON", "PRP$")
	tg.rb = tg.class("ADV", "RB")
}

// class returns the index of the (upos, xpos) class, -1 if there is none.
func (tg *tagger) class(upos, xpos string) int32 {
	for i, c := range tg.classes {
		if c.upos == upos && c.xpos == xpos {
			return int32(i)
		}
	}
	return -1
}

// tag fills tags for the words ws, using feats and scores as scratch.
func (tg *tagger) tag(ws []wordInfo, tags []int32, feats []uint64, scores []int32) ([]int32, []uint64) {
	tags = tags[:0]
	tg.lex.fill(ws)
	starts := tg.t.startRows(tagStarts)
	for i := range ws {
		if tg.sure != nil {
			if c := tg.sure.class(ws[i].low); c != 0 {
				tags = append(tags, int32(c-1))
				continue
			}
		}
		feats = tagFeats(feats[:0], ws, tags, i)
		copy(scores, starts[flagIndex(&ws[i])])
		tg.t.score(feats[2:], scores)
		c := int32(argmaxI(scores))
		// A capitalised word the lexicon never saw is a name, whatever its
		// ending says: "Pyongyang on Tuesday blew up roads" is no -ing
		// verb. Training text has few foreign names; news is full of them.
		// At the start of a sentence it may be a rare verb, capitalised only
		// for its place ("Brokering a deal, ...", "Reheat the soup"): there
		// it must not end in -ing or -ed nor be followed by an object's
		// first word. "Pyongyang" and "Chongqing" still become names.
		if ws[i].upper && ws[i].amb == 0 && tg.nnp >= 0 && int(c) < len(tg.verb) && tg.verb[c] &&
			(i > 0 || (ws[i].suf[2] != sufING && ws[i].suf[1] != sufED &&
				(i+1 >= len(ws) || !objectStart[ws[i+1].low]))) {
			c = tg.nnp
		}
		// Nor is one an adverb unless it ends in -ly: "Bukele spoke as
		// Trump received him", "Albanese said".
		if ws[i].upper && ws[i].amb == 0 && tg.nnp >= 0 && c == tg.rb && ws[i].suf[1] != sufLY {
			c = tg.nnp
		}
		// "helped Pyongyang dodge sanctions", "let them sell oil": after
		// help or let and a name or object pronoun, a lower-case
		// singular word is the object's action in the bare infinitive, not
		// a noun. Web text has few such clauses, so the tagger takes a
		// rare verb there for part of the name.
		if !ws[i].upper && int(c) < len(tg.noun) && tg.noun[c] && tg.vb >= 0 &&
			ws[i].suf[0] != sufS && i+1 < len(ws) && tg.causedAction(ws, tags, i) {
			c = tg.vb
		}
		// "hours after neighbouring Estonia expelled the envoy": a
		// participle that only describes a name after it is an adjective.
		// The treebank tags such words VERB, and its few examples never
		// precede a name, so the parser made "neighbouring" a verb taking
		// "Estonia" as its object.
		if tg.jj >= 0 && i+1 < len(ws) && ws[i+1].upper && describingParticiples[ws[i].low] {
			c = tg.jj
		}
		// "Japan's foreign minister travels to Seoul on Thursday": a news
		// verb in -s after the noun that ends a subject, before what
		// follows a verb (a preposition, a determiner, a name), is the
		// verb, not a plural in a compound.
		// So is one after a name and an adverb ("Armenia still hosts a
		// base"), or before another name ("Kyiv regards Russian energy
		// sites as targets").
		if p := i - 1; tg.vbz >= 0 && p >= 0 && i+1 < len(ws) && c == tg.nns && !ws[i].upper && (newsPresents[ws[i].low] || namePresents[ws[i].low]) {
			if p > 0 && presentAdverbs[ws[p].low] {
				p--
			}
			if int(tags[p]) < len(tg.noun) && tg.noun[tags[p]] && (verbFollowers[ws[i+1].low] || ws[i+1].upper && tags[p] == tg.nnp) &&
				(newsPresents[ws[i].low] || tags[p] == tg.nnp) {
				c = tg.vbz
			}
		}
		// "al-Burhan, speaking in front of burning tanks, vowed
		// retribution": past tenses of verbs the news uses far more than
		// web text are no adjectives or nouns after a word that is not a
		// determiner.
		if tg.vbd >= 0 && newsPasts[ws[i].low] && !ws[i].upper && int(c) < len(tg.verb) && !tg.verb[c] && (i == 0 || !objectStart[ws[i-1].low]) {
			c = tg.vbd
		}
		// "along their disputed frontier": after an article or a possessive
		// a word in -ed describes the noun; it is no past tense.
		if c == tg.vbd && tg.vbn >= 0 && i > 0 && ws[i].suf[1] == sufED && determiners[ws[i-1].low] {
			c = tg.vbn
		}
		// "Beijing, which shares a long border with Vietnam", "who leads
		// the party": after a relative pronoun (a "which" that follows a
		// comma, or "who") a lower-case word in -s is the clause's verb.
		// (A "which" with no comma may ask: "unclear which countries".)
		if tg.vbz >= 0 && i > 0 && c == tg.nns && !ws[i].upper && ws[i].suf[0] == sufS &&
			(ws[i-1].low == lowWho || ws[i-1].low == lowWhich && i > 1 && ws[i-2].low == lowComma) {
			c = tg.vbz
		}
		// "a 1992 law that bars most aid": after a noun and "that", a
		// word in -s before what opens an object is the relative clause's
		// verb ("that" cannot determine a plural).
		if tg.vbz >= 0 && i > 1 && i+1 < len(ws) && c == tg.nns && !ws[i].upper && ws[i].suf[0] == sufS && ws[i-1].low == lowThat &&
			int(tags[i-2]) < len(tg.noun) && tg.noun[tags[i-2]] && (verbFollowers[ws[i+1].low] || quantityWords[ws[i+1].low]) {
			c = tg.vbz
		}
		// "Ukrainian drones struck a refinery": a word in -s after a
		// capitalised adjective or name and before a past tense is the
		// plural subject, not a verb.
		if tg.nns >= 0 && c == tg.vbz && i > 0 && i+1 < len(ws) && !ws[i].upper && ws[i].suf[0] == sufS && ws[i-1].upper &&
			(tags[i-1] == tg.jj || tags[i-1] == tg.nnp) && (newsPasts[ws[i+1].low] || ws[i+1].suf[1] == sufED) {
			c = tg.nns
		}
		// "the Russian charge d'affaires": the diplomat's title, which
		// the treebank never shows, ends in a plural noun, not a verb.
		if tg.nns >= 0 && fixedPlurals[ws[i].low] {
			c = tg.nns
		}
		tags = append(tags, c)
	}
	return tags, feats
}

// lowWho, lowWhich and lowComma are the word hashes of "who", "which" and ",".
var lowWho, lowWhich, lowComma, lowThat = lowHash("who"), lowHash("which"), lowHash(","), lowHash("that")

// quantityWords open a noun phrase: "bars most aid", "seeks more funds".
var quantityWords = hashSet("most more all any some no every each both several many")

func lowHash(w string) uint64 {
	var wi wordInfo
	describe(w, &wi)
	return wi.low
}

// fixedPlurals are plural nouns of set phrases the treebank lacks.
var fixedPlurals = hashSet("d'affaires d’affaires")

// describingParticiples are -ing words that, before a name, describe it:
// "neighbouring Estonia", "the ruling Georgian Dream party", "warring Sudanese
// factions", "outgoing President Biden".
// newsPresents are third-person forms of news verbs that also read as
// plural nouns; verbFollowers are words that open what follows a verb.
var newsPresents = hashSet("visits travels flies meets arrives heads returns calls urges warns accuses hosts holds signs vows pledges plans seeks rejects condemns says tells")

// namePresents are verbs in -s that are also common plurals ("bank
// accounts"): verbs only after a name ("China accounts for").
var namePresents = hashSet("accounts regards shares borders backs controls relies remains considers opposes supports denies blames")

// presentAdverbs stand between a subject and its verb: "still hosts".
var presentAdverbs = hashSet("still also now already long again currently repeatedly reportedly firmly strongly")
var verbFollowers = hashSet("to for with the a an on in at from his her its their that this")

// newsPasts are past forms of news verbs the treebank rarely shows.
var newsPasts = hashSet("vowed pledged vetoed rebuffed spurned decried lambasted denounced condemned urged reiterated reaffirmed " +
	"fought sought waged stormed shelled struck initialled initialed froze fled swore shook sank overthrew undertook upheld withheld forbade tore withdrew overtook stole arose")

var describingParticiples = hashSet("neighbouring neighboring ruling warring outgoing incoming opposing governing bordering")

// causedAction reports whether word i follows help or let and their
// object: one or more names, or an object pronoun.
func (tg *tagger) causedAction(ws []wordInfo, tags []int32, i int) bool {
	j := i - 1
	if j >= 0 && objPronouns[ws[j].low] {
		j--
	} else {
		for j >= 0 && tags[j] == tg.nnp {
			j--
		}
		if j == i-1 {
			return false
		}
	}
	return j >= 0 && causeForms[ws[j].low]
}
