package main

import (
	"bytes"
	"strings"
	"testing"
)

// dyad bench codes a small generated corpus twice and reports each run and
// the median; a run count below one is refused.
func TestBenchRuns(t *testing.T) {
	var out, errb bytes.Buffer
	if err := runBench([]string{"--size", "30KB", "--workers", "1", "--runs", "2"}, &out, &errb); err != nil {
		t.Fatalf("bench: %v\n%s", err, errb.String())
	}
	got := out.String()
	for _, want := range []string{"run 1 ", "run 2 ", "(median of 2 runs)", "per core ", "0 inputs failed"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, " 0 events") {
		t.Errorf("no events coded:\n%s", got)
	}
	if err := runBench([]string{"--runs", "0"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "--runs") {
		t.Errorf("--runs 0 accepted (err %v)", err)
	}
}
