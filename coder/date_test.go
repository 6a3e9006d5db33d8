package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/timex"
)

// dateOf checks an act's date against want, failing if the act is not coded.
func dateOf(t *testing.T, p handParse, want string) {
	t.Helper()
	evs := codeParses(t, p)
	if len(evs) == 0 {
		t.Fatalf("no event in %q", p)
	}
	for _, e := range evs {
		if e.Date != want {
			t.Errorf("%s dated %s, want %s", brief(e), e.Date, want)
		}
	}
}

// The test documents are published on Monday 2024-09-09; testTimes reads
// "May" as 2024-05 and "Monday" as 2024-09-09, or 2024-09-16 as a future.

func TestDateFromReportingClauseBelow(t *testing.T) {
	// "Russia condemned Japan, officials said in May": the act has no time
	// of its own and takes the report's.
	dateOf(t, "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn Japan/PROPN/2/obj ,/PUNCT/6/punct officials/NOUN/6/nsubj said/VERB/2/parataxis/say in/ADP/8/case May/PROPN/6/obl ./PUNCT/2/punct",
		"2024-05")
}

func TestFutureActDatedByItsAnnouncement(t *testing.T) {
	// "Japan announced on Monday that it would ...": Monday is the
	// announcement's day, not a day ahead.
	dateOf(t, "Japan/PROPN/2/nsubj announced/VERB/0/root/announce on/ADP/4/case Monday/PROPN/2/obl that/SCONJ/8/mark it/PRON/8/nsubj would/AUX/8/aux condemn/VERB/2/ccomp Russia/PROPN/8/obj ./PUNCT/2/punct",
		"2024-09-09")
	// with the time in its own clause, a future act looks ahead.
	dateOf(t, "Japan/PROPN/3/nsubj will/AUX/3/aux condemn/VERB/0/root Russia/PROPN/3/obj on/ADP/6/case Monday/PROPN/3/obl ./PUNCT/3/punct",
		"2024-09-16")
}

func TestUntilDoesNotDate(t *testing.T) {
	// "until May" ends a span; the act itself has no time: publication.
	dateOf(t, "Japan/PROPN/2/nsubj condemned/VERB/0/root/condemn Russia/PROPN/2/obj until/ADP/5/case May/PROPN/2/obl ./PUNCT/2/punct",
		"2024-09-09")
}

func TestAppositionTimeDescribesParty(t *testing.T) {
	// "Kim, leader since May, ...": the time belongs to the apposition.
	dateOf(t, "Kim/PROPN/6/nsubj ,/PUNCT/3/punct leader/NOUN/1/appos in/ADP/5/case May/PROPN/3/nmod condemned/VERB/0/root/condemn Japan/PROPN/6/obj ./PUNCT/6/punct",
		"2024-09-09")
}

func TestRelativeClauseDatesEventNoun(t *testing.T) {
	// "China held talks with Japan, which began in May".
	dateOf(t, "China/PROPN/2/nsubj held/VERB/0/root/hold talks/NOUN/2/obj/talk with/ADP/5/case Japan/PROPN/3/nmod ,/PUNCT/8/punct which/PRON/8/nsubj began/VERB/3/acl:relcl/begin in/ADP/10/case May/PROPN/8/obl ./PUNCT/2/punct",
		"2024-05")
}

func TestAbsoluteDateBeforeRelative(t *testing.T) {
	// "Japan met Russia a day later on Monday" (the shape the parser gives
	// "the test came hours after Japan met Russia on Monday"): Monday, not
	// the date counted from another event.
	times := func(s *nlp.Sentence, ref, prev timex.Date) []TimeExpr {
		out := testTimes(s, ref, prev)
		for i, tk := range s.Tokens {
			if tk.Text == "later" {
				out = append([]TimeExpr{{Start: i - 2, End: i + 1, Head: i, Date: timex.Date{Year: 2024, Month: 5}, Relative: true}}, out...)
			}
		}
		return out
	}
	var text strings.Builder
	sents := []nlp.Sentence{handParse("Japan/PROPN/2/nsubj met/VERB/0/root/meet Russia/PROPN/2/obj a/DET/5/det day/NOUN/6/obl:npmod later/ADV/2/advmod on/ADP/8/case Monday/PROPN/2/obl ./PUNCT/2/punct").sentence(t, &text, 0)}
	c, err := New(Options{Annotate: func(string) []nlp.Sentence { return sents }, Resolve: testResolve, Times: times})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := c.Code(news.Document{ID: "test", Text: text.String(), Published: "2024-09-10"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	for _, e := range evs {
		if e.Date != "2024-09-09" {
			t.Errorf("%s dated %s, want 2024-09-09 (Monday)", brief(e), e.Date)
		}
	}
}

func TestTimeAfterReportingVerbDatesTheReport(t *testing.T) {
	// "Japan said Monday it would condemn Russia", with Monday hung on
	// the inner verb as the parser often does: Monday is the saying's.
	dateOf(t, "Japan/PROPN/2/nsubj said/VERB/0/root/say Monday/PROPN/6/obl it/PRON/6/nsubj would/AUX/6/aux condemn/VERB/2/ccomp Russia/PROPN/6/obj ./PUNCT/2/punct",
		"2024-09-09")
}

func TestRelativeClauseOnTheVerb(t *testing.T) {
	// the same relative clause hung on the verb ("advcl:relcl").
	dateOf(t, "China/PROPN/2/nsubj held/VERB/0/root/hold talks/NOUN/2/obj/talk with/ADP/5/case Japan/PROPN/3/nmod ,/PUNCT/8/punct which/PRON/8/nsubj began/VERB/2/advcl:relcl/begin in/ADP/10/case May/PROPN/8/obl ./PUNCT/2/punct",
		"2024-05")
}

func TestContentClauseDoesNotDateTheAct(t *testing.T) {
	// "Japan investigated claims that Russian agents were linked to a
	// killing in May": a clause with its own subject says what the claims
	// are, not when the investigation was: publication date.
	dateOf(t, "Japan/PROPN/2/nsubj investigated/VERB/0/root/investigate claims/NOUN/2/obj/claim that/PRON/8/mark Russian/ADJ/6/amod/russian agents/NOUN/8/nsubj:pass/agent were/AUX/8/aux:pass linked/VERB/3/acl:relcl/link to/ADP/11/case a/DET/11/det killing/NOUN/8/obl in/ADP/13/case May/PROPN/11/nmod ./PUNCT/2/punct",
		"2024-09-09")
}

func TestNounAnchorOfAnOffset(t *testing.T) {
	// "announced last Wednesday, two years after the attack": the attack
	// is two years before the announcement, not two years after anything.
	text := "The agreement was brokered by Egypt and Qatar and announced last Wednesday, two years after the Hamas-led attack on southern Israel that set off the war."
	found := false
	for _, e := range codeText(t, "2025-10-13", text) {
		if e.Cameo[:2] == "19" || e.Cameo[:2] == "18" {
			found = true
			if e.Date != "2023" {
				t.Errorf("%s dated %s, want 2023", brief(e), e.Date)
			}
		}
	}
	if !found {
		t.Error("no attack coded")
	}
}
