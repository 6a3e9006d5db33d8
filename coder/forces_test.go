package coder

import "testing"

// Forces sent somewhere, and operations that attack no one; sentences of our own.

func TestForcesSentAreTheSenders(t *testing.T) {
	// a Seoul dateline makes South Korea the story's home; the troops are
	// still Pyongyang's.
	evs := codeText(t, "2025-04-28", "SEOUL, April 28 -- North Korea said on Monday it had sent troops to fight for Russia in the Kursk region.")
	if !coded(evs, "07", "PRK", "RUS") {
		t.Errorf("want PRK -> RUS aid, got %v", briefs(evs))
	}
	if coded(evs, "", "", "KOR") {
		t.Errorf("the home state is no party: %v", briefs(evs))
	}
}

func TestGuardOperationIsNoAttack(t *testing.T) {
	noRoot(t, "2025-01-14", "The alliance launched an operation on Tuesday to protect undersea cables near Finland and Estonia.", "19")
	wantCoded(t, "2025-01-14", "Sudan's army launched an offensive on Tuesday against the RSF in Khartoum.", "19", "SDN", "SDN")
}

func TestCallingSomethingANameAppealsForNothing(t *testing.T) {
	noRoot(t, "2025-01-01", "The Ukrainian energy minister called the halt a historic event and said Moscow would lose money.", "02")
	wantCoded(t, "2025-01-01", "The Ukrainian energy minister called for an immediate halt to Russian strikes.", "02", "UKR", "")
}
