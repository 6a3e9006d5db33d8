package coder

import (
	"slices"
	"testing"
)

// A role word that says where it comes from belongs to that place's state
// when the place is known: protesters from Tigray are Ethiopian.
func TestFromAPlaceGivesTheState(t *testing.T) {
	expect(t, codeParses(t, "Protesters/NOUN/4/nsubj/protester from/ADP/3/case Tigray/PROPN/1/nmod rallied/VERB/0/root/rally against/ADP/6/case Japan/PROPN/4/obl ./PUNCT/4/punct"),
		"ETH JPN 141")
	// an unknown place says only that they are not the story's own.
	expect(t, codeParses(t, "Protesters/NOUN/4/nsubj/protester from/ADP/3/case Abroadia/PROPN/1/nmod rallied/VERB/0/root/rally against/ADP/6/case Japan/PROPN/4/obl ./PUNCT/4/punct"))
}

// A government and its rebels agreeing to a truce is one joint act of two
// parties of one state, through the whole pipeline: the parser's noun
// phrase readings ("Chad's army and rebel fighters agreed", read as one
// noun with a participle) are repaired, bare "rebels" in a story about one
// state are that state's, and rebels "from" a known region belong to its
// state.
func TestDomesticTruce(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Sudan's army and rebel fighters from the Darfur region agreed on Monday to a ceasefire.", "SDN>SDN 0871"},
		{"N'DJAMENA, March 4 -- Chad's government and rebels agreed on Monday to a ceasefire.", "TCD>TCD 0871"},
		{"Sudan's army and the Rapid Support Forces agreed to a truce in Jeddah.", "SDN>SDN 0871"},
	} {
		evs := codeText(t, "2024-03-04", tc.text)
		n := 0
		for _, e := range evs {
			if e.Source.Country+">"+e.Target.Country+" "+e.Cameo == tc.want {
				n++
			}
		}
		if n < 2 {
			var got []string
			for _, e := range evs {
				got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Cameo)
			}
			t.Errorf("%q: want %s both ways, got %v", tc.text, tc.want, got)
		}
	}
}

// "the two sides" standing for a government and its rebels take the
// story's state like the bare words would.
func TestTwoSidesOfOneState(t *testing.T) {
	evs := codeText(t, "2023-05-20", "KHARTOUM, May 20 -- The government and rebels agreed on Saturday to a truce. The United Nations envoy said the two sides had also agreed to a prisoner exchange.")
	pairs := 0
	for _, e := range evs {
		if e.Sentence != 1 {
			continue
		}
		if e.Source.Country == "" || e.Target.Country == "" || e.Source.Country == "IGO" || e.Target.Country == "IGO" {
			t.Errorf("sentence 1: %s>%s %s: the envoy is no side, and each side has its state", e.Source.Code, e.Target.Code, e.Cameo)
		}
		if e.Source.Code == "SDNGOV" && e.Target.Code == "SDNREB" {
			pairs++
		}
	}
	if pairs == 0 {
		t.Errorf("no act of the government toward the rebels in sentence 1: %d events", len(evs))
	}
}

// A state's adjective on a settlement a locative introduces names where
// things happen, not a party: "signed in the Qatari capital" gives Qatar
// no part in the mediation, while "the Ukrainian capital" as an object is
// still the target.
func TestSettlementAdjectiveIsAPlace(t *testing.T) {
	code := func(text string) []string {
		var out []string
		for _, e := range codeText(t, "2023-05-20", text) {
			out = append(out, e.Source.Country+">"+e.Target.Country+" "+e.Cameo[:2])
		}
		return out
	}
	got := code("The agreement was signed in the Qatari capital by Sudan's army and the Rapid Support Forces after talks mediated by the United States.")
	if slices.Contains(got, "USA>QAT 04") || !slices.Contains(got, "USA>SDN 04") {
		t.Errorf("mediation in the Qatari capital: %v", got)
	}
	got = code("Russian missiles struck the Ukrainian capital on Saturday.")
	if !slices.Contains(got, "RUS>UKR 19") {
		t.Errorf("strike on the Ukrainian capital: %v", got)
	}
}
