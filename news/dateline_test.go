package news

import (
	"strings"
	"testing"
)

func TestParseDateline(t *testing.T) {
	cases := []struct {
		text                  string
		place, region, outlet string
		month, day, year      int
		body                  string // what follows the dateline
	}{
		{"SEOUL, Sept. 9 (UPI) -- North Korea said", "SEOUL", "", "UPI", 9, 9, 0, "North"},
		{"BEIJING (Reuters) - China's foreign ministry", "BEIJING", "", "Reuters", 0, 0, 0, "China's"},
		{"Pyongyang, September 16 (KCNA) -- Kim Jong Un", "Pyongyang", "", "KCNA", 9, 16, 0, "Kim"},
		{"MOSCOW, June 19, 2024 /TASS/. Russian President", "MOSCOW", "", "TASS", 6, 19, 2024, "Russian"},
		{"WASHINGTON — The State Department", "WASHINGTON", "", "", 0, 0, 0, "The"},
		{"ISLAMABAD: Pakistan's army chief", "ISLAMABAD", "", "", 0, 0, 0, "Pakistan's"},
		{"TOKYO (AP) — Japan's government", "TOKYO", "", "AP", 0, 0, 0, "Japan's"},
		{"GAZA CITY, Gaza Strip (AP) — Israeli strikes", "GAZA CITY", "Gaza Strip", "AP", 0, 0, 0, "Israeli"},
		{"KYIV, Ukraine (AP) — Russian drones", "KYIV", "Ukraine", "AP", 0, 0, 0, "Russian"},
		{"UNITED NATIONS (AP) -- The Security Council", "UNITED NATIONS", "", "AP", 0, 0, 0, "The"},
		{"Tehran, IRNA -- Iran's foreign minister", "Tehran", "", "IRNA", 0, 0, 0, "Iran's"},
		{"NEW DELHI, April 24 (Reuters) - India suspended", "NEW DELHI", "", "Reuters", 4, 24, 0, "India"},
		{"ADDIS ABABA, Nov 2 (Reuters) - Ethiopia's government", "ADDIS ABABA", "", "Reuters", 11, 2, 0, "Ethiopia's"},
		{"BRUSSELS, 12 March 2023 (AFP) - EU ministers", "BRUSSELS", "", "AFP", 3, 12, 2023, "EU"},
		{"Seoul, June 20 (Yonhap) -- South Korea", "Seoul", "", "Yonhap", 6, 20, 0, "South"},
		{"ABUJA (AFP) - Nigeria's president", "ABUJA", "", "AFP", 0, 0, 0, "Nigeria's"},
		{"BEIJING, March 28 (Xinhua) -- Chinese Premier", "BEIJING", "", "Xinhua", 3, 28, 0, "Chinese"},
		{"ST. PETERSBURG, Russia (AP) — President", "ST. PETERSBURG", "Russia", "AP", 0, 0, 0, "President"},
		{"RIO DE JANEIRO (Reuters) - Brazil's", "RIO DE JANEIRO", "", "Reuters", 0, 0, 0, "Brazil's"},
		{"JERUSALEM, Jan. 3, 2024 (UPI) -- Israel", "JERUSALEM", "", "UPI", 1, 3, 2024, "Israel"},
		{"(CNN) — The White House", "", "", "CNN", 0, 0, 0, "The"},
		{"WASHINGTON—The Pentagon", "WASHINGTON", "", "", 0, 0, 0, "The"},
		{"CAIRO, SEPT. 30 (Reuters) – Egypt", "CAIRO", "", "Reuters", 9, 30, 0, "Egypt"},
		{"Hanoi, Feb. 27 (VNA) -- Vietnam", "Hanoi", "", "VNA", 2, 27, 0, "Vietnam"},
		{"MOSCOW, June 19 /ITAR-TASS/. Russia", "MOSCOW", "", "ITAR-TASS", 6, 19, 0, "Russia"},
		{"KHARTOUM, Sudan, May 4 (AP) — Fighting", "KHARTOUM", "Sudan", "AP", 5, 4, 0, "Fighting"},
		{"TOKYO, Aug. 6 (Kyodo) -- Japan", "TOKYO", "", "Kyodo", 8, 6, 0, "Japan"},
		{"  \nLONDON (Reuters) -\nBritain's", "LONDON", "", "Reuters", 0, 0, 0, "Britain's"},
		{"KYIV/MOSCOW (Reuters) - Ukraine", "KYIV", "", "Reuters", 0, 0, 0, "Ukraine"},
		{"DUBAI/CAIRO, Sept 9 (Reuters) - Gulf", "DUBAI", "", "Reuters", 9, 9, 0, "Gulf"},
		{"SEOUL, South Korea — North Korea", "SEOUL", "South Korea", "", 0, 0, 0, "North"},
	}
	for _, c := range cases {
		d, ok := ParseDateline(c.text)
		if !ok {
			t.Errorf("%q: no dateline", c.text)
			continue
		}
		if d.Place != c.place || d.Region != c.region || d.Outlet != c.outlet || d.Month != c.month || d.Day != c.day || d.Year != c.year {
			t.Errorf("%q: got place %q region %q outlet %q date %d-%d-%d", c.text, d.Place, d.Region, d.Outlet, d.Year, d.Month, d.Day)
		}
		if !strings.HasPrefix(c.text[d.End:], c.body) || d.End != strings.Index(c.text, c.body) {
			t.Errorf("%q: body starts at %q", c.text, c.text[d.End:])
		}
	}
}

func TestNotDatelines(t *testing.T) {
	for _, s := range []string{
		"North Korea fired a missile - the third this month.",
		"Meanwhile — the talks went on.",
		"Kim said: we will respond.",
		"The Kremlin said on Monday (local time) - that it",
		"BREAKING: Missile launched",
		"UPDATE: casualties rise",
		"In Seoul, officials said -- nothing.",
		"2024 was a year of elections.",
		"SEOUL said on Monday that it would respond.",
		"",
		"--",
		"(",
		"WASHINGTON-based analysts said",
		"Reuters - ",
	} {
		if d, ok := ParseDateline(s); ok {
			t.Errorf("%q: unexpected dateline %+v", s, d)
		}
	}
}

func TestFindDatelineAfterHeadline(t *testing.T) {
	text := "Kim visits factory\nBy Staff Writer\n\nPYONGYANG, July 2 (KCNA) -- Kim Jong Un inspected a plant."
	d, ok := FindDateline(text)
	if !ok || d.Place != "PYONGYANG" || !strings.HasPrefix(text[d.End:], "Kim Jong Un inspected") || text[d.Start:d.Start+9] != "PYONGYANG" {
		t.Fatalf("got %+v %v", d, ok)
	}
}

// FuzzDateline checks that any input parses without panic and that a found
// dateline is a well-formed span of the input.
func FuzzDateline(f *testing.F) {
	for _, s := range []string{
		"SEOUL, Sept. 9 (UPI) -- x", "MOSCOW, June 19, 2024 /TASS/. x", "(CNN) — x", "ISLAMABAD: x",
		"GAZA CITY, Gaza Strip (AP) — x", "BRUSSELS, 12 March 2023 (AFP) - x", "Tehran, IRNA -- x",
		"A\n\nB\n\nC\nSEOUL -- x", "\xff\xfe(", "WASHINGTON\u00a0\u2014 x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := FindDateline(s)
		if !ok {
			return
		}
		if d.Start < 0 || d.Start > d.End || d.End > len(s) {
			t.Fatalf("bad span %d..%d of %d", d.Start, d.End, len(s))
		}
		if d.Place != "" && !strings.Contains(s[d.Start:d.End], d.Place) {
			t.Fatalf("place %q not inside %q", d.Place, s[d.Start:d.End])
		}
		if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
			t.Fatalf("bad date %+v", d)
		}
		var doc Document
		doc.Text = s
		doc.applyDateline()
		_ = doc.SetPublished("2024-02-29")
	})
}
