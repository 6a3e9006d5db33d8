package coder

import "testing"

// Orders to another actor are demands; a siege restricts movement; troops
// ordered into a place are deployed.
func TestOrdersAndSieges(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj ordered/VERB/0/root/order Japan/PROPN/2/obj to/PART/5/mark pay/VERB/2/xcomp ./PUNCT/2/punct"),
		"RUS JPN 100")
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj imposed/VERB/0/root/impose a/DET/4/det siege/NOUN/2/obj on/ADP/6/case Japan/PROPN/4/nmod ./PUNCT/2/punct"),
		"RUS JPN 191")
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj ordered/VERB/0/root/order troops/NOUN/2/obj/troop into/ADP/5/case Japan/PROPN/2/obl ./PUNCT/2/punct"),
		"RUS JPN 154")
}

// "welcomed the ruling" praises whoever ruled.
func TestRulingRefersToItsMaker(t *testing.T) {
	expect(t, codeParses(t,
		"China/PROPN/2/nsubj condemned/VERB/0/root/condemn Japan/PROPN/2/obj ./PUNCT/2/punct",
		"Russia/PROPN/2/nsubj welcomed/VERB/0/root/welcome the/DET/4/det ruling/NOUN/2/obj ./PUNCT/2/punct"),
		"CHN JPN 111", "RUS CHN 051")
}

// A call to halt the fighting goes to both sides of the story.
func TestHaltCallGoesToBothSides(t *testing.T) {
	expect(t, codeParses(t,
		"China/PROPN/4/nsubj and/CCONJ/3/cc Japan/PROPN/1/conj fought/VERB/0/root/fight ./PUNCT/4/punct",
		"Russia/PROPN/2/nsubj called/VERB/0/root/call for/ADP/5/case a/DET/5/det halt/NOUN/2/obl to/ADP/8/case the/DET/8/det fighting/NOUN/5/nmod ./PUNCT/2/punct"),
		"CHN JPN 190", "JPN CHN 190", "RUS CHN 0256", "RUS JPN 0256")
}
