package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestActorsJSON(t *testing.T) {
	text := "Chinese President Xi Jinping wrote to Kim Jong Un, KCNA said. The two leaders"
	out := captureStdout(t, func() error {
		return runActors([]string{text + " met in 2019.", "--date", "2024-09-09", "--json", "--plain"})
	})
	type obj struct {
		Text, Code, Country, Sector, Name string
		Span                              [2]int
		Members                           []struct{ Code string }
	}
	var got []obj
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var o obj
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		got = append(got, o)
	}
	if len(got) != 4 {
		t.Fatalf("%d mentions, want 4:\n%s", len(got), out)
	}
	if g := got[0]; g.Text != "Chinese President Xi Jinping" || g.Code != "CHNGOV" || g.Name != "Xi Jinping" || g.Span != [2]int{0, 28} {
		t.Errorf("first mention: %+v", g)
	}
	if g := got[2]; g.Code != "PRKMED" || g.Country != "PRK" || g.Sector != "MED" {
		t.Errorf("KCNA: %+v", g)
	}
	if g := got[3]; len(g.Members) != 2 || g.Members[1].Code != "PRKGOV" {
		t.Errorf("the two leaders: %+v", g)
	}
	table := captureStdout(t, func() error { return runActors([]string{"--plain", "--date", "2024-09-09", text}) })
	if !strings.Contains(table, "CHN China") || !strings.Contains(table, "Korean Central News Agency") {
		t.Errorf("table:\n%s", table)
	}
}
