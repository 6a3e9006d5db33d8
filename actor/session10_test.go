package actor

import (
	"testing"

	"github.com/dyadproject/dyad/nlp"
)

// Descriptions and governments named after leaders, on sentences of our own.

func parsed(t *testing.T, text, date string) []Mention {
	t.Helper()
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	return flat(kb.Resolve(m.Annotate(text), day(date)))
}

func TestTheKingdomIsAMonarchy(t *testing.T) {
	// Iran is named last and most, but it is no kingdom.
	ms := parsed(t, "Saudi Foreign Minister Faisal bin Farhan met Iranian officials in Tehran. Iran's foreign minister praised Iran's new ties with its neighbours. The kingdom will send an ambassador soon.", "2023-06-17")
	if m := find(t, ms, "The kingdom", 0); m.Country != "SAU" {
		t.Errorf("the kingdom: %+v", m.Actor)
	}
}

func TestTheLeadersGovernment(t *testing.T) {
	ms := parsed(t, "The bloc suspended Syria in 2011 over the Assad government's crackdown on protesters.", "2023-05-19")
	if m := find(t, ms, "the Assad government", 0); m.Code != "SYRGOV" {
		t.Errorf("the Assad government: %+v", m.Actor)
	}
}

func TestThePairQualifyingAnotherWord(t *testing.T) {
	ms := parsed(t, "Qatar and Bahrain agreed to restore ties after delegations from the two countries met in Riyadh.", "2023-04-12")
	if m := find(t, ms, "the two countries", 0); len(m.Members) != 2 {
		t.Errorf("the two countries: %+v %+v", m.Actor, m.Members)
	}
}

func TestTheCountryOfTheTeller(t *testing.T) {
	// China is named more, but the country that withdraws is the one that tells.
	ms := parsed(t, "China regretted the move. China said the United States had pressed Panama. Panama's embassy notified the Chinese government on Thursday that the country was leaving the initiative.", "2025-02-07")
	if m := find(t, ms, "the country", 0); m.Country != "PAN" {
		t.Errorf("the country: %+v", m.Actor)
	}
}

func TestANamedThingBlocksNoPerson(t *testing.T) {
	// "Baltic Sentry" names the mission; "he" is still Rutte.
	ms := parsed(t, "NATO Secretary General Mark Rutte unveiled the mission, named Baltic Sentry, in Helsinki, where he was hosted by Finnish President Alexander Stubb.", "2025-01-14")
	if m := find(t, ms, "he", 0); m.Country != "IGO" {
		t.Errorf("he: %+v", m.Actor)
	}
}

func TestANameDescribingAThingBlocksNoPerson(t *testing.T) {
	// "Truth Social" describes the platform; "he" is still Trump.
	ms := parsed(t, "Trump made the announcement on his Truth Social platform on Sunday, in a post in which he also accused Petro of lying.", "2025-01-28")
	if m := find(t, ms, "he", 0); m.Country != "USA" {
		t.Errorf("he: %+v", m.Actor)
	}
}

func TestTheCountryOfTheTellerAsPossessor(t *testing.T) {
	// the United States is named more, but the history is the teller's.
	ms := parsed(t, "The United States halted aid to South Africa. The United States accused Pretoria of abuses. South Africa's foreign ministry answered that the order ignored the country's history.", "2025-02-08")
	if m := find(t, ms, "the country", 0); m.Country != "ZAF" {
		t.Errorf("the country: %+v", m.Actor)
	}
}

func TestTheAmbassadorIsTheEnvoyNamedBefore(t *testing.T) {
	// Rubio spoke last, but "the ambassador" is South Africa's.
	ms := parsed(t, "Washington expelled South Africa's ambassador in Washington. Secretary of State Marco Rubio announced the decision on Friday. Earlier that day the ambassador accused Trump of racism.", "2025-03-15")
	if m := find(t, ms, "the ambassador", 0); m.Country != "ZAF" {
		t.Errorf("the ambassador: %+v", m.Actor)
	}
}

func TestGovernmentOfALeaderWithSuffix(t *testing.T) {
	ms := parsed(t, "Rodrigo Duterte appeared before the court, and his lawyer accused the government of President Ferdinand Marcos Jr of kidnapping him.", "2025-03-14")
	if m := find(t, ms, "the government of President Ferdinand Marcos Jr", 0); m.Code != "PHLGOV" {
		t.Errorf("the government of Marcos: %+v", m.Actor)
	}
}

func TestTheJuntaIsTheMilitaryRulersNamedLast(t *testing.T) {
	// Timor-Leste is the story's state, but the junta is Myanmar's.
	ms := parsed(t, "Timor-Leste joined the bloc. Timor-Leste's leaders wept. Relations with Myanmar's military government soured in August 2023, when the junta expelled Timor-Leste's top diplomat in Yangon.", "2025-10-26")
	if m := find(t, ms, "the junta", 0); m.Country != "MMR" {
		t.Errorf("the junta: %+v", m.Actor)
	}
}

func TestTheMemberStatesAreTheBloc(t *testing.T) {
	ms := parsed(t, "Southeast Asian leaders admitted Timor-Leste into ASEAN. Gusmao thanked the member states for standing by his country.", "2025-10-26")
	if m := find(t, ms, "the member states", 0); m.Code != "IGOASN" {
		t.Errorf("the member states: %+v", m.Actor)
	}
}
