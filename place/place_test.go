package place

import (
	"fmt"
	"io/fs"
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyadproject/dyad/nlp"
)

func gaz(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestSize(t *testing.T) {
	g := gaz(t)
	kinds := map[string]int{}
	seen := map[Place]bool{}
	for _, p := range g.byName {
		if !seen[p] {
			seen[p] = true
			kinds[p.Kind]++
		}
	}
	if n := kinds["city"] + kinds["capital"] + kinds["region"] + kinds["territory"] + kinds["border"]; n < 1000 {
		t.Errorf("only %d cities and regions: %v", n, kinds)
	}
	if kinds["capital"] < 190 {
		t.Errorf("only %d capitals", kinds["capital"])
	}
	t.Logf("places by kind: %v", kinds)
}

// Known coordinates, checked to 0.1 degree.
func TestLookup(t *testing.T) {
	g := gaz(t)
	cases := []struct {
		name, want, country string
		lat, lon            float64
	}{
		{"Pyongyang", "Pyongyang", "PRK", 39.03, 125.75},
		{"SEOUL", "Seoul", "KOR", 37.57, 126.98},
		{"Kiev", "Kyiv", "UKR", 50.45, 30.52},
		{"the Gaza Strip", "Gaza Strip", "PSE", 31.42, 34.38},
		{"GAZA CITY", "Gaza City", "PSE", 31.50, 34.47},
		{"Kharkiv", "Kharkiv", "UKR", 49.98, 36.25},
		{"Port Sudan", "Port Sudan", "SDN", 19.62, 37.22},
		{"Panmunjom", "Panmunjom", "KOR", 37.96, 126.68},
		{"the DMZ", "DMZ", "KOR", 38.3, 127.2},
		{"Vostochny Cosmodrome", "Vostochny Cosmodrome", "RUS", 51.88, 128.33},
		{"Camp David", "Camp David", "USA", 39.65, -77.47},
		{"Hanoi", "Hanoi", "VNM", 21.02, 105.84},
		{"Singapore", "Singapore", "SGP", 1.29, 103.85},
		{"Sentosa", "Sentosa", "SGP", 1.25, 103.83},
		{"Fukushima", "Fukushima", "JPN", 37.75, 140.47},
		{"Washington", "Washington", "USA", 38.90, -77.04},
		{"Tripoli", "Tripoli", "LBY", 32.89, 13.19},
		{"Khan Yunis", "Khan Younis", "PSE", 31.34, 34.31},
		{"Zürich", "Zurich", "CHE", 47.37, 8.55},
		{"Ürümqi", "Urumqi", "CHN", 43.80, 87.60},
		{"Odessa", "Odesa", "UKR", 46.48, 30.73},
		{"Addis Ababa", "Addis Ababa", "ETH", 9.02, 38.75},
		{"Moscow", "Moscow", "RUS", 55.75, 37.62},
		{"Buenos Aires", "Buenos Aires", "ARG", -34.61, -58.38},
		{"Canberra", "Canberra", "AUS", -35.28, 149.13},
		{"Nairobi", "Nairobi", "KEN", -1.28, 36.82},
		{"Crimea", "Crimea", "UKR", 45.3, 34.4},
		{"Donbas", "Donbas", "UKR", 48.3, 38.0},
		{"West Bank", "West Bank", "PSE", 31.95, 35.25},
		{"Darfur", "Darfur", "SDN", 13.5, 24.0},
		{"Tigray", "Tigray", "ETH", 14.0, 38.8},
		{"Kashmir", "Kashmir", "IND", 34.1, 74.8},
	}
	for _, c := range cases {
		p, ok := g.Lookup(c.name)
		if !ok || p.Name != c.want || p.Country != c.country || math.Abs(p.Lat-c.lat) > 0.1 || math.Abs(p.Lon-c.lon) > 0.1 {
			t.Errorf("Lookup(%q) = %+v, %v; want %s %s %.2f,%.2f", c.name, p, ok, c.want, c.country, c.lat, c.lon)
		}
	}
	for name, iso := range map[string]string{"Armenia": "ARM", "Georgia": "GEO", "Panama": "PAN", "Kosovo": "XKX", "Jordan": "JOR", "Lebanon": "LBN"} {
		if p, ok := g.Lookup(name); !ok || p.Country != iso || p.Kind != "country" {
			t.Errorf("Lookup(%q) = %+v, want the country %s", name, p, iso)
		}
	}
	if p, ok := g.Lookup("North Korea"); !ok || p.Country != "PRK" || p.HasCoords() {
		t.Errorf("North Korea: %+v %v", p, ok)
	}
	for _, no := range []string{"May", "Kim Jong Un", "said", ""} {
		if p, ok := g.Lookup(no); ok {
			t.Errorf("Lookup(%q) = %+v", no, p)
		}
	}
}

// Every capital named by ISO 3166 countries that have a government seat.
func TestCapitals(t *testing.T) {
	g := gaz(t)
	for _, c := range []string{"Kabul", "Tirana", "Algiers", "Luanda", "Yerevan", "Vienna", "Baku", "Dhaka", "Minsk",
		"Brussels", "Thimphu", "Sarajevo", "Brasilia", "Sofia", "Ouagadougou", "Phnom Penh", "Yaounde", "Ottawa",
		"Bangui", "N'Djamena", "Santiago", "Beijing", "Bogota", "Kinshasa", "Havana", "Nicosia", "Prague", "Copenhagen",
		"Cairo", "Asmara", "Tallinn", "Addis Ababa", "Helsinki", "Paris", "Tbilisi", "Berlin", "Accra", "Athens",
		"Budapest", "New Delhi", "Jakarta", "Tehran", "Baghdad", "Dublin", "Rome", "Tokyo", "Amman", "Astana",
		"Nairobi", "Pristina", "Kuwait City", "Bishkek", "Vientiane", "Riga", "Beirut", "Tripoli", "Vilnius",
		"Kuala Lumpur", "Bamako", "Mexico City", "Chisinau", "Ulaanbaatar", "Rabat", "Maputo", "Naypyidaw",
		"Windhoek", "Kathmandu", "Amsterdam", "Wellington", "Managua", "Niamey", "Abuja", "Pyongyang", "Oslo",
		"Muscat", "Islamabad", "Panama City", "Lima", "Manila", "Warsaw", "Lisbon", "Doha", "Bucharest", "Moscow",
		"Kigali", "Riyadh", "Dakar", "Belgrade", "Singapore", "Mogadishu", "Pretoria", "Seoul", "Juba", "Madrid",
		"Colombo", "Khartoum", "Stockholm", "Bern", "Damascus", "Taipei", "Dushanbe", "Dodoma", "Bangkok", "Tunis",
		"Ankara", "Ashgabat", "Kampala", "Kyiv", "Abu Dhabi", "London", "Washington", "Montevideo", "Tashkent",
		"Caracas", "Hanoi", "Sanaa", "Lusaka", "Harare"} {
		if p, ok := g.Lookup(c); !ok || !p.HasCoords() {
			t.Errorf("capital %q missing: %+v", c, p)
		}
	}
}

func sentence(text string) *nlp.Sentence {
	return &nlp.Sentence{End: len(text), Tokens: nlp.Tokenize(text)}
}

func TestFind(t *testing.T) {
	g := gaz(t)
	cases := []struct{ text, want string }{
		{"Putin and Kim met in Pyongyang on Wednesday.", "Pyongyang/PRK"},
		{"Pyongyang said the drills were a provocation.", ""},
		{"Israeli strikes hit targets in the Gaza Strip overnight.", "Gaza Strip/PSE"},
		{"Russian forces shelled villages near Kharkiv.", "Kharkiv/UKR"},
		{"Troops exchanged fire at the border.", ""},
		{"Troops exchanged fire at the border with Lebanon.", "Lebanon border/LBN"},
		{"Shots were fired across the Lebanon border.", "Lebanon border/LBN"},
		{"A drone struck the southern city of Odesa.", ""},
		{"A drone exploded in the southern city of Odesa.", "Odesa/UKR"},
		{"Talks were held in the truce village of Panmunjom.", "Panmunjom/KOR"},
		{"Fighting raged in eastern Ukraine.", "Ukraine/UKR"},
		{"Envoys met in Seoul and Tokyo last week.", "Seoul/KOR Tokyo/JPN"},
		{"Protests spread in Kyiv, Kharkiv and Odesa.", "Kyiv/UKR Kharkiv/UKR Odesa/UKR"},
		{"Researchers at Seoul National University said so.", ""},
		{"He spoke in Beijing's Great Hall of the People.", "Great Hall of the People/CHN"},
		{"A parade was held in North Korea's capital Pyongyang.", "Pyongyang/PRK"},
		{"Ships sailed through the Taiwan Strait and drills took place off Taiwan.", "Taiwan/TWN"},
		{"A summit was held at Camp David in August.", "Camp David/USA"},
		{"The leaders met on Sentosa island.", "Sentosa/SGP"},
		{"China's stance on Ukraine hardened.", ""},
		{"Artillery fell on Yeonpyeong Island.", "Yeonpyeong Island/KOR"},
		{"Kim met Putin at the Vostochny Cosmodrome in Russia's Far East.", "Vostochny Cosmodrome/RUS"},
		{"Talks in May failed.", ""},
		{"Soldiers patrolled inside the DMZ.", "DMZ/KOR"},
		{"Tanks advanced in the Gaza Strip's south.", "Gaza Strip/PSE"},
		{"Nothing changed in Washington's view.", ""},
		{"Blasts were heard in the Russian-occupied city of Melitopol.", "Melitopol/UKR"},
		{"Aid reached people in South Sudan and the West Bank.", "South Sudan/SSD West Bank/PSE"},
	}
	for _, c := range cases {
		var got []string
		for _, m := range g.Find(sentence(c.text)) {
			got = append(got, fmt.Sprintf("%s/%s", m.Name, m.Country))
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: got %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

func TestFindSpanAndHead(t *testing.T) {
	g := gaz(t)
	s := sentence("Rockets were fired from the Gaza Strip into southern Israel.")
	ms := g.Find(s)
	if len(ms) != 1 || s.Tokens[ms[0].Start].Text != "Israel" || ms[0].Head != ms[0].Start {
		t.Fatalf("got %+v", ms)
	}
	s = sentence("Strikes hit homes in the Gaza Strip.")
	ms = g.Find(s)
	if len(ms) != 1 || s.Tokens[ms[0].Start].Text != "Gaza" || s.Tokens[ms[0].Head].Text != "Strip" || ms[0].End != ms[0].Head+1 {
		t.Fatalf("got %+v", ms)
	}
}

func TestLoadErrors(t *testing.T) {
	ok := "Seoul\tKOR\t37.57\t126.98\tcapital\n"
	cases := map[string]string{
		"Seoul\tKOR\t37.57\n":                  "columns",
		"Seoul\tKorea\t37.57\t126.98\tcity\n":  "alpha-3",
		"Seoul\tKOR\t97.57\t126.98\tcity\n":    "coordinates",
		"Seoul\tKOR\t37.57\t126.98\tplanet\n":  "kind",
		"Seoul\tKOR\t37.57\t126.98\tcity\tx\n": "population",
	}
	for bad, want := range cases {
		fsys := fstest.MapFS{
			"regions.tsv":   {Data: []byte("# comment\n" + bad)},
			"cities.tsv":    {Data: []byte(ok)},
			"countries.tsv": {Data: []byte("")},
		}
		_, err := Load(fsys)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "regions.tsv line 2") {
			t.Errorf("%q: error %v, want one naming regions.tsv line 2 and %q", bad, err, want)
		}
	}
}

func mustSub(t testing.TB) fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

// FuzzFind checks that any tokenized text yields mentions inside the sentence.
func FuzzFind(f *testing.F) {
	g := gaz(f)
	for _, s := range []string{"in the southern city of Odesa", "at the border with Lebanon", "in North Korea's capital Pyongyang", "in Rio de", "in Washington, D.C.", "in ,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := sentence(text)
		for _, m := range g.Find(s) {
			if m.Start < 0 || m.End > len(s.Tokens) || m.Start >= m.End || m.Head < m.Start || m.Head >= m.End || m.Name == "" {
				t.Fatalf("%q: bad mention %+v", text, m)
			}
		}
	})
}

// TestIsLocativeAgreesWithLowerWord checks the allocation-free lookup
// against the plain one, on mixed case, non-ASCII and long words.
func TestIsLocativeAgreesWithLowerWord(t *testing.T) {
	words := []string{"in", "In", "IN", "İn", "At", "near", "Near", "THROUGHOUT", "nearby", "Nearby",
		"into", "Kyiv", "inn", "", "outside", "internationalisation", "ON", "Ön"}
	for k := range locatives {
		words = append(words, k, strings.ToUpper(k))
	}
	for _, w := range words {
		if got, want := isLocative(w), locatives[lowerWord(w)]; got != want {
			t.Errorf("isLocative(%q) = %v, want %v", w, got, want)
		}
	}
}
