package coder

import (
	"slices"
	"testing"
)

// Cases of the kinds heldout14.jsonl and heldout15.jsonl missed, on
// sentences of our own.

// "called on X to lift sanctions" is an appeal to ease them, whose content
// is not coded apart, never "called X something".
func TestCallOnIsAnAppeal(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj called/VERB/0/root/call on/ADP/4/case Japan/PROPN/2/obl to/PART/6/mark lift/VERB/2/advcl sanctions/NOUN/6/obj/sanction on/ADP/9/case China/PROPN/7/nmod ./PUNCT/2/punct"),
		"RUS JPN 0254")
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj called/VERB/0/root/call on/ADP/4/case Japan/PROPN/2/obl to/PART/6/mark release/VERB/2/advcl the/DET/8/det prisoners/NOUN/6/obj/prisoner ./PUNCT/2/punct"),
		"RUS JPN 0253") // an appeal for the release of persons
}

// Rejecting an account of one's acts is a denial (016).
func TestRejectedAccountIsDenial(t *testing.T) {
	got := briefs(codeParses(t,
		"Japan/PROPN/2/nsubj accused/VERB/0/root/accuse China/PROPN/2/obj ./PUNCT/2/punct",
		"China/PROPN/2/nsubj rejected/VERB/0/root/reject that/DET/4/det account/NOUN/2/obj ./PUNCT/2/punct"))
	if !slices.Contains(got, "CHN JPN 016") {
		t.Errorf("rejected that account: %v", got)
	}
}

// Reopening closed crossings eases a restriction; two states agreeing to
// it do it toward each other, as a future act.
func TestReopenedCrossings(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/4/nsubj and/CCONJ/3/cc China/PROPN/1/conj agreed/VERB/0/root/agree to/PART/6/mark reopen/VERB/4/xcomp border/NOUN/8/compound crossings/NOUN/6/obj/crossing ./PUNCT/4/punct"),
		"JPN CHN 081 future", "CHN JPN 081 future")
}

// A threat to respond to acts told before falls on their doers, and the
// acts are not coded again.
func TestRespondToTheirActs(t *testing.T) {
	got := briefs(codeParses(t, "Russia/PROPN/2/nsubj warned/VERB/0/root/warn that/SCONJ/6/mark Moscow/PROPN/6/nsubj would/AUX/6/aux respond/VERB/2/ccomp to/ADP/9/case the/DET/9/det expulsions/NOUN/6/obl/expulsion by/ADP/11/case Japan/PROPN/9/nmod and/CCONJ/13/cc China/PROPN/11/conj ./PUNCT/2/punct"))
	slices.Sort(got)
	if want := []string{"RUS CHN 130", "RUS JPN 130"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
