package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedData finds ../shared/data/REL by walking up from the package
// directory; the third-party files are read in place, never copied.
func sharedData(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "data", rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skipf("shared/data/%s not found above the package directory", rel)
		}
		dir = parent
	}
}

func petrarchKB(t *testing.T) *KB {
	kb := fixtureKB(t).Clone()
	for _, f := range []struct {
		name string
		load func(*KB, *os.File, string) error
	}{
		{"PETR.Validate.actors.txt", func(kb *KB, f *os.File, n string) error { return kb.LoadPetrarchActors(f, n) }},
		{"PETR.Validate.agents.txt", func(kb *KB, f *os.File, n string) error { return kb.LoadPetrarchAgents(f, n) }},
	} {
		p := sharedData(t, filepath.Join("petrarch", f.name))
		fh, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		err = f.load(kb, fh, f.name)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return kb
}

func TestPetrarchActors(t *testing.T) {
	kb := petrarchKB(t)
	one := func(text, date string) Mention {
		t.Helper()
		ms := flat(resolveText(kb, text, date))
		if len(ms) == 0 {
			t.Fatalf("%q: no mention", text)
		}
		return ms[0]
	}
	// HAMAS [PSEREBHMS]
	if m := one("Hamas fired rockets.", "2014-01-01"); m.Code != "PSEREBHMS" || m.Country != "PSE" || m.Sector != "REB" || m.Text != "Hamas" {
		t.Errorf("Hamas: %+v %q", m.Actor, m.Text)
	}
	// UNITED_NATIONS [UNO] with synonym +U.N.
	if m := one("The U.N. protested.", "2014-01-01"); m.Code != "UNO" {
		t.Errorf("U.N.: %+v", m.Actor)
	}
	// SAM_GAMGEE: dated codes, the first listed restriction wins where two overlap.
	for _, tc := range []struct{ date, code string }{
		{"2007-05-01", "HOBCIV"}, {"2009-01-01", "HOBMIL"}, {"2010-01-10", "ORCHOB"},
		{"2012-12-01", "HOBGOV"}, {"2014-01-01", "HOBELI"},
	} {
		if m := one("Sam Gamgee left the Shire.", tc.date); m.Code != tc.code {
			t.Errorf("Sam Gamgee at %s: %s, want %s", tc.date, m.Code, tc.code)
		}
	}
	// GOLLUM with synonyms and only dated codes (YYMMDD dates).
	for _, tc := range []struct{ date, code string }{
		{"1994-01-01", "HOB"}, {"1997-01-01", "HOBGOV"}, {"2001-01-01", "HOBREB"},
	} {
		if m := one("Smeagol spoke.", tc.date); m.Code != tc.code {
			t.Errorf("Smeagol at %s: %s, want %s", tc.date, m.Code, tc.code)
		}
	}
	// BOROMIR [---] is no actor, and blocks nothing else.
	if ms := flat(resolveText(kb, "Boromir fell.", "2014-01-01")); len(ms) != 0 {
		t.Errorf("Boromir: %s", dump(ms))
	}
	// A multi-line comment block hides its contents: "NASGUL" is commented out.
	if ms := flat(resolveText(kb, "Nasgul rode.", "2014-01-01")); len(ms) != 0 {
		t.Errorf("Nasgul: %s", dump(ms))
	}
	// INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION_ with its code on a later line.
	if m := one("Interpol issued a notice.", "2014-01-01"); m.Code != "IGOCOPITP" {
		t.Errorf("Interpol: %+v", m.Actor)
	}
}

func TestPetrarchAgents(t *testing.T) {
	kb := petrarchKB(t)
	for _, tc := range []struct{ text, mention, code string }{
		{"Australian police arrested him.", "Australian police", "AUSCOP"},                            // POLICE {} [~COP]
		{"Norwegian diplomats left.", "Norwegian diplomats", "NORGOV"},                                // DIPLOMAT: regular plural
		{"Norwegian golden geese flew.", "Norwegian golden geese", "NORGGS"},                          // {GOLDEN_GEESE}
		{"Russian congressmen voted.", "Russian congressmen", "RUSLEG"},                               // CONGRESS!PERSON!
		{"The Italian ministry of silly walks met.", "The Italian ministry of silly walks", "ITAGOV"}, // !MINST!_OF_...
		{"A Danish human rights body objected.", "Danish human rights body", "NGODNK"},                // [NGO~]
		{"The Danish foreign minister spoke.", "The Danish foreign minister", "DNKGOVFRM"},            // [~GOVFRM]
	} {
		ms := flat(resolveText(kb, tc.text, "2014-01-01"))
		m := find(t, ms, tc.mention, 0)
		if m.Code != tc.code {
			t.Errorf("%q: %s, want %s", tc.mention, m.Code, tc.code)
		}
	}
}

func TestPetrarchErrors(t *testing.T) {
	kb := fixtureKB(t)
	err := kb.LoadPetrarchActors(strings.NewReader("FOO [ABC]\n[ABC 2001x-2002]\n"), "bad.txt")
	if err == nil || !strings.Contains(err.Error(), "bad.txt line 2") {
		t.Errorf("bad date: %v", err)
	}
	err = kb.LoadPetrarchAgents(strings.NewReader("SOLDIER [MIL]\n"), "ag.txt")
	if err == nil || !strings.Contains(err.Error(), "ag.txt line 1") {
		t.Errorf("agent without ~: %v", err)
	}
}
