package actor

import (
	"slices"
	"testing"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

func TestXiChain(t *testing.T) {
	kb := fixtureKB(t)
	text := "Chinese President Xi Jinping met envoys on Monday. Xi told them that Beijing wanted calm. " +
		"The Chinese side said the talks were frank, and he thanked the hosts."
	ms := flat(resolveText(kb, text, "2024-09-09"))
	wantActor(t, find(t, ms, "Chinese President Xi Jinping", 0), "CHNGOV", "CHN", "GOV", "Xi Jinping")
	wantActor(t, find(t, ms, "Xi", 0), "CHNGOV", "CHN", "GOV", "Xi Jinping")
	wantActor(t, find(t, ms, "Beijing", 0), "CHNGOV", "CHN", "GOV", "")
	wantActor(t, find(t, ms, "The Chinese side", 0), "CHNGOV", "CHN", "GOV", "")
	wantActor(t, find(t, ms, "he", 0), "CHNGOV", "CHN", "GOV", "Xi Jinping")
	m := find(t, ms, "Chinese President Xi Jinping", 0)
	if m.Kind != KindPerson || m.Start != 0 || m.End != 4 || m.Span != [2]int{0, 28} {
		t.Errorf("mention bounds: %+v", m)
	}
}

func TestXiAloneIn2024(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "Xi sent a letter to the summit.", "2024-03-01"))
	wantActor(t, find(t, ms, "Xi", 0), "CHNGOV", "CHN", "GOV", "Xi Jinping")
}

func TestNorthKoreaNames(t *testing.T) {
	kb := fixtureKB(t)
	text := "Pyongyang fired a missile, Seoul said. The North has tested such weapons before. " +
		"The DPRK called the drills a provocation."
	ms := flat(resolveText(kb, text, "2023-05-01"))
	wantActor(t, find(t, ms, "Pyongyang", 0), "PRKGOV", "PRK", "GOV", "")
	wantActor(t, find(t, ms, "The North", 0), "PRK", "PRK", "", "")
	wantActor(t, find(t, ms, "The DPRK", 0), "PRK", "PRK", "", "")
}

func TestTheNorthNeedsKorea(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "Flooding hit the North hardest, officials in Rome said.", "2023-05-01"))
	noMention(t, ms, "the North")
}

func TestKimByDate(t *testing.T) {
	kb := fixtureKB(t)
	// In 2024 the only head of state called Kim is Kim Jong Un, even while a
	// South Korean minister named Kim is in office.
	ms := flat(resolveText(kb, "Kim inspected a missile factory.", "2024-10-01"))
	wantActor(t, find(t, ms, "Kim", 0), "PRKGOV", "PRK", "GOV", "Kim Jong Un")
	// After a full name, the surname is that person.
	ms = flat(resolveText(kb, "Defence Minister Kim Yong-hyun visited the border. Kim said the army was ready.", "2024-10-01"))
	wantActor(t, find(t, ms, "Kim", 0), "KORGOV", "KOR", "GOV", "Kim Yong-hyun")
	// Another Kim's full name is not a surname mention.
	ms = flat(resolveText(kb, "Kim Yo Jong issued a statement.", "2024-10-01"))
	noMention(t, ms, "Kim")
}

func TestTrumpByDate(t *testing.T) {
	kb := fixtureKB(t)
	for _, tc := range []struct{ date, code, sector string }{
		{"2019-06-30", "USAGOV", "GOV"},
		{"2025-03-01", "USAGOV", "GOV"},
		{"2022-06-01", "USA", ""},
	} {
		ms := flat(resolveText(kb, "Trump said the meeting went well.", tc.date))
		wantActor(t, find(t, ms, "Trump", 0), tc.code, "USA", tc.sector, "Donald Trump")
	}
}

func TestResolveAt(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "Donald Trump met Kim in 2019.", "2022-06-01"))
	m := find(t, ms, "Donald Trump", 0)
	if m.Code != "USA" {
		t.Errorf("2022: %+v", m.Actor)
	}
	if a := kb.ResolveAt(m, day("2019-02-27")); a.Code != "USAGOV" || a.Name != "Donald Trump" {
		t.Errorf("ResolveAt 2019: %+v", a)
	}
	tb := flat(resolveText(kb, "The Taliban seized the city.", "2021-08-10"))
	m = find(t, tb, "The Taliban", 0)
	wantActor(t, m, "AFGREB", "AFG", "REB", "Taliban")
	if a := kb.ResolveAt(m, day("2022-01-01")); a.Code != "AFGGOV" {
		t.Errorf("Taliban in 2022: %+v", a)
	}
}

func TestMediaAndOrgs(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "KCNA said the UN had no right to judge, according to Rodong Sinmun.", "2024-01-01"))
	wantActor(t, find(t, ms, "KCNA", 0), "PRKMED", "PRK", "MED", "Korean Central News Agency")
	wantActor(t, find(t, ms, "Rodong Sinmun", 0), "PRKMED", "PRK", "MED", "Korean Central News Agency")
	wantActor(t, find(t, ms, "the UN", 0), "IGOUNO", "IGO", "", "United Nations")
}

func TestCountryAgents(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "South Korean troops joined Israeli police and the Chinese foreign ministry in a drill.", "2024-01-01"))
	wantActor(t, find(t, ms, "South Korean troops", 0), "KORMIL", "KOR", "MIL", "")
	wantActor(t, find(t, ms, "Israeli police", 0), "ISRCOP", "ISR", "COP", "")
	wantActor(t, find(t, ms, "the Chinese foreign ministry", 0), "CHNGOV", "CHN", "GOV", "")
	ms = flat(resolveText(kb, "North Korea's military fired shells. Russia's foreign ministry protested.", "2024-01-01"))
	wantActor(t, find(t, ms, "North Korea's military", 0), "PRKMIL", "PRK", "MIL", "")
	wantActor(t, find(t, ms, "Russia's foreign ministry", 0), "RUSGOV", "RUS", "GOV", "")
}

func TestPossessiveOutsideMention(t *testing.T) {
	kb := fixtureKB(t)
	text := "North Korea's launch drew protests."
	ss := resolveText(kb, text, "2024-01-01")
	m := find(t, flat(ss), "North Korea", 0)
	if m.End != 2 || text[m.Span[0]:m.Span[1]] != "North Korea" || m.Head != 1 {
		t.Errorf("possessive: %+v", m)
	}
}

func TestLowercaseAndAmbiguity(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "They bought fine china and talked to us about Michael Jordan.", "2024-01-01"))
	noMention(t, ms, "china")
	noMention(t, ms, "us")
	noMention(t, ms, "Jordan")
	ms = flat(resolveText(kb, "Jordan and Israel signed a deal. The US agreed.", "2024-01-01"))
	wantActor(t, find(t, ms, "Jordan", 0), "JOR", "JOR", "", "")
	wantActor(t, find(t, ms, "The US", 0), "USA", "USA", "", "")
	// "May" the month is not Theresa May.
	ms = flat(resolveText(kb, "In May, Britain left.", "2017-01-01"))
	noMention(t, ms, "May")
}

func TestHyphenatedNames(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "Guinea-Bissau hosted Russian-backed envoys.", "2024-01-01"))
	wantActor(t, find(t, ms, "Guinea-Bissau", 0), "GNB", "GNB", "", "")
	// a patron before a hyphen is not the actor the phrase names.
	noMention(t, ms, "Russian")
	text := "The Taliban seized the town on Monday. The Russian-backed alliance said it would hold it."
	ms = flat(resolveText(kb, text, "2019-12-12"))
	noMention(t, ms, "Russian")
	wantActor(t, find(t, ms, "The Russian-backed alliance", 0), "AFGREB", "AFG", "REB", "Taliban")
}

func TestTwoLeaders(t *testing.T) {
	kb := fixtureKB(t)
	text := "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. The two leaders signed a pact. " +
		"Both countries called it historic."
	ms := flat(resolveText(kb, text, "2024-06-19"))
	m := find(t, ms, "The two leaders", 0)
	if len(m.Members) != 2 || m.Members[0].Name != "Vladimir Putin" || m.Members[1].Name != "Kim Jong Un" {
		t.Fatalf("two leaders: %+v", m.Members)
	}
	if m.Code != "RUSGOV" {
		t.Errorf("first member: %+v", m.Actor)
	}
	b := find(t, ms, "Both countries", 0)
	if len(b.Members) != 2 || b.Members[0].Code != "RUS" || b.Members[1].Code != "PRK" {
		t.Errorf("both countries: %+v", b.Members)
	}
}

func TestPronouns(t *testing.T) {
	kb := fixtureKB(t)
	text := "NATO met in Brussels. It said the alliance would respond. " +
		"Israeli protesters marched; they demanded talks. The report said it was unclear."
	ms := flat(resolveText(kb, text, "2024-01-01"))
	wantActor(t, find(t, ms, "It", 0), "IGONATO", "IGO", "", "North Atlantic Treaty Organization")
	wantActor(t, find(t, ms, "the alliance", 0), "IGONATO", "IGO", "", "North Atlantic Treaty Organization")
	wantActor(t, find(t, ms, "they", 0), "ISROPP", "ISR", "OPP", "")
	// "it" in "it was unclear" is not an actor: the report is a thing, and the
	// last actor two sentences back is too far.
	noMention(t, ms, "it")
}

func TestPronounInsideQuote(t *testing.T) {
	kb := fixtureKB(t)
	text := "Vladimir Putin praised Xi Jinping. Putin said, \"he is a true friend.\""
	ms := flat(resolveText(kb, text, "2024-01-01"))
	wantActor(t, find(t, ms, "he", 0), "CHNGOV", "CHN", "GOV", "Xi Jinping")
}

func TestUnknownTitledPerson(t *testing.T) {
	kb := fixtureKB(t)
	text := "South Korean Foreign Minister Cho Tae-yul met Antony Smith. Cho said he was hopeful."
	ms := flat(resolveText(kb, text, "2024-06-01"))
	wantActor(t, find(t, ms, "South Korean Foreign Minister Cho Tae-yul", 0), "KORGOV", "KOR", "GOV", "Cho Tae-yul")
	wantActor(t, find(t, ms, "Cho", 0), "KORGOV", "KOR", "GOV", "Cho Tae-yul")
	wantActor(t, find(t, ms, "he", 0), "KORGOV", "KOR", "GOV", "Cho Tae-yul")
	ms = flat(resolveText(kb, "Former South Korean President Kim Dae-jung won the prize.", "2024-06-01"))
	wantActor(t, find(t, ms, "Former South Korean President Kim Dae-jung", 0), "KOR", "KOR", "", "Kim Dae-jung")
}

func TestPronounSubjectPreference(t *testing.T) {
	kb := fixtureKB(t)
	// "it" goes to the subject of its own clause, not the sentence's first actor.
	ms := flat(resolveText(kb, "Japan protested on Monday, and Russia said it would respond.", "2024-01-01"))
	wantActor(t, find(t, ms, "it", 0), "RUS", "RUS", "", "")
	// "he" after "X told Y that" is X.
	ms = flat(resolveText(kb, "Kim Jong Un told Xi Jinping that he wanted peace.", "2024-01-01"))
	wantActor(t, find(t, ms, "he", 0), "PRKGOV", "PRK", "GOV", "Kim Jong Un")
	// A possessive takes the nearest person, even a pronoun's referent.
	ms = flat(resolveText(kb, "Xi Jinping hosted Kim Jong Un. He thanked his hosts.", "2024-01-01"))
	wantActor(t, find(t, ms, "his", 0), "CHNGOV", "CHN", "GOV", "Xi Jinping")
}

func TestPronounBlockers(t *testing.T) {
	kb := fixtureKB(t)
	// A non-actor noun phrase between the actor and "it" may be what "it" means.
	ms := flat(resolveText(kb, "China rejected the report, and it said nothing more.", "2024-01-01"))
	noMention(t, ms, "it")
	// So may an unknown name for "his".
	ms = flat(resolveText(kb, "Xi Jinping greeted Sergei Volkov and his daughter.", "2024-01-01"))
	noMention(t, ms, "his")
}

func TestDescriptionKeepsReferent(t *testing.T) {
	kb := fixtureKB(t)
	text := "North Korea fired a missile, South Korea said. The regime has fired ten this year. " +
		"Japan protested to Seoul and Tokyo. The regime ignored the protest."
	ms := flat(resolveText(kb, text, "2024-01-01"))
	wantActor(t, find(t, ms, "The regime", 0), "PRKGOV", "PRK", "GOV", "")
	wantActor(t, find(t, ms, "The regime", 1), "PRKGOV", "PRK", "GOV", "")
}

func TestLemmaAndTags(t *testing.T) {
	kb := fixtureKB(t)
	// "spokesmen" is not in the fixture, but its lemma is.
	s := nlp.Segment("Chinese spokesmen denied it.")
	for i := range s[0].Tokens {
		if s[0].Tokens[i].Text == "spokesmen" {
			s[0].Tokens[i].Lemma = "spokesman"
		}
	}
	ms := flat(kb.Resolve(s, day("2024-01-01")))
	wantActor(t, find(t, ms, "Chinese spokesmen", 0), "CHNGOV", "CHN", "GOV", "")
	// Without the lemma the agent is not found and "Chinese" stands alone.
	ms = flat(resolveText(kb, "Chinese spokesmen denied it.", "2024-01-01"))
	noMention(t, ms, "Chinese spokesmen")

	// A parse gives the head; a verb tag keeps an agent word out.
	s = nlp.Segment("North Korean troops police the border.")
	heads := []int{2, 2, 3, -1, 5, 3, 3}
	deps := []string{"amod", "amod", "nsubj", "root", "det", "obj", "punct"}
	for i := range s[0].Tokens {
		s[0].Tokens[i].Head, s[0].Tokens[i].Dep = heads[i], deps[i]
		s[0].Tokens[i].UPOS = "NOUN"
	}
	s[0].Tokens[3].UPOS = "VERB"
	ms = flat(kb.Resolve(s, day("2024-01-01")))
	m := find(t, ms, "North Korean troops", 0)
	if m.Head != 2 || m.Code != "PRKMIL" {
		t.Errorf("head %d code %s", m.Head, m.Code)
	}
	noMention(t, ms, "police")
}

func TestNameInsideLongerName(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "Travellers booked China Eastern Airlines flights with Musa bin Jordan.", "2024-01-01"))
	noMention(t, ms, "China")
	noMention(t, ms, "Jordan")
}

func TestPresidentWithoutAntecedent(t *testing.T) {
	kb := fixtureKB(t)
	// No person named: "the president" is the one president of the story's state.
	ms := flat(resolveText(kb, "Beijing announced new tariffs on Monday. The president said they were fair.", "2024-05-01"))
	m := find(t, ms, "The president", 0)
	wantActor(t, m, "CHNGOV", "CHN", "GOV", "Xi Jinping")
	// The description remembers its person for other dates.
	if a := kb.ResolveAt(m, day("2011-01-01")); a.Code != "CHN" || a.Name != "Xi Jinping" {
		t.Errorf("ResolveAt 2011: %+v", a)
	}
	// Honorifics work as titles.
	ms = flat(resolveText(kb, "Mr. Putin arrived late.", "2024-05-01"))
	wantActor(t, find(t, ms, "Mr. Putin", 0), "RUSGOV", "RUS", "GOV", "Vladimir Putin")
}

func TestSurnameAfterThat(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "Seoul said that Kim might visit, and the No camp lost.", "2024-10-01"))
	wantActor(t, find(t, ms, "Kim", 0), "PRKGOV", "PRK", "GOV", "Kim Jong Un")
}

func TestUndatedText(t *testing.T) {
	kb := fixtureKB(t)
	// Without a date the knowledge base's latest facts apply (Trump's second term).
	ms := flat(kb.Resolve(nlp.Segment("Trump met Xi Jinping."), time.Time{}))
	wantActor(t, find(t, ms, "Trump", 0), "USAGOV", "USA", "GOV", "Donald Trump")
	wantActor(t, find(t, ms, "Xi Jinping", 0), "CHNGOV", "CHN", "GOV", "Xi Jinping")
}

func TestTownCommaState(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "Voters in Atlanta, Georgia, were calm. In Tbilisi, Georgia protested.", "2024-01-01"))
	if n := len(ms); n != 2 || ms[0].Text != "Tbilisi" || ms[1].Text != "Georgia" {
		t.Errorf("want only the Tbilisi sentence's mentions:%s", dump(ms))
	}
}

func TestSubjectItSkipsObjectThing(t *testing.T) {
	kb := fixtureKB(t)
	parsed := func(text string, heads []int, deps, upos []string) []nlp.Sentence {
		s := nlp.Segment(text)
		if len(s[0].Tokens) != len(heads) {
			t.Fatalf("%q: %d tokens", text, len(s[0].Tokens))
		}
		for i := range s[0].Tokens {
			s[0].Tokens[i].Head, s[0].Tokens[i].Dep, s[0].Tokens[i].UPOS = heads[i], deps[i], upos[i]
		}
		return s
	}
	// With a parse, a thing named as an object does not stop a subject "it"
	// from reaching the clause subject before it.
	s := parsed("Russia condemned the violence and said it would respond.",
		[]int{1, -1, 3, 1, 5, 1, 8, 8, 5, 1},
		[]string{"nsubj", "root", "det", "obj", "cc", "conj", "nsubj", "aux", "ccomp", "punct"},
		[]string{"PROPN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PRON", "AUX", "VERB", "PUNCT"})
	wantActor(t, find(t, flat(kb.Resolve(s, day("2024-01-01"))), "it", 0), "RUS", "RUS", "", "")
	// A thing that is itself a subject still blocks: "it" may be the report.
	s = parsed("Russia said the report was false and it would fade.",
		[]int{1, -1, 3, 5, 5, 1, 9, 9, 9, 5, 1},
		[]string{"nsubj", "root", "det", "nsubj", "cop", "ccomp", "cc", "nsubj", "aux", "conj", "punct"},
		[]string{"PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "PRON", "AUX", "VERB", "PUNCT"})
	noMention(t, flat(kb.Resolve(s, day("2024-01-01"))), "it")
}

func TestSurnameTaggedAsNoun(t *testing.T) {
	kb := fixtureKB(t)
	tagged := func(text string) []nlp.Sentence {
		s := nlp.Segment(text)
		for si := range s {
			for i := range s[si].Tokens {
				s[si].Tokens[i].UPOS = "PROPN"
				if s[si].Tokens[i].Text == "Xi" && i == 0 {
					s[si].Tokens[i].UPOS = "NOUN" // the tagger's sentence-initial mistake
				}
			}
		}
		return s
	}
	// after the full name, a surname the tagger took for a noun is the person.
	ms := flat(kb.Resolve(tagged("Chinese President Xi Jinping met Kim Jong Un. Xi praised him."), day("2024-01-01")))
	wantActor(t, find(t, ms, "Xi", 0), "CHNGOV", "CHN", "GOV", "Xi Jinping")
	// without it, such a word is not taken for a name.
	noMention(t, flat(kb.Resolve(tagged("Xi praised him."), day("2024-01-01"))), "Xi")
	if len(flat(resolveText(kb, "Xi praised him.", "2024-01-01"))) == 0 {
		t.Errorf("untagged surname alone should resolve")
	}
}

func TestPairLeavesOutTheSubject(t *testing.T) {
	kb := fixtureKB(t)
	// the praising state is not one of "both countries", even when it was
	// named more recently than they were.
	ms := flat(resolveText(kb, "Russia and Japan signed a deal in the presence of China. China praised both countries.", "2024-01-01"))
	m := find(t, ms, "both countries", 0)
	if len(m.Members) != 2 || m.Members[0].Country != "RUS" || m.Members[1].Country != "JPN" {
		t.Errorf("members %+v, want RUS and JPN", m.Members)
	}
}

func TestTheyPassesSingularThings(t *testing.T) {
	kb := fixtureKB(t)
	// a singular thing does not stand between "they" and a pair of states.
	ms := flat(resolveText(kb, "Russia and Japan signed a deal on the border. They also agreed to meet.", "2024-01-01"))
	m := find(t, ms, "They", 0)
	if len(m.Members) != 2 || m.Members[0].Country != "RUS" || m.Members[1].Country != "JPN" {
		t.Errorf("members %+v, want RUS and JPN", m.Members)
	}
	// a plural one may be what "they" means.
	noMention(t, flat(resolveText(kb, "Russia and Japan lifted the sanctions. They had hurt trade.", "2024-01-01")), "They")
}

func TestPairDescriptionRepeatsThePair(t *testing.T) {
	kb := fixtureKB(t)
	// "the two countries" right after "both countries" means the same pair.
	ms := flat(resolveText(kb, "Russia and Japan signed a deal. China praised both countries. The two countries thanked China.", "2024-01-01"))
	m := find(t, ms, "The two countries", 0)
	if len(m.Members) != 2 || m.Members[0].Country != "RUS" || m.Members[1].Country != "JPN" {
		t.Errorf("members %+v, want RUS and JPN", m.Members)
	}
	// two actors named together since then make a new pair.
	ms = flat(resolveText(kb, "Russia and Japan signed a deal. China praised both countries. China and Japan then met, and the two countries signed a pact.", "2024-01-01"))
	m = find(t, ms, "the two countries", 0)
	if len(m.Members) != 2 || m.Members[0].Country != "CHN" || m.Members[1].Country != "JPN" {
		t.Errorf("members %+v, want CHN and JPN", m.Members)
	}
}

func TestRegionStateIsTheOtherState(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// "the Gulf state" is the state just named, not the sentence's subject
	// (the story's main state).
	ms := flat(resolveText(kb, "Egypt recalled its envoy. Egypt cut ties with Qatar, calling the Gulf state a sponsor of terror.", "2024-01-01"))
	wantActor(t, find(t, ms, "the Gulf state", 0), "QAT", "QAT", "", "")
}

func TestAllSidesIsAPair(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(resolveText(kb, "Russia and Ukraine clashed again. China urged all sides to show restraint.", "2024-01-01"))
	m := find(t, ms, "all sides", 0)
	if len(m.Members) != 2 || m.Members[0].Country != "RUS" || m.Members[1].Country != "UKR" {
		t.Errorf("members %+v, want RUS and UKR", m.Members)
	}
}

func TestTheyStandsForAListOfThree(t *testing.T) {
	kb := fixtureKB(t)
	ms := flat(resolveText(kb, "Russia, Japan and China said they would meet.", "2024-01-01"))
	m := find(t, ms, "they", 0)
	if len(m.Members) != 3 || m.Members[0].Country != "RUS" || m.Members[1].Country != "JPN" || m.Members[2].Country != "CHN" {
		t.Errorf("members %+v, want RUS, JPN and CHN", m.Members)
	}
}

func TestTheBoardIsTheLastOrganisation(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(resolveText(kb, "The International Atomic Energy Agency met in Vienna. Israel welcomed the board's decision.", "2024-01-01"))
	wantActor(t, find(t, ms, "the board", 0), "IGOIAE", "IGO", "", "International Atomic Energy Agency")
}

func TestTheCommandIsTheLastOrganisation(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(resolveText(kb, "The UN Command reported a border incident. The command proposed talks with the army.", "2024-01-01"))
	wantActor(t, find(t, ms, "The command", 0), "IGOUNC", "IGO", "MIL", "United Nations Command")
}

func TestMonthSurnameOnlyAsSubject(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Prime Minister Theresa May spoke to parliament. On Monday, May gave Moscow a deadline. " +
		"In May, Britain expelled diplomats, and talks resume on May 28."
	ms := flat(resolveText(kb, text, "2018-03-14"))
	wantActor(t, find(t, ms, "May", 0), "GBRGOV", "GBR", "GOV", "Theresa May")
	n := 0
	for _, m := range ms {
		if m.Text == "May" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d mentions read \"May\" as the person, want only the subject one", n)
	}
}

func TestTheSidesAreTheStorysMainPair(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Israel struck targets in Gaza after Hamas fired rockets at Israel. Hamas said Israel would pay. " +
		"Joe Biden said America stood with Israel. Egypt urged restraint by both sides."
	ms := flat(resolveText(kb, text, "2023-10-08"))
	m := find(t, ms, "both sides", 0)
	got := []string{}
	for _, a := range m.Members {
		got = append(got, a.Country)
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"ISR", "PSE"}) {
		t.Errorf("both sides = %v, want ISR and PSE", got)
	}
}

func TestTwoLeadersNamedApartYieldToTheMainPair(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// Trump and China are named in turn at the end of a story about the
	// two Koreas: "the two leaders" are still Kim and Moon.
	text := "Kim Jong Un crossed into South Korea and met Moon Jae-in. North Korea and South Korea signed a declaration. " +
		"Moon will visit Pyongyang in the autumn. US President Donald Trump hailed the meeting. " +
		"China praised the courage of the two leaders."
	ms := flat(resolveText(kb, text, "2018-04-27"))
	m := find(t, ms, "the two leaders", 0)
	got := []string{}
	for _, a := range m.Members {
		got = append(got, a.Country)
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"KOR", "PRK"}) {
		t.Errorf("the two leaders = %v, want KOR and PRK", got)
	}
}

func TestTheirAfterAListNamedAgain(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the list's members are named again after it; "Their" is still the list.
	text := "US President Donald Trump and North Korean leader Kim Jong Un signed a statement in which Kim committed to talks and Trump promised guarantees. " +
		"Their meeting was the first of its kind."
	ms := flat(resolveText(kb, text, "2018-06-12"))
	m := find(t, ms, "Their", 0)
	got := []string{}
	for _, a := range m.Members {
		got = append(got, a.Country)
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"PRK", "USA"}) {
		t.Errorf("Their = %v, want PRK and USA", got)
	}
}

func TestTheirAfterTwoPeopleInTurn(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(resolveText(kb, "It was Kim Jong Un's first meeting with Vladimir Putin since their talks in Vladivostok.", "2023-09-13"))
	m := find(t, ms, "their", 0)
	got := []string{}
	for _, a := range m.Members {
		got = append(got, a.Country)
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"PRK", "RUS"}) {
		t.Errorf("their = %v, want PRK and RUS", got)
	}
}

func TestHyphenatedModifierIsNoAgent(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(resolveText(kb, "Russia did not rule out military-technical cooperation, and the army-backed government said the military's chief was ready.", "2024-06-19"))
	for _, m := range ms {
		if m.Text == "military" || m.Text == "the army" {
			t.Errorf("%q read as an agent inside a hyphenated modifier", m.Text)
		}
	}
	find(t, ms, "the military", 0) // the possessive still names the military
}

func TestTheGunmenAreTheArmedGroupNamedLast(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(resolveText(kb, "Hamas launched a surprise attack on Saturday. At a festival, the gunmen killed 260 people.", "2023-10-08"))
	if m := find(t, ms, "the gunmen", 0); m.Country != "PSE" {
		t.Errorf("the gunmen = %+v, want Hamas (PSE)", m.Actor)
	}
}

func TestCoupLeadersAreTheJunta(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(resolveText(kb, "Soldiers seized power in Niger last week. Niger's junta closed the borders. Nigerian President Bola Tinubu told the coup leaders to step aside.", "2023-07-31"))
	if m := find(t, ms, "the coup leaders", 0); m.Country != "NER" {
		t.Errorf("the coup leaders = %+v, want Niger's junta", m.Actor)
	}
}

// A possessive "its" in a verb that shares its subject with an earlier one
// is that subject's, not the nearest name in the other clause; a name in
// the pronoun's own clause keeps it.
func TestPossessiveTakesClauseSubject(t *testing.T) {
	kb := fixtureKB(t)
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(m.Annotate("Japan condemned Russia's actions and reaffirmed its commitment to peace."), day("2024-01-01")))
	wantActor(t, find(t, ms, "its", 0), "JPN", "JPN", "", "")
	ms = flat(kb.Resolve(m.Annotate("Japan criticized Russia for its decision."), day("2024-01-01")))
	wantActor(t, find(t, ms, "its", 0), "RUS", "RUS", "", "")
}

// A lone agent word read as an adjective of a non-agent noun describes it:
// "military aid" names no military; "the military" and "military
// officials" still do.
func TestAdjectivalAgentWord(t *testing.T) {
	kb := fixtureKB(t)
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(m.Annotate("Japan announced new military aid for Russia."), day("2024-01-01")))
	noMention(t, ms, "military")
	ms = flat(kb.Resolve(m.Annotate("The military seized power in Russia."), day("2024-01-01")))
	find(t, ms, "The military", 0)
}

// A plural thing inside a prepositional phrase does not keep "they" from
// the pair named before it.
func TestTheyAfterPrepositionalThing(t *testing.T) {
	kb := fixtureKB(t)
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(m.Annotate("Japan and Russia met on the sidelines of the summit. They agreed to resume talks."), day("2024-01-01")))
	they := find(t, ms, "They", 0)
	if len(they.Members) != 2 {
		t.Errorf("They: %v", they.Members)
	}
}
