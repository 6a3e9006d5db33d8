package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/event"
)

// Helpers for the tests below, each on sentences of our own.

// coded reports whether some event's code starts with code and goes from
// the country src to the country tgt ("" matches any).
func coded(evs []event.Event, code, src, tgt string) bool {
	for _, e := range evs {
		if !strings.HasPrefix(e.Cameo, code) {
			continue
		}
		if src != "" && (e.Source == nil || e.Source.Country != src) || tgt != "" && (e.Target == nil || e.Target.Country != tgt) {
			continue
		}
		return true
	}
	return false
}

// wantCoded fails unless text codes such an event.
func wantCoded(t *testing.T, published, text, code, src, tgt string) {
	t.Helper()
	if evs := codeText(t, published, text); !coded(evs, code, src, tgt) {
		t.Errorf("%q: no %s %s -> %s in %v", text, code, src, tgt, briefs(evs))
	}
}

// noRoot fails if text codes an event of one of the roots.
func noRoot(t *testing.T, published, text string, roots ...string) {
	t.Helper()
	for _, e := range codeText(t, published, text) {
		for _, r := range roots {
			if e.Cameo[:2] == r {
				t.Errorf("%q: coded %s", text, brief(e))
			}
		}
	}
}

// datedAs fails unless text codes an event of root, and every such event
// is dated want.
func datedAs(t *testing.T, published, text, root, want string) {
	t.Helper()
	evs := codeText(t, published, text)
	found := false
	for _, e := range evs {
		if root != "" && e.Cameo[:2] != root {
			continue
		}
		found = true
		if e.Date != want {
			t.Errorf("%s dated %s, want %s", brief(e), e.Date, want)
		}
	}
	if !found {
		t.Errorf("%q: no %s event in %v", text, root, briefs(evs))
	}
}

// Words that look like acts but are not: a month named March, air
// defences and a defence ministry, a building that stood empty.
func TestLookalikesAreNoActs(t *testing.T) {
	noRoot(t, "2024-05-06", "In March, Kenya completed steps to restore a trade pact with Uganda.", "14", "05")
	noRoot(t, "2024-05-06", "Algeria's defence ministry said the drone had crossed into Algerian airspace.", "14", "05")
	noRoot(t, "2024-05-06", "The liaison office of the two Koreas had stood empty since January.", "14", "05")
}

// "Stopped short of" an act, or "fell short of" it, is the act not done.
func TestStoppedShortOfIsNegation(t *testing.T) {
	evs := codeText(t, "2024-05-06", "Austria stopped short of offering an apology to Serbia on Monday.")
	if !coded(evs, "055", "", "") {
		t.Fatalf("no apology coded: %v", briefs(evs))
	}
	for _, e := range evs {
		if e.Cameo == "055" && !e.Negated {
			t.Errorf("%s not negated", brief(e))
		}
	}
}

// A year written before a noun describes the thing ("an apology for the
// 1910-45 occupation"): the act keeps the publication date; the occasion
// an act is set in dates it ("At the March 3 meeting, they agreed").
func TestYearBeforeNounDoesNotDate(t *testing.T) {
	datedAs(t, "2024-05-06", "Austria offered Serbia an apology for its 1914-18 occupation.", "", "2024-05-06")
	datedAs(t, "2024-03-20", "At the March 3 meeting, Kenya and Uganda agreed to reopen their border.", "", "2024-03-03")
}

// A sentence that codes nothing still sets the story's clock: "the next
// day" after "The row began on March 18" is March 19, not the day after
// publication.
func TestNextDayAfterADatedSentence(t *testing.T) {
	datedAs(t, "2022-06-09", "The row began on March 18, when Rabat published a letter. Algeria recalled its ambassador from Madrid the next day.", "16", "2022-03-19")
}

// The agent of a passive can hang on the verb's other phrase: "was hit in
// turn by Pakistani drones".
func TestAgentOnOtherPhrase(t *testing.T) {
	wantCoded(t, "2024-01-18", "Two days later, Iran's border province was hit in turn by Pakistani drones.", "19", "PAK", "IRN")
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
	wantCoded(t, "2025-04-02", "Turkish jets shot down a Syrian drone near the border on Tuesday.", "190", "TUR", "")
}

// "agreed to open talks, in a deal brokered by Turkey": the broker
// mediated between the parties of the deal; its part is no content of the
// agreement.
func TestDealBrokeredBy(t *testing.T) {
	text := "Kenya and Tanzania agreed on Wednesday to reopen their border, in a deal brokered by Uganda that ends a long dispute."
	wantCoded(t, "2024-12-12", text, "045", "UGA", "KEN")
	wantCoded(t, "2024-12-12", text, "045", "UGA", "TZA")
}

// Insisting that something is so asks nothing of anyone, and regarding a
// place as something neutral criticises no one; a demand keeps its code.
func TestDescriptionsAndClaimsAreNoActs(t *testing.T) {
	noRoot(t, "2024-10-21", "Beijing insists the island is Chinese territory.", "10")
	noRoot(t, "2024-10-21", "Algeria regards the Western Sahara as a colony.", "11")
	wantCoded(t, "2024-10-21", "Beijing insisted that Manila must withdraw its ship from the reef.", "10", "", "")
}

// Turning water cannon on boats damages property; turning something down
// is a refusal; turning cannon on a boat is not. The toll told in
// participles after it ("shattering its windshield and injuring four
// sailors") is its effect, not another act.
func TestTurnCannonAndTurnDown(t *testing.T) {
	evs := codeText(t, "2024-03-06", "On Tuesday, Vietnamese coast guard ships turned water cannon on a Cambodian fishing boat.")
	if coded(evs, "12", "", "") || !coded(evs, "17", "", "") {
		t.Errorf("water cannon: %v", briefs(evs))
	}
	wantCoded(t, "2024-03-06", "Laos turned down Thailand's offer of talks.", "12", "", "")
	noRoot(t, "2024-03-06", "On Tuesday, Vietnamese coast guard ships turned water cannon on a Cambodian fishing boat, shattering its windshield and injuring four sailors.", "18")
}

// Allowing inspectors in is a concession of its own; the inspection it
// permits is the inspectors' act, and under an agreement it is only what
// was agreed.
func TestAllowInspection(t *testing.T) {
	for _, e := range codeText(t, "2024-05-06", "Serbia allowed a team of UN experts to inspect the site on Monday.") {
		if e.Cameo[:2] == "09" && (e.Source == nil || e.Source.Country != "IGO") {
			t.Errorf("inspection by %s", brief(e))
		}
	}
	expect(t, codeText(t, "2024-05-06", "Tokyo agreed to allow a team of South Korean experts to inspect the plant."), "JPN KOR 0355")
}

// Troops or jets that fly out of a country withdraw; wishing to keep up
// relations is an intent to cooperate.
func TestFlyOutAndWishToKeepTies(t *testing.T) {
	wantCoded(t, "2024-12-12", "Chad ended its defence pact with France. The first French fighter jets flew out of the capital on December 10.", "0874", "FRA", "")
	expect(t, codeText(t, "2024-12-12", "Niger wished to keep up good relations with Benin."), "NER BEN 030")
}

// A bloc suspending a member from its activities reduces relations;
// hitting back in words is no attack; approving a bill endorses no one;
// insisting what a law will do asks nothing.
func TestSuspendHitBackApproveInsist(t *testing.T) {
	wantCoded(t, "2023-08-31", "The African Union suspended Gabon from all of its activities on Thursday.", "160", "IGO", "GAB")
	noRoot(t, "2024-05-15", "Bolivian Foreign Minister Celinda Sosa hit back, accusing Chile of meddling.", "19")
	noRoot(t, "2024-05-15", "Georgia's parliament approved the bill on Tuesday while protesters rallied outside.", "05")
	noRoot(t, "2024-05-15", "He insisted that the law would simply make foreign funding transparent.", "10")
}

// A trade war is no war; standing with a rate is no solidarity; ordering a
// state to cut its embassy staff sends diplomats home.
func TestTradeWarStandEmbassyStaff(t *testing.T) {
	noRoot(t, "2025-03-04", "Ottawa accused Washington of launching a trade war against its closest ally.", "19")
	noRoot(t, "2025-03-04", "The US tariffs stand at 25 percent on most goods, with a lower rate on Canadian energy.", "05")
	wantCoded(t, "2023-07-27", "In July, the government in Chisinau ordered Moscow to cut the staff of its embassy by 45 people.", "161", "MDA", "RUS")
}

// Doing again is doing: "reimposed restrictions" is an embargo as
// "imposed restrictions" is.
func TestRePrefixVerbs(t *testing.T) {
	wantCoded(t, "2023-12-04", "Russia on Monday reimposed restrictions on imports of fruit from Moldova.", "16", "RUS", "")
}

// A threat falls on whoever would commit the act it answers: "warned
// that any Kenyan intervention would be treated as war".
func TestThreatTargetsWouldBeActor(t *testing.T) {
	evs := codeText(t, "2023-07-31", "Eritrea warned in a statement on Monday that any Kenyan intervention in Somalia would be treated as a declaration of war.")
	if !coded(evs, "13", "", "") {
		t.Fatalf("no threat in %v", briefs(evs))
	}
	if !coded(evs, "13", "", "KEN") || coded(evs, "13", "", "SOM") {
		t.Errorf("threat targets: %v, want KEN", briefs(evs))
	}
}

// An opening participle shares the main clause's occasion ("Announcing the
// ban on Thursday, the ministry accused ..." happened on Thursday); a
// present-tense act with a weekday is on the schedule ("Yellen, who flies
// to Beijing on Thursday," published on a Wednesday).
func TestOpeningParticipleAndScheduleDates(t *testing.T) {
	datedAs(t, "2023-12-04", "Announcing the ban on Thursday, Russia's agricultural watchdog accused the Moldovan authorities of negligence.", "11", "2023-11-30")
	datedAs(t, "2023-07-05", "US Treasury Secretary Janet Yellen, who flies to Beijing on Thursday, is expected to raise the issue.", "04", "2023-07-06")
}

// A probe into goods falls on where they come from.
func TestProbeIntoGoodsFrom(t *testing.T) {
	evs := codeText(t, "2024-06-20", "In June, Beijing launched an anti-dumping investigation into pork imported from the European Union.")
	if !coded(evs, "09", "", "") {
		t.Fatalf("no investigation in %v", briefs(evs))
	}
	if coded(evs, "09", "", "") && !coded(evs, "09", "", "IGO") {
		t.Errorf("investigation %v, want the EU as target", briefs(evs))
	}
}

// Voting for something rejects nothing; voting against it does.
func TestVoteForAndAgainst(t *testing.T) {
	noRoot(t, "2024-10-08", "Four days earlier, EU member states voted for tariffs on electric cars made in China.", "12")
	wantCoded(t, "2024-10-08", "Hungary voted against the EU's tariffs on Chinese electric cars.", "12", "HUN", "")
}

// A verb that is an event only with its partner needs the phrase: states
// that traded accusations did not trade with each other.
func TestTradeNeedsPartner(t *testing.T) {
	noRoot(t, "2024-10-08", "China and Russia traded accusations over the border on Monday.", "06")
	wantCoded(t, "2024-10-08", "Kazakhstan will trade with Russia in roubles.", "061", "KAZ", "RUS")
}

// Saying a law runs counter to one's values criticises its maker;
// ordering consulates to close cuts diplomatic ties.
func TestRunsCounterAndConsulatesClose(t *testing.T) {
	wantCoded(t, "2024-05-15", "The European Union said on Wednesday that Georgia's new law on foreign agents ran counter to the bloc's core values.", "11", "IGO", "GEO")
	wantCoded(t, "2024-04-10", "Mogadishu ordered two Ethiopian consulates to close on Monday.", "161", "SOM", "ETH")
}

// A bloc's force posture with no target named is against the state its
// purpose names.
func TestBlocForcePurpose(t *testing.T) {
	wantCoded(t, "2023-08-11", "ECOWAS leaders on Thursday ordered the activation of the bloc's standby force to restore constitutional rule in Niger.", "15", "IGO", "NER")
}

// A pact to share intelligence, restored or signed, is the sharing.
func TestIntelligencePact(t *testing.T) {
	wantCoded(t, "2023-05-07", "In March, Seoul completed steps to fully restore a military intelligence-sharing pact with Tokyo.", "064", "KOR", "JPN")
}
