package coder

import "testing"

// The toll of a strike is no second act: "Russia struck Japan, killing five
// people" is one use of force. A killing that is the news stays.
func TestCasualtiesOfAStrike(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj struck/VERB/0/root/strike Japan/PROPN/2/obj ,/PUNCT/5/punct killing/VERB:VBG/2/advcl/kill five/NUM/7/nummod Japanese/ADJ/8/amod/japanese civilians/NOUN/5/obj/civilian ./PUNCT/2/punct"),
		"RUS JPN 190")
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj accused/VERB/0/root/accuse Japan/PROPN/2/obj of/SCONJ/5/mark killing/VERB:VBG/2/advcl/kill civilians/NOUN/5/obj/civilian ./PUNCT/2/punct"),
		"RUS JPN 112", "JPN RUS 202 alleged")
}
