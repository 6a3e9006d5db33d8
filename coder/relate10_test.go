package coder

import "testing"

// Session-10 rules on sentences of our own: who acts in relative clauses,
// deadlines, idioms of signing, criticising, conceding and hoping to meet.

func TestOneOfTheStatesThatActed(t *testing.T) {
	// the relative clause on "states" is Oman's act, not some Arab state's.
	wantCoded(t, "2024-05-02", "Oman was one of three Gulf countries that recalled their ambassadors from Tehran in March.", "16", "OMN", "IRN")
}

func TestDeadlineIsNoAct(t *testing.T) {
	noRoot(t, "2024-05-02", "Under the deal, Armenia and Azerbaijan had three months to reopen their border crossings.", "05", "08")
}

func TestStateUnderPressureIsNoAct(t *testing.T) {
	noRoot(t, "2024-05-02", "Many migrants live in Chad and Niger, where governments are under pressure to send them home.", "17")
}

func TestOneSidedRefusalToNormalise(t *testing.T) {
	evs := codeText(t, "2024-05-02", "The United States has said it will not normalise its relations with the government in Damascus.")
	if !coded(evs, "05", "USA", "SYR") || coded(evs, "05", "SYR", "USA") {
		t.Errorf("want USA -> SYR only, got %v", briefs(evs))
	}
}

func TestIdiomsOfSigningCriticisingConceding(t *testing.T) {
	wantCoded(t, "2024-02-14", "Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan put their names to a joint declaration on Wednesday.", "057", "TUR", "EGY")
	wantCoded(t, "2024-02-14", "In his speech, Assad took a swipe at Turkey over its troops in the north.", "111", "SYR", "TUR")
	wantCoded(t, "2025-01-27", "Colombia's government gave way late on Sunday after Washington threatened tariffs.", "08", "COL", "")
	wantCoded(t, "2025-01-27", "Petro accepted all of Trump's terms on Sunday.", "08", "COL", "USA")
	wantCoded(t, "2023-05-19", "The Arab League voted on May 7 to readmit Syria.", "050", "IGO", "SYR")
	wantCoded(t, "2023-06-17", "Faisal said Riyadh looked forward to welcoming President Ebrahim Raisi to Riyadh.", "036", "SAU", "IRN")
	wantCoded(t, "2023-06-17", "Faisal said Riyadh was determined to implement the March agreement with Tehran.", "030", "SAU", "IRN")
}

func TestLeavingAMemorandumIsNoWithdrawal(t *testing.T) {
	evs := codeText(t, "2025-02-07", "Panama's embassy notified the Chinese government on Thursday that the country was withdrawing from its 2017 memorandum with Beijing.")
	if !coded(evs, "1211", "PAN", "CHN") || coded(evs, "087", "", "") {
		t.Errorf("want PAN -> CHN 1211, got %v", briefs(evs))
	}
}

func TestDeportedPeopleAreDeported(t *testing.T) {
	wantCoded(t, "2025-01-28", "About 200 Colombian migrants who had been deported by the United States arrived in Bogota on Tuesday.", "174", "USA", "COL")
	noRoot(t, "2025-01-28", "About 200 Colombian migrants who had been deported by the United States arrived in Bogota on Tuesday.", "04")
}

func TestListsOfSanctionedStates(t *testing.T) {
	wantCoded(t, "2025-01-21", "Trump put Cuba back on the list of state sponsors of terrorism late on Monday.", "163", "USA", "CUB")
	evs := codeText(t, "2025-01-21", "The Biden administration had announced on January 14 that it would remove Cuba from the list.")
	if !coded(evs, "085", "USA", "CUB") {
		t.Errorf("want USA -> CUB 085, got %v", briefs(evs))
	}
}

func TestPartOfThePrisonersFreed(t *testing.T) {
	wantCoded(t, "2025-01-21", "Havana began freeing the first of 553 prisoners on Wednesday.", "084", "CUB", "")
}

func TestWhatADecisionReactedToDecides(t *testing.T) {
	// the return to the list is the decision condemned, no release.
	evs := codeText(t, "2025-01-21", "Cuban President Miguel Diaz-Canel on Tuesday condemned the decision by President Donald Trump to return the island to the list.")
	if !coded(evs, "111", "CUB", "USA") || coded(evs, "08", "", "") {
		t.Errorf("want CUB -> USA 111 only, got %v", briefs(evs))
	}
}

func TestDiplomatsSentHomeAreExpelled(t *testing.T) {
	wantCoded(t, "2023-04-23", "In April, Berlin sent home a group of Russian embassy staff.", "161", "DEU", "RUS")
}

func TestTheirMeetingToldBefore(t *testing.T) {
	evs := codeText(t, "2025-02-07", "Mulino received US Secretary of State Marco Rubio on Sunday. At their meeting, Rubio warned the president that Washington would act.")
	if countRoot(evs, "04") != 2 {
		t.Errorf("want only the visit pair, got %v", briefs(evs))
	}
	datedAs(t, "2025-02-07", "Mulino received US Secretary of State Marco Rubio on Sunday. At their meeting, Rubio warned the president that Washington would act.", "13", "2025-02-02")
}

func TestEnforcingAnotherBodysBan(t *testing.T) {
	text := "Latvia began enforcing a European Union ban on Belarusian timber on Monday. The restrictions were adopted by the bloc in March."
	evs := codeText(t, "2024-06-18", text)
	if !coded(evs, "163", "LVA", "BLR") {
		t.Errorf("want LVA -> BLR 163, got %v", briefs(evs))
	}
	if !coded(evs, "163", "IGO", "BLR") || coded(evs, "163", "IGO", "LVA") {
		t.Errorf("the bloc's restrictions fall on Belarus: %v", briefs(evs))
	}
}

func TestReactionsToABodysTextOrRuling(t *testing.T) {
	text := "The UN Security Council adopted a resolution on Haiti on Monday. Haitian Prime Minister Garry Conille welcomed the resolution, and the Russian envoy criticised the text as rushed."
	evs := codeText(t, "2024-09-30", text)
	if !coded(evs, "05", "HTI", "IGO") || !coded(evs, "11", "RUS", "IGO") {
		t.Errorf("want HTI -> IGO 05 and RUS -> IGO 11, got %v", briefs(evs))
	}
	wantCoded(t, "2021-10-13", "The International Court of Justice drew a new sea border between Kenya and Somalia on Tuesday. Somalia hailed the judgment as historic.", "05", "SOM", "IGO")
}

func TestAConflictsTollIsNoAct(t *testing.T) {
	noRoot(t, "2024-09-02", "The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people.", "18", "19", "20")
	wantCoded(t, "2024-09-02", "RSF fighters killed 40 villagers in Darfur on Monday, the army said.", "", "SDN", "")
}

func TestWhatADealProvidesIsNoAct(t *testing.T) {
	noRoot(t, "2023-11-24", "Under its terms, Hamas is to hand over 50 hostages during the four days, while Israel is to free 150 Palestinian prisoners.", "08")
	// what was done under a deal, told as done, is an act.
	wantCoded(t, "2023-11-24", "Under the deal, Israel freed 39 Palestinian prisoners on Friday.", "08", "ISR", "")
}

func TestDronesVisitNoOne(t *testing.T) {
	noRoot(t, "2025-09-23", "Poland shut the crossing two days after a dozen Russian drones crossed into Polish airspace.", "04")
}
