package nlp

import (
	"strings"
	"testing"
)

// sentenceTexts returns each sentence's text span joined by " || ".
func sentenceTexts(text string, sents []Sentence) string {
	parts := make([]string, len(sents))
	for i, s := range sents {
		parts[i] = text[s.Start:s.End]
	}
	return strings.Join(parts, " || ")
}

// TestSegmentNews covers news sentence-splitting cases; sentences in want
// are separated by " || ".
func TestSegmentNews(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"two plain sentences",
			"The talks ended. Both sides left.",
			"The talks ended. || Both sides left."},
		{"question and exclamation",
			"Will Seoul respond? Officials would not say! The ministry declined comment.",
			"Will Seoul respond? || Officials would not say! || The ministry declined comment."},
		{"month before day",
			"The vote was held on Sept. 9 in the capital.",
			"The vote was held on Sept. 9 in the capital."},
		{"month at sentence end before opener",
			"Elections are due in Feb. The ruling party is ahead.",
			"Elections are due in Feb. || The ruling party is ahead."},
		{"title before name",
			"The envoy met Mr. Kim and Gen. Park on Monday.",
			"The envoy met Mr. Kim and Gen. Park on Monday."},
		{"title before opener-like name",
			"He thanked Sen. Warren for her support.",
			"He thanked Sen. Warren for her support."},
		{"U.S. before lower case",
			"U.S. officials said the drills would go ahead.",
			"U.S. officials said the drills would go ahead."},
		{"U.S. before proper noun",
			"The U.S. State Department issued a warning.",
			"The U.S. State Department issued a warning."},
		{"U.S. ends a sentence",
			"The minister flew to the U.S. The next day he met his counterpart.",
			"The minister flew to the U.S. || The next day he met his counterpart."},
		{"U.N. ends before pronoun",
			"The complaint went to the U.N. It has not replied.",
			"The complaint went to the U.N. || It has not replied."},
		{"initials",
			"George W. Bush and John F. Kennedy were both mentioned.",
			"George W. Bush and John F. Kennedy were both mentioned."},
		{"spaced initials",
			"The report was written by J. R. Hall of the institute.",
			"The report was written by J. R. Hall of the institute."},
		{"full stop inside double quotes",
			`"We will not back down." The statement was read on state TV.`,
			`"We will not back down." || The statement was read on state TV.`},
		{"full stop inside curly quotes",
			"He called the plan “a declaration of war.” Seoul rejected that.",
			"He called the plan “a declaration of war.” || Seoul rejected that."},
		{"full stop inside single curly quotes",
			"She said the era of ‘strategic patience is over.’ Analysts agreed.",
			"She said the era of ‘strategic patience is over.’ || Analysts agreed."},
		{"penn closing quotes",
			"He said ``it is over.'' Others disagreed.",
			"He said ``it is over.'' || Others disagreed."},
		{"question inside quote continues",
			`"Why now?" the minister asked reporters.`,
			`"Why now?" the minister asked reporters.`},
		{"exclamation inside quote continues",
			"“Never again!” the crowd chanted outside the embassy.",
			"“Never again!” the crowd chanted outside the embassy."},
		{"comma inside quote",
			`"The door is open," he said. "We are waiting."`,
			`"The door is open," he said. || "We are waiting."`},
		{"quote opens the next sentence",
			`He left. "It was a good meeting," an aide said.`,
			`He left. || "It was a good meeting," an aide said.`},
		{"dateline with agency and double hyphen",
			"SEOUL, Sept. 9 (UPI) -- North Korea fired a missile. Japan protested.",
			"SEOUL, Sept. 9 (UPI) -- North Korea fired a missile. || Japan protested."},
		{"dateline with em dash",
			"KYIV, Ukraine (AP) — Air raid sirens sounded across the city. Residents took shelter.",
			"KYIV, Ukraine (AP) — Air raid sirens sounded across the city. || Residents took shelter."},
		{"dateline with slash agency",
			"MOSCOW, March 3. /TASS/. The Kremlin said talks were possible. Nothing was scheduled.",
			"MOSCOW, March 3. /TASS/. The Kremlin said talks were possible. || Nothing was scheduled."},
		{"dateline with colon",
			"NEW DELHI: India recalled its envoy on Friday. Pakistan called it regrettable.",
			"NEW DELHI: India recalled its envoy on Friday. || Pakistan called it regrettable."},
		{"bracket after an early sentence end is no dateline",
			"He flew to the U.S. The (secret) talks began at once.",
			"He flew to the U.S. || The (secret) talks began at once."},
		{"parenthesis without separator is no dateline",
			"NATO (the alliance) met. Russia (again) objected.",
			"NATO (the alliance) met. || Russia (again) objected."},
		{"headline line without full stop",
			"Seoul Vows Firm Response to Missile Launch\nSouth Korea said on Friday it would respond firmly.",
			"Seoul Vows Firm Response to Missile Launch || South Korea said on Friday it would respond firmly."},
		{"byline line",
			"By Jane Roe, Staff Reporter\nThe embassy closed on Monday.",
			"By Jane Roe, Staff Reporter || The embassy closed on Monday."},
		{"paragraph break",
			"The summit ended without a deal\n\nNeither side spoke afterwards.",
			"The summit ended without a deal || Neither side spoke afterwards."},
		{"newline without punctuation",
			"Updated 10:45 GMT\nThe ceasefire held overnight.",
			"Updated 10:45 GMT || The ceasefire held overnight."},
		{"CRLF paragraphs",
			"First paragraph here.\r\n\r\nSecond paragraph here.",
			"First paragraph here. || Second paragraph here."},
		{"ellipsis mid-sentence",
			"The talks were ... difficult, a diplomat said.",
			"The talks were ... difficult, a diplomat said."},
		{"ellipsis ends a sentence",
			"Nobody knows what comes next... The region waits.",
			"Nobody knows what comes next... || The region waits."},
		{"unicode ellipsis",
			"He paused… Then he left the podium.",
			"He paused… || Then he left the podium."},
		{"decimal number",
			"Growth slowed to 2.5 percent. Exports fell 3.1 percent.",
			"Growth slowed to 2.5 percent. || Exports fell 3.1 percent."},
		{"number abbreviation",
			"He is the No. 2 official in the party. No. 1 is his brother.",
			"He is the No. 2 official in the party. || No. 1 is his brother."},
		{"no as a word",
			"The answer was no. The talks collapsed.",
			"The answer was no. || The talks collapsed."},
		{"a.m. before lower case",
			"The blast happened at 6 a.m. local time.",
			"The blast happened at 6 a.m. local time."},
		{"p.m. ends a sentence",
			"The meeting began at 3 p.m. It lasted two hours.",
			"The meeting began at 3 p.m. || It lasted two hours."},
		{"p.m. before day name",
			"Voting closes at 8 p.m. Sunday in most provinces.",
			"Voting closes at 8 p.m. Sunday in most provinces."},
		{"Jr. inside a name",
			"Martin Luther King Jr. Day is a holiday.",
			"Martin Luther King Jr. Day is a holiday."},
		{"Jr. ends a sentence",
			"The award went to Robert Lee Jr. He accepted it in person.",
			"The award went to Robert Lee Jr. || He accepted it in person."},
		{"Inc. ends a sentence",
			"The contract was won by Apex Inc. The losing bidder appealed.",
			"The contract was won by Apex Inc. || The losing bidder appealed."},
		{"Inc. mid-sentence",
			"Apex Inc. shares fell 4 percent.",
			"Apex Inc. shares fell 4 percent."},
		{"abbreviation then closing quote",
			`"We trust the U.S." Officials nodded.`,
			`"We trust the U.S." || Officials nodded.`},
		{"full stop then bracket",
			"The figure was revised. (An earlier report said 20.) Officials apologised.",
			"The figure was revised. || (An earlier report said 20.) || Officials apologised."},
		{"sentence starting with a number",
			"The attack killed 12 people. 30 more were wounded.",
			"The attack killed 12 people. || 30 more were wounded."},
		{"lower case after full stop stays",
			"He works for eBay. and then he left",
			"He works for eBay. and then he left"},
		{"interrobang run",
			"They did what?! Nobody expected it.",
			"They did what?! || Nobody expected it."},
		{"vs. never ends",
			"The case is Smith vs. The State of Texas.",
			"The case is Smith vs. The State of Texas."},
		{"etc. before opener",
			"They sent food, fuel, medicine, etc. The aid arrived late.",
			"They sent food, fuel, medicine, etc. || The aid arrived late."},
		{"state abbreviation",
			"The base in Calif. was closed. Its staff moved.",
			"The base in Calif. was closed. || Its staff moved."},
		{"p.m. before a name",
			"The convoy left at 4 p.m. Kim watched from a balcony.",
			"The convoy left at 4 p.m. || Kim watched from a balcony."},
		{"a.m. before time zone",
			"The launch came at 7:10 a.m. KST on Thursday.",
			"The launch came at 7:10 a.m. KST on Thursday."},
		{"spaced ellipsis",
			"He said . . . the vote would wait. Nobody objected.",
			"He said . . . the vote would wait. || Nobody objected."},
		{"trailing space and no final stop",
			"  The strike continues  ",
			"The strike continues"},
	}
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sents := Segment(c.in)
			if got := sentenceTexts(c.in, sents); got != c.want {
				t.Errorf("Segment(%q)\n got %s\nwant %s", c.in, got, c.want)
			}
			checkSentences(t, c.in, sents)
		})
	}
}

// checkSentences asserts the invariants of a segmentation: indexes count up,
// spans cover their tokens in order, and the tokens are a valid tokenization.
func checkSentences(t *testing.T, text string, sents []Sentence) {
	t.Helper()
	var all []Token
	prevEnd := 0
	for i, s := range sents {
		if s.Index != i {
			t.Fatalf("sentence %d has Index %d", i, s.Index)
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d is empty", i)
		}
		if s.Start < prevEnd || s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End || s.End > len(text) {
			t.Fatalf("sentence %d span [%d,%d) does not match its tokens", i, s.Start, s.End)
		}
		if cap(s.Tokens) != len(s.Tokens) {
			t.Fatalf("sentence %d tokens not capped: len %d cap %d", i, len(s.Tokens), cap(s.Tokens))
		}
		prevEnd = s.End
		all = append(all, s.Tokens...)
	}
	checkTokens(t, text, all)
	if len(all) != len(Tokenize(text)) {
		t.Fatalf("sentences hold %d tokens, Tokenize gives %d", len(all), len(Tokenize(text)))
	}
}

func TestSegmentEmpty(t *testing.T) {
	for _, in := range []string{"", "   ", "\n\n"} {
		if s := Segment(in); len(s) != 0 {
			t.Errorf("Segment(%q) = %d sentences, want 0", in, len(s))
		}
	}
}

func TestSegmentAllocations(t *testing.T) {
	allocs := testing.AllocsPerRun(20, func() { Segment(newsSample) })
	if allocs > 4 {
		t.Errorf("Segment made %.0f allocations, want at most 4", allocs)
	}
}
