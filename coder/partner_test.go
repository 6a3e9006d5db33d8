package coder

import "testing"

// Who an act with no target named falls on, on sentences of our own.

func TestCoSubjectsAreNoTargets(t *testing.T) {
	// Seoul and Tokyo condemn together: the story's other side is the
	// target, never one of them.
	text := "North Korea fired a ballistic missile into the sea on Monday. Seoul and Tokyo condemned the launch and called for an emergency meeting."
	for _, e := range codeText(t, "2025-03-12", text) {
		if e.Cameo[:2] != "11" {
			continue
		}
		if e.Target != nil && (e.Target.Country == "KOR" || e.Target.Country == "JPN") {
			t.Errorf("%s: a co-subject taken as the target", brief(e))
		}
	}
	wantCoded(t, "2025-03-12", text, "111", "JPN", "PRK")
}
