package actor

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/nlp"
)

// The cases, on the embedded knowledge base.
func embeddedKB(t *testing.T) *KB {
	t.Helper()
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

func TestDefaultXi(t *testing.T) {
	kb := embeddedKB(t)
	text := "Chinese President Xi Jinping wrote to the summit. Xi said Beijing was ready to help. " +
		"The Chinese side hopes for calm, he added."
	ms := flat(resolveText(kb, text, "2024-09-09"))
	for _, want := range []string{"Chinese President Xi Jinping", "Xi", "he"} {
		wantActor(t, find(t, ms, want, 0), "CHNGOV", "CHN", "GOV", "Xi Jinping")
	}
	wantActor(t, find(t, ms, "Beijing", 0), "CHNGOV", "CHN", "GOV", "")
	wantActor(t, find(t, ms, "The Chinese side", 0), "CHNGOV", "CHN", "GOV", "")
}

func TestDefaultNorthKorea(t *testing.T) {
	kb := embeddedKB(t)
	text := "Seoul said Pyongyang fired two missiles. The North has ignored calls for talks, and the DPRK said the drills were a rehearsal for invasion."
	ms := flat(resolveText(kb, text, "2023-03-01"))
	wantActor(t, find(t, ms, "Pyongyang", 0), "PRKGOV", "PRK", "GOV", "")
	for _, s := range []string{"The North", "the DPRK"} {
		if m := find(t, ms, s, 0); m.Country != "PRK" {
			t.Errorf("%s: %+v", s, m.Actor)
		}
	}
}

func TestDefaultKimAndTrump(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Kim oversaw the launch from a command post.", "2024-05-01"))
	wantActor(t, find(t, ms, "Kim", 0), "PRKGOV", "PRK", "GOV", "Kim Jong Un")
	for _, tc := range []struct{ date, code, sector string }{
		{"2019-06-30", "USAGOV", "GOV"}, {"2025-02-10", "USAGOV", "GOV"}, {"2022-06-01", "USA", ""},
	} {
		ms := flat(resolveText(kb, "Trump spoke to reporters at length.", tc.date))
		wantActor(t, find(t, ms, "Trump", 0), tc.code, "USA", tc.sector, "Donald Trump")
	}
}

func TestDefaultMediaAndPairs(t *testing.T) {
	kb := embeddedKB(t)
	text := "Russian President Vladimir Putin and Kim Jong Un met in Pyongyang, KCNA said. The two leaders signed a treaty."
	ms := flat(resolveText(kb, text, "2024-06-19"))
	wantActor(t, find(t, ms, "KCNA", 0), "PRKMED", "PRK", "MED", "Korean Central News Agency")
	m := find(t, ms, "The two leaders", 0)
	if len(m.Members) != 2 || m.Members[0].Name != "Vladimir Putin" || m.Members[1].Name != "Kim Jong Un" {
		t.Errorf("the two leaders: %+v", m.Members)
	}
}

func TestDefaultCommonWordSurnames(t *testing.T) {
	kb := embeddedKB(t)
	// Condoleezza Rice was Secretary of State in 2006, but a sentence opening
	// with the grain is not about her.
	ms := flat(resolveText(kb, "Rice prices rose sharply in Asia.", "2006-05-01"))
	noMention(t, ms, "Rice")
	ms = flat(resolveText(kb, "Condoleezza Rice flew to Seoul. Rice met the foreign minister.", "2006-05-01"))
	if m := find(t, ms, "Rice", 0); m.Name != "Condoleezza Rice" {
		t.Errorf("Rice after her full name: %+v", m.Actor)
	}
	// "No." before a number is an abbreviation, not North Korea's defence minister No Kwang-chol.
	ms = flat(resolveText(kb, "It was the No. 2 item on the agenda.", "2025-01-10"))
	noMention(t, ms, "No.")
	noMention(t, ms, "No")
}

// TestConcurrentResolve checks that one KB serves several goroutines with the
// same results as one (run with -race to check for data races too).
func TestConcurrentResolve(t *testing.T) {
	kb := embeddedKB(t)
	texts := []string{
		"Chinese President Xi Jinping met Kim Jong Un in Pyongyang. The two leaders signed a treaty, KCNA said.",
		"Trump told reporters that he would meet Kim. The North did not respond.",
		"South Korean troops and Israeli police were on alert, and the Chinese side said it was worried.",
	}
	want := make([]string, len(texts))
	for i, tx := range texts {
		want[i] = dump(flat(resolveText(kb, tx, "2019-06-30")))
	}
	done := make(chan string, 8*len(texts))
	for g := 0; g < 8; g++ {
		go func(g int) {
			for i := range texts {
				k := (i + g) % len(texts)
				got := dump(flat(resolveText(kb, texts[k], "2019-06-30")))
				if got != want[k] {
					done <- "text " + texts[k] + ": got" + got + "\nwant" + want[k]
					continue
				}
				done <- ""
			}
		}(g)
	}
	for i := 0; i < 8*len(texts); i++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

// Names of seas and the like that hold a state's name are no actors, while
// the states named beside them still are.
func TestDefaultPlacesAreNotActors(t *testing.T) {
	kb := embeddedKB(t)
	text := "Chinese coast guard ships entered the South China Sea, and Japan tracked them in the East China Sea."
	ms := flat(resolveText(kb, text, "2024-05-01"))
	for _, m := range ms {
		switch m.Text {
		case "Chinese coast guard", "Japan":
		default:
			t.Errorf("unexpected mention %q -> %+v", m.Text, m.Actor)
		}
	}
	if m := find(t, ms, "Japan", 0); m.Country != "JPN" {
		t.Errorf("Japan: %+v", m.Actor)
	}
}

// A proper noun is matched by its form, not its lemma: "The Emirates"
// (lemma "emirate") is the UAE, not "the emirate" standing for the last
// state named.
func TestProperNounKeepsItsForm(t *testing.T) {
	kb := embeddedKB(t)
	s := nlp.Segment("Egypt closed its border. The Emirates sent food.")
	for si := range s {
		for i := range s[si].Tokens {
			if s[si].Tokens[i].Text == "Emirates" {
				s[si].Tokens[i].Lemma, s[si].Tokens[i].UPOS = "emirate", "PROPN"
			}
		}
	}
	ms := flat(kb.Resolve(s, day("2024-05-01")))
	if m := find(t, ms, "The Emirates", 0); m.Country != "ARE" {
		t.Errorf("The Emirates: %+v", m.Actor)
	}
}

// A head of state's guard is a military unit of its state.
func TestPresidentialGuardIsMilitary(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Gabon's presidential guard seized the television station.", "2024-05-01"))
	if m := find(t, ms, "Gabon's presidential guard", 0); m.Code != "GABMIL" {
		t.Errorf("presidential guard: %+v", m.Actor)
	}
}

// A role noun followed by "of" and an organisation belongs to the
// organisation, not to the story's state.
func TestAgentOfOrganisation(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "ROME, April 15 -- Leaders of the Group of Seven condemned the attack. Officials of NATO met in Brussels.", "2024-04-15"))
	m := find(t, ms, "Leaders of the Group of Seven", 0)
	if m.Code != "IGOG7" {
		t.Errorf("Leaders of the Group of Seven: %s", m.Code)
	}
	if m := find(t, ms, "Officials of NATO", 0); m.Code != "IGONATO" {
		t.Errorf("Officials of NATO: %s", m.Code)
	}
}

// "the three countries" stands for the last list of three named together.
func TestThreeCountriesAreTheList(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Spain, Ireland and Norway recognised a Palestinian state. Israel recalled its envoys from the three countries.", "2024-05-28"))
	m := find(t, ms, "the three countries", 0)
	var got []string
	for _, a := range m.Members {
		got = append(got, a.Code)
	}
	if strings.Join(got, " ") != "ESP IRL NOR" {
		t.Errorf("the three countries: %v", got)
	}
}

// "the two countries" after a sentence naming three states are its first
// two, not the last two a subordinate clause added.
func TestTwoCountriesAfterThree(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Russia's president arrived in Vietnam a day after signing a pact with North Korea. The two countries signed trade deals.", "2024-06-20"))
	m := find(t, ms, "The two countries", 0)
	var got []string
	for _, a := range m.Members {
		got = append(got, a.Code)
	}
	if strings.Join(got, " ") != "RUS VNM" {
		t.Errorf("the two countries: %v", got)
	}
}

// "the two sides" of a conflict within one state, where no two states
// stand out, are the last two actors named together.
func TestTwoSidesWithinOneState(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Sudan's army and the Rapid Support Forces agreed to a truce in Jeddah. The African Union's envoy said the two sides would meet again.", "2023-05-20"))
	m := find(t, ms, "the two sides", 0)
	var got []string
	for _, a := range m.Members {
		got = append(got, a.Code)
	}
	if strings.Join(got, " ") != "SDNMIL SDNREB" {
		t.Errorf("the two sides: %v", got)
	}
}

// "he" as the subject of what a person says is that person, even with
// another person named nearer; "him" in the same clause is not "he".
func TestReportedHeIsTheSpeaker(t *testing.T) {
	kb := embeddedKB(t)
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(m.Annotate("Erdogan said he believed Putin wanted the deal to continue and that he would discuss it with him."), day("2023-07-17")))
	if he := find(t, ms, "he", 1); he.Country != "TUR" {
		t.Errorf("second he = %s, want Erdogan's TUR", he.Code)
	}
	if him := find(t, ms, "him", 0); him.Country != "RUS" {
		t.Errorf("him = %s, want Putin's RUS", him.Code)
	}
	ms = flat(kb.Resolve(m.Annotate("Macron said he would call Putin."), day("2023-07-17")))
	if he := find(t, ms, "he", 0); he.Country != "FRA" {
		t.Errorf("he = %s, want FRA", he.Code)
	}
}

// "they" after police or troops named without their state stands for
// them; the coder gives both the story's state.
func TestTheyArePolice(t *testing.T) {
	kb := embeddedKB(t)
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(m.Annotate("The police said on Friday that they had detained dozens of people."), day("2024-11-08")))
	if they := find(t, ms, "they", 0); they.Code != "COP" {
		t.Errorf("they = %q, want the police (COP)", they.Code)
	}
}

// "the rebels" are the last armed group named, not the last organisation.
func TestTheRebelsAreTheArmedGroup(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "M23 rebels advanced on Goma. At a meeting of the UN Security Council, Congo accused Rwanda of arming the rebels.", "2025-01-27"))
	if m := find(t, ms, "the rebels", 0); m.Code != "CODREB" {
		t.Errorf("the rebels = %s, want CODREB (M23)", m.Code)
	}
	// an organisation's description still takes the organisation.
	ms = flat(resolveText(kb, "NATO leaders met in Vilnius. The alliance invited Ukraine to join.", "2023-07-12"))
	if m := find(t, ms, "The alliance", 0); m.Code != "IGONATO" {
		t.Errorf("the alliance = %s, want IGONATO", m.Code)
	}
}

// Portfolio ministers are their government's: "Lebanon's Information
// Minister George Kordahi".
func TestPortfolioMinister(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Lebanon's Information Minister George Kordahi spoke on Monday.", "2021-10-30"))
	if m := find(t, ms, "Lebanon's Information Minister George Kordahi", 0); m.Code != "LBNGOV" {
		t.Errorf("got %s, want LBNGOV", m.Code)
	}
}

// Breakaway states few recognise belong to the state they broke from: the
// country of Somaliland is Somalia, its sector SEP.
func TestBreakawayStateBelongsToParent(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Ethiopia signed a port deal with Somaliland, and Moldova protested to Transnistria.", "2024-01-02"))
	for _, c := range []struct{ text, code, country string }{
		{"Somaliland", "SOMSEP", "SOM"},
		{"Transnistria", "MDASEP", "MDA"},
	} {
		if m := find(t, ms, c.text, 0); m.Code != c.code || m.Country != c.country {
			t.Errorf("%s: %s %s, want %s %s", c.text, m.Code, m.Country, c.code, c.country)
		}
	}
}

// "he" as the subject of a clause conjoined to another is that clause's
// subject, though another man is named nearer.
func TestHeOfConjoinedClause(t *testing.T) {
	kb := embeddedKB(t)
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(m.Annotate("Secretary of State Antony Blinken said there was evidence that opposition candidate Edmundo Gonzalez had won, and he congratulated Gonzalez."), day("2024-08-02")))
	if he := find(t, ms, "he", 0); he.Country != "USA" {
		t.Errorf("he: %s %s, want the US secretary", he.Code, he.Country)
	}
}

// "the government of X" is X's government, whatever state the story named
// last.
func TestGovernmentOfNamedLeader(t *testing.T) {
	kb := embeddedKB(t)
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(m.Annotate("Argentina recalled its diplomats. On Monday, the government of President Nicolas Maduro ordered them to leave."), day("2024-08-02")))
	if g := find(t, ms, "the government of President Nicolas Maduro", 0); g.Country != "VEN" {
		t.Errorf("the government: %s %s, want VEN", g.Code, g.Country)
	}
}

// One plain noun between a state's adjective and an agent describes the agent.
func TestDefaultAdjectiveNounAgent(t *testing.T) {
	kb := embeddedKB(t)
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(m.Annotate("China imposed sanctions on five American defence companies on Sunday."), day("2024-01-07")))
	wantActor(t, find(t, ms, "American defence companies", 0), "USABUS", "USA", "BUS", "")
}

// "the military rulers" are the junta of the state the story is about.
func TestDefaultMilitaryRulers(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Niger's junta expelled the French ambassador on Friday. On Tuesday, the military rulers rebuffed envoys from West Africa.", "2023-08-08"))
	if m := find(t, ms, "the military rulers", 0); m.Country != "NER" {
		t.Errorf("the military rulers: %s, want NER", m.Code)
	}
}

// A word known only as someone's surname, inside a titled unknown name, is
// part of that name, not the known person.
func TestDefaultKnownSurnameInsideName(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Nepal's Prime Minister KP Sharma Oli arrived in Beijing. Oli met the premier.", "2024-12-02"))
	wantActor(t, find(t, ms, "Nepal's Prime Minister KP Sharma Oli", 0), "NPLGOV", "NPL", "GOV", "KP Sharma Oli")
	wantActor(t, find(t, ms, "Oli", 0), "NPLGOV", "NPL", "GOV", "KP Sharma Oli")
	noMention(t, ms, "Sharma")
	ms = flat(resolveText(kb, "Pakistani Foreign Minister Ali Khan arrived in Beijing.", "2024-12-02"))
	wantActor(t, find(t, ms, "Pakistani Foreign Minister Ali Khan", 0), "PAKGOV", "PAK", "GOV", "Ali Khan")
	noMention(t, ms, "Khan")
}

// "Polish and allied fighter jets" are Poland's jets; "Polish and Dutch
// jets" still name two states.
func TestDefaultStateAndAlliedAgents(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Polish and allied fighter jets shot down several drones.", "2025-09-10"))
	wantActor(t, find(t, ms, "Polish and allied fighter jets", 0), "POLMIL", "POL", "MIL", "")
	ms = flat(resolveText(kb, "Polish and Dutch fighter jets shot down several drones.", "2025-09-10"))
	wantActor(t, find(t, ms, "Dutch fighter jets", 0), "NLDMIL", "NLD", "MIL", "")
}

// "both sides" are the two states named together as the story's parties,
// not a mediator whose name and pronouns recur.
func TestDefaultBothSidesAreTheNamedPair(t *testing.T) {
	kb := embeddedKB(t)
	text := "Thailand and Cambodia agreed on Monday to a ceasefire. Cambodia's foreign minister thanked Malaysian Prime Minister Anwar Ibrahim. " +
		"He said his efforts had worked, and he praised the two armies. China urged both sides last week to settle their differences."
	nm, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(nm.Annotate(text), day("2025-07-28")))
	m := find(t, ms, "both sides", 0)
	var got []string
	for _, a := range m.Members {
		got = append(got, a.Country)
	}
	if strings.Join(got, " ") != "THA KHM" && strings.Join(got, " ") != "KHM THA" {
		t.Errorf("both sides: %v", got)
	}
}

func TestStateEpithetsAndRegionPlurals(t *testing.T) {
	kb := embeddedKB(t)
	// "the island nation" is the state just named, not the story's main one.
	text := "Venezuela and Guyana met in St Vincent and the Grenadines. The talks were chaired by the island nation's prime minister."
	ms := flat(resolveText(kb, text, "2023-12-14"))
	if m := find(t, ms, "the island nation", 0); m.Country != "VCT" {
		t.Errorf("the island nation: %+v", m.Actor)
	}
	// a region's states are no antecedent of "their".
	text = "Ecuador and Peru feared a war between South American states. Their envoys met on Monday."
	for _, m := range flat(resolveText(kb, text, "2023-12-14")) {
		if m.Text == "Their" && kb.IsRegion(m.Country) {
			t.Errorf("Their resolved to the region %s", m.Code)
		}
	}
}

func TestSurnameTaggedAdjective(t *testing.T) {
	kb := embeddedKB(t)
	// the tagger reads "Doval" as an adjective ("-al"); after the full name
	// it is still the person.
	text := "India's national security adviser, Ajit Doval, met Chinese Foreign Minister Wang Yi on Wednesday. Doval and Wang agreed to meet again."
	ms := flat(resolveText(kb, text, "2024-12-18"))
	if m := find(t, ms, "Doval", 0); m.Country != "IND" {
		t.Errorf("Doval: %+v", m.Actor)
	}
}

func TestFormerMinisterTitledByOrganisation(t *testing.T) {
	kb := embeddedKB(t)
	// a former Slovak foreign minister the text calls "EU envoy" acts for
	// the EU, and so does his surname alone afterwards.
	text := "EU envoy Miroslav Lajcak met both delegations on Saturday. Lajcak urged both sides to show restraint."
	ms := flat(resolveText(kb, text, "2024-11-30"))
	for _, want := range []string{"EU envoy Miroslav Lajcak", "Lajcak"} {
		if m := find(t, ms, want, 0); m.Country != "IGO" {
			t.Errorf("%s: %+v", want, m.Actor)
		}
	}
}

// A known surname after a first name the data does not know is a stranger's
// ("Jack Miller" is no State Department spokesman), and so is the surname
// alone later in that story; titles and honorifics are no first names.
func TestDefaultStrangerWithAKnownSurname(t *testing.T) {
	kb := embeddedKB(t)
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := flat(kb.Resolve(m.Annotate("Jack Miller, a farmer, said on Monday that prices had fallen. Miller said he would sell."), day("2024-05-01")))
	noMention(t, ms, "Miller")
	ms = flat(kb.Resolve(m.Annotate("Mr Miller said on Monday that the talks had ended."), day("2024-05-01")))
	wantActor(t, find(t, ms, "Mr Miller", 0), "USAGOV", "USA", "GOV", "Matthew Miller")
}

// "the group" is the last group named, not the news agency that reported
// it; "the news agency" is that agency.
func TestDefaultGroupIsNoNewsAgency(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "The Ta'ang National Liberation Army agreed to leave Mogok, the official Xinhua news agency reported. The group is also to hand over Momeik. The news agency said the talks went well.", "2025-10-29"))
	wantActor(t, find(t, ms, "The group", 0), "MMRREB", "MMR", "REB", "Ta'ang National Liberation Army")
	if m := find(t, ms, "The news agency", 0); m.Code != "CHNMED" {
		t.Errorf("the news agency: %s, want CHNMED", m.Code)
	}
}

// A directorate general is a ministry's department, not a general.
func TestDefaultDirectorateGeneral(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "The measures were announced on Saturday by India's Directorate General of Foreign Trade.", "2025-05-18"))
	wantActor(t, find(t, ms, "India's Directorate General", 0), "INDGOV", "IND", "GOV", "")
}

// "the United Nations human rights office" is the UN's, and so is "the
// office" after it.
func TestDefaultOrganisationsOffice(t *testing.T) {
	kb := embeddedKB(t)
	ms := flat(resolveText(kb, "Venezuela suspended the work of the United Nations human rights office in Caracas. The foreign minister accused the office of bias.", "2024-02-15"))
	wantActor(t, find(t, ms, "the United Nations human rights office", 0), "IGOUNO", "IGO", "", "United Nations")
	wantActor(t, find(t, ms, "the office", 0), "IGOUNO", "IGO", "", "United Nations")
}
