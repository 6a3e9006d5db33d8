package nlp

import "testing"

// fuzzSeeds are inputs around the tokenizer's and splitter's special cases.
var fuzzSeeds = []string{
	"",
	"SEOUL, Sept. 9 (UPI) -- Kim's envoy didn't say \"no.\" He left.",
	"TOKYO, March 22. /TASS/. Japan protested.",
	"U.S.-led talks at 3 p.m. on Jan.1; see https://example.org/x?y=1. Mail a@b.cd!",
	"“It’s over,” she said… ‘Really?!’ he asked -- no—yes–maybe.",
	"1,000.5% 2024-06-19 10:30 $3 No. 1 W. Bush O'Brien cannot ``x'' #tag @user",
	"bad\xff\xfebytes\xc3 here.\n\nNext\u2028line\u00a0x\u200b.",
	"'s ' '' n't .'s x'",
	"a.b.c.d. e.g.Then U.S.A U.S.'s",
	":) :-( x:) $$$ ++ report.pdf kcna.kp. ext. 5 Ph.D. at 3 p.m. Kim",
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokens(t, text, Tokenize(text))
	})
}

func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSentences(t, text, Segment(text))
	})
}
