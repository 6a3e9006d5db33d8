package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words are compared by a 64-bit FNV-1a hash of their normalised lower-case
// form, computed straight from the token text so that the hot path allocates
// nothing per token. Normalisation: lower case, curly apostrophes made
// straight, a trailing period dropped ("U.S." = "U.S", "Gen." = "Gen"), and a
// possessive "'s" split off by the caller. Hyphens separate words: "Russian-backed"
// is the two words "russian" "backed", so "Guinea-Bissau" in the knowledge base
// matches whether or not a tokenizer splits hyphens.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// caseReq says what capitalisation a knowledge-base word asks of the text.
type caseReq uint8

const (
	caseAny   caseReq = iota // "the", "of", agents: any case
	caseUpper                // "Korea": must start with a capital
	caseCaps                 // "US", "UN", "WHO": must be all capitals
)

// word flags of a text sub-word.
const (
	wCap       uint8 = 1 << iota // starts with an upper-case letter
	wCaps                        // every letter upper-case, at least one letter
	wFirst                       // first sub-word of its token
	wLast                        // last sub-word of its token
	wLetter                      // has a letter
	wPossessed                   // the token ended in 's that was cut off
)

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' || r == '\u2013' }

// hashWord hashes s[a:b] (lower-cased, normalised) and returns its flags.
// A trailing period is ignored when the word has other characters.
func hashWord(s string, a, b int) (uint64, uint8) {
	if b-a > 1 && s[b-1] == '.' {
		b--
	}
	h := uint64(fnvOffset)
	var flags uint8
	letters, uppers := 0, 0
	for i := a; i < b; {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if letters == 0 {
					flags |= wCap
				}
				letters++
				uppers++
				c += 'a' - 'A'
			} else if 'a' <= c && c <= 'z' {
				letters++
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		if r == '\u2019' || r == '\u2018' {
			h = (h ^ uint64('\'')) * fnvPrime
			continue
		}
		if unicode.IsLetter(r) {
			if unicode.IsUpper(r) {
				if letters == 0 {
					flags |= wCap
				}
				uppers++
				r = unicode.ToLower(r)
			}
			letters++
		}
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		for j := 0; j < n; j++ {
			h = (h ^ uint64(buf[j])) * fnvPrime
		}
	}
	if letters > 0 {
		flags |= wLetter
		if uppers == letters {
			flags |= wCaps
		}
	}
	return h, flags
}

// hashString hashes a whole word, as hashWord does.
func hashString(w string) uint64 {
	h, _ := hashWord(w, 0, len(w))
	return h
}

// splitWords splits a knowledge-base phrase into words the way text is split:
// at spaces and hyphens, with "'s" a word of its own. It returns the words as
// written, for case requirements and display.
func splitWords(phrase string) []string {
	var out []string
	for _, f := range strings.Fields(phrase) {
		start := 0
		for i, r := range f {
			if isHyphen(r) {
				if i > start {
					out = append(out, f[start:i])
				}
				start = i + utf8.RuneLen(r)
			}
		}
		if start < len(f) {
			w := f[start:]
			if base, ok := cutPossessive(w); ok {
				out = append(out, base, "'s")
			} else {
				out = append(out, w)
			}
		}
	}
	return out
}

// cutPossessive removes a final 's or ’s from a word longer than the suffix.
func cutPossessive(w string) (string, bool) {
	if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
		return w[:len(w)-2], true
	}
	if len(w) > 4 && strings.HasSuffix(w, "\u2019s") {
		return w[:len(w)-4], true
	}
	return "", false
}

// reqOf is the case requirement a knowledge-base word puts on text.
func reqOf(w string) caseReq {
	_, f := hashWord(w, 0, len(w))
	if f&wLetter == 0 || f&wCap == 0 {
		return caseAny
	}
	if f&wCaps != 0 {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		// Short all-capital words are abbreviations that collide with common
		// words ("US", "IS", "WHO"); longer ones are written "Nato", "Asean" too.
		if letters >= 2 && letters <= 4 {
			return caseCaps
		}
	}
	return caseUpper
}

func (c caseReq) ok(flags uint8) bool {
	switch c {
	case caseUpper:
		return flags&wCap != 0
	case caseCaps:
		return flags&wCaps != 0
	}
	return true
}
