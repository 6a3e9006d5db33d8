package cameo

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// sharedData finds ../shared/data by walking up from the test's directory;
// the third-party tables live there, outside the repository.
func sharedData(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "data")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skip("shared/data not found")
		}
		dir = up
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("source table missing: %v", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEveryGoldsteinCodeMatches(t *testing.T) {
	n := 0
	for i, line := range readLines(t, filepath.Join(sharedData(t), "cameo", "goldstein.tsv")) {
		f := strings.Fields(line)
		if len(f) != 2 || f[0] == "CAMEOEVENTCODE" {
			continue
		}
		want, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			t.Fatalf("goldstein.tsv line %d: %v", i+1, err)
		}
		in, ok := Lookup(f[0])
		if !ok {
			t.Errorf("code %s of goldstein.tsv missing", f[0])
			continue
		}
		if in.Goldstein != want {
			t.Errorf("%s: Goldstein %v, source says %v", f[0], in.Goldstein, want)
		}
		n++
	}
	if n < 300 {
		t.Fatalf("only %d codes read from goldstein.tsv", n)
	}
}

func TestPloverTypesMatchSource(t *testing.T) {
	seen := map[string]bool{}
	for _, line := range readLines(t, filepath.Join(sharedData(t), "cameo", "CAMEO2PLOVER-2021.txt")) {
		line, _, _ = strings.Cut(line, "#")
		code, rest, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok || len(code) < 3 || seen[code] {
			continue // headers, comments, and the repeated 175 line
		}
		seen[code] = true
		parts := strings.Split(rest, ",")
		typ := strings.TrimSpace(parts[0])
		mode := ""
		if len(parts) > 1 {
			mode = strings.TrimSpace(parts[1])
		}
		if mode == "pro_autocracy" { // a context value misplaced in the mode column
			mode = ""
		}
		in, ok := Lookup(code)
		if !ok {
			t.Errorf("code %s of the PLOVER table missing", code)
			continue
		}
		if in.Plover != typ || in.Mode != mode {
			t.Errorf("%s: PLOVER %q/%q, source says %q/%q", code, in.Plover, in.Mode, typ, mode)
		}
	}
	if len(seen) < 200 {
		t.Fatalf("only %d codes read from the PLOVER table", len(seen))
	}
}

func TestSpotChecks(t *testing.T) {
	cases := []Info{
		{Code: "051", Goldstein: 3.4, Quad: 1, Plover: "SUPPORT"},
		{Code: "163", Goldstein: -8, Quad: 4, Plover: "COERCE", Mode: "restrict"},
		{Code: "042", Goldstein: 1.9, Quad: 1, Plover: "CONSULT", Mode: "visit"},
		{Code: "0311", Goldstein: 5.2, Quad: 1, Plover: "AGREE"},
		{Code: "0874", Goldstein: 10, Quad: 2, Plover: "RETREAT", Mode: "disarm"},
		{Code: "1712", Goldstein: -9.2, Quad: 4, Plover: "ASSAULT", Mode: "seize"},
		{Code: "112", Goldstein: -2, Quad: 3, Plover: "ACCUSE", Mode: "disapprove"},
		{Code: "010", Goldstein: 0, Quad: 1, Plover: ""},
		{Code: "0234", Goldstein: 3.4, Quad: 1, Plover: "REQUEST"}, // ANNOTATION.md: appeals are REQUEST
		{Code: "018", Goldstein: 3.4, Quad: 1, Plover: "SUPPORT"},  // ANNOTATION.md: condolences are SUPPORT
		{Code: "19", Goldstein: -10, Quad: 4, Plover: "ASSAULT"},
		{Code: "08", Goldstein: 5, Quad: 2, Plover: "CONCEDE"},
		{Code: "13", Goldstein: -6, Quad: 3, Plover: "THREATEN"},
	}
	for _, c := range cases {
		in, ok := Lookup(c.Code)
		if !ok {
			t.Errorf("%s missing", c.Code)
			continue
		}
		if in.Goldstein != c.Goldstein || in.Quad != c.Quad || in.Plover != c.Plover || in.Mode != c.Mode {
			t.Errorf("%s = %+v, want %+v", c.Code, in, c)
		}
		if in.Name == "" {
			t.Errorf("%s has no name", c.Code)
		}
	}
}

func TestTableShape(t *testing.T) {
	all := Codes()
	if len(all) < 300 {
		t.Fatalf("%d codes", len(all))
	}
	roots := 0
	for _, c := range all {
		in, _ := Lookup(c)
		if in.Quad != QuadOf(c) {
			t.Errorf("%s: quad %d, root says %d", c, in.Quad, QuadOf(c))
		}
		switch len(c) {
		case 2:
			roots++
		case 3:
			if !Valid(Root(c)) {
				t.Errorf("%s: root %s missing", c, Root(c))
			}
		case 4:
			if !Valid(Base(c)) {
				t.Errorf("%s: base %s missing", c, Base(c))
			}
		}
	}
	if roots != 20 {
		t.Errorf("%d roots, want 20", roots)
	}
}

func TestRootAndValid(t *testing.T) {
	for code, want := range map[string]string{"0311": "03", "051": "05", "20": "20", "2042": "20", "21": "", "00": "", "x1": "", "1": "", "": ""} {
		if got := Root(code); got != want {
			t.Errorf("Root(%q) = %q, want %q", code, got, want)
		}
	}
	for code, want := range map[string]bool{"051": true, "0311": true, "05": true, "0519": false, "51": false, "": false, "1213": true, "999": false} {
		if got := Valid(code); got != want {
			t.Errorf("Valid(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestParseRejectsBadLines(t *testing.T) {
	for _, s := range []string{
		"051\t1\t3.4\tSUPPORT\t\n",                 // five fields
		"05x\t1\t3.4\tSUPPORT\t\tPraise\n",         // bad code
		"051\t7\t3.4\tSUPPORT\t\tPraise\n",         // bad quad
		"051\t1\tlots\tSUPPORT\t\tPraise\n",        // bad value
		"051\t1\t3.4\t\t\ta\n051\t1\t3.4\t\t\tb\n", // duplicate
	} {
		if _, err := parse(s); err == nil {
			t.Errorf("parse(%q) accepted a bad table", s)
		}
	}
}
