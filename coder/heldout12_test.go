package coder

import (
	"slices"
	"testing"
)

// Cases of the kinds heldout12.jsonl and heldout13.jsonl missed (looked at
// after the session-4 fixes), on sentences of our own.

// "holds the rotating chair" arrests no one; someone held in custody is.
func TestHoldIsNoArrest(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj holds/VERB/0/root/hold the/DET/5/det rotating/VERB/5/amod/rotate chair/NOUN/2/obj ./PUNCT/2/punct"))
	got := briefs(codeParses(t, "China/PROPN/2/nsubj held/VERB/0/root/hold Kim/PROPN/2/obj in/ADP/5/case custody/NOUN/2/obl ./PUNCT/2/punct"))
	if !slices.Contains(got, "CHN PRK 173") {
		t.Errorf("held Kim in custody: %v", got)
	}
}

// "imposed a tariff on China, hitting back ...": the participle says what
// the tariff was, it is no attack.
func TestHittingBackIsTheSameAct(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj imposed/VERB/0/root/impose a/DET/4/det tariff/NOUN/2/obj on/ADP/6/case China/PROPN/2/obl ,/PUNCT/8/punct hitting/VERB:VBG/2/advcl/hit back/ADV/8/advmod ./PUNCT/2/punct"),
		"JPN CHN 163")
}

// Rejecting conditions is a rejection; "ordered members of the embassy to
// leave" with the infinitive on the "of" phrase expels them.
func TestRejectConditionsAndOrderToLeave(t *testing.T) {
	expect(t, codeParses(t, "China/PROPN/2/nsubj rejected/VERB/0/root/reject Japanese/ADJ/4/amod conditions/NOUN/2/obj/condition ./PUNCT/2/punct"),
		"CHN JPN 120")
	got := briefs(codeParses(t, "China/PROPN/2/nsubj ordered/VERB/0/root/order members/NOUN/2/obj/member of/ADP/6/case the/DET/6/det embassy/NOUN/3/nmod of/ADP/8/case Japan/PROPN/6/nmod to/PART/10/mark leave/VERB/6/acl ./PUNCT/2/punct"))
	if !slices.Contains(got, "CHN JPN 161") {
		t.Errorf("ordered members of the embassy to leave: %v", got)
	}
}

// "arrested and charged an employee on Friday": the time on the second
// verb dates the first too.
func TestSharedTimeOfConjoinedVerbs(t *testing.T) {
	evs := codeParses(t, "Japan/PROPN/2/nsubj arrested/VERB/0/root/arrest and/CCONJ/4/cc charged/VERB/2/conj/charge Kim/PROPN/2/obj in/ADP/7/case May/PROPN/4/obl ./PUNCT/2/punct")
	for _, e := range evs {
		if e.Cameo == "173" && e.Date != "2024-05" {
			t.Errorf("arrest dated %s, want 2024-05", e.Date)
		}
	}
	if !slices.Contains(briefs(evs), "JPN PRK 173") {
		t.Errorf("no arrest: %v", briefs(evs))
	}
}

// Likening someone to pirates is criticism.
func TestLikenedToPirates(t *testing.T) {
	expect(t, codeParses(t, "Japan/PROPN/2/nsubj likened/VERB/0/root/liken Chinese/ADJ/4/amod crews/NOUN/2/obj/crew to/ADP/6/case pirates/NOUN/2/obl/pirate ./PUNCT/2/punct"),
		"JPN CHN 111")
}

// "voted against the text" rejects the organisation whose resolution it
// is, not a state of the story.
func TestVotedAgainstTheText(t *testing.T) {
	got := briefs(codeParses(t,
		"NATO/PROPN/2/nsubj adopted/VERB/0/root/adopt a/DET/4/det resolution/NOUN/2/obj on/ADP/6/case Russia/PROPN/4/nmod ./PUNCT/2/punct",
		"China/PROPN/2/nsubj voted/VERB/0/root/vote against/ADP/5/case the/DET/5/det text/NOUN/2/obl ./PUNCT/2/punct"))
	if !slices.Contains(got, "CHN IGO 120") || slices.Contains(got, "CHN RUS 120") {
		t.Errorf("voted against the text: %v", got)
	}
}

// The call during which an agreement is made is no content of the
// agreement: it is coded.
func TestCallDuringAgreement(t *testing.T) {
	got := briefs(codeParses(t, "Japan/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark resume/VERB/2/xcomp talks/NOUN/4/obj/talk during/ADP/9/case a/DET/9/det phone/NOUN/9/compound call/NOUN/4/obl with/ADP/11/case China/PROPN/9/nmod ./PUNCT/2/punct"))
	if !slices.Contains(got, "JPN CHN 041") {
		t.Errorf("agreed during a phone call with China: %v", got)
	}
}

// A ban kept on goods from a place falls on the place's state, named by a
// place or a state's adjective in the "from" phrase.
func TestBanOnGoodsFromAPlace(t *testing.T) {
	got := briefs(codeParses(t, "Russia/PROPN/2/nsubj kept/VERB/0/root/keep its/PRON/4/nmod:poss ban/NOUN/2/obj on/ADP/6/case fish/NOUN/4/nmod from/ADP/10/case the/DET/10/det Fukushima/PROPN/10/compound region/NOUN/6/nmod ./PUNCT/2/punct"))
	if !slices.Contains(got, "RUS JPN 1244") {
		t.Errorf("kept its ban on fish from the Fukushima region: %v", got)
	}
	got = briefs(codeParses(t, "Russia/PROPN/2/nsubj imposed/VERB/0/root/impose restrictions/NOUN/2/obj/restriction on/ADP/5/case seafood/NOUN/3/nmod from/ADP/8/case Japanese/ADJ/8/amod prefectures/NOUN/5/nmod/prefecture ./PUNCT/2/punct"))
	if !slices.Contains(got, "RUS JPN 163") {
		t.Errorf("restrictions on seafood from Japanese prefectures: %v", got)
	}
}
