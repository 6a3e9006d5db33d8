package coder

import (
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
)

// Every sentence below is hand-parsed (Universal Dependencies) so that these
// tests exercise the matcher alone, whatever the parser does.

func TestActiveAndPassive(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn Japan/PROPN/2/obj ./PUNCT/2/punct"),
		"RUS JPN 111")
	expect(t, codeParses(t, "Japan/PROPN/3/nsubj:pass was/AUX/3/aux:pass/be condemned/VERB/0/root/condemn by/ADP/5/case Russia/PROPN/3/obl:agent ./PUNCT/3/punct"),
		"RUS JPN 111")
}

func TestReceivedFromMakesTheSenderTheSource(t *testing.T) {
	expect(t, codeParses(t, "Kim/PROPN/2/nsubj received/VERB/0/root/receive warm/ADJ/4/amod greetings/NOUN/2/obj/greeting from/ADP/6/case Putin/PROPN/4/nmod ./PUNCT/2/punct"),
		"RUS PRK 051")
}

func TestInfinitiveInheritsSubjectAndFindsTarget(t *testing.T) {
	expect(t, codeParses(t, "Cuba/PROPN/2/nsubj vowed/VERB/0/root/vow to/PART/4/mark strengthen/VERB/2/xcomp ties/NOUN/4/obj/tie with/ADP/7/case Vietnam/PROPN/5/nmod ./PUNCT/2/punct"),
		"CUB VNM 030")
}

func TestRelativeClauseSubject(t *testing.T) {
	expect(t, codeParses(t, "Putin/PROPN/7/nsubj ,/PUNCT/4/punct who/PRON/4/nsubj praised/VERB/1/acl:relcl/praise Kim/PROPN/4/obj ,/PUNCT/4/punct left/VERB/0/root/leave ./PUNCT/7/punct"),
		"RUS PRK 051")
}

func TestConjoinedVerbsShareSubjectAndVisitIsHosted(t *testing.T) {
	evs := codeParses(t, "Putin/PROPN/2/nsubj travelled/VERB/0/root/travel to/ADP/4/case Pyongyang/PROPN/2/obl and/CCONJ/6/cc signed/VERB/2/conj/sign a/DET/8/det treaty/NOUN/6/obj with/ADP/10/case Kim/PROPN/6/obl ./PUNCT/2/punct")
	expect(t, evs, "RUS PRK 042", "PRK RUS 043", "RUS PRK 057", "PRK RUS 057")
}

func TestNominalEvents(t *testing.T) {
	expect(t, codeParses(t, "North/PROPN/2/compound Korea/PROPN/4/nmod:poss 's/PART/2/case condemnation/NOUN/7/nsubj of/ADP/6/case Japan/PROPN/4/nmod surprised/VERB/0/root/surprise nobody/PRON/7/obj ./PUNCT/7/punct"),
		"PRK JPN 111")
	evs := codeParses(t, "The/DET/2/det summit/NOUN/10/nsubj of/ADP/4/case China/PROPN/2/nmod ,/PUNCT/7/punct South/PROPN/7/compound Korea/PROPN/4/conj and/CCONJ/9/cc Japan/PROPN/4/conj ended/VERB/0/root/end ./PUNCT/10/punct")
	expect(t, evs, "CHN KOR 040", "CHN JPN 040", "KOR CHN 040", "KOR JPN 040", "JPN CHN 040", "JPN KOR 040")
	for _, e := range evs {
		if e.Mention != evs[0].Mention {
			t.Errorf("compound summit records do not share one mention id")
		}
	}
}

func TestCompoundTargetSharesMention(t *testing.T) {
	evs := codeParses(t, "North/PROPN/2/compound Korea/PROPN/3/nsubj denounced/VERB/0/root/denounce China/PROPN/3/obj ,/PUNCT/7/punct South/PROPN/7/compound Korea/PROPN/4/conj and/CCONJ/9/cc Japan/PROPN/4/conj ./PUNCT/3/punct")
	expect(t, evs, "PRK CHN 111", "PRK KOR 111", "PRK JPN 111")
	for _, e := range evs {
		if e.Mention != evs[0].Mention || e.ID == evs[0].ID && e.Target.Country != evs[0].Target.Country {
			t.Errorf("bad ids: %s %s", e.Mention, e.ID)
		}
	}
}

func TestPluralMentionStandsForItsMembers(t *testing.T) {
	expect(t, codeParses(t, "The/DET/3/det two/NUM/3/nummod leaders/NOUN/4/nsubj/leader signed/VERB/0/root/sign a/DET/6/det pact/NOUN/4/obj ./PUNCT/4/punct"),
		"RUS PRK 057", "PRK RUS 057")
}

func TestReportedSpeech(t *testing.T) {
	evs := codeParses(t, "Xi/PROPN/2/nsubj pledged/VERB/0/root/pledge support/NOUN/2/obj for/ADP/5/case Kim/PROPN/3/nmod ,/PUNCT/8/punct KCNA/PROPN/8/nsubj said/VERB/2/parataxis/say ./PUNCT/2/punct")
	expect(t, evs, "CHN PRK 051")
	if len(evs) == 1 && (len(evs[0].ReportedBy) != 1 || evs[0].ReportedBy[0].Code != "PRKMED") {
		t.Errorf("reported_by = %+v, want KCNA", evs[0].ReportedBy)
	}
	// a plain statement is no event.
	expect(t, codeParses(t, "KCNA/PROPN/2/nsubj said/VERB/0/root/say nothing/PRON/2/obj ./PUNCT/2/punct"))
}

func TestNegationAndRefusal(t *testing.T) {
	expect(t, codeParses(t, "China/PROPN/4/nsubj has/AUX/4/aux/have not/PART/4/advmod endorsed/VERB/0/root/endorse Russia/PROPN/4/obj ./PUNCT/4/punct"),
		"CHN RUS 051 neg")
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj refused/VERB/0/root/refuse to/PART/4/mark meet/VERB/2/xcomp Russia/PROPN/4/obj ./PUNCT/2/punct"),
		"JPN RUS 125", "JPN RUS 040 neg") // one side's refusal says nothing of the other's
}

func TestModality(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/3/nsubj could/AUX/3/aux impose/VERB/0/root sanctions/NOUN/3/obj/sanction on/ADP/6/case Russia/PROPN/3/obl ./PUNCT/3/punct"),
		"JPN RUS 163 hypothetical")
	evs := codeParses(t, "Kim/PROPN/3/nsubj will/AUX/3/aux visit/VERB/0/root Moscow/PROPN/3/obj on/ADP/6/case Monday/PROPN/3/obl ./PUNCT/3/punct")
	expect(t, evs, "PRK RUS 042 future", "RUS PRK 043 future")
	for _, e := range evs {
		if e.Date != "2024-09-16" {
			t.Errorf("future visit dated %s, want the coming Monday 2024-09-16", e.Date)
		}
	}
	expect(t, codeParses(t, "Russia/PROPN/4/nsubj did/AUX/4/aux/do not/PART/4/advmod rule/VERB/0/root out/ADP/4/compound:prt talks/NOUN/4/obj/talks with/ADP/8/case Japan/PROPN/6/nmod ./PUNCT/4/punct"),
		"RUS JPN 040 hypothetical")
}

func TestAllegations(t *testing.T) {
	expect(t, codeParses(t, "Washington/PROPN/2/nsubj accused/VERB/0/root/accuse Pyongyang/PROPN/2/obj of/SCONJ/5/mark shipping/VERB/2/advcl/ship missiles/NOUN/5/obj/missile to/ADP/8/case Moscow/PROPN/5/obl ./PUNCT/2/punct"),
		"USA PRK 112", "PRK RUS 072 alleged")
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj contends/VERB/0/root/contend that/SCONJ/5/mark China/PROPN/5/nsubj helps/VERB/2/ccomp/help Pyongyang/PROPN/5/obj dodge/VERB/5/xcomp sanctions/NOUN/7/obj/sanction ./PUNCT/2/punct"),
		"CHN PRK 061 alleged")
}

func TestParticleAndDate(t *testing.T) {
	evs := codeParses(t, "Pyongyang/PROPN/2/nsubj pulled/VERB/0/root/pull its/PRON/4/nmod:poss ambassador/NOUN/2/obj out/ADP/7/case of/ADP/7/case Cuba/PROPN/2/obl in/ADP/9/case May/PROPN/2/obl ./PUNCT/2/punct")
	expect(t, evs, "PRK CUB 161")
	if len(evs) == 1 && evs[0].Date != "2024-05" {
		t.Errorf("date %q, want 2024-05", evs[0].Date)
	}
}

func TestRecordIsComplete(t *testing.T) {
	evs := codeParses(t, "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn Japan/PROPN/2/obj ./PUNCT/2/punct")
	if len(evs) != 1 {
		t.Fatalf("got %d events", len(evs))
	}
	e := evs[0]
	if e.Schema != 1 || e.Plover != "ACCUSE" || e.Quad != 3 || e.Goldstein != -2 || e.Date != "2024-09-09" ||
		e.Text != "Russia condemned Japan ." || e.Modality != event.Asserted || e.ReportedBy == nil {
		t.Errorf("incomplete record: %+v", e)
	}
	again := codeParses(t, "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn Japan/PROPN/2/obj ./PUNCT/2/punct")
	if again[0].ID != e.ID || again[0].Mention != e.Mention || e.ID != event.EventID("test", 0, "RUS", "JPN", "111") {
		t.Errorf("ids are not deterministic")
	}
}

func TestMeetingVenue(t *testing.T) {
	expect(t, codeParses(t, "Kim/PROPN/2/nsubj met/VERB/0/root/meet Putin/PROPN/2/obj in/ADP/5/case Moscow/PROPN/2/obl ./PUNCT/2/punct"),
		"PRK RUS 042", "RUS PRK 043")
	expect(t, codeParses(t, "Kim/PROPN/2/nsubj met/VERB/0/root/meet Putin/PROPN/2/obj in/ADP/5/case Mongolia/PROPN/2/obl ./PUNCT/2/punct"),
		"PRK RUS 044", "RUS PRK 044")
	expect(t, codeParses(t, "Kim/PROPN/2/nsubj met/VERB/0/root/meet Putin/PROPN/2/obj ./PUNCT/2/punct"),
		"PRK RUS 040", "RUS PRK 040")
}

func TestLightVerbsAndEventNouns(t *testing.T) {
	// a visit paid: the noun takes the light verb's subject.
	expect(t, codeParses(t, "Kim/PROPN/2/nsubj paid/VERB/0/root/pay a/DET/5/det brief/ADJ/5/amod visit/NOUN/2/obj to/ADP/7/case Mongolia/PROPN/5/nmod ./PUNCT/2/punct"),
		"PRK MNG 042", "MNG PRK 043")
	// talks held with someone.
	expect(t, codeParses(t, "Xi/PROPN/2/nsubj held/VERB/0/root/hold talks/NOUN/2/obj/talks with/ADP/5/case Kim/PROPN/3/nmod ./PUNCT/2/punct"),
		"CHN PRK 040", "PRK CHN 040")
	// a letter to Kim framing the clause: "In a letter to Kim, Xi praised ..."
	expect(t, codeParses(t, "In/ADP/4/case a/DET/4/det congratulatory/ADJ/4/amod letter/NOUN/9/obl to/ADP/6/case Kim/PROPN/4/nmod ,/PUNCT/4/punct Xi/PROPN/9/nsubj recalled/VERB/0/root/recall their/PRON/11/nmod:poss friendship/NOUN/9/obj ./PUNCT/9/punct"),
		"CHN PRK 051")
}

func TestEventNounRefersBack(t *testing.T) {
	evs := codeParses(t,
		"Russia/PROPN/4/nsubj and/CCONJ/3/cc Cuba/PROPN/1/conj signed/VERB/0/root/sign a/DET/6/det pact/NOUN/4/obj ./PUNCT/4/punct",
		"Japan/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det pact/NOUN/2/obj ./PUNCT/2/punct")
	expect(t, evs, "RUS CUB 057", "CUB RUS 057", "JPN RUS 111", "JPN CUB 111")
	// a possessor names the target directly.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj condemned/VERB/0/root/condemn Iran/PROPN/5/nmod:poss 's/PART/3/case attack/NOUN/2/obj ./PUNCT/2/punct"),
		"JPN IRN 111")
}

func TestTargetsInsideModifiers(t *testing.T) {
	expect(t, codeParses(t, "Peru/PROPN/2/nsubj expelled/VERB/0/root/expel diplomats/NOUN/2/obj/diplomat from/ADP/5/case countries/NOUN/3/nmod/country including/VERB/7/case Chile/PROPN/5/nmod ./PUNCT/2/punct"),
		"PER CHL 161")
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj demanded/VERB/0/root/demand that/SCONJ/5/mark China/PROPN/5/nsubj lift/VERB/2/ccomp the/DET/7/det ban/NOUN/5/obj ./PUNCT/2/punct"),
		"JPN CHN 1054")
}

func TestSpeakerAccusesTheClauseSubject(t *testing.T) {
	// "Japan said Russia had committed war crimes": Japan accuses Russia.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj said/VERB/0/root/say Russia/PROPN/6/nsubj had/AUX/6/aux clearly/ADV/6/advmod committed/VERB/2/ccomp/commit war/NOUN/8/compound crimes/NOUN/6/obj/crime ./PUNCT/2/punct"),
		"JPN RUS 1124")
}

func TestTargetLeftToContext(t *testing.T) {
	// the second sentence names no target: the story's other state is it.
	evs := codeParses(t,
		"Japan/PROPN/2/nsubj met/VERB/0/root/meet Cuba/PROPN/2/obj ./PUNCT/2/punct",
		"Japan/PROPN/2/nsubj warned/VERB/0/root/warn of/ADP/4/case consequences/NOUN/2/obl/consequence ./PUNCT/2/punct")
	expect(t, evs, "JPN CUB 040", "CUB JPN 040", "JPN CUB 138")
}

func TestConjoinedPartiesAgreeJointly(t *testing.T) {
	// "Japan and Cuba agreed to resume talks": both ways, no outside target.
	expect(t, codeParses(t, "Japan/PROPN/4/nsubj and/CCONJ/3/cc Cuba/PROPN/1/conj agreed/VERB/0/root/agree to/PART/6/mark resume/VERB/4/xcomp talks/NOUN/6/obj/talks ./PUNCT/4/punct"),
		"JPN CUB 036", "CUB JPN 036")
}

func TestIfClauseAndFailedTo(t *testing.T) {
	// "Japan would sanction Russia if talks failed": a possibility.
	expect(t, codeParses(t, "Japan/PROPN/3/nsubj would/AUX/3/aux sanction/VERB/0/root Russia/PROPN/3/obj if/SCONJ/7/mark talks/NOUN/7/nsubj/talks failed/VERB/3/advcl/fail ./PUNCT/3/punct"),
		"JPN RUS 163 hypothetical")
	// "Japan failed to sign a pact with Cuba": the signing did not happen.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj failed/VERB/0/root/fail to/PART/4/mark sign/VERB/2/xcomp a/DET/6/det pact/NOUN/4/obj with/ADP/8/case Cuba/PROPN/4/obl ./PUNCT/2/punct"),
		"JPN CUB 057 neg") // Japan's failure, not Cuba's
}

func TestAccordingToFillsReportedBy(t *testing.T) {
	evs := codeParses(t, "Kim/PROPN/2/nsubj praised/VERB/0/root/praise Putin/PROPN/2/obj ,/PUNCT/7/punct according/VERB/7/case to/ADP/5/fixed KCNA/PROPN/2/obl ./PUNCT/2/punct")
	expect(t, evs, "PRK RUS 051")
	if len(evs) == 1 && (len(evs[0].ReportedBy) != 1 || evs[0].ReportedBy[0].Code != "PRKMED") {
		t.Errorf("reported_by = %+v, want KCNA", evs[0].ReportedBy)
	}
}

// codeDatelined codes one hand-parsed sentence of a story datelined Seoul.
func codeDatelined(t *testing.T, p handParse) []event.Event {
	t.Helper()
	var text strings.Builder
	sents := []nlp.Sentence{p.sentence(t, &text, 0)}
	c, err := New(Options{
		Annotate: func(string) []nlp.Sentence { return sents },
		Resolve:  testResolve,
		Times:    testTimes,
		Lookup: func(name string) (PlaceMention, bool) {
			return PlaceMention{Name: name, Country: "KOR"}, name == "Seoul"
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := c.Code(news.Document{ID: "dl", Text: text.String(), Published: "2024-09-09", Place: "Seoul"})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func TestDatelinePlaceOnlyForItsOwnCountry(t *testing.T) {
	// a South Korean act reported from Seoul took place in South Korea.
	evs := codeDatelined(t, "South/PROPN/2/compound Korea/PROPN/3/nsubj condemned/VERB/0/root/condemn Japan/PROPN/3/obj ./PUNCT/3/punct")
	expect(t, evs, "KOR JPN 111")
	if len(evs) == 1 && (evs[0].Location == nil || evs[0].Location.Name != "Seoul") {
		t.Errorf("location = %+v, want Seoul", evs[0].Location)
	}
	// a Chinese letter to North Korea reported from Seoul did not.
	evs = codeDatelined(t, "China/PROPN/2/nsubj praised/VERB/0/root/praise Kim/PROPN/2/obj ./PUNCT/2/punct")
	expect(t, evs, "CHN PRK 051")
	if len(evs) == 1 && evs[0].Location != nil {
		t.Errorf("location = %+v, want none", evs[0].Location)
	}
}

func TestPossessedRoleWordTakesThePossessorsState(t *testing.T) {
	// "China's military" is the Chinese military, whatever the story's home.
	expect(t, codeParses(t, "China/PROPN/3/nmod:poss 's/PART/1/case military/NOUN/4/nsubj condemned/VERB/0/root/condemn Japan/PROPN/4/obj ./PUNCT/4/punct"),
		"CHN JPN 111")
}

func TestCriticalAdjectives(t *testing.T) {
	// a misattached predicate adjective still makes "called" a criticism.
	expect(t, codeParses(t, "Tokyo/PROPN/2/nsubj called/VERB/0/root/call Beijing/PROPN/5/nmod:poss 's/PART/3/case plan/NOUN/2/obj reckless/ADJ/2/conj ./PUNCT/2/punct"),
		"JPN CHN 111")
	// "said X had made an irresponsible decision": the speaker criticises X.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj said/VERB/0/root/say China/PROPN/5/nsubj had/AUX/5/aux/have made/VERB/2/ccomp/make an/DET/8/det irresponsible/ADJ/8/amod decision/NOUN/5/obj ./PUNCT/2/punct"),
		"JPN CHN 111")
}

func TestOrderedToLeaveIsExpulsion(t *testing.T) {
	// the infinitive parsed on the object still completes "ordered".
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj ordered/VERB/0/root/order Chinese/ADJ/4/amod diplomats/NOUN/2/obj/diplomat to/PART/6/mark leave/VERB/4/acl ./PUNCT/2/punct"),
		"JPN CHN 161")
	// a deadline to leave is an expulsion, not an ultimatum.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj gave/VERB/0/root/give Chinese/ADJ/4/amod diplomats/NOUN/2/obj/diplomat two/NUM/6/nummod days/NOUN/2/obj/day to/PART/8/mark leave/VERB/2/xcomp ./PUNCT/2/punct"),
		"JPN CHN 161")
}

func TestSubjectConstraintSeesThroughQuantities(t *testing.T) {
	// "thousands of students" satisfies a frame that wants students.
	expect(t, codeParses(t, "Thousands/NOUN/5/nsubj/thousand of/ADP/4/case Chinese/ADJ/4/amod students/NOUN/1/nmod/student stormed/VERB/0/root/storm the/DET/8/det Japanese/ADJ/8/amod embassy/NOUN/5/obj ./PUNCT/5/punct"),
		"CHN JPN 145")
}

func TestProtestersBelongToTheStoryHome(t *testing.T) {
	// protesters with no country named in a Seoul-datelined story are South Korean.
	expect(t, codeDatelined(t, "Protesters/NOUN/2/nsubj/protester denounced/VERB/0/root/denounce Japan/PROPN/2/obj ./PUNCT/2/punct"),
		"KOR JPN 111")
}

func TestGerundHungOnTheAccused(t *testing.T) {
	// the parser's reading: "shipping" a noun under "Pyongyang"; the
	// accused still ships, and the shipment is a claim.
	expect(t, codeParses(t, "Washington/PROPN/2/nsubj accused/VERB/0/root/accuse Pyongyang/PROPN/2/obj of/ADP/5/case shipping/NOUN/3/nmod/shipping missiles/NOUN/5/obj/missile to/ADP/8/case Moscow/PROPN/5/obl ./PUNCT/2/punct"),
		"USA PRK 112", "PRK RUS 072 alleged")
}

func TestArmsLemmatisedAsArm(t *testing.T) {
	// the lemmatiser turns "arms" into "arm"; the weapons set still knows it.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj accused/VERB/0/root/accuse China/PROPN/2/obj of/SCONJ/5/mark supplying/VERB/3/acl/supply arms/NOUN/5/obj/arm to/ADP/8/case Russia/PROPN/5/obl ./PUNCT/2/punct"),
		"JPN CHN 112", "CHN RUS 072 alleged")
}

func TestWarningOfARiskIsNoThreat(t *testing.T) {
	// what a thing would bring about is a risk, not a threat.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj warned/VERB/0/root/warn that/SCONJ/7/mark food/NOUN/5/compound prices/NOUN/7/nsubj/price would/AUX/7/aux rise/VERB/2/ccomp ./PUNCT/2/punct"))
	// what an actor would do, or would suffer, is.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj warned/VERB/0/root/warn that/SCONJ/6/mark China/PROPN/6/nsubj would/AUX/6/aux suffer/VERB/2/ccomp ./PUNCT/2/punct"),
		"JPN CHN 130")
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj warned/VERB/0/root/warn that/SCONJ/8/mark Tokyo/PROPN/6/nmod:poss 's/PART/4/case response/NOUN/8/nsubj would/AUX/8/aux follow/VERB/2/ccomp against/ADP/10/case China/PROPN/8/obl ./PUNCT/2/punct"),
		"JPN CHN 130")
}

func TestInvitedVisitIsNotAVisit(t *testing.T) {
	// the visit is what the invitation offers, not a visit made.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj accepted/VERB/0/root/accept an/DET/4/det invitation/NOUN/2/obj to/PART/6/mark visit/VERB/4/acl China/PROPN/6/obj ./PUNCT/2/punct"),
		"JPN CHN 036")
}

func TestHelpedBringDown(t *testing.T) {
	// the particle of the infinitive ("bring ... down") completes the frame.
	evs := codeParses(t, "Japanese/ADJ/2/amod forces/NOUN/3/nsubj/force helped/VERB/0/root/help Israel/PROPN/5/nsubj bring/VERB/3/xcomp down/ADP/5/compound:prt the/DET/8/det drones/NOUN/5/obj/drone ./PUNCT/3/punct")
	found := false
	for _, e := range evs {
		if e.Cameo == "074" && e.Source.Country == "JPN" {
			found = true
		}
	}
	if !found {
		t.Errorf("no JPN 074 among %v", briefs(evs))
	}
}

func TestCommaRelativeClauseOnAThing(t *testing.T) {
	// "a response from China, which recalled ...": the actor before the
	// comma does it, though the parser hung the clause on "response".
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj drew/VERB/0/root/draw a/DET/4/det response/NOUN/2/obj from/ADP/6/case China/PROPN/4/nmod ,/PUNCT/9/punct which/PRON/9/nsubj recalled/VERB/4/acl:relcl/recall its/PRON/11/nmod:poss ambassadors/NOUN/9/obj/ambassador from/ADP/13/case Tokyo/PROPN/11/nmod ./PUNCT/2/punct"),
		"CHN JPN 161")
}

func TestDiplomatsFromElsewhere(t *testing.T) {
	// "diplomats from ... countries, including A and B" are A's and B's,
	// not the home state's, though the lemmatiser gives "include".
	expect(t, codeDatelined(t, "South/PROPN/2/compound Korea/PROPN/3/nsubj expelled/VERB/0/root/expel diplomats/NOUN/3/obj/diplomat from/ADP/7/case two/NUM/7/nummod countries/NOUN/4/nmod/country ,/PUNCT/10/punct including/VERB/10/case/include Japan/PROPN/7/nmod and/CCONJ/12/cc China/PROPN/10/conj ./PUNCT/3/punct"),
		"KOR JPN 161", "KOR CHN 161")
}

func TestAccordingToLemmatisedAsAccord(t *testing.T) {
	// the lemmatiser's "accord" for "According" still makes a source phrase.
	evs := codeParses(t, "According/VERB/3/case/accord to/ADP/1/fixed KCNA/PROPN/6/obl ,/PUNCT/3/punct Kim/PROPN/6/nsubj praised/VERB/0/root/praise Putin/PROPN/6/obj ./PUNCT/6/punct")
	expect(t, evs, "PRK RUS 051")
	if len(evs) == 1 && (len(evs[0].ReportedBy) != 1 || evs[0].ReportedBy[0].Code != "PRKMED") {
		t.Errorf("reported_by = %+v, want KCNA", evs[0].ReportedBy)
	}
}

func TestByPhraseOnActiveVerbNamesTheTarget(t *testing.T) {
	// "ended trips by Japanese citizens", the "by" phrase hung on the verb.
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj ended/VERB/0/root/end visa-free/ADJ/4/amod trips/NOUN/2/obj/trip by/ADP/7/case Japanese/ADJ/7/amod citizens/NOUN/2/obl/citizen ./PUNCT/2/punct"),
		"RUS JPN 172")
}

func TestBrokeDownIsNoSuspension(t *testing.T) {
	// talks that "broke down" failed; nobody suspended anything.
	for _, e := range codeParses(t, "Japan/PROPN/2/nsubj broke/VERB/0/root/break down/ADP/2/compound:prt the/DET/5/det agreement/NOUN/2/obj with/ADP/7/case China/PROPN/5/nmod ./PUNCT/2/punct") {
		if e.Cameo == "160" {
			t.Errorf("'broke down' coded as %s", brief(e))
		}
	}
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj froze/VERB/0/root/freeze ties/NOUN/2/obj/tie with/ADP/5/case China/PROPN/3/nmod ./PUNCT/2/punct"),
		"JPN CHN 160")
}

func TestAppealsAreRequests(t *testing.T) {
	// ANNOTATION.md: appeals (02x) are PLOVER REQUEST, though the 2021
	// CAMEO-to-PLOVER table lists no 02 codes (the cameo table adds them).
	evs := codeParses(t, "Japan/PROPN/2/nsubj urged/VERB/0/root/urge China/PROPN/2/obj to/PART/5/mark release/VERB/2/xcomp the/DET/7/det prisoners/NOUN/5/obj/prisoner ./PUNCT/2/punct")
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	for _, e := range evs {
		if e.Cameo[:2] == "02" && e.Plover != "REQUEST" {
			t.Errorf("%s has PLOVER %q, want REQUEST", brief(e), e.Plover)
		}
	}
}

func TestConditionalThreatNamesItsTarget(t *testing.T) {
	// the condition names the threatened; the warning itself is made now,
	// so neither "would" nor "if" makes it hypothetical.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj warned/VERB/0/root/warn Tokyo/PROPN/5/nsubj would/AUX/5/aux respond/VERB/2/ccomp strongly/ADV/5/advmod if/SCONJ/8/mark China/PROPN/8/nsubj attacked/VERB/5/advcl/attack ./PUNCT/2/punct"),
		"JPN CHN 130")
}

func TestViolenceInAStateFallsOnIt(t *testing.T) {
	// no actor is hit, but the strikes land in another state's territory.
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj shelled/VERB/0/root/shell several/ADJ/4/amod villages/NOUN/2/obj/village in/ADP/7/case northern/ADJ/7/amod Japan/PROPN/2/obl ./PUNCT/2/punct"),
		"RUS JPN 194")
}

func TestActionAgainstNamesTheTarget(t *testing.T) {
	// the object's "against" phrase names the target, not its "military".
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj threatened/VERB/0/root/threaten military/ADJ/4/amod action/NOUN/2/obj against/ADP/6/case China/PROPN/4/nmod ./PUNCT/2/punct"),
		"JPN CHN 138")
}

func TestMediatorWorksBetweenTheStorysParties(t *testing.T) {
	// the passive names only the mediator; the sides are the story's pair.
	evs := codeParses(t,
		"Japan/PROPN/4/nsubj and/CCONJ/3/cc China/PROPN/1/conj signed/VERB/0/root/sign a/DET/6/det truce/NOUN/4/obj ./PUNCT/4/punct",
		"The/DET/2/det truce/NOUN/4/nsubj:pass was/AUX/4/aux:pass brokered/VERB/0/root/broker by/ADP/6/case Russia/PROPN/4/obl ./PUNCT/4/punct")
	var got []string
	for _, e := range evs {
		if e.Cameo == "045" {
			got = append(got, brief(e))
		}
	}
	sort.Strings(got)
	if strings.Join(got, ",") != "RUS CHN 045,RUS JPN 045" {
		t.Errorf("mediation events %q, want RUS CHN 045 and RUS JPN 045 (all: %q)", got, briefs(evs))
	}
}

func TestDeniedActIsNotCoded(t *testing.T) {
	// the denial is the act; the supplying it denies is not one.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj denied/VERB/0/root/deny supplying/VERB/2/xcomp/supply weapons/NOUN/3/obj/weapon to/ADP/6/case Russia/PROPN/3/obl ./PUNCT/2/punct"),
		"JPN RUS 016")
}

func TestUnresolvedPronounIsTheSpeaker(t *testing.T) {
	// "it" left unresolved, subject of what Japan says: Japan itself.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj said/VERB/0/root/say it/PRON/4/nsubj condemned/VERB/2/ccomp/condemn China/PROPN/4/obj ./PUNCT/2/punct"),
		"JPN CHN 111")
}

func TestConjoinedVerbSharesTheFirstVerbsSource(t *testing.T) {
	// the parser made the subject the root and left both verbs without
	// one; the detention is done by whoever used the gas.
	expect(t, codeParses(t, "Tokyo/PROPN/0/root has/AUX/3/aux used/VERB/1/xcomp/use tear/NOUN/5/compound gas/NOUN/3/obj against/ADP/7/case China/PROPN/3/obl and/CCONJ/10/cc has/AUX/10/aux detained/VERB/3/conj/detain Chinese/ADJ/12/amod tourists/NOUN/10/obj/tourist ./PUNCT/1/punct"),
		"JPN CHN 175", "JPN CHN 173")
}

func TestPassiveAgentIsNoObject(t *testing.T) {
	// the parser hung the footage's participle on its noun: the release's
	// "by" phrase is its agent, never the prisoner released.
	expect(t, codeParses(t, "China/PROPN/2/nsubj complained/VERB/0/root/complain ./PUNCT/2/punct",
		"Footage/NOUN/0/root/footage released/VERB:VBN/1/acl/release by/ADP/4/case Japan/PROPN/2/obl:agent showed/VERB/2/conj/show the/DET/7/det border/NOUN/5/obj ./PUNCT/1/punct"))
}

func TestBriefedOnIsSharingInformation(t *testing.T) {
	// what the briefing is about is no party to it.
	expect(t, codeParses(t, "China/PROPN/2/nsubj briefed/VERB/0/root/brief Japan/PROPN/2/obj on/ADP/6/case the/DET/6/det talks/NOUN/2/obl/talk ./PUNCT/2/punct"),
		"CHN JPN 064")
}

func TestPurposeOfATripIsNotCodedApart(t *testing.T) {
	// the visit is coded; briefing Kim is what it is for.
	expect(t, codeParses(t, "Xi/PROPN/3/nsubj will/AUX/3/aux travel/VERB/0/root to/ADP/5/case Pyongyang/PROPN/3/obl to/PART/7/mark brief/VERB/3/advcl Kim/PROPN/7/obj ./PUNCT/3/punct"),
		"CHN PRK 042 future", "PRK CHN 043 future")
}

func TestListPartlyHungElsewhere(t *testing.T) {
	// the parse joined only the list's last two names; the commas before
	// them still make the others members.
	expect(t, codeParses(t, "Japan/PROPN/8/obl ,/PUNCT/3/punct China/PROPN/1/conj ,/PUNCT/5/punct Cuba/PROPN/8/nsubj and/CCONJ/7/cc Peru/PROPN/5/conj condemned/VERB/0/root/condemn Russia/PROPN/8/obj ./PUNCT/8/punct"),
		"JPN RUS 111", "CHN RUS 111", "CUB RUS 111", "PER RUS 111")
	// the last name hung on the verb: "by A, B and C".
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn Japan/PROPN/2/obj ,/PUNCT/5/punct China/PROPN/3/conj and/CCONJ/7/cc Cuba/PROPN/2/obl ./PUNCT/2/punct"),
		"RUS JPN 111", "RUS CHN 111", "RUS CUB 111")
	// a list with its own "and" is complete.
	expect(t, codeParses(t, "Kim/PROPN/2/nsubj praised/VERB/0/root/praise Japan/PROPN/2/obj and/CCONJ/5/cc China/PROPN/3/conj ,/PUNCT/8/punct and/CCONJ/8/cc Putin/PROPN/2/conj ./PUNCT/2/punct"),
		"PRK JPN 051", "PRK CHN 051")
}

func TestPlaceOfAnotherNounIsNotTheRoleWords(t *testing.T) {
	// "based in Cuba" says where the ships are, not whose military it is:
	// the role word stays with the story's home state (and what it seizes,
	// naming no state, is the other state's in a story between the two).
	evs := codeParses(t, "China/PROPN/2/nsubj spoke/VERB/0/root/speak ./PUNCT/2/punct",
		"China/PROPN/2/nsubj accused/VERB/0/root/accuse Cuba/PROPN/2/obj ./PUNCT/2/punct",
		"China/PROPN/2/nsubj said/VERB/0/root/say the/DET/4/det military/NOUN/5/nsubj seized/VERB/2/ccomp/seize ships/NOUN/5/obj/ship based/VERB:VBN/6/acl/base in/ADP/9/case Cuba/PROPN/7/obl ./PUNCT/2/punct")
	expect(t, evs, "CHN CUB 112", "CHN CUB 171")
}

func TestNullAndVoidIsTheSpeakersRejection(t *testing.T) {
	// the speaker rejects; whose decisions they are names the target.
	expect(t, codeParses(t, "Moscow/PROPN/2/nsubj said/VERB/0/root/say NATO/PROPN/4/nmod:poss decisions/NOUN/6/nsubj/decision were/AUX/6/cop/be null/ADJ/2/ccomp ./PUNCT/2/punct"),
		"RUS IGO 120")
}

func TestForcesDeployedAgainstUnrestAreMobilisedAtHome(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj deployed/VERB/0/root/deploy troops/NOUN/2/obj/troops to/PART/5/mark quell/VERB/2/advcl the/DET/7/det protests/NOUN/5/obj/protest ./PUNCT/2/punct"),
		"JPN JPN 154")
}

func TestThatClauseParsedAdverbialStillNamesTheOneTold(t *testing.T) {
	// the story pits Japan against Russia, but China is the one told.
	evs := codeParses(t, "Japan/PROPN/2/nsubj condemned/VERB/0/root/condemn Russia/PROPN/2/obj ./PUNCT/2/punct",
		"Tokyo/PROPN/2/nsubj notified/VERB/0/root/notify China/PROPN/2/obj that/SCONJ/6/mark Japan/PROPN/6/nsubj objected/VERB/2/advcl/object to/SCONJ/8/mark extending/VERB/6/advcl/extend the/DET/10/det deal/NOUN/8/obj ./PUNCT/2/punct")
	expect(t, evs, "JPN RUS 111", "JPN CHN 1211")
}

func TestThreatToProtectOnesOwnPeopleTargetsTheOther(t *testing.T) {
	// "would respond to any attack on its nationals": the threat is to
	// whoever attacks them, the state the story pits Japan against.
	evs := codeParses(t, "Japan/PROPN/2/nsubj condemned/VERB/0/root/condemn China/PROPN/2/obj ./PUNCT/2/punct",
		"Japan/PROPN/2/nsubj warned/VERB/0/root/warn against/ADP/5/case any/DET/5/det attack/NOUN/2/obl on/ADP/7/case nationals/NOUN/5/nmod/national ./PUNCT/2/punct")
	expect(t, evs, "JPN CHN 111", "JPN CHN 138")
}

func TestCourtACaseIsTakenToIsNoTarget(t *testing.T) {
	// the WTO is where the case goes; it is brought against China.
	evs := codeParses(t, "Japan/PROPN/2/nsubj condemned/VERB/0/root/condemn China/PROPN/2/obj ./PUNCT/2/punct",
		"Japan/PROPN/3/nsubj will/AUX/3/aux take/VERB/0/root the/DET/5/det case/NOUN/3/obj to/ADP/8/case the/DET/8/det WTO/PROPN/3/obl ./PUNCT/3/punct")
	expect(t, evs, "JPN CHN 111", "JPN CHN 115 future")
}

func TestWhatPollsShowIsNoAct(t *testing.T) {
	// opinion measured, not an act: a state of affairs.
	expect(t, codeParses(t, "Polls/NOUN/2/nsubj/poll show/VERB/0/root/show most/ADJ/4/amod Japanese/PROPN/5/nsubj support/VERB/2/ccomp NATO/PROPN/5/obj ./PUNCT/2/punct"))
	// the same verb said by a government is one.
	expect(t, codeParses(t, "Tokyo/PROPN/2/nsubj said/VERB/0/root/say Japan/PROPN/4/nsubj supports/VERB/2/ccomp/support NATO/PROPN/4/obj ./PUNCT/2/punct"),
		"JPN IGO 051")
}

func TestVowToPursueAttackersIsAThreat(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj vowed/VERB/0/root/vow to/PART/4/mark pursue/VERB/2/xcomp the/DET/6/det attackers/NOUN/4/obj/attacker ./PUNCT/2/punct"),
		"JPN - 138")
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj vowed/VERB/0/root/vow to/PART/4/mark pursue/VERB/2/xcomp closer/ADJ/6/amod cooperation/NOUN/4/obj with/ADP/8/case China/PROPN/6/nmod ./PUNCT/2/punct"),
		"JPN CHN 030")
}

func TestPerfectRelativeClauseIsActive(t *testing.T) {
	// "has condemned" is a perfect with its own subject, not a participle
	// modifying its noun.
	expect(t, codeParses(t, "Japan/PROPN/0/root ,/PUNCT/6/punct which/PRON/6/obj China/PROPN/6/nsubj has/AUX/6/aux/have condemned/VERB:VBN/1/acl:relcl/condemn ./PUNCT/1/punct"),
		"CHN JPN 111")
}

func TestSaidToUndermineIsCriticism(t *testing.T) {
	expect(t, codeParses(t, "Tokyo/PROPN/2/nsubj said/VERB/0/root/say China/PROPN/5/nsubj was/AUX/5/aux/be undermining/VERB/2/ccomp/undermine peace/NOUN/5/obj ./PUNCT/2/punct"),
		"JPN CHN 111")
}

func TestUnknownNameIsAnActorByItsModifier(t *testing.T) {
	// a name the knowledge base lacks, its surname tagged as a noun, is
	// released all the same: "Chinese activist Li Ming".
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj freed/VERB/0/root/free Chinese/ADJ/6/amod activist/NOUN/6/compound Li/PROPN/6/compound Ming/NOUN/2/obj/ming ./PUNCT/2/punct"),
		"JPN CHN 0841")
}

func TestJointActWithinOneStateHoldsBothWays(t *testing.T) {
	// the government and its rebels sign: one event each way, though
	// both are Japanese.
	expect(t, codeParses(t, "Tokyo/PROPN/4/nsubj and/CCONJ/3/cc rebels/NOUN/1/conj/rebels signed/VERB/0/root/sign a/DET/6/det truce/NOUN/4/obj ./PUNCT/4/punct"),
		"JPN JPN 057", "JPN JPN 057")
}

func TestItWasHisMeetingDescribes(t *testing.T) {
	// "It was Kim's trip and his meeting with Putin": told of a meeting
	// reported already, not a new one.
	expect(t, codeParses(t, "It/PRON/3/nsubj was/AUX/3/cop/be trip/NOUN/0/root and/CCONJ/6/cc Kim/PROPN/6/nmod:poss meeting/NOUN/3/conj with/ADP/8/case Putin/PROPN/6/nmod ./PUNCT/3/punct"))
	// a meeting named for its time is another one.
	expect(t, codeParses(t, "It/PRON/4/nsubj was/AUX/4/cop/be first/ADJ/4/amod meeting/NOUN/0/root since/ADP/7/case Kim/PROPN/7/nmod:poss talks/NOUN/4/nmod/talk with/ADP/9/case Putin/PROPN/7/nmod ./PUNCT/4/punct"),
		"PRK RUS 040", "RUS PRK 040")
}

func TestWhatATreatyRequiresIsItsContent(t *testing.T) {
	// "the treaty obliges Japan to help China": a clause of the treaty, not
	// help given; the infinitive may hang on the object or on the verb.
	expect(t, codeParses(t, "The/DET/2/det treaty/NOUN/3/nsubj obliges/VERB/0/root/oblige Japan/PROPN/3/obj to/PART/6/mark help/VERB/4/acl China/PROPN/6/obj ./PUNCT/3/punct"))
	expect(t, codeParses(t, "The/DET/2/det treaty/NOUN/3/nsubj obliges/VERB/0/root/oblige Japan/PROPN/3/obj to/PART/6/mark help/VERB/3/xcomp China/PROPN/6/obj ./PUNCT/3/punct"))
}

func TestConditionReportsNoAct(t *testing.T) {
	// "Japan will not budge even if China proposes talks": the proposal is
	// a condition, not an act, wherever the parser hung it.
	expect(t, codeParses(t, "Japan/PROPN/4/nsubj will/AUX/4/aux not/PART/4/advmod budge/VERB/0/root/budge even/ADV/8/advmod if/SCONJ/8/mark China/PROPN/8/nsubj proposes/VERB/9/amod/propose talks/NOUN/4/obj/talks ./PUNCT/4/punct"))
}

func TestForeignMinistryIsTheHomeStates(t *testing.T) {
	// "In Beijing, the foreign ministry urged Japan ...": China's ministry;
	// "foreign" here names no other state.
	expect(t, codeParses(t, "In/ADP/2/case Beijing/PROPN/7/obl ,/PUNCT/2/punct the/DET/6/det foreign/ADJ/6/amod ministry/NOUN/7/nsubj urged/VERB/0/root/urge Japan/PROPN/7/obj to/PART/10/mark show/VERB/7/xcomp restraint/NOUN/10/obj ./PUNCT/7/punct"),
		"CHN JPN 0256")
}

func TestViolationSaidByAnotherIsAnAccusation(t *testing.T) {
	// told by no one, the violation itself; found by another, that one's
	// accusation.
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj violated/VERB/0/root/violate the/DET/4/det armistice/NOUN/2/obj ./PUNCT/2/punct"),
		"JPN - 196")
	expect(t, codeParses(t, "China/PROPN/2/nsubj found/VERB/0/root/find Japan/PROPN/4/nsubj violated/VERB/2/ccomp/violate the/DET/6/det armistice/NOUN/4/obj ./PUNCT/2/punct"),
		"CHN JPN 112")
	// a determination is a finding: "Washington determined that Russia
	// committed genocide".
	expect(t, codeParses(t, "Washington/PROPN/2/nsubj determined/VERB/0/root/determine that/SCONJ/5/mark Russia/PROPN/5/nsubj committed/VERB/2/ccomp/commit genocide/NOUN/5/obj ./PUNCT/2/punct"),
		"USA RUS 1124")
}

func TestBareMinistryIsOfTheGovernmentThatSpokeBefore(t *testing.T) {
	// a China story, but the Treasury acts right after Tokyo spoke.
	evs := codeParses(t, "China/PROPN/2/nsubj spoke/VERB/0/root/speak ./PUNCT/2/punct",
		"China/PROPN/2/nsubj spoke/VERB/0/root/speak ./PUNCT/2/punct",
		"China/PROPN/2/nsubj spoke/VERB/0/root/speak ./PUNCT/2/punct",
		"Tokyo/PROPN/2/nsubj spoke/VERB/0/root/speak ./PUNCT/2/punct",
		"The/DET/2/det Treasury/PROPN/3/nsubj sanctioned/VERB/0/root/sanction Russia/PROPN/3/obj ./PUNCT/3/punct")
	expect(t, evs, "JPN RUS 163")
}

func TestVerbConjoinedToTheActorBeforeIt(t *testing.T) {
	// the parser made the predicate a conjunct of its subject.
	expect(t, codeParses(t, "Kim/PROPN/0/root ,/PUNCT/4/punct who/PRON/4/nsubj leads/VERB/1/acl:relcl/lead the/DET/6/det party/NOUN/4/obj ,/PUNCT/8/punct condemned/VERB/1/conj/condemn Japan/PROPN/8/obj ./PUNCT/1/punct"),
		"PRK JPN 111")
}

func TestDemandThatXNamesX(t *testing.T) {
	// the story pits Japan against Russia, but China is the one asked.
	evs := codeParses(t, "Japan/PROPN/2/nsubj condemned/VERB/0/root/condemn Russia/PROPN/2/obj ./PUNCT/2/punct",
		"Japan/PROPN/2/nsubj demanded/VERB/0/root/demand that/SCONJ/5/mark China/PROPN/5/nsubj withdraw/VERB/2/xcomp its/PRON/7/nmod:poss troops/NOUN/5/obj/troops ./PUNCT/2/punct")
	expect(t, evs, "JPN RUS 111", "JPN CHN 1056")
}

func TestSpokeWithByPhoneIsACall(t *testing.T) {
	expect(t, codeParses(t, "Xi/PROPN/2/nsubj spoke/VERB/0/root/speak with/ADP/4/case Kim/PROPN/2/obl by/ADP/6/case phone/NOUN/2/obl ./PUNCT/2/punct"),
		"CHN PRK 041", "PRK CHN 041")
}

func TestCalledUnfriendlyIsCriticism(t *testing.T) {
	// "called Japan's restrictions unfriendly": criticism of Japan.
	expect(t, codeParses(t, "China/PROPN/2/nsubj called/VERB/0/root/call Japan/PROPN/5/nmod:poss 's/PART/3/case restrictions/NOUN/2/obj/restriction unfriendly/ADJ/2/xcomp ./PUNCT/2/punct"),
		"CHN JPN 111")
}
