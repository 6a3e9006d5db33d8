package actor

import (
	"sort"
	"strings"
	"testing"
)

// TestDefaultLoads checks the embedded knowledge base: it loads, every
// person-role has a start date, every code is valid.
func TestDefaultLoads(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(kb.countries) < 190 {
		t.Errorf("only %d countries", len(kb.countries))
	}
	roles := 0
	for _, p := range kb.people {
		for _, r := range p.roles {
			roles++
			if r.start == 0 {
				t.Errorf("%s:%d: %s (%s) has no start date", r.file, r.line, p.name, r.text)
			}
			if !kb.validCode(r.code) {
				t.Errorf("%s:%d: %s has invalid code %q", r.file, r.line, p.name, r.code)
			}
		}
	}
	for _, o := range kb.orgs {
		if !kb.validCode(o.Code) {
			t.Errorf("%s:%d: %s has invalid code %q", o.file, o.line, o.Name, o.Code)
		}
	}
	for _, d := range kb.descs {
		if strings.HasPrefix(d.referent, "@") {
			continue
		}
		for _, c := range strings.Split(d.referent, "+") {
			if !kb.validCode(c) {
				t.Errorf("description referent %q invalid", d.referent)
			}
		}
	}
	t.Logf("%d countries, %d organisation lines, %d people with %d roles, %d agents, %d titles, %d descriptions, %d phrases",
		len(kb.countries), len(kb.orgs), len(kb.people), roles, len(kb.agents), len(kb.titles), len(kb.descs), len(kb.phrases))
}

// TestNoCollisions lists phrases that name two different actors with no date
// rule between them. One-word person aliases are exempt: they are resolved
// by the surname rules (document and date).
func TestNoCollisions(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cs := kb.Collisions()
	sort.Strings(cs)
	for _, c := range cs {
		t.Error(c)
	}
}
