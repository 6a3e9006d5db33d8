package coder

import "testing"

// "exchange" is a prisoner swap only when people are exchanged: fire is
// fighting, views are talks.
func TestExchangeWhat(t *testing.T) {
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj exchanged/VERB/0/root/exchange prisoners/NOUN/2/obj/prisoner with/ADP/5/case Japan/PROPN/2/obl ./PUNCT/2/punct"),
		"RUS JPN 0841", "JPN RUS 0841")
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj exchanged/VERB/0/root/exchange fire/NOUN/2/obj with/ADP/5/case Japan/PROPN/2/obl ./PUNCT/2/punct"),
		"RUS JPN 190", "JPN RUS 190")
	expect(t, codeParses(t, "Russia/PROPN/2/nsubj exchanged/VERB/0/root/exchange views/NOUN/2/obj/view with/ADP/5/case Japan/PROPN/2/obl ./PUNCT/2/punct"),
		"RUS JPN 040", "JPN RUS 040")
}

// Drills around another's territory are a show of force against it; drills
// with a partner are joint.
func TestDrillsAroundAreForce(t *testing.T) {
	expect(t, codeParses(t, "China/PROPN/2/nsubj began/VERB/0/root/begin exercises/NOUN/2/obj/exercise around/ADP/5/case Japan/PROPN/3/nmod ./PUNCT/2/punct"),
		"CHN JPN 150")
	expect(t, codeParses(t, "China/PROPN/2/nsubj began/VERB/0/root/begin exercises/NOUN/2/obj/exercise with/ADP/5/case Russia/PROPN/3/nmod ./PUNCT/2/punct"),
		"CHN RUS 062", "RUS CHN 062")
}
