package actor

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// PETRARCH/TABARI dictionaries, so users can bring the Phoenix dictionaries
// they already have. Supported: "NAME [CODE]" entries with words joined by
// "_" or spaces, "+SYNONYM" lines, code lines "[CODE]", "[CODE <date]",
// "[CODE >date]", "[CODE date-date]" (YYMMDD or YYYYMMDD; dated codes are
// tried in order, the undated one is the default), "#" comments and
// "<!-- -->" blocks; agents "PHRASE {PLURAL} [~CODE]" or "[CODE~]", automatic
// regular plurals, "{}" for none, and "!SET! = A, B" substitution sets.
// TABARI's stem matching (a word without a final "_" matching any word it
// begins) is not supported: every word matches exactly.

// dictLine is a line of a dictionary with its comments removed.
type dictLine struct {
	n    int
	text string
}

// readDictLines strips "#" comments and "<!-- -->" blocks (also "<!" lines).
func readDictLines(r io.Reader, name string) ([]dictLine, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []dictLine
	n := 0
	inComment := false
	for sc.Scan() {
		n++
		line := sc.Text()
		if inComment {
			i := strings.Index(line, "-->")
			if i < 0 {
				continue
			}
			line = line[i+3:]
			inComment = false
		}
		for {
			i := strings.Index(line, "<!")
			if i < 0 {
				break
			}
			j := strings.Index(line[i:], "-->")
			if j < 0 {
				line = line[:i]
				inComment = true
				break
			}
			line = line[:i] + line[i+j+3:]
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line != "" {
			out = append(out, dictLine{n, line})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actor: reading %s: %w", name, err)
	}
	return out, nil
}

// LoadPetrarchActors merges a PETRARCH/TABARI actor dictionary into kb. Its
// codes take precedence over the knowledge base's for the same phrase. Call
// it before kb is used for resolution, and on a Clone of Default's KB.
func (kb *KB) LoadPetrarchActors(r io.Reader, name string) error {
	lines, err := readDictLines(r, name)
	if err != nil {
		return err
	}
	var cur *dictActor
	var curID int32
	for _, l := range lines {
		switch l.text[0] {
		case '[':
			if cur == nil {
				return fmt.Errorf("actor: %s line %d: code line before any actor", name, l.n)
			}
			if err := cur.addCode(l.text); err != nil {
				return fmt.Errorf("actor: %s line %d: %w", name, l.n, err)
			}
		case '+':
			if cur == nil {
				return fmt.Errorf("actor: %s line %d: synonym before any actor", name, l.n)
			}
			kb.addDictPhrase(l.text[1:], entry{kind: eDict, id: curID})
		default:
			phr, code := l.text, ""
			if i := strings.IndexByte(l.text, '['); i >= 0 {
				phr, code = strings.TrimSpace(l.text[:i]), l.text[i:]
			}
			if phr == "" {
				return fmt.Errorf("actor: %s line %d: entry without a phrase", name, l.n)
			}
			curID = int32(len(kb.dict))
			kb.dict = append(kb.dict, dictActor{name: displayName(phr)})
			cur = &kb.dict[curID]
			if code != "" {
				if err := cur.addCode(code); err != nil {
					return fmt.Errorf("actor: %s line %d: %w", name, l.n, err)
				}
			}
			kb.addDictPhrase(phr, entry{kind: eDict, id: curID})
		}
	}
	kb.finish()
	return nil
}

// addCode reads "[CODE]", "[CODE <date]", "[CODE >date]" or "[CODE d1-d2]".
func (d *dictActor) addCode(s string) error {
	end := strings.IndexByte(s, ']')
	if !strings.HasPrefix(s, "[") || end < 0 {
		return fmt.Errorf("malformed code %q", s)
	}
	f := strings.Fields(s[1:end])
	if len(f) == 0 {
		return fmt.Errorf("empty code %q", s)
	}
	code := strings.ToUpper(f[0])
	if i := strings.IndexByte(code, '/'); i >= 0 {
		code = code[:i] // "ELR/GAL": alternatives; the first is kept
	}
	if strings.Trim(code, "-+#") == "" {
		code = "" // "---": a phrase that is no actor
	}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		d.def = code
		return nil
	}
	var dc datedCode
	dc.code = code
	var err error
	switch {
	case rest[0] == '<':
		var t int32
		if t, err = petrDate(rest[1:]); err == nil {
			dc.end = addDays(t, -1)
		}
	case rest[0] == '>':
		var t int32
		if t, err = petrDate(rest[1:]); err == nil {
			dc.start = addDays(t, 1)
		}
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			return fmt.Errorf("date restriction %q is not <date, >date or date-date", rest)
		}
		if dc.start, err = petrDate(a); err == nil {
			dc.end, err = petrDate(b)
		}
	}
	if err != nil {
		return err
	}
	d.dates = append(d.dates, dc)
	return nil
}

// petrDate reads YYMMDD (years up to 30 are 20YY) or YYYYMMDD.
func petrDate(s string) (int32, error) {
	var y, m, dd int
	var err error
	bad := fmt.Errorf("date %q is not YYMMDD or YYYYMMDD", s)
	switch {
	case len(s) == 6:
		if y, err = strconv.Atoi(s[:2]); err != nil {
			return 0, bad
		}
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		s = s[2:]
	case len(s) == 8:
		if y, err = strconv.Atoi(s[:4]); err != nil {
			return 0, bad
		}
		s = s[4:]
	default:
		return 0, bad
	}
	if m, err = strconv.Atoi(s[:2]); err != nil {
		return 0, bad
	}
	if dd, err = strconv.Atoi(s[2:4]); err != nil {
		return 0, bad
	}
	t := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || dd < 1 || t.Day() != dd {
		return 0, fmt.Errorf("date %q is not a calendar date", s)
	}
	return dayOf(t), nil
}

func addDays(d int32, n int) int32 {
	t := time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
	return dayOf(t.AddDate(0, 0, n))
}

// dictWords splits a dictionary phrase ("NORTH_KOREA", "THE_AU", "UN_") into words.
func dictWords(phr string) []string {
	phr = strings.ReplaceAll(strings.TrimSpace(phr), "_", " ")
	return phraseWords(phr)
}

// Function words of dictionary phrases match in any case; other words of up
// to three letters are acronyms and must be capitals ("UN", "IMF"); the first
// content word must be capitalised.
var dictFunctionWords = map[uint64]bool{}

func init() {
	for _, w := range []string{"the", "of", "and", "for", "in", "on", "de", "al", "el", "a", "to"} {
		dictFunctionWords[hashString(w)] = true
	}
}

func (kb *KB) addDictPhrase(phr string, e entry) {
	words := dictWords(phr)
	if len(words) == 0 {
		return
	}
	req := make([]caseReq, len(words))
	content := 0
	for _, w := range words {
		if h, f := hashWord(w, 0, len(w)); !dictFunctionWords[h] && f&wLetter != 0 {
			content++
		}
	}
	for i, w := range words {
		h, f := hashWord(w, 0, len(w))
		switch {
		case dictFunctionWords[h] || f&wLetter == 0:
			req[i] = caseAny
		case content == 1 && letterCount(w) <= 3 || strings.Count(w, ".") >= 2:
			req[i] = caseCaps // "UN", "THE AU", "U.N."
		}
	}
	kb.addWords(phr, words, req, e)
}

func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127 {
			n++
		}
	}
	return n
}

// displayName turns "PRESIDENT_GEORGE_W._BUSH" into "President George W. Bush".
func displayName(phr string) string {
	f := strings.Fields(strings.ReplaceAll(phr, "_", " "))
	for i, w := range f {
		if letterCount(w) <= 3 && strings.ToUpper(w) == w && len(f) > 1 && !dictFunctionWords[hashString(w)] {
			continue // acronyms stay
		}
		lw := strings.ToLower(w)
		if i > 0 && dictFunctionWords[hashString(lw)] {
			f[i] = lw
			continue
		}
		f[i] = strings.ToUpper(lw[:1]) + lw[1:]
	}
	return strings.Join(f, " ")
}

// LoadPetrarchAgents merges a PETRARCH/TABARI agent dictionary into kb.
func (kb *KB) LoadPetrarchAgents(r io.Reader, name string) error {
	lines, err := readDictLines(r, name)
	if err != nil {
		return err
	}
	subst := map[string][]string{}
	for _, l := range lines {
		if strings.HasPrefix(l.text, "!") {
			if k, v, ok := strings.Cut(l.text, "="); ok {
				key := strings.TrimSpace(k)
				if len(key) < 3 || !strings.HasSuffix(key, "!") {
					return fmt.Errorf("actor: %s line %d: malformed substitution set %q", name, l.n, key)
				}
				var vals []string
				for _, x := range strings.Split(v, ",") {
					if x = strings.TrimSpace(x); x != "" {
						vals = append(vals, x)
					}
				}
				subst[key] = vals
				continue
			}
		}
		open := strings.IndexByte(l.text, '[')
		close := strings.LastIndexByte(l.text, ']')
		if open < 0 || close < open {
			return fmt.Errorf("actor: %s line %d: agent without a [code]", name, l.n)
		}
		code := strings.ToUpper(strings.TrimSpace(l.text[open+1 : close]))
		phr := strings.TrimSpace(l.text[:open])
		var plural []string
		autoPlural := true
		if i := strings.IndexByte(phr, '{'); i >= 0 {
			j := strings.IndexByte(phr[i:], '}')
			if j < 0 {
				return fmt.Errorf("actor: %s line %d: unclosed {plural}", name, l.n)
			}
			if p := strings.TrimSpace(phr[i+1 : i+j]); p != "" {
				plural = append(plural, p)
			}
			autoPlural = false
			phr = strings.TrimSpace(phr[:i])
		}
		if phr == "" {
			return fmt.Errorf("actor: %s line %d: agent without a phrase", name, l.n)
		}
		a := agent{}
		switch {
		case strings.HasPrefix(code, "~"):
			a.code = code[1:]
		case strings.HasSuffix(code, "~"):
			a.code, a.prefix = code[:len(code)-1], true
		default:
			return fmt.Errorf("actor: %s line %d: agent code %q has no ~", name, l.n, code)
		}
		if !isCode(a.code) {
			return fmt.Errorf("actor: %s line %d: agent code %q is not letters", name, l.n, a.code)
		}
		a.sector = a.code[:3]
		kb.sectors[a.sector] = true
		id := int32(len(kb.agents))
		kb.agents = append(kb.agents, a)
		forms := []string{phr}
		if strings.Contains(phr, "!") {
			expanded, err := expandSubst(phr, subst)
			if err != nil {
				return fmt.Errorf("actor: %s line %d: %w", name, l.n, err)
			}
			forms = expanded
			autoPlural = false
		}
		if autoPlural {
			forms = append(forms, regularPlural(phr))
		}
		forms = append(forms, plural...)
		for _, f := range forms {
			words := dictWords(f)
			req := make([]caseReq, len(words)) // agents match in any case
			kb.addWords(f, words, req, entry{kind: eAgent, id: id})
		}
	}
	kb.finish()
	return nil
}

// expandSubst replaces the first !SET! marker of phr by each member of the set.
func expandSubst(phr string, subst map[string][]string) ([]string, error) {
	i := strings.IndexByte(phr, '!')
	j := strings.IndexByte(phr[i+1:], '!')
	if j < 0 {
		return nil, fmt.Errorf("unclosed substitution marker in %q", phr)
	}
	key := phr[i : i+j+2]
	vals, ok := subst[key]
	if !ok {
		return nil, fmt.Errorf("unknown substitution set %s", key)
	}
	var out []string
	for _, v := range vals {
		s := phr[:i] + v + phr[i+j+2:]
		if strings.Contains(s, "!") {
			more, err := expandSubst(s, subst)
			if err != nil {
				return nil, err
			}
			out = append(out, more...)
		} else {
			out = append(out, s)
		}
	}
	return out, nil
}

// regularPlural forms the plural PETRARCH generates: +IES after Y, +ES after
// SS, else +S, on the last word.
func regularPlural(phr string) string {
	u := strings.ToUpper(phr)
	switch {
	case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
		return phr[:len(phr)-1] + "IES"
	case strings.HasSuffix(u, "SS"):
		return phr + "ES"
	}
	return phr + "S"
}

// Clone returns a copy of kb that dictionaries can be merged into without
// touching the original (Default's KB is shared).
func (kb *KB) Clone() *KB {
	c := *kb
	c.countries = append([]country(nil), kb.countries...)
	c.orgs = append([]org(nil), kb.orgs...)
	c.people = append([]person(nil), kb.people...)
	c.agents = append([]agent(nil), kb.agents...)
	c.titles = append([]title(nil), kb.titles...)
	c.descs = append([]desc(nil), kb.descs...)
	c.dict = append([]dictActor(nil), kb.dict...)
	c.phrases = make([]phrase, len(kb.phrases))
	for i, p := range kb.phrases {
		p.ents = append([]entry(nil), p.ents...)
		c.phrases[i] = p
	}
	c.iso = make(map[string]int, len(kb.iso))
	for k, v := range kb.iso {
		c.iso[k] = v
	}
	c.byKey = make(map[string]int32, len(kb.byKey))
	for k, v := range kb.byKey {
		c.byKey[k] = v
	}
	c.sectors = make(map[string]bool, len(kb.sectors))
	for k, v := range kb.sectors {
		c.sectors[k] = v
	}
	c.finish()
	return &c
}
