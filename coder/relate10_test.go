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
