package eval

import (
	"bytes"
	"strings"
	"testing"
)

const bdGold = `{"id": "d", "published": "2024-03-01", "text": "Alpha met Beta on Friday.\nGamma did not back Delta.\nAlpha and Beta will sign a pact in March.", "events": [{"sentence": 0, "source": "AAA", "target": "BBB", "cameo": "040", "date": "2024-03-01", "modality": "asserted"}, {"sentence": 0, "source": "BBB", "target": "AAA", "cameo": "040", "date": "2024-03-01", "modality": "asserted"}, {"sentence": 1, "source": "GGG", "target": "DDD", "cameo": "051", "date": "2024-03-01", "negated": true, "modality": "asserted", "note": "refused backing"}, {"sentence": 2, "source": "AAA", "target": "BBB", "cameo": "057", "date": "2024-03", "modality": "future"}, {"sentence": 2, "source": "BBB", "target": "AAA", "cameo": "057", "date": "2024-03", "modality": "future"}]}
`

const bdSys = `{"doc": "d", "sentence": 0, "mention": "m1", "source": {"country": "AAA"}, "target": {"country": "BBB"}, "cameo": "040", "date": "2024-03-01", "modality": "asserted", "text": "Alpha met Beta on Friday."}
{"doc": "d", "sentence": 0, "mention": "m1", "source": {"country": "BBB"}, "target": {"country": "AAA"}, "cameo": "040", "date": "2024-03-01", "modality": "asserted", "text": "Alpha met Beta on Friday."}
{"doc": "d", "sentence": 1, "mention": "m2", "source": {"country": "GGG"}, "target": {"country": "DDD"}, "cameo": "051", "date": "2024-03-01", "modality": "asserted", "text": "Gamma did not back Delta."}
{"doc": "d", "sentence": 2, "mention": "m3", "source": {"country": "AAA"}, "target": {"country": "BBB"}, "cameo": "057", "date": "2024-03", "modality": "future", "text": "Alpha and Beta will sign a pact in March."}
{"doc": "d", "sentence": 3, "mention": "m4", "source": {"country": "ZZZ"}, "target": {"country": "AAA"}, "cameo": "111", "date": "2024-03-01", "modality": "asserted", "text": "Zed blamed Alpha."}
`

func TestBreakdown(t *testing.T) {
	g, err := ReadGold(strings.NewReader(bdGold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	s, err := ReadSystem(strings.NewReader(bdSys), "sys")
	if err != nil {
		t.Fatal(err)
	}
	b := Analyse(g, s)
	roots := map[string]RootRow{}
	for _, r := range b.Roots {
		roots[r.Root] = r
	}
	for root, want := range map[string]RootRow{"04": {"04", 2, 2, 2}, "05": {"05", 3, 2, 1}, "11": {"11", 0, 1, 0}} {
		if roots[root] != want {
			t.Errorf("root %s = %+v, want %+v", root, roots[root], want)
		}
	}
	type counts struct{ gold, found, sys, correct, dateSame, dateN int }
	want := map[string]counts{
		"all":               {5, 3, 5, 3, 3, 3},
		"negated":           {1, 0, 0, 0, 0, 0},
		"modality future":   {2, 1, 1, 1, 1, 1},
		"symmetric pair":    {4, 3, 2, 2, 3, 3},
		"compound mention":  {4, 3, 2, 2, 3, 3},
		"date != published": {2, 1, 1, 1, 1, 1},
		"no target":         {0, 0, 0, 0, 0, 0},
	}
	for _, p := range b.Phenomena {
		w, ok := want[p.Name]
		if !ok {
			continue
		}
		got := counts{p.Gold, p.Found, p.System, p.Correct, p.DateSame, p.DateN}
		if got != w {
			t.Errorf("%s = %+v, want %+v", p.Name, got, w)
		}
	}
	if len(b.Misses) != 2 || len(b.FalseAlarms) != 2 {
		t.Fatalf("%d misses, %d false alarms; want 2 and 2", len(b.Misses), len(b.FalseAlarms))
	}
	var out bytes.Buffer
	if err := b.Write(&out); err != nil {
		t.Fatal(err)
	}
	for _, frag := range []string{
		"MISS d s1 GGG->DDD 051  date=2024-03-01 negated  # refused backing\n    | Gamma did not back Delta.\n    ~ system s1 GGG->DDD 051  date=2024-03-01\n",
		"MISS d s2 BBB->AAA 057  date=2024-03 future\n    | Alpha and Beta will sign a pact in March.\n",
		"FALSE d s3 ZZZ->AAA 111  date=2024-03-01\n    | Zed blamed Alpha.\n",
		"FALSE d s1 GGG->DDD 051  date=2024-03-01\n    | Gamma did not back Delta.\n    ~ gold s1 GGG->DDD 051  date=2024-03-01 negated\n",
		"05    Diplomatic cooperation          3    2    1  0.500  0.333  0.400\n",
	} {
		if !strings.Contains(out.String(), frag) {
			t.Errorf("output lacks %q:\n%s", frag, out.String())
		}
	}
}

// A miss in a sentence the system never spoke about takes its text from the
// gold document, split into sentences.
func TestBreakdownSentenceFromGoldText(t *testing.T) {
	g, err := ReadGold(strings.NewReader(bdGold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	s, err := ReadSystem(strings.NewReader(""), "sys")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	Analyse(g, s).Write(&out)
	if !strings.Contains(out.String(), "    | Gamma did not back Delta.\n") {
		t.Errorf("sentence 1 not shown:\n%s", out.String())
	}
}
