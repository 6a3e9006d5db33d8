package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestPetrarchTestCommand(t *testing.T) {
	dir, err := findShared("petrarch")
	if err != nil {
		t.Skip(err)
	}
	var out, errb bytes.Buffer
	if err := runPetrarchTest([]string{"--dir", dir, "--mode", "treebank"}, &out, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	m := regexp.MustCompile(`^treebank: (\d+) of 284 records coded as expected\n`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("output: %s", out.String())
	}
	if n, _ := strconv.Atoi(m[1]); n <= 90 {
		t.Errorf("treebank mode passes %d records, no better than PETRARCH 2's 90", n)
	}
	if err := runPetrarchTest([]string{"--dir", dir, "--mode", "parse"}, &out, &errb); err == nil {
		t.Errorf("--mode parse accepted")
	}
	out.Reset()
	if err := runPetrarchTest([]string{"--dir", dir, "--mode", "treebank", "--show", "DEMO-00"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); !strings.Contains(s, "== DEMO-00 (treebank)") || !strings.Contains(s, `actor 0-1 "Arnor" ARN`) ||
		!strings.Contains(s, "event ARN GON 064") {
		t.Errorf("--show: %s", s)
	}
}

func TestPetrarchCodeCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if err := runPetrarchCode([]string{"x.txt"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "need --dict") {
		t.Errorf("no --dict: %v", err)
	}
	empty := t.TempDir()
	if err := runPetrarchCode([]string{"--dict", "petrarch:" + empty, "x.txt"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "no *verbs.txt") {
		t.Errorf("empty dictionary directory: %v", err)
	}
	dir, err := findShared("petrarch")
	if err != nil {
		t.Skip(err)
	}
	in := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(in, []byte("Arnor signed a trade protocol with Gondor on Monday.\n"), 0o644)
	out.Reset()
	if err := runPetrarchCode([]string{"--dict", "petrarch:" + dir, "--published", "2020-01-02", in}, &out, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	if !strings.Contains(out.String(), `"code":"ARN"`) || !strings.Contains(out.String(), `"cameo":"085"`) {
		t.Errorf("output: %s", out.String())
	}
}
