package coder

import (
	"slices"
	"testing"
)

// A purpose infinitive hung on the object is the subject's act ("summoned
// China to condemn Japan": Russia condemns) unless the verb hands the act
// to its object ("urged China to condemn Japan").
func TestPurposeInfinitiveOnObject(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj summoned/VERB/0/root/summon China/PROPN/2/obj to/PART/5/mark condemn/VERB/3/acl Japan/PROPN/5/obj ./PUNCT/2/punct"),
		"RUS JPN 111")
	got := briefs(codeParses(t, "Russia/PROPN/2/nsubj urged/VERB/0/root/urge China/PROPN/2/obj to/PART/5/mark condemn/VERB/3/acl Japan/PROPN/5/obj ./PUNCT/2/punct"))
	if slices.Contains(got, "RUS JPN 111") {
		t.Errorf("urged China to condemn: %v, the condemnation given to Russia", got)
	}
}

// "an ally of X" is X's person: releasing one is a release to X.
func TestAllyOfIsAnActor(t *testing.T) {
	expect(t, codeParses(t, "China/PROPN/2/nsubj released/VERB/0/root/release an/DET/4/det ally/NOUN/2/obj of/ADP/6/case Japan/PROPN/4/nmod ./PUNCT/2/punct"),
		"CHN JPN 0841")
}
