package relate

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/sqlite"
)

// month gives the i-th month from January 2020.
func month(i int) string { return fmt.Sprintf("%04d-%02d", 2020+i/12, 1+i%12) }

// series builds a series from per-month event Goldstein values.
func series(months [][]float64) Series {
	var bs []store.Bucket
	for i, vals := range months {
		if len(vals) == 0 {
			continue
		}
		sum := 0.0
		for _, v := range vals {
			sum += v
		}
		bs = append(bs, store.Bucket{Month: month(i), Quad: 1, Events: len(vals), Mentions: len(vals), Goldstein: sum})
	}
	return NewSeries(bs)
}

// noisy draws n events a month around mean, from the spread of Goldstein
// values real CAMEO codes take (standard deviation 3).
func noisy(rng *rand.Rand, months int, mean func(int) float64, minN, maxN int) [][]float64 {
	out := make([][]float64, months)
	for i := range out {
		n := minN + rng.Intn(maxN-minN+1)
		for range n {
			v := mean(i) + 3*rng.NormFloat64()
			out[i] = append(out[i], max(-10, min(10, v)))
		}
	}
	return out
}

func TestFlatSeriesFlagsNothing(t *testing.T) {
	months := make([][]float64, 48)
	for i := range months {
		months[i] = []float64{3.4, 1.0, 1.9, 3.4, 1.0}
	}
	if ch := Detect(series(months), Options{}); len(ch) != 0 {
		t.Errorf("flat series flagged %+v", ch)
	}
}

func TestStepDownFlagsCoolingAtTheStep(t *testing.T) {
	for seed := int64(1); seed <= 10; seed++ {
		rng := rand.New(rand.NewSource(seed))
		months := noisy(rng, 48, func(i int) float64 {
			if i >= 30 {
				return -3
			}
			return 3
		}, 10, 25)
		ch := Detect(series(months), Options{})
		if len(ch) != 1 || ch[0].Month != month(30) || ch[0].Direction != "cooling" || ch[0].Tentative {
			t.Errorf("seed %d: step down at %s gave %+v, want one cooling at the step", seed, month(30), ch)
		}
	}
}

func TestStepUpFlagsWarming(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	months := noisy(rng, 36, func(i int) float64 {
		if i >= 20 {
			return 4
		}
		return -2
	}, 10, 25)
	ch := Detect(series(months), Options{})
	if len(ch) != 1 || ch[0].Month != month(20) || ch[0].Direction != "warming" {
		t.Errorf("step up gave %+v, want warming at %s", ch, month(20))
	}
}

func TestNoiseDoesNotTrigger(t *testing.T) {
	flagged := 0
	for seed := int64(1); seed <= 30; seed++ {
		rng := rand.New(rand.NewSource(seed))
		months := noisy(rng, 60, func(int) float64 { return 1 }, 5, 30)
		// Quiet months with too few events to judge.
		months[17], months[40] = months[17][:1], nil
		if ch := Detect(series(months), Options{}); len(ch) > 0 {
			flagged++
			t.Logf("seed %d: %+v", seed, ch)
		}
	}
	if flagged > 0 {
		t.Errorf("%d of 30 noisy series with a constant mean were flagged", flagged)
	}
}

func TestOneMonthSpikeIsNotAShift(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	months := noisy(rng, 36, func(i int) float64 {
		if i == 20 {
			return -8 // one clash-heavy month
		}
		return 2
	}, 10, 20)
	if ch := Detect(series(months), Options{}); len(ch) != 0 {
		t.Errorf("a single spike was flagged: %+v", ch)
	}
	// The same drop in the last month is tentative.
	months = months[:21]
	ch := Detect(series(months), Options{})
	if len(ch) != 1 || !ch[0].Tentative || ch[0].Direction != "cooling" {
		t.Errorf("a drop in the last month: %+v, want a tentative cooling", ch)
	}
}

func TestNewSeriesFillsMonths(t *testing.T) {
	s := NewSeries([]store.Bucket{
		{Month: "2023-11", Quad: 1, Events: 2, Goldstein: 6},
		{Month: "2023-11", Quad: 4, Events: 1, Goldstein: -10},
		{Month: "2024-02", Quad: 3, Events: 1, Goldstein: -2},
	})
	if len(s) != 4 || s[0].Month != "2023-11" || s[1].Month != "2023-12" || s[2].Month != "2024-01" || s[3].Month != "2024-02" {
		t.Fatalf("months %+v", s)
	}
	if s[0].Events != 3 || s[0].ByQuad != [4]int{2, 0, 0, 1} || s[0].Goldstein != -4.0/3 {
		t.Errorf("first month %+v", s[0])
	}
	if s[1].Events != 0 || s[3].ByQuad[2] != 1 {
		t.Errorf("filled months %+v", s)
	}
}

func TestGapSentence(t *testing.T) {
	g := Gaps([]store.Last{{Cameo: "051", Date: "2024-09-09", Previous: "2024-01-01",
		Event: store.Event{Source: "CHNGOV", SourceCountry: "CHN", Target: "PRKGOV", TargetCountry: "PRK"}}})
	if got, want := g[0].String(), "CHN->PRK 051 on 2024-09-09, first since 2024-01-01, 252 days"; got != want {
		t.Errorf("gap = %q, want %q", got, want)
	}
	g = Gaps([]store.Last{{Cameo: "010", Date: "2024-12-28", Previous: "2024-12-27", Event: store.Event{Source: "KORGOV", Target: "JPNGOV"}}})
	if got, want := g[0].String(), "KORGOV->JPNGOV 010 on 2024-12-28, first since 2024-12-27, 1 day"; got != want {
		t.Errorf("gap = %q, want %q", got, want)
	}
	if d, _ := DaysBetween("2024-06", "2024-09-09"); d != 100 {
		t.Errorf("days from 2024-06 to 2024-09-09 = %d, want 100", d)
	}
	if _, ok := DaysBetween("", "2024"); ok {
		t.Error("an empty date has a distance")
	}
}

func TestNetwork(t *testing.T) {
	g := Network([]store.Dyad{
		{Source: "CHN", Target: "PRK", Events: 4, Mentions: 9, Goldstein: 8},
		{Source: "PRK", Target: "KOR", Events: 3, Goldstein: -21},
		{Source: "RUS", Target: "PRK", Events: 1, Goldstein: 8.1},
	})
	if len(g.Nodes) != 4 || g.Nodes[0] != (Node{"PRK", 8}) || g.Nodes[1] != (Node{"CHN", 4}) {
		t.Errorf("nodes %+v", g.Nodes)
	}
	if len(g.Edges) != 3 || g.Edges[1].Goldstein != -7 {
		t.Errorf("edges %+v", g.Edges)
	}
}

// TestRelationsReport runs the whole report on a store: a monthly history
// of China-North Korea messages with a drop in tone.
func TestRelationsReport(t *testing.T) {
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var evs []store.Event
	for i := range 30 {
		for k := range 6 {
			code, g, quad := "051", 3.4, 1
			if i >= 24 {
				code, g, quad = "112", -2.0, 3
			}
			evs = append(evs, store.Event{ID: fmt.Sprintf("ef_%d_%d", i, k), Source: "CHNGOV", SourceCountry: "CHN", Target: "PRKGOV", TargetCountry: "PRK",
				Cameo: code, Quad: quad, Goldstein: g, Date: fmt.Sprintf("%s-%02d", month(i), 1+3*k), Mentions: 1, Sources: 1, Articles: 1})
		}
	}
	evs = append(evs, store.Event{ID: "ef_other", Source: "RUS", SourceCountry: "RUS", Target: "PRK", TargetCountry: "PRK", Cameo: "057", Quad: 2, Goldstein: 8, Date: "2021-06-19", Mentions: 2})
	if err := st.PutEvents(context.Background(), evs); err != nil {
		t.Fatal(err)
	}
	r, err := Relations(context.Background(), st, "PRK", "CHN", "", 5)
	if err != nil {
		t.Fatal(err)
	}
	if r.Events != 180 || len(r.Series) != 30 || len(r.Recent) != 5 || r.Recent[0].Date != "2022-06-16" {
		t.Errorf("report: %d events, %d months, %d recent", r.Events, len(r.Series), len(r.Recent))
	}
	if len(r.Changes) != 1 || r.Changes[0].Month != "2022-01" || r.Changes[0].Direction != "cooling" {
		t.Errorf("changes %+v, want cooling in 2022-01", r.Changes)
	}
	if len(r.Gaps) != 2 || r.Gaps[0].Cameo != "112" || r.Gaps[1].String() != "CHN->PRK 051 on 2021-12-16, first since 2021-12-13, 3 days" {
		t.Errorf("gaps %+v", r.Gaps)
	}
	actor, err := Relations(context.Background(), st, "PRK", "", "2021", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(actor.Partners.Edges) != 2 || actor.Partners.Nodes[0].ID != "PRK" {
		t.Errorf("PRK's partners %+v", actor.Partners)
	}
}
