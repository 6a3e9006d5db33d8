package coder

import "testing"

// Talks announced for later are an intent to meet (036), the announcer's
// own; parties announcing them together intend them jointly; a visit stays
// a future visit.
func TestFutureTalksAreIntent(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/3/nsubj will/AUX/3/aux hold/VERB/0/root talks/NOUN/3/obj/talk with/ADP/6/case China/PROPN/3/obl ./PUNCT/3/punct"),
		"JPN CHN 036")
	expect(t, codeParses(t, "Japan/PROPN/5/nsubj and/CCONJ/3/cc China/PROPN/1/conj will/AUX/5/aux hold/VERB/0/root talks/NOUN/5/obj/talk ./PUNCT/5/punct"),
		"JPN CHN 036", "CHN JPN 036")
	expect(t, codeParses(t, "Japan/PROPN/3/nsubj will/AUX/3/aux discuss/VERB/0/root the/DET/5/det deal/NOUN/3/obj with/ADP/7/case China/PROPN/3/obl ./PUNCT/3/punct"),
		"JPN CHN 036")
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj discussed/VERB/0/root/discuss the/DET/4/det deal/NOUN/2/obj with/ADP/6/case China/PROPN/2/obl ./PUNCT/2/punct"),
		"JPN CHN 040", "CHN JPN 040")
	expect(t, codeParses(t, "Putin/PROPN/3/nsubj will/AUX/3/aux visit/VERB/0/root China/PROPN/3/obj ./PUNCT/3/punct"),
		"RUS CHN 042 future", "CHN RUS 043 future")
}

func TestYetToIsNegated(t *testing.T) {
	// "has yet to reopen": the act has not happened.
	for _, text := range []string{"Saudi Arabia has yet to reopen its embassy in Tehran.", "Japan is yet to lift its ban on Chinese seafood."} {
		evs := codeText(t, "2023-06-06", text)
		if len(evs) == 0 {
			t.Errorf("%q: no event", text)
		}
		for _, e := range evs {
			if !e.Negated {
				t.Errorf("%q: %s not negated", text, brief(e))
			}
		}
	}
}

func TestAgreedWithdrawalIsTheWithdrawal(t *testing.T) {
	// "agreed to withdraw": the withdrawal itself, to come; a vow or an
	// offer to withdraw stays an intent.
	text := "Israel agreed on Monday to withdraw its forces from southern Lebanon."
	wantCoded(t, "2024-11-26", text, "0874", "ISR", "LBN")
	for _, e := range codeText(t, "2024-11-26", text) {
		if e.Cameo == "0874" && e.Modality != "future" {
			t.Errorf("%s: modality %s, want future", brief(e), e.Modality)
		}
	}
	wantCoded(t, "2024-11-26", "Israel said it was ready to withdraw its forces from southern Lebanon.", "0356", "ISR", "LBN")
}

func TestAidToldAsWillIsAPromise(t *testing.T) {
	// what a speaker says his state will give is promised now (03x).
	text := "Putin welcomed Kim to the launch centre on Wednesday and said Moscow would help Pyongyang build satellites."
	wantCoded(t, "2023-09-13", text, "033", "RUS", "PRK")
	noRoot(t, "2023-09-13", text, "07")
	// agreed aid stays the future act.
	wantCoded(t, "2023-09-13", "Japan agreed to provide Ukraine with $4.5 billion in aid.", "07", "JPN", "UKR")
}
