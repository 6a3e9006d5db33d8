package coder

import (
	"slices"
	"testing"
)

// Cases of the kind heldout8.jsonl missed, on sentences of our own.
func TestSequenceParticipleTakesMainSubject(t *testing.T) {
	// "visited China after signing a pact with Japan": Russia signed.
	got := briefs(codeParses(t, "Russia/PROPN/2/nsubj visited/VERB/0/root/visit China/PROPN/2/obj after/SCONJ/5/mark signing/VERB:VBG/2/advcl/sign a/DET/7/det pact/NOUN/5/obj with/ADP/9/case Japan/PROPN/5/obl ./PUNCT/2/punct"))
	for _, want := range []string{"RUS JPN 057", "JPN RUS 057"} {
		if !slices.Contains(got, want) {
			t.Errorf("%v lacks %s", got, want)
		}
	}
}

func TestJudgedForDoing(t *testing.T) {
	// "criticised China for hosting Japan": China hosts.
	got := briefs(codeParses(t, "Russia/PROPN/2/nsubj criticised/VERB/0/root/criticise China/PROPN/2/obj for/SCONJ/5/mark hosting/VERB:VBG/2/advcl/host Japan/PROPN/5/obj ./PUNCT/2/punct"))
	if !slices.Contains(got, "RUS CHN 111") || slices.Contains(got, "RUS JPN 043") {
		t.Errorf("criticised China for hosting Japan: %v", got)
	}
}

func TestDenyingARightIsNoDenial(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj denied/VERB/0/root/deny Japan/PROPN/2/iobj the/DET/5/det right/NOUN/2/obj ./PUNCT/2/punct"))
}

func TestVowThatTheyWillPay(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj vowed/VERB/0/root/vow that/SCONJ/6/mark Japan/PROPN/6/nsubj would/AUX/6/aux pay/VERB/2/ccomp ./PUNCT/2/punct"),
		"RUS JPN 130")
}

func TestInstructorsAndRevokedAccords(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj sent/VERB/0/root/send instructors/NOUN/2/obj/instructor to/ADP/5/case Japan/PROPN/2/obl ./PUNCT/2/punct"),
		"RUS JPN 062")
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj revoked/VERB/0/root/revoke a/DET/5/det military/ADJ/5/amod agreement/NOUN/2/obj with/ADP/7/case Russia/PROPN/5/nmod ./PUNCT/2/punct"),
		"JPN RUS 1212")
}
