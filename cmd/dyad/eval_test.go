package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func scorePy(t *testing.T) string {
	dir, _ := os.Getwd()
	for {
		p := filepath.Join(dir, "shared", "tools", "score.py")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skip("shared/tools/score.py not found")
		}
		dir = up
	}
}

const evalGold = `{"id": "g1", "published": "2023-03-03", "text": "Japan accused North Korea of violating international law on Friday. Russia imposed sanctions on three Japanese companies.", "events": [{"sentence": 0, "source": "JPN", "target": "PRK", "cameo": "112", "plover": "ACCUSE", "date": "2023-03-03"}, {"sentence": 1, "source": "RUS", "target": "JPN", "cameo": "163", "plover": "COERCE", "date": "2023-03-03"}]}
`

const evalEvents = `{"schema": 1, "doc": "g1", "sentence": 0, "source": {"country": "JPN"}, "target": {"country": "PRK"}, "cameo": "111", "plover": "ACCUSE", "date": "2023-03-03", "negated": false, "modality": "asserted", "text": "Japan accused North Korea of violating international law on Friday."}
{"schema": 1, "doc": "g1", "sentence": 0, "source": {"country": "PRK"}, "target": {"country": "JPN"}, "cameo": "112", "plover": "ACCUSE", "date": "2023-03-03", "negated": false, "modality": "asserted", "text": "Japan accused North Korea of violating international law on Friday."}
not a record
`

func TestEvalGivenEventsMatchesScorePy(t *testing.T) {
	dir := t.TempDir()
	g := writeFile(t, dir, "gold.jsonl", evalGold)
	e := writeFile(t, dir, "events.jsonl", evalEvents)
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	for _, flags := range [][]string{nil, {"--json"}} {
		want, err := exec.Command(py, append([]string{scorePy(t), g, e}, flags...)...).Output()
		if err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		if err := runEval(append([]string{g, e}, flags...), &out, &errb); err != nil {
			t.Fatal(err, errb.String())
		}
		if !strings.HasPrefix(out.String(), string(want)) {
			t.Errorf("dyad eval %v does not start with score.py's output\n--- dyad\n%s--- score.py\n%s", flags, out.String(), want)
		}
		if flags == nil && !strings.Contains(out.String(), "MISS g1 s1 RUS->JPN 163 COERCE date=2023-03-03\n    | Russia imposed sanctions on three Japanese companies.") {
			t.Errorf("breakdown lacks the miss with its sentence:\n%s", out.String())
		}
	}
}

func TestEvalCodesGoldDocuments(t *testing.T) {
	dir := t.TempDir()
	g := writeFile(t, dir, "gold.jsonl", evalGold)
	saved := filepath.Join(dir, "coded.jsonl")
	var out, errb bytes.Buffer
	if err := runEval([]string{"--out", saved, g}, &out, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	want, err := exec.Command(py, scorePy(t), g, saved).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), string(want)) {
		t.Errorf("scores of the coded gold differ from score.py on the saved events\n--- dyad\n%s--- score.py\n%s", out.String(), want)
	}
	if !strings.Contains(string(want), "system=") || strings.Contains(string(want), "system=0)") {
		t.Errorf("the coder found nothing in the gold documents:\n%s", want)
	}
}
