package coder

import (
	"testing"

	"github.com/dyadproject/dyad/event"
)

// countRoot counts the events of a CAMEO root.
func countRoot(evs []event.Event, root string) int {
	n := 0
	for _, e := range evs {
		if e.Cameo[:2] == root {
			n++
		}
	}
	return n
}

// Nouns that point back to acts told before, on sentences of our own.

func TestDemonstrativeNounIsNoNewAct(t *testing.T) {
	// "that visit" is the visit of the sentence before, not a second one.
	evs := codeText(t, "2024-03-08", "Polish Prime Minister Donald Tusk travelled to Kyiv on Tuesday. During that visit, Poland and Ukraine signed a pact on air defence.")
	if countRoot(evs, "04") != 2 { // the visit and its hosting
		t.Errorf("want one visit pair, got %v", briefs(evs))
	}
}

func TestOccasionToldBeforeDatesTheAct(t *testing.T) {
	text := "Polish Prime Minister Donald Tusk travelled to Kyiv on Tuesday. During that visit, Poland and Ukraine signed a pact on air defence."
	datedAs(t, "2024-03-08", text, "05", "2024-03-05")
	// without a demonstrative or possessive, "a visit" is no occasion told before.
	datedAs(t, "2024-03-08", "Polish Prime Minister Donald Tusk travelled to Kyiv on Tuesday. Poland and Ukraine signed a pact on air defence.", "05", "2024-03-08")
}

func TestJointSignersNeedNoTargetFromEarlierActs(t *testing.T) {
	// "an agreement" is a new one: its signers are the two governments,
	// not the parties of the ratification told before.
	evs := codeText(t, "2024-02-26", "Hungary's parliament ratified the accession protocol on Monday. Last week the two governments of Sweden and Hungary signed an agreement on fighter jets.")
	if !coded(evs, "057", "SWE", "HUN") || !coded(evs, "057", "HUN", "SWE") {
		t.Errorf("want SWE-HUN signing both ways, got %v", briefs(evs))
	}
	if coded(evs, "057", "HUN", "HUN") {
		t.Errorf("a state signed with itself: %v", briefs(evs))
	}
}

func TestStateVisitNamesNoActor(t *testing.T) {
	// "a state visit" is a kind of visit; "state" is not the host's government.
	evs := codeText(t, "2024-06-20", "Russian President Vladimir Putin arrived in Hanoi on Thursday for a state visit, a day after signing a defence pact with North Korea.")
	if !coded(evs, "057", "RUS", "PRK") {
		t.Errorf("want RUS -> PRK signing, got %v", briefs(evs))
	}
	if coded(evs, "057", "VNM", "") {
		t.Errorf("the host signed nothing: %v", briefs(evs))
	}
}
