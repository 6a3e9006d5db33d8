package corpus

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestGenerateIsDeterministicAndLargeEnough(t *testing.T) {
	a := Generate(Options{Seed: 7, Bytes: 200 << 10})
	b := Generate(Options{Seed: 7, Bytes: 200 << 10})
	c := Generate(Options{Seed: 8, Bytes: 200 << 10})
	total := 0
	for i := range a {
		total += len(a[i].Text)
		if a[i] != b[i] {
			t.Fatalf("doc %d differs between runs with one seed", i)
		}
		if strings.ContainsAny(a[i].Text, "{}") {
			t.Fatalf("unfilled slot in %q", a[i].Text)
		}
		if !strings.Contains(a[i].Text, " -- ") {
			t.Fatalf("no dateline: %q", a[i].Text[:60])
		}
	}
	if total < 200<<10 {
		t.Errorf("%d bytes, want at least %d", total, 200<<10)
	}
	if len(a) == len(c) && a[0] == c[0] {
		t.Error("another seed gave the same corpus")
	}
}

func TestNamesAndJSONL(t *testing.T) {
	st := Names(func(iso string) (string, bool) {
		if iso == "PRK" {
			return "DPRK", true
		}
		return "", false
	})
	docs := Generate(Options{Seed: 1, Bytes: 50 << 10, States: st})
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, docs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != len(docs) {
		t.Fatalf("%d lines for %d docs", len(lines), len(docs))
	}
	var d Doc
	if err := json.Unmarshal([]byte(lines[0]), &d); err != nil || d != docs[0] {
		t.Fatalf("line 1 does not read back: %v", err)
	}
	if !strings.Contains(buf.String(), "DPRK") || strings.Contains(buf.String(), "North Korea ") {
		t.Error("KB name not used")
	}
}
