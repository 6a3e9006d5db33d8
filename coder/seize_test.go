package coder

import "testing"

// Seizing any thing is a seizure of property, except a chance or power;
// boarding another's boats is coercion.
func TestSeizeAndBoard(t *testing.T) {
	expect(t, codeParses(t, "China/PROPN/2/nsubj seized/VERB/0/root/seize seven/NUM/4/nummod rifles/NOUN/2/obj/rifle from/ADP/6/case Japan/PROPN/2/obl ./PUNCT/2/punct"),
		"CHN JPN 171")
	expect(t, codeParses(t, "China/PROPN/2/nsubj seized/VERB/0/root/seize the/DET/4/det opportunity/NOUN/2/obj to/PART/6/mark praise/VERB/4/acl Japan/PROPN/6/obj ./PUNCT/2/punct"),
		"CHN JPN 051")
	expect(t, codeParses(t, "China/PROPN/2/nsubj boarded/VERB/0/root/board two/NUM/5/nummod Japanese/ADJ/5/amod/japanese boats/NOUN/2/obj/boat ./PUNCT/2/punct"),
		"CHN JPN 170")
}

// Executing people kills them; executing a warrant does not.
func TestExecuteWarrantIsNoKilling(t *testing.T) {
	expect(t, codeParses(t, "China/PROPN/2/nsubj executed/VERB/0/root/execute the/DET/4/det order/NOUN/2/obj against/ADP/6/case Japan/PROPN/4/nmod ./PUNCT/2/punct"))
	expect(t, codeParses(t, "China/PROPN/2/nsubj executed/VERB/0/root/execute two/NUM/4/nummod Japanese/ADJ/4/amod/japanese prisoners/NOUN/2/obj/prisoner ./PUNCT/2/punct"),
		"CHN JPN 190")
}

// Freezing one's participation in something acts on it.
func TestFreezeParticipationIn(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/3/nsubj has/AUX/3/aux frozen/VERB/0/root/freeze its/PRON/5/nmod:poss participation/NOUN/3/obj in/ADP/7/case China/PROPN/5/nmod ./PUNCT/3/punct"),
		"JPN CHN 160")
}
