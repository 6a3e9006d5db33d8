package actor

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/dyadproject/dyad/nlp"
)

//go:embed data
var dataFS embed.FS

// entKind is what a knowledge-base phrase names.
type entKind uint8

const (
	eCountry    entKind = iota + 1 // a state's name: "North Korea", "the DPRK"
	eAdjectival                    // "North Korean", "Chinese"
	eSeat                          // "Pyongyang", "the Kremlin": the government
	eOrg                           // a line of orgs.tsv
	ePerson                        // a person's full name or multi-word alias
	eSurname                       // a one-word alias: needs coreference rules
	eAgent                         // "troops", "foreign ministry"
	eTitle                         // "President", "Foreign Minister"
	eDesc                          // "the North", "the two leaders"
	eDict                          // a PETRARCH/TABARI actor dictionary entry
	eNonActor                      // "the South China Sea": a name holding a state's name that names no actor
	nKinds
)

func kindBit(k entKind) uint16 { return 1 << k }

const (
	groupMask = 1<<eCountry | 1<<eAdjectival | 1<<eSeat | 1<<eOrg | 1<<eDict
	nameMask  = 1<<ePerson | 1<<eSurname
)

// entry points from a phrase to the thing it names.
type entry struct {
	kind entKind
	id   int32 // index into the KB slice of that kind
	auto bool  // a surname the loader derived from the full name, not the data's
}

// phrase is one name as a sequence of word hashes.
type phrase struct {
	words  []uint64
	req    []caseReq
	kinds  uint16 // bit set of the kinds of its entries
	plural bool   // an agent phrase in the plural ("troops", "rebels")
	person bool   // an agent or title phrase that names a person ("spokesman")
	text   string // as first written, for messages
	ents   []entry
}

type country struct {
	iso, name, region string
}

// dated is a validity period, yyyymmdd ints, both inclusive; 0 = open.
type dated struct{ start, end int32 }

func (d dated) active(day int32) bool {
	return (d.start == 0 || d.start <= day) && (d.end == 0 || day <= d.end)
}

type org struct {
	Actor
	dated
	file string
	line int
}

type role struct {
	code, text string
	dated
	head int8 // 2 head of state or organisation, 1 of government (headRank)
	file string
	line int
}

type person struct {
	name    string
	aliases string // the aliases column last indexed, to skip repeats
	roles   []role // sorted by start
	// east is true for names written surname first ("Xi Jinping").
	east bool
}

type agent struct {
	sector string
	prefix bool // PETRARCH "NGO~": the agent code goes before the country
	code   string
}

type title struct {
	sector string
}

type desc struct {
	referent string   // a code, or a coreference class "@PAIR", "@LASTORG", ...
	cond     []string // the referent applies only when one of these appears
}

type dictActor struct {
	name  string
	def   string // code without a date rule ("" if none)
	dates []datedCode
}

type datedCode struct {
	code string
	dated
}

// KB is the actor knowledge base. It is read-only after loading and safe for
// concurrent use.
type KB struct {
	countries []country
	iso       map[string]int // ISO3 -> index into countries
	orgs      []org
	people    []person
	agents    []agent
	titles    []title
	descs     []desc
	dict      []dictActor

	phrases []phrase
	byKey   map[string]int32   // joined word hashes -> phrase index (load time only)
	first   map[uint64][]int32 // first word -> one-word phrases
	pairs   map[uint64][]int32 // first two words (pairKey) -> longer phrases, longest first
	starts  map[uint64]uint16  // first word -> kinds of the phrases it starts
	sectors map[string]bool    // known role codes

	byCountry map[string][]int32 // people with a role in a state
	horizon   int32              // the latest date in the data: "now" for undated text
}

var (
	defaultOnce sync.Once
	defaultKB   *KB
	defaultErr  error
)

// Default returns the knowledge base embedded in the binary, loaded once.
func Default() (*KB, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(dataFS, "data")
		if err != nil {
			defaultErr = err
			return
		}
		defaultKB, defaultErr = Load(sub)
	})
	return defaultKB, defaultErr
}

// baseSectors are role codes of CAMEO and its Phoenix extensions that a code
// may carry after the country.
var baseSectors = []string{
	"GOV", "MIL", "COP", "MED", "REB", "OPP", "LEG", "JUD", "BUS", "PTY", "SPY",
	"CVL", "LAB", "EDU", "REF", "HLH", "ELI", "CRM", "UAF", "INS", "REL", "HRI",
	"AGR", "ENV", "MOD", "RAD", "SEP", "NGO", "IGO", "MNC", "DEV",
}

func newKB() *KB {
	kb := &KB{
		iso:     map[string]int{},
		byKey:   map[string]int32{},
		first:   map[uint64][]int32{},
		pairs:   map[uint64][]int32{},
		sectors: map[string]bool{},
	}
	for _, s := range baseSectors {
		kb.sectors[s] = true
	}
	return kb
}

// IsRegion reports whether a code names a region ("Latin America", "the
// Middle East") rather than a state: countries.tsv lists regions with the
// region tag "Region" so that longest match keeps them apart from states.
func (kb *KB) IsRegion(code string) bool {
	i, ok := kb.iso[code]
	return ok && kb.countries[i].region == "Region"
}

// Load reads a knowledge base from fsys: countries.tsv, orgs.tsv, agents.tsv,
// titles.tsv, descriptions.tsv and people/*.tsv (see actor-format notes).
// countries.tsv is required, the others optional.
func Load(fsys fs.FS) (*KB, error) {
	kb := newKB()
	if err := kb.loadFile(fsys, "countries.tsv", 6, true, kb.addCountry); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		cols int
		add  func(file string, line int, c []string) error
	}{
		{"titles.tsv", 3, kb.addTitle},
		{"agents.tsv", 3, kb.addAgent},
		{"orgs.tsv", 7, kb.addOrg},
		{"descriptions.tsv", 3, kb.addDesc},
		{"places.tsv", 1, kb.addNonActor},
	} {
		if err := kb.loadFile(fsys, f.name, f.cols, false, f.add); err != nil {
			return nil, err
		}
	}
	people, err := fs.Glob(fsys, "people/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(people)
	pidx := map[string]int32{}
	for _, p := range people {
		add := func(file string, line int, c []string) error { return kb.addPersonRole(pidx, file, line, c) }
		if err := kb.loadFile(fsys, p, 6, true, add); err != nil {
			return nil, err
		}
	}
	kb.finishPeople()
	kb.finish()
	for _, p := range kb.people {
		for _, r := range p.roles {
			kb.horizon = max(kb.horizon, r.start, r.end)
		}
	}
	for _, o := range kb.orgs {
		kb.horizon = max(kb.horizon, o.start, o.end)
	}
	return kb, nil
}

// loadFile reads a TSV file and calls add for every entry line.
func (kb *KB) loadFile(fsys fs.FS, name string, cols int, required bool, add func(file string, line int, c []string) error) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		if !required && isNotExist(err) {
			return nil
		}
		return fmt.Errorf("actor: reading %s: %w", name, err)
	}
	return eachLine(data, func(n int, line string) error {
		c := strings.Split(line, "\t")
		if len(c) != cols {
			return fmt.Errorf("actor: %s line %d: %d columns, want %d", name, n, len(c), cols)
		}
		for i := range c {
			c[i] = strings.TrimSpace(c[i])
		}
		if err := add(name, n, c); err != nil {
			return fmt.Errorf("actor: %s line %d: %w", name, n, err)
		}
		return nil
	})
}

func isNotExist(err error) bool { return err != nil && errors.Is(err, fs.ErrNotExist) }

// eachLine calls f for every line that is not blank or a # comment.
func eachLine(data []byte, f func(n int, line string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		t := strings.TrimSpace(line)
		if t == "" || t[0] == '#' {
			continue
		}
		if err := f(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

func alts(col string) []string {
	if col == "" {
		return nil
	}
	var out []string
	for _, a := range strings.Split(col, "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func isCode(s string) bool {
	if len(s) < 3 || len(s) > 15 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && (i < 3 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

func (kb *KB) addCountry(file string, line int, c []string) error {
	iso := c[0]
	if len(iso) != 3 || !isCode(iso) {
		return fmt.Errorf("iso3 %q is not three capital letters", iso)
	}
	if _, dup := kb.iso[iso]; dup {
		return fmt.Errorf("country %s listed twice", iso)
	}
	if c[1] == "" {
		return fmt.Errorf("country %s has no short name", iso)
	}
	id := int32(len(kb.countries))
	kb.iso[iso] = len(kb.countries)
	kb.countries = append(kb.countries, country{iso: iso, name: c[1], region: c[5]})
	kb.addPhrase(c[1], entry{kind: eCountry, id: id})
	for _, n := range alts(c[2]) {
		kb.addPhrase(n, entry{kind: eCountry, id: id})
	}
	for _, n := range alts(c[3]) {
		kb.addPhrase(n, entry{kind: eAdjectival, id: id})
	}
	for _, n := range alts(c[4]) {
		kb.addPhrase(n, entry{kind: eSeat, id: id})
	}
	return nil
}

func (kb *KB) addTitle(file string, line int, c []string) error {
	if c[1] != "" && !isCode(c[1]) {
		return fmt.Errorf("sector %q is not a role code", c[1])
	}
	names := alts(c[0])
	if len(names) == 0 {
		return fmt.Errorf("empty title")
	}
	if c[1] != "" {
		kb.sectors[c[1]] = true
	}
	id := int32(len(kb.titles))
	kb.titles = append(kb.titles, title{sector: c[1]})
	for _, n := range names {
		kb.addPhrase(n, entry{kind: eTitle, id: id})
	}
	return nil
}

func (kb *KB) addAgent(file string, line int, c []string) error {
	if !isCode(c[1]) {
		return fmt.Errorf("sector %q is not a role code", c[1])
	}
	names := alts(c[0])
	if len(names) == 0 {
		return fmt.Errorf("empty agent phrase")
	}
	kb.sectors[c[1]] = true
	id := int32(len(kb.agents))
	kb.agents = append(kb.agents, agent{sector: c[1], code: c[1]})
	for _, n := range names {
		kb.addPhrase(n, entry{kind: eAgent, id: id})
	}
	return nil
}

func (kb *KB) addOrg(file string, line int, c []string) error {
	code, ctry, sector := c[0], c[1], c[2]
	if !isCode(code) {
		return fmt.Errorf("code %q is not a CAMEO-style code", code)
	}
	if !kb.validCountry(ctry) {
		return fmt.Errorf("country %q is not a known ISO3 code or IGO/NGO/MNC", ctry)
	}
	if !strings.HasPrefix(code, ctry) {
		return fmt.Errorf("code %q does not start with its country %q", code, ctry)
	}
	if sector != "" && !isCode(sector) {
		return fmt.Errorf("sector %q is not a role code", sector)
	}
	if c[3] == "" {
		return fmt.Errorf("organisation %s has no canonical name", code)
	}
	d, err := parseDates(c[5], c[6])
	if err != nil {
		return err
	}
	id := int32(len(kb.orgs))
	kb.orgs = append(kb.orgs, org{Actor: Actor{Code: code, Country: ctry, Sector: sector, Name: c[3]}, dated: d, file: file, line: line})
	kb.addPhrase(c[3], entry{kind: eOrg, id: id})
	for _, n := range alts(c[4]) {
		kb.addPhrase(n, entry{kind: eOrg, id: id})
	}
	return nil
}

func (kb *KB) addDesc(file string, line int, c []string) error {
	ref := c[1]
	var cond []string
	if i := strings.IndexByte(ref, '@'); i > 0 {
		for _, x := range strings.Split(ref[i+1:], ",") {
			if x = strings.TrimSpace(x); !kb.validCountry(x) {
				return fmt.Errorf("condition %q is not a known country code", x)
			}
			cond = append(cond, strings.TrimSpace(x))
		}
		ref = ref[:i]
	}
	switch {
	case strings.Contains(ref, "+"):
		a, b, _ := strings.Cut(ref, "+")
		if !isCode(a) || !isCode(b) || !kb.validCountry(a[:3]) || !kb.validCountry(b[:3]) {
			return fmt.Errorf("pair referent %q is not two codes", ref)
		}
	case strings.HasPrefix(ref, "@"):
		if !corefClasses[ref] {
			return fmt.Errorf("unknown coreference class %q", ref)
		}
	case !isCode(ref) || !kb.validCountry(ref[:3]):
		return fmt.Errorf("referent %q is neither a code nor a coreference class", ref)
	}
	names := alts(c[0])
	if len(names) == 0 {
		return fmt.Errorf("empty description")
	}
	id := int32(len(kb.descs))
	kb.descs = append(kb.descs, desc{referent: ref, cond: cond})
	for _, n := range names {
		kb.addPhrase(n, entry{kind: eDesc, id: id})
	}
	return nil
}

// addNonActor records a place or event name that contains a state's name but
// names no actor, so that the longest match takes it and "the South China
// Sea" yields neither South Korea nor China.
func (kb *KB) addNonActor(file string, line int, c []string) error {
	if c[0] == "" {
		return fmt.Errorf("empty name")
	}
	kb.addPhrase(c[0], entry{kind: eNonActor, id: -1})
	return nil
}

var corefClasses = map[string]bool{
	"@PAIR": true, "@LIST": true, "@LASTORG": true, "@LASTGOV": true, "@LASTPERSON": true, "@LASTCOUNTRY": true, "@LASTSTATE": true,
}

func (kb *KB) addPersonRole(pidx map[string]int32, file string, line int, c []string) error {
	name, code := c[0], c[2]
	if name == "" {
		return fmt.Errorf("person without a name")
	}
	if !isCode(code) || !kb.validCountry(code[:3]) {
		return fmt.Errorf("code %q is not a valid actor code", code)
	}
	if c[3] == "" {
		return fmt.Errorf("role of %s has no start date", name)
	}
	d, err := parseDates(c[3], c[4])
	if err != nil {
		return err
	}
	id, ok := pidx[name]
	if !ok {
		id = int32(len(kb.people))
		pidx[name] = id
		kb.people = append(kb.people, person{name: name})
		kb.addPhrase(name, entry{kind: ePerson, id: id})
	}
	p := &kb.people[id]
	p.roles = append(p.roles, role{code: code, text: c[5], dated: d, head: headRank(c[5]), file: file, line: line})
	if ok && c[1] == p.aliases {
		return nil // the same aliases as the person's previous line: indexed already
	}
	p.aliases = c[1]
	for _, a := range alts(c[1]) {
		words := phraseWords(a)
		req := make([]caseReq, len(words))
		for i, w := range words {
			req[i] = reqOf(w)
		}
		k := ePerson
		if surnameWords(words) {
			k = eSurname
		}
		kb.addWords(a, words, req, entry{kind: k, id: id})
	}
	return nil
}

// isHeadRole tells heads of state, government and organisations from
// ministers, by the role's description.
func isHeadRole(text string) bool { return headRank(text) > 0 }

// headRank is 2 for a head of state or of an organisation, 1 for a head of
// government, 0 for other roles, judged from the role's description.
func headRank(text string) int8 {
	// Whole words only: "peacekeeping" holds no king, a "presidential
	// spokesman" and an "Under-Secretary-General" are no heads.
	t := " " + strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}), " ") + " "
	has := func(k string) bool { return strings.Contains(t, " "+k+" ") }
	if has("head of state") && !has("vice") && !has("deputy") && !has("former") {
		return 2 // "President of the Presidium ... (nominal head of state)"
	}
	for _, k := range []string{"vice", "deputy", "former", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
		"adviser", "advisor", "aide", "envoy", "assistant", "press", "opposition",
		// treasury and legislature chairs: "Chancellor of the Exchequer",
		// "Chairman of the State Duma", "President of the National Assembly"
		"exchequer", "duma", "parliament", "assembly", "senate", "congress", "knesset", "majlis", "sejm",
		"bundestag", "rada", "legislature", "speaker", "house"} {
		if has(k) {
			return 0
		}
	}
	if has("prime minister") || has("premier") || has("chancellor") || has("head of government") || has("taoiseach") {
		return 1
	}
	if strings.Contains(t, "minister") {
		return 0
	}
	for _, k := range []string{"president", "king", "queen", "emir", "sultan", "supreme leader", "general secretary",
		"chairman", "leader", "secretary-general", "secretary general", "head of state", "crown prince", "pope"} {
		if has(k) {
			return 2
		}
	}
	return 0
}

// surnameLike reports whether an alias is one name, perhaps after a title or
// a particle ("Kim", "al-Maliki", "King Abdullah"): such names are shared by
// several people and go through the surname rules.
func surnameLike(alias string) bool { return surnameWords(phraseWords(alias)) }

func surnameWords(w []string) bool {
	for len(w) > 1 && aliasPrefixes[strings.ToLower(strings.TrimSuffix(w[0], "."))] {
		w = w[1:]
	}
	return len(w) == 1
}

var aliasPrefixes = map[string]bool{
	"king": true, "queen": true, "prince": true, "princess": true, "emir": true, "sheikh": true, "sultan": true,
	"president": true, "general": true, "gen": true, "pope": true, "ayatollah": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "al": true, "el": true, "bin": true, "ibn": true, "de": true, "van": true, "von": true,
	"le": true, "la": true, "di": true, "da": true, "du": true, "del": true, "crown": true,
}

var romanOrSuffix = map[string]bool{"I": true, "II": true, "III": true, "IV": true, "V": true, "VI": true, "Jr": true, "Sr": true}

var eastOrder = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "PRK": true, "KOR": true, "KHM": true}

// finishPeople sorts roles and gives every person without a one-word alias
// the surname their name implies.
func (kb *KB) finishPeople() {
	hasSurname := make([]bool, len(kb.people))
	for _, ph := range kb.phrases {
		for _, e := range ph.ents {
			if e.kind == eSurname {
				hasSurname[e.id] = true
			}
		}
	}
	kb.byCountry = map[string][]int32{}
	for i := range kb.people {
		p := &kb.people[i]
		sort.SliceStable(p.roles, func(a, b int) bool { return p.roles[a].start < p.roles[b].start })
		var done []string
	roles:
		for _, r := range p.roles {
			c := r.code[:3]
			for _, x := range done {
				if x == c {
					continue roles
				}
			}
			done = append(done, c)
			kb.byCountry[c] = append(kb.byCountry[c], int32(i))
		}
		p.east = eastOrder[p.roles[0].code[:3]]
		if hasSurname[i] {
			continue
		}
		w := strings.Fields(p.name)
		if len(w) < 2 || len(w) > 3 {
			continue
		}
		lower := false
		for _, x := range w {
			if x[0] >= 'a' && x[0] <= 'z' {
				lower = true
			}
		}
		if lower {
			continue
		}
		s := w[len(w)-1]
		if p.east {
			s = w[0]
		}
		if romanOrSuffix[strings.TrimSuffix(s, ".")] {
			continue // "Abdullah II", "Juan Carlos I": no surname
		}
		kb.addPhrase(s, entry{eSurname, int32(i), true})
	}
}

func (kb *KB) validCountry(c string) bool {
	if c == "IGO" || c == "NGO" || c == "MNC" || c == "IMG" {
		return true
	}
	_, ok := kb.iso[c]
	return ok
}

// addPhrase indexes a name for an entry, merging identical phrases.
func (kb *KB) addPhrase(name string, e entry) {
	words := phraseWords(name)
	if len(words) == 0 {
		return
	}
	req := make([]caseReq, len(words))
	for i, w := range words {
		req[i] = reqOf(w)
	}
	kb.addWords(name, words, req, e)
}

// addWords indexes words with their case requirements for an entry.
func (kb *KB) addWords(name string, words []string, req []caseReq, e entry) {
	hs := make([]uint64, len(words))
	for i, w := range words {
		hs[i] = hashString(w)
	}
	// Role words match in any case ("the president", "President Xi"), except
	// short abbreviations ("PM").
	if e.kind == eAgent || e.kind == eTitle {
		for i := range req {
			if req[i] == caseUpper {
				req[i] = caseAny
			}
		}
	}
	// Names of states, organisations and people start with a capital in text
	// whatever the data says: a lower-case word never names a country.
	if e.kind != eAgent && e.kind != eDesc && e.kind != eTitle {
		for i, w := range words {
			if hs[i] == hThe && i == 0 {
				continue
			}
			if req[i] == caseAny && isLetterWord(w) {
				req[i] = caseUpper
			}
			break
		}
	}
	// Phrases merge only when their words and case requirements agree, so
	// that "Foreign Minister" (a title) and "foreign minister" (an agent)
	// keep their own.
	var key strings.Builder
	for i := range hs {
		key.WriteString(strconv.FormatUint(hs[i], 36))
		key.WriteByte(byte('0' + req[i]))
	}
	k := key.String()
	id, ok := kb.byKey[k]
	if !ok {
		id = int32(len(kb.phrases))
		kb.byKey[k] = id
		kb.phrases = append(kb.phrases, phrase{words: hs, req: req, text: name})
	}
	p := &kb.phrases[id]
	for _, x := range p.ents {
		if x == e {
			return
		}
	}
	p.ents = append(p.ents, e)
	p.kinds |= kindBit(e.kind)
}

func isLetterWord(w string) bool {
	_, f := hashWord(w, 0, len(w))
	return f&wLetter != 0
}

// phraseWords splits a name into words exactly as text is split: by the
// nlp tokenizer, then at hyphens.
func phraseWords(name string) []string {
	var out []string
	if plainName(name) {
		// Letters, spaces and hyphens only: the tokenizer splits at spaces alone.
		for _, f := range strings.Fields(name) {
			out = append(out, splitWords(f)...)
		}
		return out
	}
	for _, t := range nlp.Tokenize(name) {
		out = append(out, splitWords(t.Text)...)
	}
	return out
}

// pairKey combines the hashes of a phrase's first two words. Phrases are
// indexed by it so that a common first word ("the" starts hundreds of
// names) costs one lookup, not a scan.
func pairKey(a, b uint64) uint64 { return (a^b>>29)*fnvPrime ^ b }

func plainName(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '-' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// finish builds the indexes: one-word phrases by their word, longer ones by
// their first two words, longest first.
func (kb *KB) finish() {
	kb.first = make(map[uint64][]int32, len(kb.phrases))
	kb.pairs = make(map[uint64][]int32, len(kb.phrases))
	kb.starts = make(map[uint64]uint16, len(kb.phrases))
	for i := range kb.phrases {
		p := &kb.phrases[i]
		kb.starts[p.words[0]] |= p.kinds
		if len(p.words) == 1 {
			kb.first[p.words[0]] = append(kb.first[p.words[0]], int32(i))
		} else {
			k := pairKey(p.words[0], p.words[1])
			kb.pairs[k] = append(kb.pairs[k], int32(i))
		}
		if p.kinds&(1<<eAgent|1<<eTitle) != 0 {
			last := p.text
			if f := strings.Fields(strings.ToLower(p.text)); len(f) > 0 {
				last = f[len(f)-1]
			}
			p.plural = isPluralWord(last)
			p.person = p.kinds&(1<<eTitle) != 0 || personWords[last] || personWords[singular(last)]
		}
	}
	for _, ids := range kb.pairs {
		sort.SliceStable(ids, func(a, b int) bool { return len(kb.phrases[ids[a]].words) > len(kb.phrases[ids[b]].words) })
	}
	// Title words make agent phrases person-like too ("the minister").
	titleLast := map[uint64]bool{}
	for i := range kb.phrases {
		p := &kb.phrases[i]
		if p.kinds&(1<<eTitle) != 0 {
			titleLast[p.words[len(p.words)-1]] = true
		}
	}
	for i := range kb.phrases {
		p := &kb.phrases[i]
		if p.kinds&(1<<eAgent) != 0 && titleLast[p.words[len(p.words)-1]] {
			p.person = true
		}
	}
}

var personWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "envoy": true,
	"diplomat": true, "lawmaker": true, "chief": true, "commander": true, "leader": true, "minister": true,
	"ambassador": true, "president": true, "premier": true, "general": true, "secretary": true,
	"senator": true, "judge": true, "prosecutor": true, "negotiator": true, "representative": true,
	"dictator": true, "monarch": true, "king": true, "queen": true, "prince": true, "chairman": true,
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

var pluralWords = map[string]bool{"police": true, "people": true, "personnel": true, "militia": false, "clergy": true}

func isPluralWord(w string) bool {
	if v, ok := pluralWords[w]; ok {
		return v
	}
	if strings.HasSuffix(w, "men") {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3
}

// parseDates reads a start and end column: "2024-09-09", "2024-09" or
// "2024"; a partial start means the period's first day, a partial end its last.
func parseDates(start, end string) (dated, error) {
	var d dated
	var err error
	if start != "" {
		if d.start, err = parseDay(start, false); err != nil {
			return d, fmt.Errorf("start date: %w", err)
		}
	}
	if end != "" {
		if d.end, err = parseDay(end, true); err != nil {
			return d, fmt.Errorf("end date: %w", err)
		}
	}
	if d.start != 0 && d.end != 0 && d.end < d.start {
		return d, fmt.Errorf("end %s before start %s", end, start)
	}
	return d, nil
}

func parseDay(s string, end bool) (int32, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return 0, fmt.Errorf("%q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return 0, fmt.Errorf("%q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
		}
		n[i] = v
	}
	if len(parts) > 1 && (n[1] < 1 || n[1] > 12) {
		return 0, fmt.Errorf("%q has no month %d", s, n[1])
	}
	if len(parts) > 2 {
		t := time.Date(n[0], time.Month(n[1]), n[2], 0, 0, 0, 0, time.UTC)
		if n[2] < 1 || t.Day() != n[2] {
			return 0, fmt.Errorf("%q is not a calendar date", s)
		}
	}
	switch len(parts) {
	case 1:
		if end {
			n[1], n[2] = 12, 31
		} else {
			n[1], n[2] = 1, 1
		}
	case 2:
		if end {
			n[2] = 31
		} else {
			n[2] = 1
		}
	}
	return int32(n[0]*10000 + n[1]*100 + n[2]), nil
}

func dayOf(t time.Time) int32 {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return int32(y*10000 + int(m)*100 + d)
}

// splitCode splits "CHNGOV" into country "CHN" and sector "GOV"; a code whose
// second triple is not a role code ("IGOUNO") has no sector.
func (kb *KB) splitCode(code string) Actor {
	a := Actor{Code: code}
	if len(code) >= 3 {
		a.Country = code[:3]
	}
	if len(code) >= 6 && kb.sectors[code[3:6]] && a.Country != "IGO" && a.Country != "NGO" && a.Country != "MNC" && a.Country != "IMG" {
		a.Sector = code[3:6]
	}
	return a
}

// CountryName returns a state's short name and region tag.
func (kb *KB) CountryName(iso string) (name, region string, ok bool) {
	i, ok := kb.iso[iso]
	if !ok {
		return "", "", false
	}
	return kb.countries[i].name, kb.countries[i].region, true
}

// codeAt is a dictionary actor's code at a day: a dated code in force, else
// the undated one.
func (d *dictActor) codeAt(day int32) string {
	if day != 0 {
		for _, c := range d.dates {
			if c.active(day) {
				return c.code
			}
		}
	}
	if d.def != "" || len(d.dates) == 0 {
		return d.def
	}
	return d.dates[len(d.dates)-1].code
}
