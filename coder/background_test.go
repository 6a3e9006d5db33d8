package coder

import (
	"testing"

	"github.com/dyadproject/dyad/event"
)

// Words that look like acts but are not, in sentences of our own: a month
// named March, air defences and a defence ministry, a building that stood
// empty.
func TestLookalikesAreNoActs(t *testing.T) {
	for _, text := range []string{
		"In March, Kenya completed steps to restore a trade pact with Uganda.",
		"Algeria's defence ministry said the drone had crossed into Algerian airspace.",
		"The liaison office of the two Koreas had stood empty since January.",
	} {
		for _, e := range codeText(t, "2024-05-06", text) {
			switch e.Cameo[:2] {
			case "14", "05":
				t.Errorf("%q: coded %s", text, brief(e))
			}
		}
	}
}

// "Stopped short of" an act, or "fell short of" it, is the act not done.
func TestStoppedShortOfIsNegation(t *testing.T) {
	evs := codeText(t, "2024-05-06", "Austria stopped short of offering an apology to Serbia on Monday.")
	found := false
	for _, e := range evs {
		if e.Cameo == "055" {
			found = true
			if !e.Negated {
				t.Errorf("%s not negated", brief(e))
			}
		}
	}
	if !found {
		t.Fatalf("no apology coded: %v", briefs(evs))
	}
}

// A year written before a noun describes the thing ("an apology for the
// 1910-45 occupation"): the act keeps the publication date.
func TestYearBeforeNounDoesNotDate(t *testing.T) {
	evs := codeText(t, "2024-05-06", "Austria offered Serbia an apology for its 1914-18 occupation.")
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	for _, e := range evs {
		if e.Date != "2024-05-06" {
			t.Errorf("%s dated %s, want 2024-05-06", brief(e), e.Date)
		}
	}
}

// The agent of a passive can hang on the verb's other phrase: "was hit in
// turn by Pakistani drones".
func TestAgentOnOtherPhrase(t *testing.T) {
	evs := codeText(t, "2024-01-18", "Two days later, Iran's border province was hit in turn by Pakistani drones.")
	for _, e := range evs {
		if e.Cameo[:2] == "19" && e.Source != nil && e.Source.Country == "PAK" && e.Target != nil && e.Target.Country == "IRN" {
			return
		}
	}
	t.Fatalf("no PAK -> IRN attack in %v", briefs(evs))
}

// What an attacker says it struck is the same attack retold, not a second
// one: "struck the province, saying it had targeted militant bases".
func TestSayingRetellsTheAct(t *testing.T) {
	evs := codeText(t, "2024-01-17", "Iran struck Pakistan's Balochistan province with missiles, saying it had targeted the bases of a militant group.")
	n := 0
	for _, e := range evs {
		if e.Cameo[:2] == "19" {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d attacks coded, want 1: %v", n, briefs(evs))
	}
}

// Shooting down a drone or a plane is military force against its state.
func TestShootDownAircraft(t *testing.T) {
	evs := codeText(t, "2025-04-02", "Turkish jets shot down a Syrian drone near the border on Tuesday.")
	for _, e := range evs {
		if e.Cameo == "190" && e.Source != nil && e.Source.Country == "TUR" {
			return
		}
	}
	t.Fatalf("no 190 by Turkey in %v", briefs(evs))
}

// "agreed to open talks, in a deal brokered by Turkey": the broker
// mediated between the parties of the deal; its part is no content of the
// agreement.
func TestDealBrokeredBy(t *testing.T) {
	evs := codeText(t, "2024-12-12", "Kenya and Tanzania agreed on Wednesday to reopen their border, in a deal brokered by Uganda that ends a long dispute.")
	got := map[string]bool{}
	for _, e := range evs {
		got[brief(e)] = true
	}
	for _, w := range []string{"UGA KEN 045", "UGA TZA 045"} {
		if !got[w] {
			t.Errorf("no %s in %v", w, briefs(evs))
		}
	}
}

// Insisting that something is so asks nothing of anyone, and regarding a
// place as something neutral criticises no one.
func TestDescriptionsAndClaimsAreNoActs(t *testing.T) {
	for _, c := range []struct{ text, root string }{
		{"Beijing insists the island is Chinese territory.", "10"},
		{"Algeria regards the Western Sahara as a colony.", "11"},
	} {
		for _, e := range codeText(t, "2024-10-21", c.text) {
			if e.Cameo[:2] == c.root {
				t.Errorf("%q: coded %s", c.text, brief(e))
			}
		}
	}
	// a demand keeps its code
	evs := codeText(t, "2024-10-21", "Beijing insisted that Manila must withdraw its ship from the reef.")
	for _, e := range evs {
		if e.Cameo[:2] == "10" {
			return
		}
	}
	t.Errorf("no demand in %v", briefs(evs))
}

// The occasion an act is set in dates it: "At the March 3 meeting, they
// agreed".
func TestOccasionDates(t *testing.T) {
	evs := codeText(t, "2024-03-20", "At the March 3 meeting, Kenya and Uganda agreed to reopen their border.")
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	for _, e := range evs {
		if e.Date != "2024-03-03" {
			t.Errorf("%s dated %s, want 2024-03-03", brief(e), e.Date)
		}
	}
}

// Turning water cannon on boats damages property; turning something down
// is a refusal; turning cannon on a boat is not.
func TestTurnCannonAndTurnDown(t *testing.T) {
	evs := codeText(t, "2024-03-06", "On Tuesday, Vietnamese coast guard ships turned water cannon on a Cambodian fishing boat.")
	has := func(evs []event.Event, root string) bool {
		for _, e := range evs {
			if e.Cameo[:2] == root {
				return true
			}
		}
		return false
	}
	if has(evs, "12") || !has(evs, "17") {
		t.Errorf("water cannon: %v", briefs(evs))
	}
	if evs := codeText(t, "2024-03-06", "Laos turned down Thailand's offer of talks."); !has(evs, "12") {
		t.Errorf("turned down: %v", briefs(evs))
	}
}

// Allowing inspectors in is a concession of its own; the inspection it
// permits is the inspectors' act, and under an agreement it is only what
// was agreed.
func TestAllowInspection(t *testing.T) {
	evs := codeText(t, "2024-05-06", "Serbia allowed a team of UN experts to inspect the site on Monday.")
	for _, e := range evs {
		if e.Cameo[:2] == "09" && (e.Source == nil || e.Source.Country != "IGO") {
			t.Errorf("inspection by %s", brief(e))
		}
	}
	evs = codeText(t, "2024-05-06", "Tokyo agreed to allow a team of South Korean experts to inspect the plant.")
	expect(t, evs, "JPN KOR 0355")
}

// Troops or jets that fly out of a country withdraw; wishing to keep up
// relations is an intent to cooperate.
func TestFlyOutAndWishToKeepTies(t *testing.T) {
	evs := codeText(t, "2024-12-12", "Chad ended its defence pact with France. The first French fighter jets flew out of the capital on December 10.")
	found := false
	for _, e := range evs {
		found = found || e.Cameo == "0874" && e.Source != nil && e.Source.Country == "FRA"
	}
	if !found {
		t.Errorf("no French withdrawal in %v", briefs(evs))
	}
	expect(t, codeText(t, "2024-12-12", "Niger wished to keep up good relations with Benin."), "NER BEN 030")
}

// A bloc suspending a member from its activities reduces relations;
// hitting back in words is no attack; approving a bill endorses no one;
// insisting what a law will do asks nothing.
func TestSuspendHitBackApproveInsist(t *testing.T) {
	evs := codeText(t, "2023-08-31", "The African Union suspended Gabon from all of its activities on Thursday.")
	found := false
	for _, e := range evs {
		found = found || e.Cameo == "160" && e.Source != nil && e.Source.Country == "IGO" && e.Target != nil && e.Target.Country == "GAB"
	}
	if !found {
		t.Errorf("no AU -> GAB 160 in %v", briefs(evs))
	}
	for _, c := range []struct{ text, root string }{
		{"Bolivian Foreign Minister Celinda Sosa hit back, accusing Chile of meddling.", "19"},
		{"Georgia's parliament approved the bill on Tuesday while protesters rallied outside.", "05"},
		{"He insisted that the law would simply make foreign funding transparent.", "10"},
	} {
		for _, e := range codeText(t, "2024-05-15", c.text) {
			if e.Cameo[:2] == c.root {
				t.Errorf("%q: coded %s", c.text, brief(e))
			}
		}
	}
}

// A trade war is no war; standing with a rate is no solidarity; ordering a
// state to cut its embassy staff sends diplomats home.
func TestTradeWarStandEmbassyStaff(t *testing.T) {
	for _, c := range []struct{ text, root string }{
		{"Ottawa accused Washington of launching a trade war against its closest ally.", "19"},
		{"The US tariffs stand at 25 percent on most goods, with a lower rate on Canadian energy.", "05"},
	} {
		for _, e := range codeText(t, "2025-03-04", c.text) {
			if e.Cameo[:2] == c.root {
				t.Errorf("%q: coded %s", c.text, brief(e))
			}
		}
	}
	evs := codeText(t, "2023-07-27", "In July, the government in Chisinau ordered Moscow to cut the staff of its embassy by 45 people.")
	found := false
	for _, e := range evs {
		found = found || e.Cameo == "161" && e.Source != nil && e.Source.Country == "MDA" && e.Target != nil && e.Target.Country == "RUS"
	}
	if !found {
		t.Errorf("no MDA -> RUS 161 in %v", briefs(evs))
	}
}

// Doing again is doing: "reimposed restrictions" is an embargo as
// "imposed restrictions" is.
func TestRePrefixVerbs(t *testing.T) {
	evs := codeText(t, "2023-12-04", "Russia on Monday reimposed restrictions on imports of fruit from Moldova.")
	for _, e := range evs {
		if e.Cameo[:2] == "16" && e.Source != nil && e.Source.Country == "RUS" {
			return
		}
	}
	t.Errorf("no Russian restriction in %v", briefs(evs))
}

// The toll of an attack told in participles is its effect, not another
// act: "turned water cannon on a boat, shattering its windshield and
// injuring four sailors".
func TestTollOfAttack(t *testing.T) {
	evs := codeText(t, "2024-03-06", "On Tuesday, Vietnamese coast guard ships turned water cannon on a Cambodian fishing boat, shattering its windshield and injuring four sailors.")
	for _, e := range evs {
		if e.Cameo[:2] == "18" {
			t.Errorf("toll coded as %s", brief(e))
		}
	}
}

// A threat falls on whoever would commit the act it answers: "warned
// that any Kenyan intervention would be treated as war".
func TestThreatTargetsWouldBeActor(t *testing.T) {
	evs := codeText(t, "2023-07-31", "Eritrea warned in a statement on Monday that any Kenyan intervention in Somalia would be treated as a declaration of war.")
	for _, e := range evs {
		if e.Cameo[:2] == "13" {
			if e.Target == nil || e.Target.Country != "KEN" {
				t.Errorf("threat %s, want target KEN", brief(e))
			}
			return
		}
	}
	t.Errorf("no threat in %v", briefs(evs))
}

// An opening participle shares the main clause's occasion: "Announcing the
// ban on Thursday, the ministry accused ..." happened on Thursday.
func TestOpeningParticipleDates(t *testing.T) {
	evs := codeText(t, "2023-12-04", "Announcing the ban on Thursday, Russia's agricultural watchdog accused the Moldovan authorities of negligence.")
	found := false
	for _, e := range evs {
		if e.Cameo[:2] == "11" {
			found = true
			if e.Date != "2023-11-30" {
				t.Errorf("%s dated %s, want 2023-11-30", brief(e), e.Date)
			}
		}
	}
	if !found {
		t.Errorf("no accusation in %v", briefs(evs))
	}
}

// A probe into goods falls on where they come from.
func TestProbeIntoGoodsFrom(t *testing.T) {
	evs := codeText(t, "2024-06-20", "In June, Beijing launched an anti-dumping investigation into pork imported from the European Union.")
	for _, e := range evs {
		if e.Cameo[:2] == "09" {
			if e.Target == nil || e.Target.Country != "IGO" {
				t.Errorf("%s, want the EU as target", brief(e))
			}
			return
		}
	}
	t.Errorf("no investigation in %v", briefs(evs))
}

// A present-tense act with a weekday is on the schedule: "Yellen, who
// flies to Beijing on Thursday," published on a Wednesday.
func TestScheduledPresent(t *testing.T) {
	evs := codeText(t, "2023-07-05", "US Treasury Secretary Janet Yellen, who flies to Beijing on Thursday, is expected to raise the issue.")
	found := false
	for _, e := range evs {
		if e.Cameo[:2] == "04" {
			found = true
			if e.Date != "2023-07-06" {
				t.Errorf("%s dated %s, want 2023-07-06", brief(e), e.Date)
			}
		}
	}
	if !found {
		t.Errorf("no visit in %v", briefs(evs))
	}
}
