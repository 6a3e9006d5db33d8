// Package place resolves place names to countries and coordinates with a
// gazetteer written from facts (capitals, cities, regions, borders, seas and
// landmarks that make news), and finds the places a sentence gives as the
// location of what it reports ("in Pyongyang", "near Kharkiv").
package place

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Place is one gazetteer entry.
type Place struct {
	Name    string  // the preferred name: "Gaza Strip", "Kharkiv"
	Country string  // ISO 3166-1 alpha-3 ("XKX" for Kosovo); "" for international waters and disputed lines
	Lat     float64 // degrees, two decimals; 0,0 when unknown (countries)
	Lon     float64
	Kind    string // capital, city, region, border, sea, territory, landmark, country
}

// HasCoords reports whether the place has coordinates (countries have none:
// a country is too large for one point to mean anything).
func (p Place) HasCoords() bool { return p.Lat != 0 || p.Lon != 0 }

// Gazetteer maps names to places.
type Gazetteer struct {
	byName   map[string]Place
	maxWords int // longest name in words, bounding Find's lookahead
}

//go:embed data/*.tsv
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loaded once.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(dataFS, "data")
		if err != nil {
			defaultErr = err
			return
		}
		defaultGaz, defaultErr = Load(sub)
	})
	return defaultGaz, defaultErr
}

// files in order of precedence: a name in an earlier file wins.
var files = []string{"regions.tsv", "cities.tsv", "countries.tsv"}

// kindRank orders entries of one file that share a name: a capital wins over
// a town of the same name ("Tripoli").
var kindRank = map[string]int{"capital": 0, "territory": 1, "region": 1, "border": 1, "sea": 1, "landmark": 1, "city": 2, "country": 3}

type entry struct {
	p     Place
	names []string
	rank  [3]int // file, kind, -population
}

// Load reads regions.tsv, cities.tsv and countries.tsv from fsys. Each line:
// name|alternatives TAB iso3 TAB lat TAB lon TAB kind [TAB population].
func Load(fsys fs.FS) (*Gazetteer, error) {
	var all []entry
	for fi, name := range files {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("place: %w", err)
		}
		sc := bufio.NewScanner(f)
		line := 0
		for sc.Scan() {
			line++
			text := strings.TrimRight(sc.Text(), "\r")
			if text == "" || text[0] == '#' {
				continue
			}
			e, err := parseLine(text)
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("place: %s line %d: %w", name, line, err)
			}
			e.rank[0] = fi
			all = append(all, e)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("place: reading %s: %w", name, err)
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i].rank, all[j].rank
		for k := range a {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return false
	})
	// A country's name never resolves to a town abroad: "Armenia" is not the
	// Colombian city, "Georgia" not a US state.
	countryOf := map[string]string{}
	for _, e := range all {
		if e.p.Kind == "country" {
			for _, n := range e.names {
				countryOf[Normalize(n)] = e.p.Country
			}
		}
	}
	g := &Gazetteer{byName: make(map[string]Place, len(all)*2)}
	for _, e := range all {
		for _, n := range e.names {
			key := Normalize(n)
			if key == "" {
				continue
			}
			if c, ok := countryOf[key]; ok && e.p.Kind != "country" && c != e.p.Country && c != "" {
				continue
			}
			if _, taken := g.byName[key]; !taken {
				g.byName[key] = e.p
			}
			if w := len(strings.Fields(key)); w > g.maxWords {
				g.maxWords = w
			}
		}
	}
	return g, nil
}

func parseLine(text string) (entry, error) {
	cols := strings.Split(text, "\t")
	if len(cols) < 5 {
		return entry{}, fmt.Errorf("want 5 tab-separated columns, got %d", len(cols))
	}
	var e entry
	for _, n := range strings.Split(cols[0], "|") {
		if n = strings.TrimSpace(n); n != "" {
			e.names = append(e.names, n)
		}
	}
	if len(e.names) == 0 {
		return entry{}, fmt.Errorf("no name")
	}
	country := strings.Trim(cols[1], `"`)
	if country != "" && (len(country) != 3 || strings.ToUpper(country) != country) {
		return entry{}, fmt.Errorf("country %q is not an ISO alpha-3 code", cols[1])
	}
	kind := cols[4]
	rank, ok := kindRank[kind]
	if !ok {
		return entry{}, fmt.Errorf("unknown kind %q", kind)
	}
	e.p = Place{Name: e.names[0], Country: country, Kind: kind}
	if cols[2] != "" || cols[3] != "" {
		lat, err1 := strconv.ParseFloat(cols[2], 64)
		lon, err2 := strconv.ParseFloat(cols[3], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return entry{}, fmt.Errorf("bad coordinates %q %q", cols[2], cols[3])
		}
		e.p.Lat, e.p.Lon = lat, lon
	}
	e.rank[1] = rank
	if len(cols) > 5 && cols[5] != "" {
		pop, err := strconv.Atoi(cols[5])
		if err != nil {
			return entry{}, fmt.Errorf("bad population %q", cols[5])
		}
		e.rank[2] = -pop
	}
	return e, nil
}

// Len gives the number of names the gazetteer knows.
func (g *Gazetteer) Len() int { return len(g.byName) }

// Lookup finds a place by name, ignoring case, diacritics, a leading "the",
// apostrophes and a final period: "KYIV", "Kyiv", "the Gaza Strip",
// "Zürich", "Khan Younis".
func (g *Gazetteer) Lookup(name string) (Place, bool) {
	p, ok := g.byName[Normalize(name)]
	return p, ok
}

// Normalize gives the lookup key of a name.
func Normalize(name string) string {
	name = strings.TrimSpace(name)
	if isASCII(name) {
		name = strings.ToLower(name)
	} else {
		var b strings.Builder
		for _, r := range norm.NFD.String(name) {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			switch r {
			case 'ı':
				r = 'i'
			case 'ł', 'Ł':
				r = 'l'
			case 'đ', 'Đ':
				r = 'd'
			case 'ø', 'Ø':
				r = 'o'
			case '’', '‘', 'ʼ', 'ʻ', '`':
				r = '\''
			}
			b.WriteRune(unicode.ToLower(r))
		}
		name = b.String()
	}
	name = strings.TrimSuffix(name, ".")
	name = strings.TrimPrefix(name, "the ")
	if strings.ContainsAny(name, "'") {
		name = strings.ReplaceAll(name, "'", "")
	}
	if strings.Contains(name, "  ") {
		name = strings.Join(strings.Fields(name), " ")
	}
	return name
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
