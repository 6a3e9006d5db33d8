package news

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/timex"
)

// Dateline is the place/date/outlet line that opens a wire story:
// "SEOUL, Sept. 9 (UPI) -- ", "MOSCOW, June 19, 2024 /TASS/. ".
type Dateline struct {
	Place  string // "SEOUL", "GAZA CITY" as written
	Region string // the qualifier after the place: "Gaza Strip" in "GAZA CITY, Gaza Strip (AP)"
	Outlet string // "UPI", "Reuters", "" when none is given
	// Month, Day and Year as written; 0 when absent (most datelines give no year).
	Month, Day, Year int
	Start, End       int // byte span of the dateline in the text, separator and following spaces included
}

// datelineWindow bounds how far into a text datelines are looked for: wire
// stories put them in the first line or right after a headline or byline.
const (
	datelineWindow = 600
	datelineLines  = 4
	maxDateline    = 120
)

// FindDateline looks for a dateline at the start of the text or of one of its
// first few lines.
func FindDateline(text string) (Dateline, bool) {
	pos := 0
	for n := 0; n < datelineLines && pos < len(text) && pos < datelineWindow; n++ {
		if d, ok := ParseDateline(text[pos:]); ok {
			d.Start += pos
			d.End += pos
			return d, true
		}
		nl := strings.IndexByte(text[pos:], '\n')
		if nl < 0 {
			break
		}
		pos += nl + 1
		for pos < len(text) && (text[pos] == '\n' || text[pos] == '\r') {
			pos++
		}
	}
	return Dateline{}, false
}

// ParseDateline parses a dateline at the very start of s (after spaces).
func ParseDateline(s string) (Dateline, bool) {
	p := dlParser{s: s}
	p.spaces(true)
	d := Dateline{Start: p.i}
	if p.peek() == '(' || p.peek() == '/' { // "(CNN) -- " has no place
		out, ok := p.outlet()
		if !ok {
			return Dateline{}, false
		}
		d.Outlet = out
		return p.finish(d, true)
	}
	place, allCaps := p.placeName()
	if place == "" || stopHeads[strings.ToUpper(place)] {
		return Dateline{}, false
	}
	d.Place = place
	// "KYIV/MOSCOW (Reuters) -": joint datelines keep the first place.
	for p.peek() == '/' && p.i+1 < len(p.s) && p.s[p.i+1] >= 'A' && p.s[p.i+1] <= 'Z' {
		save := p.i
		p.i++
		if other, caps := p.placeName(); other == "" || caps != allCaps {
			p.i = save
			break
		}
	}
	for k := 0; k < 3; k++ {
		save := p.i
		if !p.comma() {
			break
		}
		if m, day, y, ok := p.date(); ok && d.Month == 0 {
			d.Month, d.Day, d.Year = m, day, y
			continue
		}
		if out, ok := p.knownOutlet(); ok && d.Outlet == "" {
			d.Outlet = out
			continue
		}
		if r, _ := p.placeName(); r != "" && d.Region == "" && d.Month == 0 && d.Outlet == "" && timex.MonthNumber(firstWord(r)) == 0 {
			d.Region = r
			continue
		}
		p.i = save
		break
	}
	if d.Outlet == "" {
		save := p.i
		p.spaces(false)
		if out, ok := p.outlet(); ok {
			d.Outlet = out
		} else {
			p.i = save
		}
	}
	// A capitalised word followed by a dash is common prose ("Meanwhile —"):
	// without a date or an outlet only an all-capitals place counts.
	if d.Month == 0 && d.Outlet == "" && !allCaps {
		return Dateline{}, false
	}
	return p.finish(d, d.Outlet != "")
}

// stopHeads are capitalised lead-ins that look like a place before a colon or dash.
var stopHeads = map[string]bool{
	"BREAKING": true, "UPDATE": true, "UPDATED": true, "EXCLUSIVE": true, "ANALYSIS": true,
	"OPINION": true, "NOTE": true, "EDITOR'S NOTE": true, "CORRECTION": true, "WATCH": true,
	"VIDEO": true, "PHOTOS": true, "LIVE": true, "FACTBOX": true, "EXPLAINER": true,
	"COMMENT": true, "EDITORIAL": true, "URGENT": true, "FLASH": true, "BULLETIN": true,
	"ADVISORY": true, "FEATURE": true, "REVIEW": true, "INTERVIEW": true, "PHOTO": true,
	"SUMMARY": true, "Q&A": true, "BY": true, "THE": true, "A": true, "I": true, "OK": true,
	"NEW": true, "AND": true, "BUT": true, "SO": true, "US": true, "UPDATES": true, "RECAP": true,
}

type dlParser struct {
	s string
	i int
}

func (p *dlParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// spaces skips blanks, and line breaks too when nl is set.
func (p *dlParser) spaces(nl bool) {
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == ' ' || c == '\t' || (nl && (c == '\n' || c == '\r')) {
			p.i++
			continue
		}
		if strings.HasPrefix(p.s[p.i:], "\u00a0") {
			p.i += 2
			continue
		}
		break
	}
}

func (p *dlParser) comma() bool {
	j := p.i
	for j < len(p.s) && p.s[j] == ' ' {
		j++
	}
	if j < len(p.s) && p.s[j] == ',' {
		p.i = j + 1
		p.spaces(false)
		return true
	}
	return false
}

// word reads letters, digits, periods, apostrophes and inner hyphens.
func (p *dlParser) word() string {
	j := p.i
	for j < len(p.s) {
		r, n := utf8.DecodeRuneInString(p.s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '\u2019' || r == '&' ||
			(r == '-' && j > p.i && j+1 < len(p.s) && p.s[j+1] != '-' && p.s[j+1] != ' ') {
			j += n
			continue
		}
		break
	}
	w := p.s[p.i:j]
	p.i = j
	return w
}

// placeConnectors may stand lower-case inside a place name ("RIO DE JANEIRO").
var placeConnectors = map[string]bool{"de": true, "da": true, "do": true, "del": true, "al": true,
	"el": true, "es": true, "la": true, "le": true, "du": true, "of": true, "on": true, "upon": true, "am": true}

// placeName reads one to five capitalised words; allCaps tells whether every
// letter was upper case.
func (p *dlParser) placeName() (name string, allCaps bool) {
	start, end := p.i, p.i
	allCaps = true
	words := 0
	for words < 5 {
		save := p.i
		if words > 0 {
			if p.peek() != ' ' {
				break
			}
			p.spaces(false)
		}
		w := p.word()
		if w == "" || w == "." {
			p.i = save
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		lowerJoin := placeConnectors[w] && words > 0
		if !unicode.IsUpper(r) && !lowerJoin {
			p.i = save
			break
		}
		if words > 0 && timex.MonthNumber(w) > 0 && !allCaps {
			p.i = save
			break
		}
		if hasDigit(w) {
			p.i = save
			break
		}
		if !lowerJoin && strings.ToUpper(w) != w {
			allCaps = false
		}
		words++
		end = p.i
	}
	p.i = end
	name = strings.TrimRight(p.s[start:end], ".")
	if words == 0 || len(name) > 40 || !hasLetter(name) {
		p.i = start
		return "", false
	}
	// "ST. LOUIS" keeps its period; a trailing one (abbreviated state) is dropped
	// from the name but stays consumed.
	return name, allCaps && hasUpper(name)
}

// date reads "Sept. 9", "September 16", "June 19, 2024", "Nov 2", "12 March 2023".
func (p *dlParser) date() (month, day, year int, ok bool) {
	save := p.i
	w := p.word()
	if m := timex.MonthNumber(w); m > 0 {
		p.spaces(false)
		d := p.number(2)
		if d < 1 || d > 31 {
			p.i = save
			return 0, 0, 0, false
		}
		y := p.year(true)
		return m, d, y, true
	}
	p.i = save
	d := p.number(2)
	if d >= 1 && d <= 31 && p.peek() == ' ' {
		p.spaces(false)
		if m := timex.MonthNumber(p.word()); m > 0 {
			return m, d, p.year(false), true
		}
	}
	p.i = save
	return 0, 0, 0, false
}

// year reads an optional year after a date: ", 2024" (comma allowed) or " 2024".
func (p *dlParser) year(comma bool) int {
	save := p.i
	if comma && p.peek() == ',' {
		p.i++
	}
	p.spaces(false)
	y := p.number(4)
	if y >= 1900 && y <= 2200 && p.i-save >= 5 {
		return y
	}
	p.i = save
	return 0
}

// number reads up to max digits not followed by another digit or letter.
func (p *dlParser) number(max int) int {
	j, n := p.i, 0
	for j < len(p.s) && j-p.i < max && p.s[j] >= '0' && p.s[j] <= '9' {
		n = n*10 + int(p.s[j]-'0')
		j++
	}
	if j == p.i || (j < len(p.s) && (isDigit(p.s[j]) || isASCIILetter(p.s[j]))) {
		return -1
	}
	p.i = j
	return n
}

// outlet reads "(Reuters)" or "/TASS/".
func (p *dlParser) outlet() (string, bool) {
	open := p.peek()
	if open != '(' && open != '/' {
		return "", false
	}
	closeCh := byte(')')
	if open == '/' {
		closeCh = '/'
	}
	j := strings.IndexByte(p.s[p.i+1:], closeCh)
	if j < 1 || j > 40 {
		return "", false
	}
	name := strings.TrimSpace(p.s[p.i+1 : p.i+1+j])
	if name == "" || strings.ContainsAny(name, "\n()/") || !hasUpper(name) {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) && !knownOutlets[strings.ToLower(name)] {
		return "", false
	}
	p.i += j + 2
	return name, true
}

// knownOutlets can follow a comma without brackets ("Tehran, IRNA --").
var knownOutlets = map[string]bool{
	"ap": true, "afp": true, "upi": true, "reuters": true, "xinhua": true, "yonhap": true,
	"kcna": true, "tass": true, "itar-tass": true, "irna": true, "isna": true, "mehr": true,
	"kyodo": true, "jiji": true, "ani": true, "pti": true, "ians": true, "bernama": true,
	"antara": true, "anadolu": true, "aa": true, "dpa": true, "efe": true, "ansa": true,
	"interfax": true, "ria novosti": true, "sputnik": true, "wafa": true, "spa": true,
	"wam": true, "qna": true, "kuna": true, "mena": true, "sana": true, "petra": true,
	"vna": true, "pna": true, "app": true, "bss": true, "cna": true, "ukrinform": true,
	"belta": true, "kazinform": true, "trend": true, "apa": true, "armenpress": true,
	"prensa latina": true, "lusa": true, "pap": true, "ctk": true, "mti": true, "hina": true,
	"tanjug": true, "nna": true, "ina": true, "bna": true, "ona": true, "sapa": true,
	"nan": true, "kna": true, "xinhua news agency": true, "kpl": true, "akp": true,
	"mna": true, "tasnim": true, "fars": true, "presstv": true,
}

func (p *dlParser) knownOutlet() (string, bool) {
	save := p.i
	start := p.i
	for words := 0; words < 3; words++ {
		if words > 0 {
			if p.peek() != ' ' {
				break
			}
			p.i++
		}
		if p.word() == "" {
			p.i--
			break
		}
		if name := p.s[start:p.i]; knownOutlets[strings.ToLower(name)] {
			return name, true
		}
	}
	p.i = save
	return "", false
}

// finish reads the separator that ends a dateline and the spaces after it.
func (p *dlParser) finish(d Dateline, afterOutlet bool) (Dateline, bool) {
	p.spaces(false)
	rest := p.s[p.i:]
	var n int
	switch {
	case strings.HasPrefix(rest, "---"):
		n = 3
	case strings.HasPrefix(rest, "--"):
		n = 2
	case strings.HasPrefix(rest, "\u2014"), strings.HasPrefix(rest, "\u2013"): // em, en dash
		n = 3
	case strings.HasPrefix(rest, "-"), strings.HasPrefix(rest, ":"):
		n = 1
	case afterOutlet && strings.HasPrefix(rest, "."): // "/TASS/. "
		n = 1
	case afterOutlet && (rest == "" || rest[0] == '\n' || rest[0] == '\r'): // "(Reuters)\n"
		n = 0
	default:
		return Dateline{}, false
	}
	p.i += n
	// The separator must stand alone: "-" then a space or line end.
	if n > 0 && p.i < len(p.s) && p.s[p.i] != ' ' && p.s[p.i] != '\n' && p.s[p.i] != '\r' && p.s[p.i] != '\t' && !strings.HasPrefix(p.s[p.i:], "\u00a0") {
		// "WASHINGTON—The" has no space after the dash; allow a capital there.
		r, _ := utf8.DecodeRuneInString(p.s[p.i:])
		if n == 1 || !(unicode.IsUpper(r) || r == '"' || r == '\u201c') {
			return Dateline{}, false
		}
	}
	if p.i-d.Start > maxDateline {
		return Dateline{}, false
	}
	p.spaces(true)
	d.End = p.i
	return d, true
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
