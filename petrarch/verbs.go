package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Code is the event code of a verb or pattern: the act, and for paired codes
// ("[032:033]") the act of the target towards the source.
type Code struct {
	Code string // "064", "---" for none
	Rev  string // "" unless paired
}

// None reports whether the code produces no event.
func (c Code) None() bool { return c.Code == "" || c.Code == "---" }

// Placeholder reports whether the code is a TABARI placeholder made only of
// "+" or "#" ("[+++]", "[###]"): such a pattern is skipped and the verb's
// other patterns are tried.
func (c Code) Placeholder() bool {
	return c.Code != "" && strings.Trim(c.Code, "+#") == ""
}

func (c Code) String() string {
	if c.Rev != "" {
		return "[" + c.Code + ":" + c.Rev + "]"
	}
	return "[" + c.Code + "]"
}

// ElemKind is the kind of one pattern element.
type ElemKind uint8

const (
	EWord     ElemKind = iota + 1 // a literal word
	ESynset                       // any member of a synset
	ESource                       // "$": the source actor
	ETarget                       // "+": the target actor
	ECompound                     // "%": a compound actor acting on its own members
	ESkip                         // "^": any noun phrase
	ENoun                         // "{WORDS}": a noun phrase holding all these words
	EPrep                         // "(PREP WORDS)": a prepositional phrase
)

// Elem is one element of a pattern.
type Elem struct {
	Kind  ElemKind
	Word  string   // EWord: lower case; EPrep: the preposition
	Set   string   // ESynset: name without "&"
	Words []string // ENoun, EPrep: the words of the phrase (lower case)
	// Joined: no word may come between this element and its neighbour on
	// the verb's side (written with "_").
	Joined bool
}

// Pattern is one "- PRE * POST [CODE]" line.
type Pattern struct {
	Pre  []Elem // left to right, as written
	Post []Elem // left to right, as written
	Code Code
	Line int
	Text string // the line as written, without its comment
	// Block is the verb block the pattern belongs to.
	Block *VerbBlock
}

// Len is the number of elements, used to try longer patterns first.
func (p *Pattern) Len() int { return len(p.Pre) + len(p.Post) }

// Verb is one verb of a block: a single word ("ABANDON") or a phrase whose
// verb word is Word ("BREAK DOWN": Word "break", After ["down"]).
type Verb struct {
	Before []string // words right before the verb word, lower case
	Word   string   // base form, lower case
	After  []string // words right after the verb word
	Forms  []string // every form the verb word takes, base form included
	Code   *Code    // own code, nil to use the block's
	Line   int
	Block  *VerbBlock
}

// VerbBlock is a "--- NAME [CODE] ---" block: verbs that share patterns.
type VerbBlock struct {
	Name     string
	Code     Code
	Line     int
	Verbs    []*Verb
	Patterns []*Pattern // sorted longest first, file order among equals
}

// Transform is a PETRARCH 2 transformation line, kept as written.
type Transform struct {
	LHS, RHS string
	Code     Code
	Line     int
}

// Verbs is a verb dictionary.
type Verbs struct {
	Synsets    map[string][][]string // name (upper case, no "&") -> phrases (lower-case words)
	Blocks     []*VerbBlock
	Transforms []Transform
	byForm     map[string][]*Verb // verb word form (lower case) -> verbs
}

// Lookup returns the verbs whose verb word takes the form w (any case).
func (d *Verbs) Lookup(w string) []*Verb { return d.byForm[strings.ToLower(w)] }

// Block returns the first block of that name (upper case).
func (d *Verbs) Block(name string) *VerbBlock {
	for _, b := range d.Blocks {
		if b.Name == name {
			return b
		}
	}
	return nil
}

// stripComment removes a "#" comment, except inside "[...]" where "#" is a
// code character ("[###]").
func stripComment(s string) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// lineReader yields the lines of a dictionary with "<!-- -->" blocks and "#"
// comments removed, keeping line numbers.
type lineReader struct {
	sc        *bufio.Scanner
	n         int
	inComment bool
	name      string
	raw       string // the last line before comment removal
}

func newLineReader(r io.Reader, name string) *lineReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	return &lineReader{sc: sc, name: name}
}

// next returns the next non-empty line, or ok false at the end.
func (lr *lineReader) next() (line string, ok bool) {
	for lr.sc.Scan() {
		lr.n++
		s := lr.sc.Text()
		lr.raw = s
		if lr.inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				continue
			}
			s = s[i+3:]
			lr.inComment = false
		}
		for {
			i := strings.Index(s, "<!")
			if i < 0 {
				break
			}
			j := strings.Index(s[i:], "-->")
			if j < 0 {
				s = s[:i]
				lr.inComment = true
				break
			}
			s = s[:i] + s[i+j+3:]
		}
		if strings.Contains(lr.raw, "TRANSFORMATIONS") && strings.HasPrefix(strings.TrimSpace(lr.raw), "#") {
			return "#TRANSFORMATIONS", true
		}
		s = strings.TrimSpace(stripComment(s))
		if s != "" {
			return s, true
		}
	}
	return "", false
}

func (lr *lineReader) errorf(format string, a ...any) error {
	return fmt.Errorf("petrarch: %s line %d: %s", lr.name, lr.n, fmt.Sprintf(format, a...))
}

// ReadVerbs reads a PETRARCH verb dictionary. name is used in errors.
func ReadVerbs(r io.Reader, name string) (*Verbs, error) {
	d := &Verbs{Synsets: map[string][][]string{}, byForm: map[string][]*Verb{}}
	lr := newLineReader(r, name)
	type synRef struct {
		name string
		line int
	}
	var refs []synRef
	var syn string                    // synset being read
	includes := map[string][]string{} // synset -> included synsets
	var block *VerbBlock
	inTransforms := false
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		if line == "#TRANSFORMATIONS" {
			inTransforms = true
			syn = ""
			continue
		}
		if inTransforms && !strings.HasPrefix(line, "---") && strings.Contains(line, "=") {
			t, err := parseTransform(line)
			if err != nil {
				return nil, lr.errorf("%v", err)
			}
			t.Line = lr.n
			d.Transforms = append(d.Transforms, t)
			continue
		}
		switch {
		case strings.HasPrefix(line, "&"):
			f := strings.Fields(line)
			n := synName(f[0])
			if n == "" || len(f) > 1 {
				return nil, lr.errorf("synset header %q: want \"&NAME\" alone on its line", line)
			}
			if _, dup := d.Synsets[n]; dup {
				return nil, lr.errorf("synset &%s defined twice", n)
			}
			d.Synsets[n] = nil
			syn = n
		case syn != "" && strings.HasPrefix(line, "+"):
			m := strings.TrimSpace(line[1:])
			if m == "" {
				return nil, lr.errorf("empty synset member")
			}
			if strings.HasPrefix(m, "&") {
				includes[syn] = append(includes[syn], synName(m))
				refs = append(refs, synRef{synName(m), lr.n})
				continue
			}
			d.Synsets[syn] = append(d.Synsets[syn], phraseWords(m))
		case strings.HasPrefix(line, "---"):
			syn = ""
			b, err := parseHeader(line)
			if err != nil {
				return nil, lr.errorf("%v", err)
			}
			b.Line = lr.n
			block = b
			d.Blocks = append(d.Blocks, b)
		case strings.HasPrefix(line, "-"):
			syn = ""
			if block == nil {
				return nil, lr.errorf("pattern before any verb block")
			}
			p, err := parsePattern(line)
			if err != nil {
				return nil, lr.errorf("%v", err)
			}
			p.Line, p.Block = lr.n, block
			for _, e := range append(append([]Elem{}, p.Pre...), p.Post...) {
				if e.Kind == ESynset {
					refs = append(refs, synRef{e.Set, lr.n})
				}
				for _, w := range e.Words {
					if strings.HasPrefix(w, "&") {
						refs = append(refs, synRef{synName(w), lr.n})
					}
				}
			}
			block.Patterns = append(block.Patterns, p)
		default:
			syn = ""
			if block == nil {
				return nil, lr.errorf("verb %q before any verb block", line)
			}
			v, err := parseVerb(line)
			if err != nil {
				return nil, lr.errorf("%v", err)
			}
			v.Line, v.Block = lr.n, block
			block.Verbs = append(block.Verbs, v)
			for _, f := range v.Forms {
				d.byForm[f] = append(d.byForm[f], v)
			}
		}
	}
	if err := lr.sc.Err(); err != nil {
		return nil, fmt.Errorf("petrarch: reading %s: %w", name, err)
	}
	for _, r := range refs {
		if _, ok := d.Synsets[r.name]; !ok {
			return nil, fmt.Errorf("petrarch: %s line %d: synset &%s is not defined", name, r.line, r.name)
		}
	}
	// Flatten included synsets (cycles are cut by the seen set).
	var expand func(n string, seen map[string]bool) [][]string
	expand = func(n string, seen map[string]bool) [][]string {
		if seen[n] {
			return nil
		}
		seen[n] = true
		out := append([][]string{}, d.Synsets[n]...)
		for _, inc := range includes[n] {
			out = append(out, expand(inc, seen)...)
		}
		return out
	}
	flat := map[string][][]string{}
	for n := range d.Synsets {
		ms := expand(n, map[string]bool{})
		// Longer members first, so "AUSTRIAN GOLD FLORIN" is tried before a prefix of it.
		sort.SliceStable(ms, func(i, j int) bool { return len(ms[i]) > len(ms[j]) })
		flat[n] = ms
	}
	d.Synsets = flat
	for _, b := range d.Blocks {
		sort.SliceStable(b.Patterns, func(i, j int) bool { return b.Patterns[i].Len() > b.Patterns[j].Len() })
		if len(b.Verbs) == 0 {
			return nil, fmt.Errorf("petrarch: %s line %d: verb block %s lists no verb", name, b.Line, b.Name)
		}
	}
	return d, nil
}

// synName normalises "&PREPOSIT1_" to "PREPOSIT1".
func synName(s string) string {
	return strings.ToUpper(strings.TrimRight(strings.TrimPrefix(strings.TrimSpace(s), "&"), "_"))
}

// phraseWords splits "AUSTRIAN FLORIN" or "GOLDEN_GOBLIN_GALLEONS" into lower-case words.
func phraseWords(s string) []string {
	return strings.Fields(strings.ToLower(strings.ReplaceAll(s, "_", " ")))
}

// parseCode reads "[042]" or "[042:043]" at the start of s and returns the rest.
func parseCode(s string) (Code, string, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") {
		return Code{}, s, fmt.Errorf("code must start with \"[\": %q", s)
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return Code{}, s, fmt.Errorf("code %q has no closing \"]\"", s)
	}
	in := strings.TrimSpace(s[1:end])
	var c Code
	a, b, paired := strings.Cut(in, ":")
	c.Code = strings.TrimSpace(a)
	if paired {
		c.Rev = strings.TrimSpace(b)
		if c.Rev == "" {
			return Code{}, s, fmt.Errorf("paired code %q lacks its second code", s[:end+1])
		}
	}
	if c.Code == "" || strings.ContainsAny(c.Code, " \t") {
		return Code{}, s, fmt.Errorf("malformed code %q", s[:end+1])
	}
	return c, strings.TrimSpace(s[end+1:]), nil
}

// parseHeader reads "--- NAME [CODE] ---".
func parseHeader(line string) (*VerbBlock, error) {
	s := strings.TrimSpace(strings.TrimPrefix(line, "---"))
	s = strings.TrimSpace(strings.TrimSuffix(s, "---"))
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return nil, fmt.Errorf("verb block header %q has no [CODE]", line)
	}
	name := strings.ToUpper(strings.Join(strings.Fields(s[:i]), " "))
	if name == "" {
		return nil, fmt.Errorf("verb block header %q has no name", line)
	}
	c, rest, err := parseCode(s[i:])
	if err != nil {
		return nil, fmt.Errorf("verb block header: %v", err)
	}
	if rest != "" && !strings.HasPrefix(rest, "[") {
		return nil, fmt.Errorf("verb block header %q: unexpected %q after the code", line, rest)
	}
	return &VerbBlock{Name: name, Code: c}, nil
}

// parseVerb reads a verb line: "BAN {BANS BANNED}", "+BREAK_DOWN {...}",
// "WIRE_+TAP {WIRE_+TAPPED}", "DOWNPLAY [014]", "LASH OUT".
func parseVerb(line string) (*Verb, error) {
	s := line
	var forms []string
	if i := strings.IndexByte(s, '{'); i >= 0 {
		j := strings.IndexByte(s, '}')
		if j < i {
			return nil, fmt.Errorf("verb %q: \"{\" without \"}\"", line)
		}
		forms = strings.Fields(s[i+1 : j])
		s = s[:i] + " " + s[j+1:]
	} else if strings.IndexByte(s, '}') >= 0 {
		return nil, fmt.Errorf("verb %q: \"}\" without \"{\"", line)
	}
	var code *Code
	if i := strings.IndexByte(s, '['); i >= 0 {
		c, rest, err := parseCode(s[i:])
		if err != nil {
			return nil, fmt.Errorf("verb %q: %v", line, err)
		}
		if rest != "" {
			return nil, fmt.Errorf("verb %q: unexpected %q after the code", line, rest)
		}
		code = &c
		s = s[:i]
	}
	v, err := verbPhrase(s)
	if err != nil {
		return nil, fmt.Errorf("verb %q: %v", line, err)
	}
	v.Code = code
	seen := map[string]bool{}
	add := func(f string) {
		if f != "" && !seen[f] {
			seen[f] = true
			v.Forms = append(v.Forms, f)
		}
	}
	for _, f := range regularForms(v.Word) {
		add(f)
	}
	for _, f := range forms {
		fv, err := verbPhrase(f)
		if err != nil {
			return nil, fmt.Errorf("verb %q: form %q: %v", line, f, err)
		}
		add(fv.Word)
	}
	return v, nil
}

// verbPhrase splits a verb phrase at its "+"-marked verb word.
func verbPhrase(s string) (*Verb, error) {
	words := strings.Fields(strings.ReplaceAll(strings.TrimSpace(s), "_", " "))
	if len(words) == 0 {
		return nil, fmt.Errorf("no verb")
	}
	at := 0
	marked := 0
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			at = i
			marked++
			words[i] = w[1:]
		}
	}
	if marked > 1 {
		return nil, fmt.Errorf("more than one \"+\" verb word")
	}
	for i := range words {
		words[i] = strings.ToLower(words[i])
		if words[i] == "" {
			return nil, fmt.Errorf("empty word")
		}
	}
	return &Verb{Before: words[:at], Word: words[at], After: words[at+1:]}, nil
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// regularForms returns the base and its regular -s, -ed and -ing forms.
func regularForms(w string) []string {
	out := []string{w}
	n := len(w)
	if n < 2 {
		return out
	}
	last, prev := w[n-1], w[n-2]
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		out = append(out, w+"es")
	case last == 'y' && !isVowel(prev):
		out = append(out, w[:n-1]+"ies")
	default:
		out = append(out, w+"s")
	}
	switch {
	case last == 'e':
		out = append(out, w+"d")
	case last == 'y' && !isVowel(prev):
		out = append(out, w[:n-1]+"ied")
	default:
		out = append(out, w+"ed")
	}
	if last == 'e' && prev != 'e' {
		out = append(out, w[:n-1]+"ing")
	} else {
		out = append(out, w+"ing")
	}
	return out
}

// patternTokens splits a pattern body at spaces, keeping "{...}" and
// "(...)" groups whole.
func patternTokens(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	depth := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case depth == 0 && (c == '{' || c == '('):
			if c == '{' {
				depth = '}'
			} else {
				depth = ')'
			}
			cur.WriteByte(c)
		case depth != 0 && c == depth:
			depth = 0
			cur.WriteByte(c)
		case depth == 0 && (c == '}' || c == ')'):
			return nil, fmt.Errorf("%q without its opening bracket", string(c))
		case depth == 0 && (c == ' ' || c == '\t'):
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteByte(c)
		}
	}
	if depth != 0 {
		return nil, fmt.Errorf("unclosed %q", map[byte]string{'}': "{", ')': "("}[depth])
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out, nil
}

// parsePattern reads "- PRE * POST [CODE]".
func parsePattern(line string) (*Pattern, error) {
	body := strings.TrimSpace(strings.TrimPrefix(line, "-"))
	i := strings.LastIndexByte(body, '[')
	if i < 0 {
		return nil, fmt.Errorf("pattern %q has no [CODE]", line)
	}
	code, rest, err := parseCode(body[i:])
	if err != nil {
		return nil, fmt.Errorf("pattern: %v", err)
	}
	if rest != "" {
		return nil, fmt.Errorf("pattern %q: unexpected %q after the code", line, rest)
	}
	toks, err := patternTokens(body[:i])
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %v", line, err)
	}
	type item struct {
		e      Elem
		verb   bool
		joined bool // joined to the previous item
	}
	var items []item
	for _, t := range toks {
		var parts []string
		if t[0] == '{' || t[0] == '(' {
			parts = []string{t}
		} else {
			parts = strings.Split(t, "_")
		}
		first := true
		for _, p := range parts {
			if p == "" {
				continue // "WAS_ *": a trailing "_" marks an exact word in TABARI
			}
			it := item{joined: !first}
			first = false
			switch {
			case p == "*":
				it.verb = true
			case p == "$":
				it.e.Kind = ESource
			case p == "+":
				it.e.Kind = ETarget
			case p == "%":
				it.e.Kind = ECompound
			case p == "^":
				it.e.Kind = ESkip
			case p[0] == '&':
				it.e.Kind, it.e.Set = ESynset, synName(p)
				if it.e.Set == "" {
					return nil, fmt.Errorf("pattern %q: empty synset name", line)
				}
			case p[0] == '{':
				it.e.Kind, it.e.Words = ENoun, phraseWords(strings.Trim(p, "{}"))
				if len(it.e.Words) == 0 {
					return nil, fmt.Errorf("pattern %q: empty noun phrase {}", line)
				}
			case p[0] == '(':
				w := phraseWords(strings.Trim(p, "()"))
				if len(w) == 0 {
					return nil, fmt.Errorf("pattern %q: empty prepositional phrase ()", line)
				}
				it.e.Kind, it.e.Word, it.e.Words = EPrep, w[0], w[1:]
			default:
				it.e.Kind, it.e.Word = EWord, strings.ToLower(p)
			}
			items = append(items, it)
		}
	}
	star := -1
	for k, it := range items {
		if it.verb {
			if star >= 0 {
				return nil, fmt.Errorf("pattern %q has more than one \"*\"", line)
			}
			star = k
		}
	}
	if star < 0 {
		return nil, fmt.Errorf("pattern %q has no \"*\" for the verb", line)
	}
	p := &Pattern{Code: code, Text: strings.TrimSpace(line)}
	for k := 0; k < star; k++ {
		e := items[k].e
		e.Joined = items[k+1].joined
		p.Pre = append(p.Pre, e)
	}
	for k := star + 1; k < len(items); k++ {
		e := items[k].e
		e.Joined = items[k].joined
		p.Post = append(p.Post, e)
	}
	return p, nil
}

// parseTransform reads "LHS = RHS [CODE]".
func parseTransform(line string) (Transform, error) {
	l, r, _ := strings.Cut(line, "=")
	t := Transform{LHS: strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "-")), RHS: strings.TrimSpace(r)}
	if i := strings.LastIndexByte(t.RHS, '['); i >= 0 {
		c, _, err := parseCode(t.RHS[i:])
		if err != nil {
			return t, fmt.Errorf("transformation: %v", err)
		}
		t.Code, t.RHS = c, strings.TrimSpace(t.RHS[:i])
	}
	if t.LHS == "" || t.RHS == "" {
		return t, fmt.Errorf("transformation %q: want \"LHS = RHS\"", line)
	}
	return t, nil
}

// Discards is a discard list.
type Discards struct {
	Sentence [][]string // phrases (lower-case words) that discard a sentence
	Story    [][]string // phrases that discard the whole story
}

// ReadDiscards reads a discard list: one phrase a line, "+PHRASE" for a
// story-level discard.
func ReadDiscards(r io.Reader, name string) (*Discards, error) {
	d := &Discards{}
	lr := newLineReader(r, name)
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		story := strings.HasPrefix(line, "+")
		w := phraseWords(strings.TrimPrefix(line, "+"))
		if len(w) == 0 {
			return nil, lr.errorf("empty discard phrase")
		}
		if story {
			d.Story = append(d.Story, w)
		} else {
			d.Sentence = append(d.Sentence, w)
		}
	}
	if err := lr.sc.Err(); err != nil {
		return nil, fmt.Errorf("petrarch: reading %s: %w", name, err)
	}
	return d, nil
}
