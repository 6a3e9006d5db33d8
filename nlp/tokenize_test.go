package nlp

import (
	"strings"
	"testing"
)

// tokenTexts joins token texts with "|" for compact comparison.
func tokenTexts(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"punctuation", "Talks resumed; both sides, however, left early.", "Talks|resumed|;|both|sides|,|however|,|left|early|."},
		{"brackets", "the agency (KCNA) said [sic]", "the|agency|(|KCNA|)|said|[|sic|]"},
		{"straight quotes", `He called it "a farce," aides said.`, `He|called|it|"|a|farce|,|"|aides|said|.`},
		{"curly quotes", "She said “enough” and left.", "She|said|“|enough|”|and|left|."},
		{"curly single quotes", "the so-called ‘red line’ plan", "the|so-called|‘|red|line|’|plan"},
		{"penn quotes", "``Never,'' he said.", "``|Never|,|''|he|said|."},
		{"possessive s", "Pyongyang's envoy met Seoul's", "Pyongyang|'s|envoy|met|Seoul|'s"},
		{"possessive curly", "Moscow’s reply", "Moscow|’s|reply"},
		{"possessive plural", "the ministers' talks", "the|ministers|'|talks"},
		{"possessive after acronym", "the U.S.'s allies", "the|U.S.|'s|allies"},
		{"not contraction", "They don't agree and didn’t sign.", "They|do|n't|agree|and|did|n’t|sign|."},
		{"irregular negation", "We can't and won't, ain't that so", "We|ca|n't|and|wo|n't|,|ai|n't|that|so"},
		{"cannot", "Cannot stop, cannot wait", "Can|not|stop|,|can|not|wait"},
		{"other contractions", "I'm sure they're here, we've seen it, you'll see, he'd go", "I|'m|sure|they|'re|here|,|we|'ve|seen|it|,|you|'ll|see|,|he|'d|go"},
		{"apostrophe in names", "O'Brien met Qur'an scholars", "O'Brien|met|Qur'an|scholars"},
		{"em dash", "The deal—signed Friday—holds.", "The|deal|—|signed|Friday|—|holds|."},
		{"en dash", "The 1950–53 war – a stalemate", "The|1950|–|53|war|–|a|stalemate"},
		{"double hyphen", "SEOUL -- North Korea--again--fired", "SEOUL|--|North|Korea|--|again|--|fired"},
		{"single spaced hyphen", "MEXICO CITY (Reuters) - Mexico", "MEXICO|CITY|(|Reuters|)|-|Mexico"},
		{"hyphenated words", "a test-fired, solid-fuel missile from Diaz-Canel's ally", "a|test-fired|,|solid-fuel|missile|from|Diaz-Canel|'s|ally"},
		{"hyphenated number word", "the 24-year-old soldier and the 1990s", "the|24-year-old|soldier|and|the|1990s"},
		{"numbers", "1,000 troops, 3.5 percent, $2.7bn and 45%", "1,000|troops|,|3.5|percent|,|$|2.7bn|and|45|%"},
		{"date and time", "On 2024-06-19 at 10:30, 1/2 left.", "On|2024-06-19|at|10:30|,|1/2|left|."},
		{"number at sentence end", "It grew 3.5. Then 7.", "It|grew|3.5|.|Then|7|."},
		{"acronyms", "U.S. and U.N. officials met at 3 p.m. (e.g. Kim)", "U.S.|and|U.N.|officials|met|at|3|p.m.|(|e.g.|Kim|)"},
		{"acronym at end", "He flew to the U.S.", "He|flew|to|the|U.S."},
		{"acronym with hyphen", "the U.S.-led command", "the|U.S.-led|command"},
		{"titles", "Gen. Kim, Mr. Lee, Sen. Warren and Dr. Park", "Gen.|Kim|,|Mr.|Lee|,|Sen.|Warren|and|Dr.|Park"},
		{"months", "on Sept. 9 and Feb. 24", "on|Sept.|9|and|Feb.|24"},
		{"month glued to day", "since Jan.1 this year", "since|Jan.|1|this|year"},
		{"initials", "George W. Bush and J. R. Smith", "George|W.|Bush|and|J.|R.|Smith"},
		{"listed abbreviation with inner period", "a Ph.D. student", "a|Ph.D.|student"},
		{"company suffixes", "Acme Inc. and Beta Corp. Ltd.", "Acme|Inc.|and|Beta|Corp.|Ltd."},
		{"No before number", "No. 1 and No.2 but said no.", "No.|1|and|No.|2|but|said|no|."},
		{"word then period", "It ended. Next", "It|ended|.|Next"},
		{"missing space", "It ended.The next", "It|ended|.|The|next"},
		{"ellipsis", "Well... maybe… not", "Well|...|maybe|…|not"},
		{"question exclamation", "Really?! Yes!!", "Really|?!|Yes|!!"},
		{"url", "See https://example.org/a/b?x=1. Or (www.example.com).", "See|https://example.org/a/b?x=1|.|Or|(|www.example.com|)|."},
		{"email", "Write to press@example.gov, please.", "Write|to|press@example.gov|,|please|."},
		{"hashtag and handle", "#NorthKorea trended, @kcna_watch said", "#NorthKorea|trended|,|@kcna_watch|said"},
		{"file and domain names", "Open report.pdf at kcna.kp. Then Next.The end", "Open|report.pdf|at|kcna.kp|.|Then|Next|.|The|end"},
		{"symbol runs", "It is about the $$$ ++ >> now", "It|is|about|the|$$$|++|>>|now"},
		{"emoticons", "Great news :) and :-( but a:b; c", "Great|news|:)|and|:-(|but|a|:|b|;|c"},
		{"ampersand", "AT&T and S&P rose & fell", "AT&T|and|S&P|rose|&|fell"},
		{"non-ASCII letters", "Zelenskyy met Erdoğan in Ankara and 習近平.", "Zelenskyy|met|Erdoğan|in|Ankara|and|習近平|."},
		{"unicode spaces", "Kim\u00a0Jong\u2009Un\u200bsaid", "Kim|Jong|Un|said"},
		{"invalid bytes", "bad\xffbyte \xfe here.", "bad\xffbyte|\xfe|here|."},
		{"empty", "", ""},
		{"only space", " \n\t ", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := Tokenize(c.in)
			if got := tokenTexts(toks); got != c.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.in, got, c.want)
			}
			checkTokens(t, c.in, toks)
		})
	}
}

// checkTokens asserts the invariants every tokenization must keep.
func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %q has bad span [%d,%d) after %d (len %d)", i, tok.Text, tok.Start, tok.End, prev, len(text))
		}
		if tok.Text != text[tok.Start:tok.End] {
			t.Fatalf("token %d text %q != input[%d:%d] %q", i, tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		if tok.Head != -1 || tok.UPOS != "" || tok.XPOS != "" || tok.Lemma != "" || tok.Dep != "" {
			t.Fatalf("token %d %q has fields set: %+v", i, tok.Text, tok)
		}
		for _, r := range text[prev:tok.Start] {
			if !isSpace(r) {
				t.Fatalf("non-space %q dropped before token %d %q", r, i, tok.Text)
			}
		}
		prev = tok.End
	}
	for _, r := range text[prev:] {
		if !isSpace(r) {
			t.Fatalf("non-space %q dropped at the end", r)
		}
	}
}

func TestTokenizeAllocatesOnce(t *testing.T) {
	text := strings.Repeat(newsSample, 1)
	allocs := testing.AllocsPerRun(20, func() { Tokenize(text) })
	if allocs > 2 {
		t.Errorf("Tokenize made %.0f allocations, want at most 2 (one slice, one growth)", allocs)
	}
}

func TestParseAbbrevsErrors(t *testing.T) {
	for _, bad := range []string{"Mr.", "Mr.\tfoo", "Mr\ttitle"} {
		if _, _, _, err := parseAbbrevs(bad); err == nil {
			t.Errorf("parseAbbrevs(%q) gave no error", bad)
		}
	}
	ab, st, tw, err := parseAbbrevs("# c\nGen.\ttitle\nThe\tstart\np.m.\ttime\nGMT\ttimeword\n")
	if err != nil || ab["Gen."] != abbrevTitle || !st["The"] || ab["p.m."] != abbrevTime || !tw["GMT"] {
		t.Errorf("parseAbbrevs: %v %v %v %v", ab, st, tw, err)
	}
}
