package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir finds ../shared (the third-party data, gold set and scorer)
// by walking up from the test's directory.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "tools", "score.py")
		if _, err := os.Stat(p); err == nil {
			return filepath.Join(dir, "shared")
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skip("shared/tools/score.py not found")
		}
		dir = up
	}
}

// goScore runs the Go scorer the way score.py's command line does.
func goScore(t *testing.T, goldPath, sysPath string, args ...string) string {
	t.Helper()
	gf, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	g, err := ReadGold(gf, goldPath)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := os.Open(sysPath)
	if err != nil {
		t.Fatal(err)
	}
	defer sf.Close()
	s, err := ReadSystem(sf, sysPath)
	if err != nil {
		t.Fatal(err)
	}
	var levels []string
	asJSON := false
	for _, a := range args {
		if l, ok := strings.CutPrefix(a, "--levels="); ok {
			levels = strings.Split(l, ",")
		}
		asJSON = asJSON || a == "--json"
	}
	rep, err := Score(g, s, levels...)
	if err != nil {
		t.Fatal(err)
	}
	if asJSON {
		return rep.JSON()
	}
	return rep.String()
}

func pyScore(t *testing.T, shared, goldPath, sysPath string, args ...string) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	cmd := exec.Command(py, append([]string{filepath.Join(shared, "tools", "score.py"), goldPath, sysPath}, args...)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	return string(out)
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// sysLine is a schema-1-like record with only what the scorer reads.
func sysLine(doc, src, tgt, cameo, plover, date string, neg bool) string {
	actor := func(c string) any {
		if c == "-" {
			return nil
		}
		return map[string]string{"text": "x", "code": c, "country": c}
	}
	b, _ := json.Marshal(map[string]any{"schema": 1, "doc": doc, "source": actor(src), "target": actor(tgt),
		"cameo": cameo, "plover": plover, "date": date, "negated": neg, "modality": "asserted", "text": "A sentence."})
	return string(b)
}

type fixture struct {
	name      string
	gold, sys string
	args      []string
}

func fixtures() []fixture {
	gold := strings.Join([]string{
		`{"id": "a", "published": "2024-01-05", "text": "One. Two.", "events": [` +
			`{"sentence": 0, "source": "CHN", "target": "PRK", "cameo": "051", "plover": "SUPPORT", "date": "2024-01-05"},` +
			`{"sentence": 0, "source": "chn ", "target": "PRK", "cameo": "051", "plover": "SUPPORT", "date": "2024-01-04"},` +
			`{"sentence": 1, "source": "PRK", "target": "USA", "cameo": "1041", "plover": "DEMAND", "date": "2024-01"},` +
			`{"sentence": 1, "source": "JAP", "target": "KOR", "cameo": "036", "plover": "AGREE", "date": "2024-01-05", "negated": true},` +
			`{"sentence": 1, "source": "RUS", "target": "", "cameo": "190", "plover": "FIGHT", "date": ""},` +
			`{"sentence": 1, "source": "USA", "target": "RUS", "cameo": "111", "plover": "DISAPPROVE", "date": "2024-01-05"}]}`,
		``,
		`   `,
		`{"id": "b", "published": "2023-05-01", "events": [` +
			`{"sentence": 0, "source": "IGO", "target": "ETH", "cameo": "045", "plover": "CONSULT", "date": "2023-05-01"},` +
			`{"sentence": 2, "source": "TUR", "target": "GRC", "cameo": "0871", "plover": "RETREAT", "date": "2023-05-01"}]}`,
		`{"id": "c", "events": []}`,
	}, "\n") + "\n"
	sys := strings.Join([]string{
		sysLine("a", "CHN", "PRK", "051", "SUPPORT", "2024-01-04", false),
		sysLine("a", "CHN", "PRK", "051", "SUPPORT", "2024-01-05", false),
		sysLine("a", "PRK", "USA", "1042", "REQUEST", "2024-01", false),
		sysLine("a", "JPN", "KOR", "036", "AGREE", "2024-01-05", false), // not negated: no match
		sysLine("a", "jap", "KOR", "036", "AGREE", "2024-01-05", true),
		sysLine("a", "RUS", "-", "193", "ASSAULT", "2024-01-05", false),
		sysLine("a", "USA", "RUS", "112", "ACCUSE", "2024-01-05", false),
		sysLine("a", "RUS", "USA", "112", "ACCUSE", "2024-01-05", false),
		"{this is not json",
		`[1, 2]`,
		`{"schema": 1, "cameo": "051"}`,
		`"just a string"`,
		sysLine("b", "IGO", "ETH", "046", "CONSULT", "2023-05-02", false),
		sysLine("zzz", "CHN", "USA", "051", "SUPPORT", "2023-05-02", false), // not in gold
		"",
		sysLine("b", "TUR", "GRC", "087", "RETREAT", "2023-05-01", false),
	}, "\n") + "\n"
	// 1/16 = 0.0625 is an exact binary tie: Python rounds it to even.
	var g16, s16 []string
	for i := 1; i <= 16; i++ {
		g16 = append(g16, fmt.Sprintf(`{"sentence": %d, "source": "C%02d", "target": "D", "cameo": "01%d", "date": "2020"}`, i, i, i%10))
		s16 = append(s16, sysLine("t", fmt.Sprintf("C%02d", i*(i%16)), "D", fmt.Sprintf("01%d", i%10), "", "2021", false))
	}
	ties := `{"id": "t", "events": [` + strings.Join(g16, ",") + "]}\n"
	return []fixture{
		{name: "mixed", gold: gold, sys: sys},
		{name: "mixed-json", gold: gold, sys: sys, args: []string{"--json"}},
		{name: "levels", gold: gold, sys: sys, args: []string{"--levels=exact,root"}},
		{name: "levels-noroot", gold: gold, sys: sys, args: []string{"--levels=plover", "--json"}},
		{name: "empty-system", gold: gold, sys: ""},
		{name: "crlf", gold: strings.ReplaceAll(gold, "\n", "\r\n"), sys: strings.ReplaceAll(sys, "\n", "\r\n")},
		{name: "ties", gold: ties, sys: strings.Join(s16, "\n") + "\n"},
		{name: "ties-json", gold: ties, sys: strings.Join(s16, "\n") + "\n", args: []string{"--json"}},
		{name: "repeated-id-numeric-cameo", gold: `{"id": "a", "events": [{"source": "X", "target": "Y", "cameo": "051"}]}` + "\n" +
			`{"id": "b", "events": [{"source": "X", "target": "Y", "cameo": 43, "date": "2020-01-01"}]}` + "\n" +
			`{"id": "a", "events": [{"source": "X", "target": "Y", "cameo": "112", "negated": 1}]}` + "\n",
			sys: sysLine("a", "X", "Y", "051", "", "", false) + "\n" + sysLine("a", "X", "Y", "111", "", "", true) + "\n" +
				sysLine("b", "X", "Y", "43", "", "2020-01-01", false) + "\n"},
	}
}

func TestScoreMatchesScorePy(t *testing.T) {
	shared := sharedDir(t)
	dir := t.TempDir()
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			gp := write(t, dir, f.name+".gold.jsonl", f.gold)
			sp := write(t, dir, f.name+".sys.jsonl", f.sys)
			want := pyScore(t, shared, gp, sp, f.args...)
			got := goScore(t, gp, sp, f.args...)
			if got != want {
				t.Errorf("Go output differs from score.py\n--- Go\n%s--- score.py\n%s", got, want)
			}
		})
	}
}

// TestScoreDevGoldPerturbed scores the real gold set against a system file
// derived from it with misses, wrong dates, swapped roles and noise.
func TestScoreDevGoldPerturbed(t *testing.T) {
	shared := sharedDir(t)
	goldPath := filepath.Join(shared, "gold", "dev.jsonl")
	f, err := os.Open(goldPath)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() {
		var d struct {
			ID     string           `json:"id"`
			Events []map[string]any `json:"events"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			n++
			src, _ := e["source"].(string)
			tgt, _ := e["target"].(string)
			cameo, _ := e["cameo"].(string)
			plover, _ := e["plover"].(string)
			date, _ := e["date"].(string)
			neg, _ := e["negated"].(bool)
			switch {
			case n%3 == 0:
				continue // a miss
			case n%4 == 0:
				date = "1999"
			case n%5 == 0:
				src, tgt = tgt, src
			case n%7 == 0:
				cameo = cameo[:2] + "0"
			case n%11 == 0:
				neg = !neg
			}
			if tgt == "" {
				tgt = "-"
			}
			lines = append(lines, sysLine(d.ID, src, tgt, cameo, plover, date, neg))
		}
	}
	if n < 50 {
		t.Fatalf("only %d gold events", n)
	}
	sp := write(t, t.TempDir(), "sys.jsonl", strings.Join(lines, "\n")+"\nnot json\n")
	for _, args := range [][]string{nil, {"--json"}} {
		want := pyScore(t, shared, goldPath, sp, args...)
		if got := goScore(t, goldPath, sp, args...); got != want {
			t.Errorf("Go output differs from score.py\n--- Go\n%s--- score.py\n%s", got, want)
		}
	}
}

func TestScoreRejectsUnknownLevel(t *testing.T) {
	if _, err := Score(&Gold{}, &System{}, "roots"); err == nil {
		t.Error("unknown level accepted")
	}
}

func TestReadGoldErrorsNameTheLine(t *testing.T) {
	_, err := ReadGold(strings.NewReader("{\"id\": \"a\"}\n\n{oops\n"), "g.jsonl")
	if err == nil || !strings.Contains(err.Error(), "g.jsonl line 3") {
		t.Errorf("err = %v, want one naming g.jsonl line 3", err)
	}
}
