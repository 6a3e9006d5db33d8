package coder

import "testing"

// An intent noun's target is the object of its infinitive when no phrase
// names one: "reaffirmed its commitment to defend China".
func TestNounInfinitiveTarget(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj reaffirmed/VERB/0/root/reaffirm a/DET/4/det commitment/NOUN/2/obj to/PART/6/mark defend/VERB/4/acl China/PROPN/6/obj ./PUNCT/2/punct"),
		"JPN CHN 030")
}
