package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/nlp"
)

// RootRow is the root-level score of one CAMEO root.
type RootRow struct {
	Root             string
	Gold, System, TP int
}

// PhenomenonRow counts, for one phenomenon, the gold events showing it and
// how many were found, and the system events showing it and how many were
// right (all at the root level). DateSame/DateN give date accuracy over its
// matches.
type PhenomenonRow struct {
	Name                    string
	Gold, Found             int
	System, Correct         int
	DateSame, DateN         int
	goldHas, sysHas         func(*Item) bool
	goldMatched, sysMatched map[*Item]bool
}

// Breakdown explains a root-level score: per root, per phenomenon, and the
// events behind the errors.
type Breakdown struct {
	Roots       []RootRow
	Phenomena   []PhenomenonRow
	Misses      []*Item // gold events no system event matched
	FalseAlarms []*Item // system events (of gold documents) matching no gold event
	gold        *Gold
	sys         *System
}

// Analyse builds the breakdown of system events against gold.
func Analyse(g *Gold, s *System) *Breakdown {
	_, _, _, pairs := Match(g, s, "root")
	gm := map[*Item]*Item{}
	sm := map[*Item]bool{}
	for _, p := range pairs {
		gm[p.Gold] = p.Sys
		sm[p.Sys] = true
	}
	b := &Breakdown{gold: g, sys: s}
	roots := map[string]*RootRow{}
	row := func(c string) *RootRow {
		r := prefix(c, 2)
		if roots[r] == nil {
			roots[r] = &RootRow{Root: r}
		}
		return roots[r]
	}
	goldSym, goldComp := relations(g.Docs, func(d *GoldDoc) []Item { return d.Events }, nil)
	sysSym, sysComp := relations(g.Docs, func(d *GoldDoc) []Item { return s.Docs[d.ID] }, func(e *Item) string { return e.Mention })
	pub := map[string]string{}
	for _, d := range g.Docs {
		pub[d.ID] = d.Published
	}
	datedAway := func(e *Item) bool { return e.Date != "" && pub[e.Doc] != "" && e.Date != pub[e.Doc] }
	b.Phenomena = []PhenomenonRow{
		{Name: "all", goldHas: all, sysHas: all},
		{Name: "negated", goldHas: func(e *Item) bool { return e.Neg }, sysHas: func(e *Item) bool { return e.Neg }},
		{Name: "modality future", goldHas: modality("future"), sysHas: modality("future")},
		{Name: "modality hypothetical", goldHas: modality("hypothetical"), sysHas: modality("hypothetical")},
		{Name: "modality alleged", goldHas: modality("alleged"), sysHas: modality("alleged")},
		{Name: "compound mention", goldHas: in(goldComp), sysHas: in(sysComp)},
		{Name: "symmetric pair", goldHas: in(goldSym), sysHas: in(sysSym)},
		{Name: "no target", goldHas: func(e *Item) bool { return e.Tgt == "" }, sysHas: func(e *Item) bool { return e.Tgt == "" }},
		{Name: "date != published", goldHas: datedAway, sysHas: datedAway},
	}
	for _, d := range g.Docs {
		for i := range d.Events {
			e := &d.Events[i]
			row(e.Cameo).Gold++
			if gm[e] != nil {
				row(e.Cameo).TP++
			} else {
				b.Misses = append(b.Misses, e)
			}
			for k := range b.Phenomena {
				p := &b.Phenomena[k]
				if !p.goldHas(e) {
					continue
				}
				p.Gold++
				if se := gm[e]; se != nil {
					p.Found++
					if e.Date != "" {
						p.DateN++
						if se.Date == e.Date {
							p.DateSame++
						}
					}
				}
			}
		}
		se := s.Docs[d.ID]
		for i := range se {
			e := &se[i]
			row(e.Cameo).System++
			if !sm[e] {
				b.FalseAlarms = append(b.FalseAlarms, e)
			}
			for k := range b.Phenomena {
				p := &b.Phenomena[k]
				if p.sysHas(e) {
					p.System++
					if sm[e] {
						p.Correct++
					}
				}
			}
		}
	}
	for _, r := range roots {
		b.Roots = append(b.Roots, *r)
	}
	sort.Slice(b.Roots, func(i, j int) bool { return b.Roots[i].Root < b.Roots[j].Root })
	return b
}

func all(*Item) bool { return true }

func modality(m string) func(*Item) bool { return func(e *Item) bool { return e.Modality == m } }

func in(set map[*Item]bool) func(*Item) bool { return func(e *Item) bool { return set[e] } }

// relations finds the events of symmetric pairs (another event of the same
// sentence and root with source and target swapped) and of compound mentions
// (several records of one mention: the same mention id where records carry
// one, else the same sentence and code).
func relations(docs []*GoldDoc, events func(*GoldDoc) []Item, mention func(*Item) string) (sym, comp map[*Item]bool) {
	sym, comp = map[*Item]bool{}, map[*Item]bool{}
	for _, d := range docs {
		evs := events(d)
		groups := map[string][]*Item{}
		for i := range evs {
			e := &evs[i]
			k := ""
			if mention != nil {
				k = mention(e)
			}
			if k == "" {
				k = fmt.Sprintf("%d\x00%s", e.Sentence, e.Cameo)
			}
			groups[k] = append(groups[k], e)
			for j := range evs {
				o := &evs[j]
				if i != j && o.Sentence == e.Sentence && o.Src == e.Tgt && o.Tgt == e.Src && e.Src != e.Tgt &&
					prefix(o.Cameo, 2) == prefix(e.Cameo, 2) {
					sym[e] = true
				}
			}
		}
		for _, g := range groups {
			if len(g) > 1 {
				for _, e := range g {
					comp[e] = true
				}
			}
		}
	}
	return sym, comp
}

func ratio(a, b int) string {
	if b == 0 {
		return "    -"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

// Write prints the breakdown for a person: per-root and per-phenomenon
// tables, then every miss and false alarm with its sentence.
func (b *Breakdown) Write(w io.Writer) error {
	var sb strings.Builder
	sb.WriteString("\nper CAMEO root (root-level matching)\nroot  name                         gold  sys   tp      P      R     F1\n")
	for _, r := range b.Roots {
		p, rc, f := prf(r.TP, r.Gold, r.System)
		fmt.Fprintf(&sb, "%-5s %-28s %4d %4d %4d  %.3f  %.3f  %.3f\n", r.Root, rootName(r.Root), r.Gold, r.System, r.TP, p, rc, f)
	}
	sb.WriteString("\nper phenomenon (gold: found/recall; system: correct/precision; date accuracy over matches)\n")
	sb.WriteString("phenomenon              gold found recall   sys correct  prec   dates\n")
	for _, p := range b.Phenomena {
		fmt.Fprintf(&sb, "%-22s %5d %5d  %s %5d %7d  %s  %s\n", p.Name, p.Gold, p.Found, ratio(p.Found, p.Gold),
			p.System, p.Correct, ratio(p.Correct, p.System), ratio(p.DateSame, p.DateN))
	}
	texts := map[string][]string{}
	sentence := func(e *Item) string {
		if e.Text != "" {
			return e.Text
		}
		// Prefer the coder's own segmentation, seen in its records.
		for _, o := range b.sys.Docs[e.Doc] {
			if o.Sentence == e.Sentence && o.Text != "" {
				return o.Text
			}
		}
		d := b.gold.Doc(e.Doc)
		if d == nil || e.Sentence < 0 {
			return ""
		}
		if _, ok := texts[e.Doc]; !ok {
			for _, s := range nlp.Segment(d.Text) {
				texts[e.Doc] = append(texts[e.Doc], d.Text[s.Start:s.End])
			}
		}
		if ss := texts[e.Doc]; e.Sentence < len(ss) {
			return ss[e.Sentence]
		}
		return ""
	}
	describe := func(e *Item) {
		fmt.Fprintf(&sb, "s%d %s->%s %s %s date=%s", e.Sentence, orDash(e.Src), orDash(e.Tgt), e.Cameo, e.Plover, orDash(e.Date))
		if e.Neg {
			sb.WriteString(" negated")
		}
		if e.Modality != "" && e.Modality != "asserted" {
			sb.WriteString(" " + e.Modality)
		}
	}
	// The other side's events of the same sentence show what was coded
	// instead (wrong role, wrong code) or what the annotator meant.
	list := func(title, tag, otherTag string, items []*Item, others func(doc string) []Item) {
		fmt.Fprintf(&sb, "\n%s (%d)\n", title, len(items))
		for _, e := range items {
			fmt.Fprintf(&sb, "%s %s ", tag, e.Doc)
			describe(e)
			if e.Note != "" {
				sb.WriteString("  # " + e.Note)
			}
			sb.WriteString("\n")
			if t := sentence(e); t != "" {
				fmt.Fprintf(&sb, "    | %s\n", strings.Join(strings.Fields(t), " "))
			}
			if e.Sentence < 0 {
				continue
			}
			near := others(e.Doc)
			for i := range near {
				if near[i].Sentence == e.Sentence {
					fmt.Fprintf(&sb, "    ~ %s ", otherTag)
					describe(&near[i])
					sb.WriteString("\n")
				}
			}
		}
	}
	list("misses: gold events not found", "MISS", "system", b.Misses, func(doc string) []Item { return b.sys.Docs[doc] })
	list("false alarms: system events matching no gold event", "FALSE", "gold", b.FalseAlarms, func(doc string) []Item {
		if d := b.gold.Doc(doc); d != nil {
			return d.Events
		}
		return nil
	})
	_, err := io.WriteString(w, sb.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
