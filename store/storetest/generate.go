package storetest

import (
	"context"
	"fmt"
	"math/rand"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/store"
)

// genCountries are the synthetic store's actors, busiest first: the pairs
// among the first few get most of the events, as news coverage does.
var genCountries = []string{
	"CHN", "PRK", "KOR", "JPN", "USA", "RUS", "UKR", "ISR", "IRN", "IND", "PAK", "TWN", "GBR", "FRA", "DEU",
	"TUR", "SYR", "IRQ", "SAU", "EGY", "AFG", "VNM", "PHL", "IDN", "AUS", "BRA", "MEX", "CAN", "ZAF", "NGA",
	"ETH", "SDN", "KEN", "POL", "ITA", "ESP", "MMR", "THA", "MYS", "SGP", "NZL", "ARG", "COL", "VEN", "CUB",
	"LBN", "JOR", "QAT", "ARE", "YEM", "LBY", "MLI", "NER", "BFA", "IGO", "NGO",
}

var genSectors = []string{"", "GOV", "GOV", "GOV", "MIL", "MED", "OPP", "BUS", "REB"}

// genCodes are CAMEO codes weighted roughly as they occur in news: talk and
// statements far more often than force.
var genCodes = func() []string {
	w := map[string]int{"010": 30, "020": 8, "036": 10, "040": 20, "042": 10, "043": 8, "046": 6, "051": 6, "057": 4,
		"061": 3, "070": 2, "071": 2, "080": 2, "090": 3, "100": 3, "111": 8, "112": 8, "120": 3, "130": 4, "138": 3,
		"140": 3, "160": 3, "163": 3, "172": 2, "173": 2, "180": 2, "190": 3, "193": 2, "195": 2, "200": 1}
	var out []string
	for _, c := range cameo.Codes() {
		for range w[c] {
			out = append(out, c)
		}
	}
	return out
}()

// Generate puts n synthetic events into s through PutEvents, batch events a
// transaction: dates from 2015 to 2024, a Zipf distribution over the
// countries of genCountries for source and target, CAMEO codes weighted by
// frequency. The same seed gives the same store.
func Generate(ctx context.Context, s store.Store, n, batch int, seed int64) error {
	if batch <= 0 {
		batch = 50000
	}
	rng := rand.New(rand.NewSource(seed))
	z := rand.NewZipf(rng, 1.1, 1, uint64(len(genCountries)-1))
	evs := make([]store.Event, 0, batch)
	for i := range n {
		a, b := int(z.Uint64()), int(z.Uint64())
		if a == b {
			b = (b + 1 + rng.Intn(5)) % len(genCountries)
		}
		sc, tc := genCountries[a], genCountries[b]
		code := genCodes[rng.Intn(len(genCodes))]
		inf, _ := cameo.Lookup(code)
		date := fmt.Sprintf("%04d-%02d-%02d", 2015+rng.Intn(10), 1+rng.Intn(12), 1+rng.Intn(28))
		if rng.Intn(20) == 0 {
			date = date[:7] // some events dated only to the month
		}
		m := 1 + int(rng.ExpFloat64()*2)
		e := store.Event{
			ID: fmt.Sprintf("ef_syn%09d", i), Source: sc + genSectors[rng.Intn(len(genSectors))], SourceCountry: sc,
			Target: tc + genSectors[rng.Intn(len(genSectors))], TargetCountry: tc, Cameo: code, Quad: inf.Quad,
			Goldstein: inf.Goldstein, Plover: inf.Plover, Negated: rng.Intn(50) == 0, Date: date,
			Mentions: m, Sources: 1 + rng.Intn(m), Articles: m, FirstSeen: date, LastSeen: date,
			Text: fmt.Sprintf("Synthetic event %d: %s %s %s.", i, sc, inf.Name, tc), Doc: fmt.Sprintf("syn-%d", i/3),
		}
		evs = append(evs, e)
		if len(evs) == batch {
			if err := s.PutEvents(ctx, evs); err != nil {
				return err
			}
			evs = evs[:0]
		}
	}
	if len(evs) > 0 {
		return s.PutEvents(ctx, evs)
	}
	return nil
}
