package actor

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyadproject/dyad/nlp"
)

func TestLoadErrors(t *testing.T) {
	good := "CHN\tChina\t\tChinese\tBeijing\tEast Asia\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"missing countries", map[string]string{}, "countries.tsv"},
		{"columns", map[string]string{"countries.tsv": "# c\nCHN\tChina\tChinese\n"}, "countries.tsv line 2: 3 columns, want 6"},
		{"bad iso", map[string]string{"countries.tsv": "China\tChina\t\t\t\t\n"}, "countries.tsv line 1: iso3"},
		{"duplicate", map[string]string{"countries.tsv": good + good}, "line 2: country CHN listed twice"},
		{"org country", map[string]string{"countries.tsv": good, "orgs.tsv": "XYZMED\tXYZ\tMED\tFoo\t\t\t\n"}, "orgs.tsv line 1: country \"XYZ\""},
		{"org dates", map[string]string{"countries.tsv": good, "orgs.tsv": "CHNMED\tCHN\tMED\tXinhua\t\t2020-13-01\t\n"}, "orgs.tsv line 1: start date"},
		{"no start", map[string]string{"countries.tsv": good, "people/a.tsv": "Xi Jinping\tXi\tCHNGOV\t\t\tPresident\n"}, "people/a.tsv line 1: role of Xi Jinping has no start date"},
		{"end before start", map[string]string{"countries.tsv": good, "people/a.tsv": "Xi Jinping\tXi\tCHNGOV\t2013-03-14\t2012-01-01\tPresident\n"}, "end 2012-01-01 before start"},
		{"bad code", map[string]string{"countries.tsv": good, "people/a.tsv": "Xi Jinping\tXi\tXXXGOV\t2013\t\tPresident\n"}, "code \"XXXGOV\""},
		{"desc class", map[string]string{"countries.tsv": good, "descriptions.tsv": "the thing\t@NOPE\t\n"}, "descriptions.tsv line 1: unknown coreference class"},
		{"agent sector", map[string]string{"countries.tsv": good, "agents.tsv": "troops\tmil\t\n"}, "agents.tsv line 1: sector \"mil\""},
	} {
		fs := fstest.MapFS{}
		for k, v := range tc.files {
			fs[k] = &fstest.MapFile{Data: []byte(v)}
		}
		_, err := Load(fs)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to contain %q", tc.name, err, tc.want)
		}
	}
}

// FuzzResolve checks that no text makes the resolver panic or return
// mentions outside their sentence.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"Chinese President Xi Jinping met Kim Jong Un's envoy, KCNA said.",
		"“He said,” the North’s — Guinea-Bissau-led --- U.S.- backed 's ' '' `` -",
		"Kim Kim Kim. The two leaders. They it its his the the the",
		"\xff\xfe Beijing\u2019s \u2011 Russian\u2013backed",
	} {
		f.Add(s)
	}
	kb := fixtureKB(f)
	f.Fuzz(func(t *testing.T, text string) {
		sents := nlp.Segment(text)
		for si, ms := range kb.Resolve(sents, day("2024-01-01")) {
			for _, m := range ms {
				if m.Start < 0 || m.End > len(sents[si].Tokens) || m.Start >= m.End || m.Span[0] < 0 || m.Span[1] > len(text) || m.Span[0] >= m.Span[1] {
					t.Fatalf("bad mention %+v in %q", m, text)
				}
			}
		}
	})
}

// TestPlainNameFastPath checks that splitting plain names at spaces gives
// the words the tokenizer would, for every name of the embedded data.
func TestPlainNameFastPath(t *testing.T) {
	var names []string
	for _, f := range []string{"countries.tsv", "orgs.tsv", "agents.tsv", "titles.tsv", "descriptions.tsv"} {
		data, err := dataFS.ReadFile("data/" + f)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			for _, col := range strings.Split(line, "\t") {
				names = append(names, strings.Split(col, "|")...)
			}
		}
	}
	checked := 0
	for _, n := range names {
		if n = strings.TrimSpace(n); n == "" || !plainName(n) {
			continue
		}
		var slow []string
		for _, tok := range nlp.Tokenize(n) {
			slow = append(slow, splitWords(tok.Text)...)
		}
		if fast := phraseWords(n); strings.Join(fast, "\x00") != strings.Join(slow, "\x00") {
			t.Errorf("%q: fast %q, tokenizer %q", n, fast, slow)
		}
		checked++
	}
	if checked < 1000 {
		t.Errorf("only %d names checked", checked)
	}
}

// headRank reads whole words: a minister "of the United Kingdom" is no king,
// a spokesman or aide "of the President" no president.
func TestHeadRankWholeWords(t *testing.T) {
	for role, want := range map[string]int8{
		"President of South Africa":                                      2,
		"King of Jordan":                                                 2,
		"Prime Minister of Nepal":                                        1,
		"Foreign Secretary of the United Kingdom":                        0,
		"Kremlin spokesman (Press Secretary of the President of Russia)": 0,
		"UN Under-Secretary-General for peacekeeping operations":         0,
		"Secretary-General of the United Nations":                        2,
		"Special presidential envoy for the Middle East":                 0,
		"Leader of the Labour Party (opposition)":                        0,
		"Chancellor of the Exchequer":                                    0,
		"Chancellor of Germany":                                          1,
		"Chairman of the State Duma":                                     0,
		"Chairman of the State Affairs Commission of North Korea":        2,
	} {
		if got := headRank(role); got != want {
			t.Errorf("headRank(%q) = %d, want %d", role, got, want)
		}
	}
}
