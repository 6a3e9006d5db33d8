package coder

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/nlp"
)

//go:embed data/*.txt
var dataFS embed.FS

// role says which participant a dependent of the trigger names.
type role uint8

const (
	roleNone role = iota
	roleSource
	roleTarget
)

// slotKind is the kind of dependent a pattern element looks at.
type slotKind uint8

const (
	slotObj      slotKind = iota + 1 // direct object (passive subject)
	slotPrt                          // particle: "pull out", "break off"
	slotX                            // open complement: xcomp, to-infinitive
	slotHas                          // some word of the trigger's clause
	slotNot                          // no word of the trigger's clause (negative constraint)
	slotPrep                         // a dependent introduced by a preposition
	slotSubj                         // the subject
	slotPrev                         // the word(s) right before the trigger ("test" in "test-fire")
	slotSpeaker                      // whoever the clause is reported from: "it announced that an envoy had been appointed"
	slotXSubj                        // the subject of the open complement: "demanded that Beijing lift the ban"
	slotReported                     // the speaker is the source, the clause's subject the target: "X said Y committed war crimes"
	slotPlace                        // with no agent, the state where it happened is the source: "was arrested in Havana"
	slotObjHas                       // some word of the object's own phrase, names excluded: "suspended its energy cooperation"
	slotXNeg                         // the complement is negated: "agreed that neither would use force"
	slotGov                          // a noun's governing verb: "held a protest"
	slotObjNot                       // the direct object, if there is one, is none of these: "met little resistance"
)

// element is one constraint or role assignment of a pattern.
type element struct {
	kind  slotKind
	preps []string        // for slotPrep: the prepositions ("to", "with", "out_of")
	set   map[string]bool // required lemmas; nil = any
	role  role            // role the dependent plays, roleNone for a bare constraint
}

// venue reports whether the pattern requires a phrase with preposition
// prep as a bare constraint: "took the case to the court" names where the
// act goes, not whom it is against.
func (p *Pattern) venue(prep string) bool {
	for k := range p.elems {
		if e := &p.elems[k]; e.kind == slotPrep && e.role == roleNone && slices.Contains(e.preps, prep) {
			return true
		}
	}
	return false
}

// namesObject reports whether the pattern requires its object to be lemma:
// "filed a complaint" is one act, whatever the article.
func (p *Pattern) namesObject(lemma string) bool {
	for k := range p.elems {
		if e := &p.elems[k]; e.kind == slotObj && e.set[lemma] {
			return true
		}
	}
	return false
}

// Pattern is one expanded dictionary entry: a trigger lemma and the frame it
// must appear in.
type Pattern struct {
	Code string // CAMEO code of the act
	// Rev, when set, is the code of the act in the other direction: "057"
	// for symmetric signing, "043" (host) for a "042" visit.
	Rev   string
	Lemma string // trigger lemma
	Noun  bool   // trigger is an event noun, not a verb
	elems []element
	spec  int    // specificity: number of constraints, to prefer the narrowest match
	File  string // where it was written, for messages
	Line  int
}

// namesComplement reports whether the pattern requires an open complement
// with lemma: "ordered Kenya to withdraw its envoy" is one act, the order,
// whose frame spells out the withdrawal.
func (p *Pattern) namesComplement(lemma string) bool {
	for k := range p.elems {
		if e := &p.elems[k]; e.kind == slotX && e.set != nil && e.set[lemma] {
			return true
		}
	}
	return false
}

// Symmetric reports whether the act holds in both directions alike.
func (p *Pattern) Symmetric() bool { return p.Rev != "" && p.Rev == p.Code }

func (p *Pattern) String() string {
	kind := "verb"
	if p.Noun {
		kind = "noun"
	}
	return fmt.Sprintf("%s:%d %s %s %s", p.File, p.Line, kind, p.Lemma, p.Code)
}

// Dictionary is the verb and noun pattern dictionary, indexed by trigger
// lemma so that matching a token costs one map lookup on its lemma.
type Dictionary struct {
	verbs map[string][]*Pattern
	nouns map[string][]*Pattern
	sets  map[string]map[string]bool
	// Stats.
	Patterns int // expanded (lemma, frame) patterns
	Lines    int // pattern lines as written
	codes    map[string]bool
}

// Codes returns the distinct CAMEO codes the dictionary can produce.
func (d *Dictionary) Codes() []string {
	var out []string
	for c := range d.codes {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// DefaultDictionary loads the embedded dictionary.
func DefaultDictionary() (*Dictionary, error) {
	return LoadDictionary(dataFS, "data")
}

// LoadDictionary reads every *.txt file of dir in fsys: sets.txt first, then
// the others in name order. Files named noun*.txt hold event-noun patterns,
// the rest verb patterns.
func LoadDictionary(fsys fs.FS, dir string) (*Dictionary, error) {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("coder: reading dictionary: %w", err)
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Slice(names, func(i, j int) bool {
		si, sj := strings.HasPrefix(names[i], "sets"), strings.HasPrefix(names[j], "sets")
		if si != sj {
			return si
		}
		return names[i] < names[j]
	})
	d := &Dictionary{verbs: map[string][]*Pattern{}, nouns: map[string][]*Pattern{},
		sets: map[string]map[string]bool{}, codes: map[string]bool{}}
	for _, n := range names {
		f, err := fsys.Open(path.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("coder: %w", err)
		}
		err = d.read(f, n, strings.HasPrefix(n, "noun"))
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	for _, m := range []map[string][]*Pattern{d.verbs, d.nouns} {
		for _, ps := range m {
			sort.SliceStable(ps, func(i, j int) bool { return ps[i].spec > ps[j].spec })
		}
	}
	return d, nil
}

// read parses one file. Errors name the file and line.
func (d *Dictionary) read(r io.Reader, name string, noun bool) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		f := strings.Fields(text)
		if len(f) == 0 {
			continue
		}
		var err error
		if strings.HasPrefix(f[0], "&") {
			err = d.defineSet(f)
		} else {
			err = d.addPattern(f, name, line, noun)
		}
		if err != nil {
			return fmt.Errorf("coder: %s line %d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("coder: %s line %d: %w", name, line, err)
	}
	return nil
}

// defineSet reads "&NAME = word word &OTHER ...".
func (d *Dictionary) defineSet(f []string) error {
	if len(f) < 3 || f[1] != "=" {
		return fmt.Errorf("set definition must read \"&NAME = word ...\"")
	}
	name := f[0]
	if _, dup := d.sets[name]; dup {
		return fmt.Errorf("set %s defined twice", name)
	}
	set := map[string]bool{}
	for _, w := range f[2:] {
		if strings.HasPrefix(w, "&") {
			sub, ok := d.sets[w]
			if !ok {
				return fmt.Errorf("set %s used before it is defined", w)
			}
			for k := range sub {
				set[k] = true
			}
			continue
		}
		set[norm(w)] = true
	}
	d.sets[name] = set
	return nil
}

// norm turns a written word into the lemma form tokens carry: lower case,
// "_" joining the words of a multiword lemma kept as written.
func norm(w string) string { return strings.ToLower(w) }

// words expands "word", "a|b|c" or "&SET" into a set.
func (d *Dictionary) words(s string) (map[string]bool, error) {
	if s == "*" {
		return anySet, nil
	}
	set := map[string]bool{}
	for _, w := range strings.Split(s, "|") {
		if w == "" {
			return nil, fmt.Errorf("empty word in %q", s)
		}
		if strings.HasPrefix(w, "&") {
			sub, ok := d.sets[w]
			if !ok {
				return nil, fmt.Errorf("unknown set %s", w)
			}
			for k := range sub {
				set[k] = true
			}
			continue
		}
		set[norm(w)] = true
	}
	return set, nil
}

var roleNames = map[string]role{"S": roleSource, "T": roleTarget}

// addPattern reads "CODE[/REV] TRIGGER ELEMENT...".
func (d *Dictionary) addPattern(f []string, name string, line int, noun bool) error {
	if len(f) < 2 {
		return fmt.Errorf("a pattern needs a code and a trigger")
	}
	code, rev, _ := strings.Cut(f[0], "/")
	if !validCode(code) || (rev != "" && !validCode(rev)) {
		return fmt.Errorf("bad CAMEO code in %q", f[0])
	}
	var elems []element
	spec := 0
	for _, e := range f[2:] {
		el, err := d.element(e)
		if err != nil {
			return fmt.Errorf("element %q: %w", e, err)
		}
		// constraints weigh more than role slots; both make a pattern
		// narrower than its bare trigger. An exclusion (not:) only keeps a
		// frame from misfiring: it says nothing more about the act, so it
		// must not outrank a frame that names the act's target.
		switch {
		case el.kind == slotNot:
		case el.set != nil || el.kind == slotPrt || el.kind == slotXNeg:
			spec += 2
		case el.role != roleNone:
			spec++
		}
		elems = append(elems, el)
	}
	triggers, err := d.words(f[1])
	if err != nil {
		return fmt.Errorf("trigger: %w", err)
	}
	if triggers == nil || triggers["*"] {
		return fmt.Errorf("trigger cannot be *")
	}
	index := d.verbs
	if noun {
		index = d.nouns
	}
	d.Lines++
	d.codes[code] = true
	if rev != "" {
		d.codes[rev] = true
	}
	for lemma := range triggers {
		p := &Pattern{Code: code, Rev: rev, Lemma: lemma, Noun: noun, elems: elems, spec: spec, File: name, Line: line}
		// "test-fire": also match a tokenizer that splits the hyphen, as
		// "fire" preceded by "test -".
		if i := strings.LastIndexByte(lemma, '-'); i > 0 && i < len(lemma)-1 {
			q := *p
			q.Lemma = lemma[i+1:]
			q.elems = append([]element{{kind: slotPrev, set: map[string]bool{lemma[:i]: true}}}, elems...)
			q.spec += 2
			index[q.Lemma] = append(index[q.Lemma], &q)
		}
		index[lemma] = append(index[lemma], p)
		d.Patterns++
	}
	return nil
}

// element parses one pattern element.
func (d *Dictionary) element(e string) (element, error) {
	if k, v, ok := strings.Cut(e, "="); ok {
		r, ok := roleNames[v]
		if !ok {
			return element{}, fmt.Errorf("role must be S or T")
		}
		switch k {
		case "subj":
			return element{kind: slotSubj, role: r}, nil
		case "obj":
			return element{kind: slotObj, role: r}, nil
		case "speaker":
			return element{kind: slotSpeaker, role: r}, nil
		case "xsubj":
			return element{kind: slotXSubj, role: r}, nil
		}
		if k == "" || strings.ContainsAny(k, ":&") {
			return element{}, fmt.Errorf("bad preposition %q", k)
		}
		return element{kind: slotPrep, preps: strings.Split(k, "|"), role: r}, nil
	}
	switch e {
	case "xneg":
		return element{kind: slotXNeg}, nil
	case "reported":
		return element{kind: slotReported}, nil
	case "place=S":
		return element{kind: slotPlace, role: roleSource}, nil
	}
	k, v, ok := strings.Cut(e, ":")
	if !ok || v == "" {
		return element{}, fmt.Errorf("want KEY:WORDS or KEY=ROLE")
	}
	set, err := d.words(v)
	if err != nil {
		return element{}, err
	}
	if !set["*"] {
		// words are matched by lemma: a plural written in a list ("not:notes")
		// must also stand for the lemma the tagged text will have ("note").
		for w := range set {
			if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasPrefix(w, "@") {
				if l := nlp.Lemma(w, "NOUN", "NNS"); l != w && l != "" {
					set[l] = true
				}
			}
		}
	}
	switch k {
	case "obj":
		return element{kind: slotObj, set: set}, nil
	case "prt":
		return element{kind: slotPrt, set: set}, nil
	case "x":
		return element{kind: slotX, set: set}, nil
	case "has":
		return element{kind: slotHas, set: set}, nil
	case "objhas":
		return element{kind: slotObjHas, set: set}, nil
	case "objnot":
		return element{kind: slotObjNot, set: set}, nil
	case "gov":
		return element{kind: slotGov, set: set}, nil
	case "not":
		return element{kind: slotNot, set: set}, nil
	case "subj":
		return element{kind: slotSubj, set: set}, nil
	}
	if strings.ContainsAny(k, "&") {
		return element{}, fmt.Errorf("bad preposition %q", k)
	}
	return element{kind: slotPrep, preps: strings.Split(k, "|"), set: set}, nil
}

func validCode(c string) bool {
	return len(c) >= 2 && len(c) <= 4 && strings.Trim(c, "0123456789") == ""
}

// anySet is "*": the dependent must be there, whatever its word.
var anySet = map[string]bool{"*": true}
