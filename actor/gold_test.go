package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

// TestGoldCountryCoverage resolves the stories of shared/gold/dev.jsonl and
// checks that the actors of their gold events are found: every country a gold
// event names as source or target should be among the countries of the
// story's mentions (a necessary condition for coding the event).
func TestGoldCountryCoverage(t *testing.T) {
	// shared/data/README.md -> shared/gold/dev.jsonl
	path := filepath.Join(filepath.Dir(filepath.Dir(sharedData(t, "README.md"))), "gold", "dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no gold file: %v", err)
	}
	defer f.Close()
	kb := embeddedKB(t)
	total, found := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var doc struct {
			ID, Text, Published string
			Events              []struct{ Source, Target string }
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		date, _ := time.Parse("2006-01-02", doc.Published[:10])
		got := map[string]bool{}
		for _, m := range flat(kb.Resolve(nlp.Segment(doc.Text), date)) {
			got[m.Country] = true
			for _, x := range m.Members {
				got[x.Country] = true
			}
		}
		want := map[string]bool{}
		for _, e := range doc.Events {
			want[e.Source] = true
			if e.Target != "" {
				want[e.Target] = true
			}
		}
		for c := range want {
			total++
			if got[c] {
				found++
			} else {
				t.Logf("%s: no mention of %s", doc.ID, c)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("gold event countries found: %d of %d", found, total)
	if total == 0 || found*100 < total*95 {
		t.Errorf("found %d of %d gold event countries, want >= 95%%", found, total)
	}
}
