package place

import (
	"strings"

	"github.com/dyadproject/dyad/nlp"
)

// Mention is a place a sentence gives as a location.
type Mention struct {
	Start, End int // token span [Start, End) of the place name
	Head       int // the name's head token: its last word, or its root in the parse
	Place
}

// locatives introduce a location. "on" only counts before places that are not
// settlements or countries ("on the Korean Peninsula", "on Yeonpyeong Island"):
// "on Ukraine" is a topic, not a place.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "across": true, "along": true,
	"off": true, "inside": true, "on": true, "throughout": true, "around": true, "within": true,
	"into": true, "nearby": false,
}

// modifiers may stand between the preposition and the name: "in eastern
// Ukraine", "in the Russian-occupied city of Melitopol".
var modifiers = map[string]bool{
	"the": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north": true, "south": true, "east": true, "west": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north-eastern": true, "north-western": true,
	"south-eastern": true, "south-western": true, "occupied": true, "besieged": true, "embattled": true,
	"disputed": true, "restive": true, "war-torn": true, "neighbouring": true, "neighboring": true,
	"nearby": true, "frontline": true, "front-line": true, "annexed": true, "coastal": true,
	"southernmost": true, "northernmost": true, "capital": true, "border": true, "port": true,
	"strategic": true, "key": true, "devastated": true, "ruined": true, "largest": true, "second-largest": true,
	"far": true, "remote": true, "mountainous": true, "rebel-held": true, "russian-held": true,
	"russian-occupied": true, "israeli-occupied": true, "ukrainian-held": true, "kurdish-held": true,
	"seaside": true, "truce": true, "fishing": true, "mining": true, "holy": true, "ancient": true, "resort": true, "industrial": true, "eastern-most": true, "a": true, "an": true,
	"'s": true,
}

// placeNouns name the kind of place before "of": "the city of Kharkiv".
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "port": true, "capital": true, "region": true,
	"province": true, "district": true, "area": true, "state": true, "island": true, "islands": true,
	"enclave": true, "territory": true, "hamlet": true, "settlement": true, "camp": true, "oblast": true,
	"county": true, "suburb": true, "municipality": true, "resort": true, "outskirts": true, "centre": true,
	"center": true, "heart": true, "streets": true, "suburbs": true, "country": true, "kingdom": true,
	"republic": true, "peninsula": true, "coast": true, "waters": true, "governorate": true, "prefecture": true,
}

// Find returns the places s gives as locations: names after a locative
// preposition, possibly through modifiers and "the city of" ("in the southern
// city of Kharkiv"), and names coordinated with them ("in Seoul and Tokyo").
//
// "at the border" names no place and gives nothing; "the border with
// Ukraine" and "the Ukraine border" give the named country as a border place
// (Kind "border", no coordinates), since only the country is clear.
func (g *Gazetteer) Find(s *nlp.Sentence) []Mention {
	if s == nil || g == nil {
		return nil
	}
	toks := s.Tokens
	var out []Mention
	for i := 0; i < len(toks); i++ {
		if !isLocative(toks[i].Text) {
			continue
		}
		onOnly := strings.EqualFold(toks[i].Text, "on")
		if m, ok := g.borderWith(toks, i+1); ok {
			out = append(out, m)
			i = m.End - 1
			continue
		}
		// Skip modifiers and "the <kind> of", and a possessive country
		// before its place: "in North Korea's capital Pyongyang".
		var m Mention
		ok := false
		for j, tries := i+1, 0; tries < 2; tries++ {
			j = skipModifiers(toks, j)
			var poss int
			m, ok, poss = g.nameAt(toks, j)
			if ok || poss == 0 {
				break
			}
			// "in the Gaza Strip's south": the part lies in the possessor.
			if poss < len(toks) && partNouns[lowerWord(toks[poss].Text)] {
				m, ok = g.possessor(toks, j, poss-1)
				break
			}
			j = poss
		}
		if !ok {
			continue
		}
		if onOnly && (m.Kind == "city" || m.Kind == "capital" || m.Kind == "country") {
			continue
		}
		out = append(out, m)
		end := m.End
		// "in Seoul and Tokyo", "in Kyiv, Kharkiv and Odesa".
		for end+1 < len(toks) {
			sep := lowerWord(toks[end].Text)
			if sep != "and" && sep != "," && sep != "or" {
				break
			}
			next := end + 1
			if sep == "," && next < len(toks) && (strings.EqualFold(toks[next].Text, "and") || strings.EqualFold(toks[next].Text, "or")) {
				next++
			}
			n, ok, _ := g.nameAt(toks, skipModifiers(toks, next))
			if !ok {
				break
			}
			out = append(out, n)
			end = n.End
		}
		i = end - 1
	}
	if len(out) > 0 {
		heads(toks, out)
	}
	return out
}

// skipModifiers passes over words that may stand between a preposition and a
// name: "the southern city of", "the Russian-occupied".
func skipModifiers(toks []nlp.Token, j int) int {
	for k := 0; k < 6 && j < len(toks); k++ {
		w := lowerWord(toks[j].Text)
		if placeNouns[w] && j+1 < len(toks) && strings.EqualFold(toks[j+1].Text, "of") {
			j += 2
			continue
		}
		// Only lower-case words: "North" and "West" open names ("North
		// Korea", "West Bank"); "northern" and "west" before a name do not.
		if modifiers[w] && (!startsUpper(toks[j].Text) || strings.Contains(w, "-")) {
			j++
			continue
		}
		break
	}
	return j
}

// nameAt matches the longest gazetteer name starting at token j that is a
// whole proper name: capitalised, and not followed by another capitalised
// word ("Seoul National University" is no place). A name followed by a
// possessive is no location itself; poss then gives the token after "'s".
func (g *Gazetteer) nameAt(toks []nlp.Token, j int) (m Mention, ok bool, poss int) {
	if j >= len(toks) || !startsUpper(toks[j].Text) {
		return Mention{}, false, 0
	}
	// Names are runs of capitalised words, with a few lower-case joiners
	// ("Rio de Janeiro", "Great Hall of the People") and commas ("Washington,
	// D.C."): only those runs are looked up, longest first.
	run := j + 1
	for run < len(toks) && run-j < g.maxWords+2 {
		t := toks[run].Text
		if startsUpper(t) || (nameJoiners[t] || t == ",") && run+1 < len(toks) && (startsUpper(toks[run+1].Text) || nameJoiners[toks[run+1].Text]) {
			run++
			continue
		}
		break
	}
	for end := run; end > j; end-- {
		if !hasAlnum(toks[end-1].Text) {
			continue // "Israel ." is not a longer name than "Israel"
		}
		name := spanText(toks[j:end])
		p, ok := g.Lookup(name)
		if !ok {
			continue
		}
		if end < len(toks) {
			next := toks[end].Text
			if startsUpper(next) && !calendarWord(next) {
				return Mention{}, false, 0
			}
			// "Beijing's policy" is no location; "Pyongyang's Kim Il Sung
			// Square" is, but its place is the square, which we do not know.
			if next == "'s" || next == "’s" {
				return Mention{}, false, end + 1
			}
		}
		return Mention{Start: j, End: end, Head: end - 1, Place: p}, true, 0
	}
	return Mention{}, false, 0
}

// borderWith reads "the border with Ukraine" and "the Ukraine border"
// (also "frontier") starting at token j.
func (g *Gazetteer) borderWith(toks []nlp.Token, j int) (Mention, bool) {
	if j < len(toks) && strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	if j >= len(toks) {
		return Mention{}, false
	}
	isBorder := func(k int) bool {
		return k < len(toks) && (strings.EqualFold(toks[k].Text, "border") || strings.EqualFold(toks[k].Text, "frontier"))
	}
	if isBorder(j) && j+2 < len(toks) && strings.EqualFold(toks[j+1].Text, "with") {
		if m, ok, _ := g.nameAt(toks, j+2); ok && m.Kind == "country" {
			m.Kind = "border"
			m.Name += " border"
			return m, true
		}
		return Mention{}, false
	}
	for end := min(len(toks), j+4); end > j; end-- {
		if !isBorder(end) || !startsUpper(toks[j].Text) {
			continue
		}
		if p, ok := g.Lookup(spanText(toks[j:end])); ok && p.Kind == "country" {
			p.Kind = "border"
			p.Name += " border"
			return Mention{Start: j, End: end + 1, Head: end, Place: p}, true
		}
	}
	return Mention{}, false
}

// heads moves Head to the name's root when the sentence is parsed.
func heads(toks []nlp.Token, ms []Mention) {
	parsed := false
	for _, t := range toks {
		if t.Dep != "" {
			parsed = true
			break
		}
	}
	if !parsed {
		return
	}
	for k := range ms {
		m := &ms[k]
		root := -1
		for i := m.Start; i < m.End; i++ {
			if h := toks[i].Head; h < m.Start || h >= m.End {
				if root >= 0 {
					root = -1
					break
				}
				root = i
			}
		}
		if root >= 0 {
			m.Head = root
		}
	}
}

func spanText(toks []nlp.Token) string {
	if len(toks) == 1 {
		return toks[0].Text
	}
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Start > toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// isLocative is locatives[lowerWord(s)] without building the lower-case
// string: it runs on every token.
func isLocative(s string) bool {
	var b [16]byte
	if len(s) > len(b) {
		return locatives[lowerWord(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return locatives[lowerWord(s)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return locatives[string(b[:len(s)])]
}

func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func startsUpper(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c >= 'A' && c <= 'Z' || c >= 0xC0 // non-ASCII initials ("Ürümqi") count
}

var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true,
	"oct.": true, "nov.": true, "dec.": true,
}

func calendarWord(s string) bool { return calendar[lowerWord(s)] }

func hasAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 {
			return true
		}
	}
	return false
}

// nameJoiners stand lower-case inside place names.
var nameJoiners = map[string]bool{
	"of": true, "the": true, "de": true, "del": true, "da": true, "do": true, "al": true, "el": true,
	"es": true, "ez": true, "au": true, "la": true, "le": true, "upon": true, "on": true, "and": true,
	"-": true, "i": true, "e": true,
}

// partNouns name a part of the place before them: "Gaza's south".
var partNouns = map[string]bool{
	"south": true, "north": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "centre": true, "center": true, "outskirts": true,
	"heart": true, "coast": true, "suburbs": true, "interior": true, "streets": true,
	"border": true, "borders": true, "countryside": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true,
}

// possessor looks up the name in toks[j:end] (before its "'s").
func (g *Gazetteer) possessor(toks []nlp.Token, j, end int) (Mention, bool) {
	if end <= j {
		return Mention{}, false
	}
	p, ok := g.Lookup(spanText(toks[j:end]))
	if !ok {
		return Mention{}, false
	}
	return Mention{Start: j, End: end, Head: end - 1, Place: p}, true
}
