package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into word and punctuation tokens, following the Penn
// Treebank / UD English conventions where news needs them:
//
//   - punctuation, brackets, straight and curly quotes are tokens of their own;
//     runs of one mark stay together ("...", "--", "?!", "“", "”");
//   - clitics split off: "Kim's" -> "Kim" "'s", "don't" -> "do" "n't",
//     "can't" -> "ca" "n't", "cannot" -> "can" "not", "we're" -> "we" "'re";
//     a final apostrophe ("leaders'") is its own token;
//   - hyphenated words and names stay whole ("Diaz-Canel", "test-fired",
//     "24-year-old"); EWT splits most of these, but whole words keep names
//     and compounds intact for actor matching;
//   - numbers keep internal separators between digits: "1,000", "3.5",
//     "10:30", "2024-06-19", "1/2";
//   - abbreviations keep their period: listed ones ("Sept.", "Gen.", "Inc.";
//     data/abbrev.txt), single initials ("W."), letter-period runs ("U.S.",
//     "a.m."), and "No." only before a number. A period followed directly by
//     a digit still splits after a listed abbreviation: "Jan.1" -> "Jan." "1";
//   - URLs and e-mail addresses are single tokens.
//
// Each Token has Text == text[Start:End] (a substring, not a copy), offsets
// strictly increasing and Head = -1. Any byte sequence is accepted; invalid
// UTF-8 bytes are treated as letters.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+8)
	return appendTokens(toks, text)
}

// appendTokens appends the tokens of text to toks.
func appendTokens(toks []Token, text string) []Token {
	n := len(text)
	i := 0
	for i < n {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiClass[c]&cSpace != 0 {
				i++
				continue
			}
		} else if r, sz := utf8.DecodeRuneInString(text[i:]); isSpace(r) {
			i += sz
			continue
		}
		// A chunk is a maximal run of non-space characters.
		ce := i
		for ce < n {
			if c := text[ce]; c < utf8.RuneSelf {
				if asciiClass[c]&cSpace != 0 {
					break
				}
				ce++
				continue
			}
			r, sz := utf8.DecodeRuneInString(text[ce:])
			if isSpace(r) {
				break
			}
			ce += sz
		}
		toks = appendChunk(toks, text, i, ce)
		i = ce
	}
	return toks
}

func emit(toks []Token, text string, a, b int) []Token {
	n := len(toks)
	if n == cap(toks) {
		return append(toks, Token{Text: text[a:b], Start: a, End: b, Head: -1})
	}
	// Fill the zeroed spare capacity field by field: copying a whole Token
	// would pay a write barrier for each of its six string fields.
	toks = toks[:n+1]
	t := &toks[n]
	t.Text, t.Start, t.End, t.Head = text[a:b], a, b, -1
	return toks
}

// appendChunk tokenizes the whitespace-free span text[cs:ce].
func appendChunk(toks []Token, text string, cs, ce int) []Token {
	if us, ue, ok := findURL(text, cs, ce); ok {
		toks = appendPieces(toks, text, cs, us)
		toks = emit(toks, text, us, ue)
		return appendPieces(toks, text, ue, ce)
	}
	return appendPieces(toks, text, cs, ce)
}

// appendPieces splits text[p:ce] into tokens without URL detection.
func appendPieces(toks []Token, text string, p, ce int) []Token {
	for p < ce {
		r, sz := decode(text, p)
		if isAlnum(r) || ((r == '#' || r == '@') && p+1 < ce && isLetterAt(text, p+1)) {
			var w int
			w, toks = scanWord(toks, text, p, ce)
			p = w
			continue
		}
		q := scanPunct(text, p, ce, r, sz)
		toks = emit(toks, text, p, q)
		p = q
	}
	return toks
}

// scanWord scans the word starting at p, appends it (split into clitics when
// needed) and returns the position after it.
func scanWord(toks []Token, text string, p, ce int) (int, []Token) {
	// Letter-period runs: "U.S.", "a.m.", "U.N.", "e.g.".
	if k := acronymEnd(text, p, ce); k > p {
		if k+1 < ce && text[k] == '-' && isAlnumAt(text, k+1) {
			k, _ = wordEnd(text, k+1, ce) // "U.S.-led"
		}
		return k, emit(toks, text, p, k)
	}
	_, sz := decode(text, p)
	w, apos := wordEnd(text, p+sz, ce)
	word := text[p:w]

	// A period after the word: keep it when the word is an abbreviation.
	if w < ce && text[w] == '.' {
		if !(w+1 < ce && text[w+1] == '.') && isAbbrevWord(text, p, w) {
			return w + 1, emit(toks, text, p, w+1)
		}
		// Listed abbreviations with inner periods: "Ph.D.".
		k := w + 1
		for k < ce && isASCIILetter(text[k]) {
			k++
		}
		if k > w+1 && k < ce && text[k] == '.' && abbrevs[text[p:k+1]] != abbrevNone {
			return k + 1, emit(toks, text, p, k+1)
		}
	}

	// Clitics. Only words that contain an apostrophe, or "cannot", qualify.
	if apos {
		if a, ok := cliticStart(word); ok && a > 0 {
			toks = emit(toks, text, p, p+a)
			return w, emit(toks, text, p+a, w)
		}
	} else if len(word) == 6 && strings.EqualFold(word, "cannot") {
		toks = emit(toks, text, p, p+3)
		return w, emit(toks, text, p+3, w)
	}
	return w, emit(toks, text, p, w)
}

// wordEnd extends a word from q (just after an alphanumeric character) over
// alphanumerics and the joiners allowed between them. apos reports whether
// the word holds an apostrophe.
func wordEnd(text string, q, ce int) (end int, apos bool) {
	for q < ce {
		if c := text[q]; c < utf8.RuneSelf && asciiClass[c]&(cLetter|cDigit) != 0 {
			q++
			continue
		}
		r, sz := decode(text, q)
		if isAlnum(r) {
			q += sz
			continue
		}
		next := q + sz
		if next >= ce {
			break
		}
		prev := text[q-1]
		switch r {
		case '-', '\u2010', '\u2011', '_': // hyphens join words: "test-fired"
			if isAlnumAt(text, next) {
				q = next
				continue
			}
		case '\'', '\u2019': // apostrophes inside words: "don't", "O'Brien"
			if isLetterAt(text, next) && (isASCIILetter(prev) || prev >= 0x80) {
				q = next
				apos = true
				continue
			}
		case '.', ',', ':', '/': // number separators: "1,000", "3.5", "10:30"
			if isDigit(prev) && isDigit(text[next]) {
				q = next
				continue
			}
			// Domain and file names: "example.com", "report.pdf". A
			// capital after the dot is more likely a missing space.
			if r == '.' && text[next] >= 'a' && text[next] <= 'z' && prev != '.' {
				q = next
				continue
			}
		case '&': // "AT&T", "S&P"
			if isUpper(prev) && isUpper(text[next]) {
				q = next
				continue
			}
		}
		break
	}
	return q, apos
}

// acronymEnd returns the end of a letter-period run of at least two pairs
// starting at p ("U.S.", "a.m."), or p if there is none.
func acronymEnd(text string, p, ce int) int {
	k, pairs := p, 0
	for k+1 < ce && isASCIILetter(text[k]) && text[k+1] == '.' {
		k += 2
		pairs++
	}
	if pairs < 2 {
		return p
	}
	if k < ce && isAlnumAt(text, k) {
		// "U.S.A" without the final period takes the last letter; anything
		// longer ("e.g.Then") is not an acronym tail.
		if isASCIILetter(text[k]) && (k+1 == ce || !isAlnumAt(text, k+1)) {
			return k + 1
		}
		return k
	}
	return k
}

// isAbbrevWord reports whether text[p:w] followed by the period at w is an
// abbreviation that keeps its period.
func isAbbrevWord(text string, p, w int) bool {
	if r, sz := utf8.DecodeRuneInString(text[p:w]); p+sz == w && unicode.IsUpper(r) {
		return true // an initial: "W."
	}
	switch abbrevs[text[p:w+1]] {
	case abbrevNone:
		return false
	case abbrevNumber:
		// "No. 1", "No.1" but not "said no."
		q := w + 1
		for q < len(text) && (text[q] == ' ' || text[q] == '\t') {
			q++
		}
		return q < len(text) && isDigit(text[q])
	}
	return true
}

// cliticStart returns the offset in word where a clitic begins: "n't",
// "'s", "'re", "'ve", "'ll", "'d", "'m" (straight or curly apostrophe).
func cliticStart(word string) (int, bool) {
	n := len(word)
	// n't / n’t
	if n > 3 && (word[n-1] == 't' || word[n-1] == 'T') {
		if word[n-2] == '\'' && (word[n-3] == 'n' || word[n-3] == 'N') {
			return n - 3, true
		}
		if n > 5 && strings.HasSuffix(word[:n-1], "\u2019") && (word[n-5] == 'n' || word[n-5] == 'N') {
			return n - 5, true
		}
	}
	// Find the last apostrophe; the clitic must run to the end of the word.
	a := strings.LastIndexByte(word, '\'')
	al := 1
	if c := strings.LastIndex(word, "\u2019"); c > a {
		a, al = c, 3
	}
	if a <= 0 {
		return 0, false
	}
	switch strings.ToLower(word[a+al:]) {
	case "s", "re", "ve", "ll", "d":
		return a, true
	case "m":
		if a == 1 && (word[0] == 'I' || word[0] == 'i') {
			return a, true
		}
	}
	return 0, false
}

// scanPunct returns the end of the punctuation or symbol token at p, whose
// first rune r has size sz.
func scanPunct(text string, p, ce int, r rune, sz int) int {
	switch r {
	case ':', ';':
		// Emoticons standing alone: ":)", ":-(", ";)".
		if n := emoticonLen(text, p, ce); n > 0 {
			return p + n
		}
		return p + sz
	case '.', '-', '?', '!', '`', '\u2014', '\u2013', '*', '=', '_', '+', '$', '#', '~', '<', '>', '^', '|':
		// A run of the same mark is one token ("...", "--", "``", "$$$"),
		// and ?/! mix ("?!").
		q := p + sz
		for q < ce {
			r2, sz2 := decode(text, q)
			if r2 != r && !((r == '?' || r == '!') && (r2 == '?' || r2 == '!')) {
				break
			}
			q += sz2
		}
		return q
	case '\'', '\u2019':
		if r == '\'' && p+1 < ce && text[p+1] == '\'' {
			return p + 2 // ''
		}
		// A clitic after an already split word: "U.S.'s".
		q := p + sz
		e := q
		for e < ce && isASCIILetter(text[e]) {
			e++
		}
		if e > q && (e == ce || !isAlnumAt(text, e)) {
			switch strings.ToLower(text[q:e]) {
			case "s", "re", "ve", "ll", "d":
				if p > 0 && !isSpaceBefore(text, p) {
					return e
				}
			}
		}
		return q
	}
	return p + sz
}

// emoticonLen returns the length of an emoticon at text[p:] that stands
// alone in its chunk (up to final punctuation), or 0.
func emoticonLen(text string, p, ce int) int {
	if p > 0 && !isSpaceBefore(text, p) {
		return 0
	}
	q := p + 1
	if q < ce && text[q] == '-' {
		q++
	}
	if q >= ce || strings.IndexByte(")(DPp/|", text[q]) < 0 {
		return 0
	}
	q++
	if q < ce && isAlnumAt(text, q) {
		return 0
	}
	return q - p
}

// findURL finds a URL or e-mail address in the chunk text[cs:ce], returning
// its span without surrounding brackets, quotes and final punctuation.
func findURL(text string, cs, ce int) (int, int, bool) {
	chunk := text[cs:ce]
	if len(chunk) < 5 {
		return 0, 0, false
	}
	if !maybeURL(chunk) {
		return 0, 0, false
	}
	us, ue := cs, ce
	for us < ue {
		r, sz := decode(text, us)
		if !strings.ContainsRune("(\"'<[{\u201c\u2018\u00ab", r) {
			break
		}
		us += sz
	}
	for ue > us {
		r, sz := utf8.DecodeLastRuneInString(text[us:ue])
		if r == ')' && strings.IndexByte(text[us:ue], '(') >= 0 {
			break
		}
		if !strings.ContainsRune(".,;:!?)\"'>]}\u201d\u2019\u00bb", r) {
			break
		}
		ue -= sz
	}
	u := text[us:ue]
	switch {
	case strings.Contains(u, "://"):
		i := strings.Index(u, "://")
		if i == 0 || !isASCIILetter(u[0]) || len(u) <= i+3 {
			return 0, 0, false
		}
	case strings.HasPrefix(u, "www.") || strings.HasPrefix(u, "WWW."):
		if len(u) <= 4 {
			return 0, 0, false
		}
	default:
		// e-mail: letters before the @ and a dot in the domain after it.
		a := strings.IndexByte(u, '@')
		if a <= 0 || !isAlnumAt(u, a-1) {
			return 0, 0, false
		}
		d := strings.IndexByte(u[a:], '.')
		if d < 2 || a+d+1 >= len(u) || !isAlnumAt(u, a+d+1) {
			return 0, 0, false
		}
	}
	return us, ue, true
}

// maybeURL is a quick pre-check for findURL: the chunk holds "@", "://" or
// "www.".
func maybeURL(chunk string) bool {
	for i := 0; i < len(chunk); i++ {
		switch chunk[i] {
		case '@':
			return true
		case ':':
			if strings.HasPrefix(chunk[i:], "://") {
				return true
			}
		case '.':
			if i >= 3 && (chunk[i-3:i] == "www" || chunk[i-3:i] == "WWW") {
				return true
			}
		}
	}
	return false
}

// decode returns the rune at text[i:] and its size; an invalid byte decodes as
// utf8.RuneError of size 1.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// ASCII character classes for the fast paths.
const (
	cSpace = 1 << iota
	cLetter
	cDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = cSpace
		case isASCIILetter(byte(c)):
			t[c] = cLetter
		case isDigit(byte(c)):
			t[c] = cDigit
		}
	}
	return t
}()

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// isSpaceBefore reports whether the byte before p is ASCII white space.
func isSpaceBefore(text string, p int) bool {
	c := text[p-1]
	return c == ' ' || c == '\n' || c == '\t' || c == '\r'
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r)) || isDigit(byte(r))
	}
	// Invalid bytes count as letters so they stay inside words.
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isAlnumAt(text string, i int) bool {
	r, _ := decode(text, i)
	return isAlnum(r)
}

func isLetterAt(text string, i int) bool {
	r, _ := decode(text, i)
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return r == utf8.RuneError || unicode.IsLetter(r)
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isUpper(c byte) bool       { return c >= 'A' && c <= 'Z' }
