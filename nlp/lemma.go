package nlp

import (
	_ "embed"
	"fmt"
	"strings"
)

// Lemma returns the lower-cased dictionary form of word given its tags:
// "signed"/VBD -> "sign", "talks"/NNS -> "talk", "was"/VBD -> "be",
// "Kim"/NNP -> "kim". Regular inflection is undone by rules chosen by the
// Penn tag (VBD, VBN, VBG, VBZ, NNS, NNPS, JJR, JJS, RBR, RBS); forms the rules
// get wrong come from an exception table learned from UD English EWT
// (data/lemma_exceptions.tsv, rebuilt by TrainLemmaExceptions). upos is
// used only when xpos is empty.
//
// When word is already lower case and is its own lemma the result is word
// itself, with no allocation.
func Lemma(word, upos, xpos string) string {
	w := strings.ToLower(word) // returns word itself when nothing changes
	if strings.Contains(w, "\u2019") {
		w = strings.ReplaceAll(w, "\u2019", "'") // curly clitics: "n’t" -> "n't" -> "not"
	}
	if xpos == "" {
		xpos = defaultXPOS(upos)
	}
	if es, ok := lemmaExceptions[w]; ok {
		for _, e := range es {
			if e.xpos == xpos {
				return e.lemma
			}
		}
		// An irregular past form the treebank shows only as participle
		// ("had fought") is the same word as a past tense ("fought on
		// Thursday"), and the other way round.
		for _, alt := range pastTwins(xpos) {
			for _, e := range es {
				if e.xpos == alt {
					return e.lemma
				}
			}
		}
	}
	if l, ok := irregularVerbs[w]; ok && strings.HasPrefix(xpos, "VB") {
		return l
	}
	return ruleLemma(w, xpos)
}

// irregularVerbs are past forms and participles of verbs the news uses
// that the treebank never shows ("froze", "fled", "overthrew"): written by
// hand, since no rule undoes them. Only forms that are no base form of any
// verb are listed, so a tag of VB or VBP on one is a mistake.
var irregularVerbs = func() map[string]string {
	m := map[string]string{}
	for _, row := range strings.Fields(`freeze:froze,frozen flee:fled swear:swore,sworn shake:shook,shaken
		sink:sank,sunk overthrow:overthrew,overthrown undertake:undertook,undertaken uphold:upheld
		withhold:withheld forbid:forbade,forbidden stride:strode tear:tore,torn dig:dug speed:sped
		shrink:shrank,shrunk sting:stung swing:swung weave:wove,woven kneel:knelt leap:leapt
		forgive:forgave,forgiven rewrite:rewrote,rewritten rebuild:rebuilt override:overrode,overridden
		slide:slid bleed:bled breed:bred cling:clung fling:flung feed:fed lend:lent bend:bent
		forsake:forsook,forsaken withdraw:withdrew,withdrawn overtake:overtook,overtaken
		mistake:mistook,mistaken foresee:foresaw,foreseen outdo:outdid,outdone stink:stank,stunk
		spin:spun sweep:swept seek:sought fight:fought strike:struck,stricken steal:stole,stolen
		arise:arose,arisen awake:awoke,awoken shoot:shot hide:hid,hidden bite:bit,bitten
		slay:slew,slain tread:trod,trodden`) {
		base, forms, _ := strings.Cut(row, ":")
		for _, f := range strings.Split(forms, ",") {
			m[f] = base
		}
	}
	return m
}()

// pastTwins names the tags whose exceptions also hold for xpos. A present
// form the tagger gives an irregular past ("jets shot down", "they
// fought", read as VBP after a plural) is the past.
func pastTwins(xpos string) []string {
	switch xpos {
	case "VBD":
		return []string{"VBN"}
	case "VBN":
		return []string{"VBD"}
	case "VBP":
		return []string{"VBD", "VBN"}
	}
	return nil
}

// defaultXPOS maps a UPOS tag to the Penn tag whose rules suit it best when
// no Penn tag is known: uninflected forms, so only the table applies.
func defaultXPOS(upos string) string {
	switch upos {
	case "NOUN":
		return "NN"
	case "PROPN":
		return "NNP"
	case "VERB", "AUX":
		return "VB"
	case "ADJ":
		return "JJ"
	case "ADV":
		return "RB"
	}
	return upos
}

// ruleLemma undoes regular English inflection of the lower-case word w.
func ruleLemma(w, xpos string) string {
	switch xpos {
	case "NNS", "NNPS":
		return nounSingular(w)
	case "VBZ":
		return verbThirdPerson(w)
	case "VBD", "VBN":
		return verbPast(w)
	case "VBG":
		return verbGerund(w)
	case "JJR", "RBR":
		return comparative(w, "er")
	case "JJS", "RBS":
		return comparative(w, "est")
	}
	return w
}

func nounSingular(w string) string {
	n := len(w)
	switch {
	case n < 3:
		return w
	case strings.HasSuffix(w, "men") && n > 4:
		return w[:n-3] + "man" // "women", "congressmen"
	case w[n-1] != 's':
		return w
	case isDigit(w[n-2]):
		return w // "1990s": EWT keeps decades whole
	case w[n-2] == '\'':
		if isDigit(w[n-3]) {
			return w[:n-2] + "s" // "80's" -> "80s"
		}
		return w[:n-2] // "ngo's" tagged as a plural
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "yses"):
		return w[:n-2] + "is" // "analyses"
	case strings.HasSuffix(w, "lves"):
		return w[:n-3] + "f" // "wolves", "shelves"
	case w == "lives" || strings.HasSuffix(w, "wives") || strings.HasSuffix(w, "knives"):
		return w[:n-3] + "fe"
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case hasSibilantES(w) || (strings.HasSuffix(w, "oes") && n > 5):
		return w[:n-2]
	}
	return w[:n-1]
}

// hasSibilantES reports whether w ends in -es after a sibilant ("classes",
// "churches", "boxes"), where the whole -es is the suffix.
func hasSibilantES(w string) bool {
	for _, s := range [...]string{"sses", "shes", "ches", "xes", "zzes"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func verbThirdPerson(w string) string {
	n := len(w)
	switch {
	case n < 3 || w[n-1] != 's' || strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case hasSibilantES(w) || strings.HasSuffix(w, "oes"):
		return w[:n-2]
	}
	return w[:n-1]
}

func verbPast(w string) string {
	n := len(w)
	switch {
	case n < 4 || !strings.HasSuffix(w, "ed"):
		return w // irregular forms come from the table
	case strings.HasSuffix(w, "ied"):
		if n <= 4 {
			return w[:n-1] // "died", "lied"
		}
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "eed"):
		return w[:n-1] // "agreed", "freed"
	}
	return restoreStem(w[:n-2], true)
}

func verbGerund(w string) string {
	n := len(w)
	if n < 5 || !strings.HasSuffix(w, "ing") {
		return w
	}
	stem := w[:n-3]
	if len(stem) == 2 && stem[1] == 'y' {
		return stem[:1] + "ie" // "lying", "dying"
	}
	if strings.HasSuffix(stem, "ee") || strings.HasSuffix(stem, "oe") {
		return stem // "seeing", "agreeing", "canoeing"
	}
	return restoreStem(stem, true)
}

func comparative(w, suffix string) string {
	n := len(w)
	if n <= len(suffix)+2 || !strings.HasSuffix(w, suffix) {
		return w
	}
	stem := w[:n-len(suffix)]
	if stem[len(stem)-1] == 'i' {
		return stem[:len(stem)-1] + "y" // "happier", "earliest"
	}
	return restoreStem(stem, false)
}

// restoreStem turns what is left after removing -ed, -ing, -er or -est into
// the base form: undoubling a final consonant ("stopp" -> "stop",
// "travell" -> "travel") or adding back a silent e ("mak" -> "make",
// "creat" -> "create"). verb is false for comparatives.
func restoreStem(s string, verb bool) string {
	n := len(s)
	if n < 2 {
		return s
	}
	last, prev := s[n-1], s[n-2]
	if last == prev && n >= 3 {
		if strings.IndexByte("bdgmnprt", last) >= 0 {
			return s[:n-1]
		}
		// British -ll- after an unstressed vowel: "travell", "controll";
		// others the vowel rule cannot tell from "install" or "enthrall".
		if verb && last == 'l' && ((s[n-3] == 'e' || s[n-3] == 'o') && vowelGroups(s) >= 2 || britishLL[s]) {
			return s[:n-1]
		}
	}
	if verb && n >= 5 && strings.HasSuffix(s, "ick") && vowelGroups(s) >= 2 {
		return s[:n-1] // "panick", "traffick"
	}
	if needsE(s, verb) {
		return s + "e"
	}
	return s
}

// britishLL are British stems with a doubled l that the vowel rule misses:
// "signalled", "initialled", "fuelled", "annulled".
var britishLL = map[string]bool{"signall": true, "initiall": true, "fuell": true, "annull": true, "totall": true,
	"equall": true, "diall": true, "triall": true, "duell": true, "pencill": true, "marshall": true}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// vowelGroups counts runs of vowels (y counted after a consonant), treating
// the u of "qu" and "gu" before a vowel as a consonant.
func vowelGroups(s string) int {
	groups := 0
	in := false
	for i := 0; i < len(s); i++ {
		v := isVowelAt(s, i) || (s[i] == 'y' && i > 0 && !isVowelAt(s, i-1))
		if v && !in {
			groups++
		}
		in = v
	}
	return groups
}

// isVowelAt reports whether s[i] is a vowel letter sounding as a vowel.
func isVowelAt(s string, i int) bool {
	c := s[i]
	if !isVowel(c) {
		return false
	}
	if c == 'u' && i > 0 && (s[i-1] == 'q' || s[i-1] == 'g') && i+1 < len(s) && isVowel(s[i+1]) {
		return false // "quot", "guid"
	}
	return true
}

// needsE guesses whether a stem lost a silent final e before a suffix.
func needsE(s string, verb bool) bool {
	n := len(s)
	last, prev := s[n-1], s[n-2]
	switch last {
	case 'v', 'c', 'u':
		return true // "liv", "forc", "continu"
	case 'z':
		return prev != 'z' // "realiz"
	case 's':
		if prev == 's' {
			return false
		}
		if prev == 'u' {
			return n < 3 || s[n-3] != 'c' // "us", "accus", but "focus"
		}
		if prev == 'y' {
			return true // "analys"
		}
		return isVowel(prev) || strings.IndexByte("nrpl", prev) >= 0 // "caus", "sens", "collaps"
	case 'g':
		switch prev {
		case 'd', 'r', 'l':
			return true // "judg", "charg", "indulg"
		case 'n':
			return n >= 3 && (s[n-3] == 'a' || s[n-3] == 'e') // "chang", "challeng"
		}
		if isVowelAt(s, n-2) && (n < 3 || !isVowelAt(s, n-3)) {
			return true // "manag", "engag", "oblig"
		}
		return false
	case 'l':
		if !isVowel(prev) {
			return strings.IndexByte("lrwn", prev) < 0 // "settl", "handl"
		}
	case 'h':
		// "breath", "sooth", "bath" as verbs.
		return verb && prev == 't' && n >= 3 && isVowel(s[n-3])
	}
	if last == 'w' || last == 'x' || last == 'y' || isVowel(last) {
		return false
	}
	if strings.HasSuffix(s, "iat") || strings.HasSuffix(s, "uat") || strings.HasSuffix(s, "creat") {
		return true // "negotiat", "evacuat", "creat"
	}
	// Otherwise only a single vowel before the final consonant qualifies.
	if !isVowelAt(s, n-2) || (n >= 3 && isVowelAt(s, n-3)) {
		return false
	}
	if vowelGroups(s) == 1 {
		return true // "mak", "nam", "vot"
	}
	switch prev {
	case 'a':
		return strings.IndexByte("tdkmpr", last) >= 0 // "creat", "trad", "nicknam", "escap", "declar"
	case 'i':
		return strings.IndexByte("rdnblk", last) >= 0 || strings.HasSuffix(s, "vit") || strings.HasSuffix(s, "nit") ||
			(strings.HasSuffix(s, "cit") && !strings.HasSuffix(s, "licit")) // "requir", "decid", "compil", "invit"
	case 'u':
		return strings.IndexByte("trdlm", last) >= 0 // "execut", "secur", "includ", "schedul", "assum"
	case 'o':
		return strings.IndexByte("tdk", last) >= 0 || strings.HasSuffix(s, "com") || strings.HasSuffix(s, "pon") // "promot", "explod", "welcom", "postpon"
	case 'e':
		return strings.HasSuffix(s, "let") || strings.HasSuffix(s, "ven") // "complet", "interven"
	}
	return false
}

// lemmaEntry is one exception: the lemma of a form under one Penn tag.
type lemmaEntry struct{ xpos, lemma string }

//go:embed data/lemma_exceptions.tsv
var lemmaExceptionData string

// lemmaExceptions maps a lower-case form to its exceptional lemmas by tag.
var lemmaExceptions = mustParseLemmaExceptions(lemmaExceptionData)

func mustParseLemmaExceptions(data string) map[string][]lemmaEntry {
	m, err := parseLemmaExceptions(data)
	if err != nil {
		panic(err) // the embedded table is part of the source; tests cover it
	}
	return m
}

// parseLemmaExceptions reads the FORM<TAB>XPOS<TAB>LEMMA[<TAB>COUNT] lines
// written by TrainLemmaExceptions.
func parseLemmaExceptions(data string) (map[string][]lemmaEntry, error) {
	m := make(map[string][]lemmaEntry)
	for n, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || f[0] == "" || f[1] == "" || f[2] == "" {
			return nil, fmt.Errorf("lemma exceptions line %d: want FORM<TAB>XPOS<TAB>LEMMA, got %q", n+1, line)
		}
		m[f[0]] = append(m[f[0]], lemmaEntry{xpos: f[1], lemma: f[2]})
	}
	return m, nil
}
