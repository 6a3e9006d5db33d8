package coder

import "testing"

// An annexation proclaimed is an occupation of the annexed state's land.
func TestProclaimedAnnexation(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj proclaimed/VERB/0/root/proclaim the/DET/4/det annexation/NOUN/2/obj of/ADP/6/case Japan/PROPN/4/nmod ./PUNCT/2/punct"),
		"RUS JPN 192")
}
