package coder

import "testing"

// Agreeing not to use force is a concession both parties make.
func TestAgreeNotToUseForce(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/4/nsubj and/CCONJ/3/cc Japan/PROPN/1/conj agreed/VERB/0/root/agree not/PART/7/advmod to/PART/7/mark use/VERB/4/xcomp force/NOUN/7/obj ./PUNCT/4/punct"),
		"RUS JPN 0356", "JPN RUS 0356")
}
