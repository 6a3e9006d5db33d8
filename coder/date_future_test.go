package coder

import "testing"

// A time in a clause of what will be does not date an act already done
// below it: the recall in the relative clause takes the day of the
// announcement, not the future recognition's month.
func TestFutureClauseTimeNotInherited(t *testing.T) {
	evs := codeParses(t, "Japan/PROPN/2/nsubj said/VERB/0/root/say on/ADP/4/case Monday/PROPN/2/obl it/PRON/7/nsubj would/AUX/7/aux recognise/VERB/2/ccomp Cuba/PROPN/7/obj in/ADP/10/case May/PROPN/7/obl ,/PUNCT/12/punct drawing/VERB/7/advcl/draw a/DET/14/det response/NOUN/12/obj from/ADP/16/case China/PROPN/14/nmod ,/PUNCT/19/punct which/PRON/19/nsubj recalled/VERB/14/acl:relcl/recall its/PRON/21/nmod:poss ambassador/NOUN/19/obj ./PUNCT/2/punct")
	found := 0
	for _, e := range evs {
		switch e.Cameo {
		case "054":
			found++
			if e.Date != "2025-05" || e.Modality != "future" {
				t.Errorf("recognition: date %s modality %s, want 2025-05 future", e.Date, e.Modality)
			}
		case "161":
			found++
			if e.Date != "2024-09-09" {
				t.Errorf("recall: date %s, want the announcement's Monday 2024-09-09", e.Date)
			}
		}
	}
	if found != 2 {
		t.Errorf("want a recognition and a recall, got %v", briefs(evs))
	}
}

// An act told in the present perfect under a past clause is not dated by
// it: "strikes beginning in May, which Japan has blamed on China" (the
// blame carries the publication date).
func TestPresentPerfectNotDatedByPastClause(t *testing.T) {
	evs := codeParses(t, "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn strikes/NOUN/2/obj/strike beginning/VERB/3/acl/begin in/ADP/6/case May/PROPN/4/obl ,/PUNCT/11/punct which/PRON/11/obj Japan/PROPN/11/nsubj has/AUX:VBZ/11/aux/have blamed/VERB:VBN/4/acl:relcl/blame on/ADP/13/case China/PROPN/11/obl ./PUNCT/2/punct")
	found := false
	for _, e := range evs {
		if e.Cameo[:2] == "11" && e.Source.Country == "JPN" {
			found = true
			if e.Date != e.Published {
				t.Errorf("blame dated %s", e.Date)
			}
		}
	}
	if !found {
		t.Errorf("no blame by Japan: %v", briefs(evs))
	}
}

// A simple past act beside a past perfect clause does not share its time:
// "China had recalled its envoy in May, and Japan criticised the move"
// (the criticism carries the publication date).
func TestPastPerfectTimeNotShared(t *testing.T) {
	evs := codeParses(t, "China/PROPN/3/nsubj had/AUX:VBD/3/aux/have recalled/VERB:VBN/0/root/recall its/PRON/5/nmod:poss envoy/NOUN/3/obj in/ADP/7/case May/PROPN/3/obl ,/PUNCT/11/punct and/CCONJ/11/cc Japan/PROPN/11/nsubj criticised/VERB:VBD/3/conj/criticise the/DET/13/det move/NOUN/11/obj ./PUNCT/3/punct")
	found := false
	for _, e := range evs {
		if e.Cameo[:2] == "11" && e.Source.Country == "JPN" {
			found = true
			if e.Date != e.Published {
				t.Errorf("criticism dated %s", e.Date)
			}
		}
		if e.Cameo[:2] == "16" && e.Date != "2024-05" {
			t.Errorf("recall dated %s, want 2024-05", e.Date)
		}
	}
	if !found {
		t.Errorf("no criticism by Japan: %v", briefs(evs))
	}
}
