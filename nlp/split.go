package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment tokenizes text and splits it into sentences. Sentence tokens carry
// offsets into text; all sentences share one token array, each slice capped
// so that appending to one cannot overwrite the next.
//
// A sentence ends:
//   - at a line break (a headline, a byline or a paragraph never runs on);
//   - after ".", "?", "!", "..." or "…" plus any closing quotes and brackets
//     attached to it, unless the next token starts in lower case or is
//     punctuation such as "," or ")";
//   - after an abbreviation that may end a sentence ("U.S.", "Inc.", an
//     initial) only when the next word is a typical sentence opener ("The",
//     "He", "But", ...) or a new quotation, so "U.S. officials" and
//     "George W. Bush" stay whole; titles ("Mr.", "Gen.") never end one,
//     months ("Sept.") and "No." never end one before a number, and "a.m."
//     and "p.m." end one before any capitalised word but a day, month or
//     time zone.
//
// A dateline at the start of a paragraph ("SEOUL, Sept. 9 (UPI) --",
// "TOKYO, March 22. /TASS/.") is never split from the sentence it opens.
func Segment(text string) []Sentence {
	toks := Tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	sents := make([]Sentence, 0, len(toks)/20+2)
	start := 0
	para := true // the next token opens a paragraph (or the text)
	datelineEnd := -1
	for i := 0; i < len(toks); i++ {
		if para {
			datelineEnd = dateline(toks, i)
			para = false
		}
		if i+1 == len(toks) {
			break
		}
		gap := text[toks[i].End:toks[i+1].Start]
		if hasLineBreak(gap) {
			sents = appendSentence(sents, toks, start, i+1)
			start = i + 1
			para = true
			continue
		}
		if i < datelineEnd {
			continue
		}
		if end := sentenceEnd(text, toks, i); end >= 0 {
			sents = appendSentence(sents, toks, start, end+1)
			start = end + 1
			i = end
			para = false
			// The closers absorbed into the sentence may precede a line break.
			if end+1 < len(toks) && hasLineBreak(text[toks[end].End:toks[end+1].Start]) {
				para = true
			}
		}
	}
	if start < len(toks) {
		sents = appendSentence(sents, toks, start, len(toks))
	}
	return sents
}

func appendSentence(sents []Sentence, toks []Token, a, b int) []Sentence {
	return append(sents, Sentence{
		Index:  len(sents),
		Start:  toks[a].Start,
		End:    toks[b-1].End,
		Tokens: toks[a:b:b],
	})
}

// hasLineBreak reports whether the white space gap holds a line break.
func hasLineBreak(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n', '\r', '\v', '\f':
			return true
		case 0xe2: // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
			if strings.HasPrefix(gap[i:], "\u2028") || strings.HasPrefix(gap[i:], "\u2029") {
				return true
			}
		case 0xc2: // U+0085 NEXT LINE
			if strings.HasPrefix(gap[i:], "\u0085") {
				return true
			}
		}
	}
	return false
}

// sentenceEnd decides whether a sentence ends with token i (plus the closing
// quotes and brackets attached to it). It returns the index of the last token
// of the sentence, or -1 if the sentence goes on.
func sentenceEnd(text string, toks []Token, i int) int {
	t := toks[i].Text
	var class abbrevClass
	switch {
	case isTerminal(t):
	case len(t) > 1 && t[len(t)-1] == '.':
		class = abbrevClassOf(t)
		if class == abbrevTitle {
			return -1
		}
	default:
		return -1
	}
	// Take in closing quotes and brackets written right after the mark.
	end := i
	closed := false
	for end+1 < len(toks) && toks[end+1].Start == toks[end].End && isCloser(toks[end+1].Text) {
		end++
		closed = true
	}
	if end+1 == len(toks) {
		return end
	}
	next := toks[end+1].Text
	if hasLineBreak(text[toks[end].End:toks[end+1].Start]) {
		return end
	}
	r, _ := utf8.DecodeRuneInString(next)
	if class == abbrevNone {
		// ".", "?", "!", "...": a new sentence unless it starts in lower
		// case or with punctuation that continues the old one.
		if unicode.IsLower(r) || continues(next) {
			return -1
		}
		return end
	}
	// An abbreviation: only a typical opener (or a new quotation) starts a
	// new sentence; a closing quote after it is a sentence end as well.
	if startWords[next] || (closed && unicode.IsUpper(r)) {
		return end
	}
	if class == abbrevTime && unicode.IsUpper(r) && !timeWords[next] {
		return end // "at 3 p.m. Kim arrived", but "at 3 p.m. Monday"
	}
	if class == abbrevGeneric && isOpener(next) && end+2 < len(toks) {
		r2, _ := utf8.DecodeRuneInString(toks[end+2].Text)
		if unicode.IsUpper(r2) {
			return end
		}
	}
	return -1
}

// abbrevClassOf classifies a period-final token that is not plain
// punctuation.
func abbrevClassOf(t string) abbrevClass {
	if c := abbrevs[t]; c != abbrevNone {
		if c == abbrevNumber {
			return abbrevMonth // kept whole only before a number
		}
		return c
	}
	return abbrevGeneric // initials, "U.S.", "a.m."
}

// isTerminal reports whether t is sentence-final punctuation.
func isTerminal(t string) bool {
	switch t[0] {
	case '.', '?', '!':
		return true
	}
	return t == "\u2026" || t == "\u203c" || t == "\u2047" || t == "\u2048" || t == "\u2049"
}

// isCloser reports whether t closes a quotation or bracket.
func isCloser(t string) bool {
	switch t {
	case "\"", "'", "''", ")", "]", "}", "\u201d", "\u2019", "\u00bb", "\u203a":
		return true
	}
	return false
}

// isOpener reports whether t opens a quotation or bracket.
func isOpener(t string) bool {
	switch t {
	case "\"", "'", "``", "(", "[", "\u201c", "\u2018", "\u00ab", "\u2039":
		return true
	}
	return false
}

// continues reports whether a token after a full stop shows the sentence has
// not ended: "," ";" ":" or a closing bracket or a dash.
func continues(t string) bool {
	switch t {
	case ",", ";", ":", ")", "]", "}", "%", "-", "--", "\u2013", "\u2014", "/",
		".", "...", "\u2026", "?", "!": // spaced ". . ." and "? !" end later
		return true
	}
	return false
}

// dateline returns the index of the first token after a news dateline that
// opens the paragraph at toks[i] ("SEOUL, Sept. 9 (UPI) --",
// "WASHINGTON (AP) —", "TOKYO, March 22. /TASS/."), or -1 if there is none.
// Sentence ends inside the dateline are ignored.
func dateline(toks []Token, i int) int {
	const maxLen = 14
	r, _ := utf8.DecodeRuneInString(toks[i].Text)
	if !unicode.IsUpper(r) {
		return -1
	}
	for j := i + 1; j < len(toks) && j < i+maxLen; j++ {
		t := toks[j].Text
		switch t {
		case "(":
			// (AGENCY) optionally followed by a dash.
			k := j + 1
			for k < len(toks) && k < j+5 && toks[k].Text != ")" {
				k++
			}
			if k >= len(toks) || toks[k].Text != ")" {
				return -1
			}
			if e := afterSeparator(toks, k+1); e > k+1 {
				return e
			}
			return -1
		case "/":
			// /AGENCY/ optionally followed by "." or a dash.
			if j+2 < len(toks) && toks[j+2].Text == "/" && isCapWord(toks[j+1].Text) {
				return afterSeparator(toks, j+3)
			}
			return -1
		case ".", "?", "!":
			if j+1 < len(toks) && toks[j+1].Text == "/" {
				continue // "March 22. /TASS/."
			}
			return -1
		}
		if len(t) > 1 && t[len(t)-1] == '.' && abbrevs[t] != abbrevMonth {
			return -1 // only a month abbreviation belongs in a dateline
		}
	}
	return -1
}

// afterSeparator skips one dateline separator at toks[k] if present.
func afterSeparator(toks []Token, k int) int {
	if k < len(toks) {
		switch toks[k].Text {
		case ".", "-", "--", "\u2013", "\u2014", ":":
			return k + 1
		}
	}
	return k
}

func isCapWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}
