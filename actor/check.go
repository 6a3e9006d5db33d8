package actor

import "fmt"

// validCode reports whether a code is a known state or IGO/NGO/MNC followed
// by whole three-letter role codes or a mnemonic.
func (kb *KB) validCode(code string) bool {
	if !isCode(code) || !kb.validCountry(code[:3]) {
		return false
	}
	return true
}

// Collisions lists knowledge-base phrases that name two different actors
// without a date rule to tell them apart: two states, a state and an
// organisation, two organisations in force at the same time, two people
// sharing a full name with overlapping roles. One-word aliases of people
// are left out: the surname rules choose among them by document and date.
func (kb *KB) Collisions() []string {
	var out []string
	for i := range kb.phrases {
		p := &kb.phrases[i]
		type who struct {
			desc string
			d    dated
			code string
		}
		var ws []who
		for _, e := range p.ents {
			switch e.kind {
			case eCountry, eAdjectival, eSeat:
				c := kb.countries[e.id]
				ws = append(ws, who{desc: "country " + c.iso, code: c.iso})
			case eOrg:
				o := kb.orgs[e.id]
				ws = append(ws, who{desc: fmt.Sprintf("org %s (%s:%d)", o.Code, o.file, o.line), d: o.dated, code: o.Code + "|" + o.Name})
			case ePerson:
				pp := kb.people[e.id]
				ws = append(ws, who{desc: fmt.Sprintf("person %s (%s:%d)", pp.name, pp.roles[0].file, pp.roles[0].line), d: span(pp.roles), code: "person " + pp.name})
			case eAgent, eTitle:
				// Role words: one phrase may be both a title and an agent.
			case eDesc:
				ws = append(ws, who{desc: "description " + kb.descs[e.id].referent, code: "desc " + kb.descs[e.id].referent})
			}
		}
		for a := 0; a < len(ws); a++ {
			for b := a + 1; b < len(ws); b++ {
				if ws[a].code == ws[b].code {
					continue
				}
				if !overlap(ws[a].d, ws[b].d) {
					continue
				}
				// The same organisation under several codes over time is
				// dated; different organisations sharing a name collide.
				out = append(out, fmt.Sprintf("%q names both %s and %s", p.text, ws[a].desc, ws[b].desc))
			}
		}
	}
	return out
}

func span(rs []role) dated {
	d := dated{start: rs[0].start}
	for _, r := range rs {
		if r.end == 0 {
			return dated{start: d.start}
		}
		if r.end > d.end {
			d.end = r.end
		}
	}
	return d
}

func overlap(a, b dated) bool {
	aEnd, bEnd := a.end, b.end
	if aEnd == 0 {
		aEnd = 1 << 30
	}
	if bEnd == 0 {
		bEnd = 1 << 30
	}
	return a.start <= bEnd && b.start <= aEnd
}
