// Package relate answers questions about relations between actors from the
// event store: monthly series by QuadClass with mean Goldstein, the last
// event of a kind and the gap before it, warming and cooling against a
// dyad's own baseline, and the busiest dyads and an actor's partners as a
// network.
package relate

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/timex"
)

// Point is one month of a series.
type Point struct {
	Month    string `json:"month"` // "2024-09"
	Events   int    `json:"events"`
	Mentions int    `json:"mentions"`
	// ByQuad counts events by QuadClass: [0] verbal cooperation ... [3]
	// material conflict.
	ByQuad [4]int `json:"by_quad"`
	// Goldstein is the mean Goldstein value of the month's events; 0 when
	// there are none.
	Goldstein float64 `json:"goldstein"`
}

// Series is a run of consecutive months, empty months included.
type Series []Point

// NewSeries builds a series from store buckets, filling the months between
// the first and the last with empty points.
func NewSeries(buckets []store.Bucket) Series {
	if len(buckets) == 0 {
		return nil
	}
	first, last := buckets[0].Month, buckets[0].Month
	for _, b := range buckets {
		first, last = min(first, b.Month), max(last, b.Month)
	}
	idx := map[string]int{}
	var s Series
	for m := first; m <= last; m = nextMonth(m) {
		idx[m] = len(s)
		s = append(s, Point{Month: m})
		if len(s) > 12*1000 {
			break // a malformed month string; never loop forever
		}
	}
	sums := make([]float64, len(s))
	for _, b := range buckets {
		i, ok := idx[b.Month]
		if !ok {
			continue
		}
		p := &s[i]
		p.Events += b.Events
		p.Mentions += b.Mentions
		if b.Quad >= 1 && b.Quad <= 4 {
			p.ByQuad[b.Quad-1] += b.Events
		}
		sums[i] += b.Goldstein
	}
	for i := range s {
		if s[i].Events > 0 {
			s[i].Goldstein = sums[i] / float64(s[i].Events)
		}
	}
	return s
}

func nextMonth(m string) string {
	var y, mo int
	if _, err := fmt.Sscanf(m, "%d-%d", &y, &mo); err != nil {
		return "9999-99"
	}
	mo++
	if mo > 12 {
		y, mo = y+1, 1
	}
	return fmt.Sprintf("%04d-%02d", y, mo)
}

// Gap is the latest event of a kind in a selection and the time since the
// one before it.
type Gap struct {
	Cameo    string `json:"cameo"`
	Name     string `json:"name"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	Date     string `json:"date"`
	Previous string `json:"previous,omitempty"`
	// Days from Previous to Date (each read as the first day of its
	// period); -1 when there is no previous event.
	Days  int         `json:"days"`
	Event store.Event `json:"event"`
}

// String reads like a reporter's sentence:
// "CHN->PRK 051 on 2024-09-09, first since 2024-01-01, 252 days".
func (g Gap) String() string {
	s := fmt.Sprintf("%s->%s %s on %s", g.Source, g.Target, g.Cameo, g.Date)
	if g.Previous == "" {
		return s + ", the first on record"
	}
	unit := "days"
	if g.Days == 1 {
		unit = "day"
	}
	return fmt.Sprintf("%s, first since %s, %d %s", s, g.Previous, g.Days, unit)
}

// DaysBetween counts days from a to b, ISO dates of any precision read as
// the first day of their period; ok is false when either does not parse.
func DaysBetween(a, b string) (int, bool) {
	da, err1 := timex.ParseISO(a)
	db, err2 := timex.ParseISO(b)
	if err1 != nil || err2 != nil || da.IsZero() || db.IsZero() {
		return 0, false
	}
	return int(math.Round(db.Time().Sub(da.Time()).Hours() / 24)), true
}

// Gaps turns the store's latest-per-code answers into gaps, named by the
// countries (or codes) of the latest event's actors.
func Gaps(lasts []store.Last) []Gap {
	out := make([]Gap, 0, len(lasts))
	for _, l := range lasts {
		g := Gap{Cameo: l.Cameo, Date: l.Date, Previous: l.Previous, Days: -1, Event: l.Event,
			Source: countryOr(l.Event.SourceCountry, l.Event.Source), Target: countryOr(l.Event.TargetCountry, l.Event.Target)}
		if inf, ok := cameo.Lookup(l.Cameo); ok {
			g.Name = inf.Name
		}
		if d, ok := DaysBetween(l.Previous, l.Date); ok {
			g.Days = d
		}
		out = append(out, g)
	}
	return out
}

func countryOr(country, code string) string {
	if country != "" {
		return country
	}
	if code == "" {
		return "-"
	}
	return code
}

// Change detection: each month's mean Goldstein is compared with the months
// before it in the current regime (at most Window months, at least MinBase
// of them with MinEvents events): z = (mean - baseline mean) / max(baseline
// standard deviation, MinStd). A month is flagged as warming (z > 0) or
// cooling (z < 0) when |z| >= Threshold and the next month with events
// confirms it (same sign, |z| >= Threshold against the same baseline): a
// lasting shift, not a one-month spike of a single clash or summit. The
// last month of a series cannot be confirmed; it is flagged Tentative when
// |z| >= 1.5 Threshold. A flagged month starts a new regime: the baseline
// restarts there, so a lasting shift is flagged once, at the month it
// begins, and later months are judged against the new level. MinStd keeps a
// very steady history from flagging small wobbles.

// Options tune Detect; the zero value uses the defaults.
type Options struct {
	Window, MinBase, MinEvents int
	Threshold, MinStd          float64
}

// Defaults of Options.
const (
	DefaultWindow    = 12
	DefaultMinBase   = 6
	DefaultMinEvents = 3
	DefaultThreshold = 3.0
	DefaultMinStd    = 1.0
)

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.MinBase <= 0 {
		o.MinBase = DefaultMinBase
	}
	if o.MinEvents <= 0 {
		o.MinEvents = DefaultMinEvents
	}
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.MinStd <= 0 {
		o.MinStd = DefaultMinStd
	}
	return o
}

// Change is a month whose tone departs from the dyad's baseline.
type Change struct {
	Month     string  `json:"month"`
	Direction string  `json:"direction"` // "warming" or "cooling"
	Mean      float64 `json:"mean"`      // the month's mean Goldstein
	Baseline  float64 `json:"baseline"`  // the baseline's mean
	Std       float64 `json:"std"`       // the baseline's standard deviation
	Z         float64 `json:"z"`
	// Tentative is set on the series' last month, which no later month
	// confirms yet.
	Tentative bool `json:"tentative,omitempty"`
}

// Detect flags warming and cooling months in s; see Options.
func Detect(s Series, opt Options) []Change {
	opt = opt.withDefaults()
	var out []Change
	start := 0 // first month of the current regime
	for i, p := range s {
		if p.Events < opt.MinEvents {
			continue
		}
		var base []float64
		for j := i - 1; j >= start && j >= i-opt.Window; j-- {
			if s[j].Events >= opt.MinEvents {
				base = append(base, s[j].Goldstein)
			}
		}
		if len(base) < opt.MinBase {
			continue
		}
		mean, std := meanStd(base)
		scale := math.Max(std, opt.MinStd)
		z := (p.Goldstein - mean) / scale
		if math.Abs(z) < opt.Threshold {
			continue
		}
		next := -1
		for k := i + 1; k < len(s); k++ {
			if s[k].Events >= opt.MinEvents {
				next = k
				break
			}
		}
		tentative := false
		if next < 0 {
			if math.Abs(z) < 1.5*opt.Threshold {
				continue
			}
			tentative = true
		} else if zn := (s[next].Goldstein - mean) / scale; zn*z <= 0 || math.Abs(zn) < opt.Threshold {
			continue
		}
		dir := "warming"
		if z < 0 {
			dir = "cooling"
		}
		out = append(out, Change{Month: p.Month, Direction: dir, Mean: p.Goldstein, Baseline: mean, Std: std, Z: z, Tentative: tentative})
		start = i
	}
	return out
}

func meanStd(xs []float64) (mean, std float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		std += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(std / float64(len(xs)))
}

// Node is an actor in a network.
type Node struct {
	ID     string `json:"id"`
	Events int    `json:"events"` // events it takes part in, either side
}

// Edge is a directed dyad.
type Edge struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Events    int     `json:"events"`
	Mentions  int     `json:"mentions"`
	Goldstein float64 `json:"goldstein"` // mean
}

// Graph is a weighted directed network of actors.
type Graph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Network builds a graph from dyad counts, keeping their order; nodes come
// busiest first.
func Network(dyads []store.Dyad) Graph {
	g := Graph{Nodes: []Node{}, Edges: []Edge{}}
	idx := map[string]int{}
	node := func(id string, n int) {
		i, ok := idx[id]
		if !ok {
			i = len(g.Nodes)
			idx[id] = i
			g.Nodes = append(g.Nodes, Node{ID: id})
		}
		g.Nodes[i].Events += n
	}
	for _, d := range dyads {
		e := Edge{Source: d.Source, Target: d.Target, Events: d.Events, Mentions: d.Mentions}
		if d.Events > 0 {
			e.Goldstein = d.Goldstein / float64(d.Events)
		}
		g.Edges = append(g.Edges, e)
		node(d.Source, d.Events)
		if d.Target != d.Source {
			node(d.Target, d.Events)
		}
	}
	sortNodes(g.Nodes)
	return g
}

func sortNodes(ns []Node) {
	for i := 1; i < len(ns); i++ {
		for j := i; j > 0 && (ns[j].Events > ns[j-1].Events || ns[j].Events == ns[j-1].Events && ns[j].ID < ns[j-1].ID); j-- {
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
}

// Report is everything `dyad relations` shows for a dyad (B set) or an
// actor (B empty).
type Report struct {
	A       string   `json:"a"`
	B       string   `json:"b,omitempty"`
	Since   string   `json:"since,omitempty"`
	Events  int      `json:"events"`
	Series  Series   `json:"series"`
	Gaps    []Gap    `json:"gaps"`
	Changes []Change `json:"changes"`
	// Partners is the actor's network (B empty) or the two-way volume of
	// the dyad.
	Partners Graph         `json:"partners"`
	Recent   []store.Event `json:"recent"`
}

// Relations assembles a Report from the store; recent caps the latest
// events listed.
func Relations(ctx context.Context, st store.Store, a, b, since string, recent int) (Report, error) {
	q := store.Query{A: a, B: b, Since: since}
	r := Report{A: a, B: b, Since: since, Gaps: []Gap{}, Changes: []Change{}, Recent: []store.Event{}}
	buckets, err := st.Monthly(ctx, q)
	if err != nil {
		return r, err
	}
	r.Series = NewSeries(buckets)
	if r.Series == nil {
		r.Series = Series{}
	}
	r.Changes = append(r.Changes, Detect(r.Series, Options{})...)
	lasts, err := st.Latest(ctx, q)
	if err != nil {
		return r, err
	}
	r.Gaps = append(r.Gaps, Gaps(lasts)...)
	dyads, err := st.Dyads(ctx, q, 0)
	if err != nil {
		return r, err
	}
	for _, d := range dyads {
		r.Events += d.Events
	}
	r.Partners = Network(dyads[:min(len(dyads), 50)])
	q.Limit = recent
	err = st.Events(ctx, q, func(e store.Event) error { r.Recent = append(r.Recent, e); return nil })
	return r, err
}

// Elapsed is the time from a date to now in days, for "last contact N days
// ago"; -1 when the date does not parse.
func Elapsed(date string, now time.Time) int {
	d, err := timex.ParseISO(date)
	if err != nil || d.IsZero() {
		return -1
	}
	return int(now.Sub(d.Time()).Hours() / 24)
}
