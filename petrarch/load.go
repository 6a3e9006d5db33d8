package petrarch

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/dyadproject/dyad/actor"
)

// Dicts is a set of PETRARCH dictionaries.
type Dicts struct {
	Verbs    *Verbs
	Discards *Discards // nil when the directory has none
	KB       *actor.KB // actors and agents
}

// LoadDir reads the dictionaries of a PETRARCH directory: the files whose
// names end in "verbs.txt", "actors.txt", "agents.txt" and "discards.txt"
// (e.g. PETR.Validate.verbs.txt, Phoenix.Countries.actors.txt; several actor
// files are merged). base, if not nil, is cloned and the PETRARCH actors
// and agents are added on top of it; with a nil base the KB holds only the
// PETRARCH dictionaries.
func LoadDir(dir string, base *actor.KB) (*Dicts, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("petrarch: %w", err)
	}
	var kb *actor.KB
	if base != nil {
		kb = base.Clone()
	} else {
		// An empty knowledge base: the actor package needs a countries table.
		kb, err = actor.Load(fstest.MapFS{"countries.tsv": &fstest.MapFile{Data: []byte("# none\n")}})
		if err != nil {
			return nil, fmt.Errorf("petrarch: empty actor base: %w", err)
		}
	}
	d := &Dicts{KB: kb}
	var actors, agents []string
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() {
			continue
		}
		p := filepath.Join(dir, n)
		low := strings.ToLower(n)
		switch {
		case strings.HasSuffix(low, "verbs.txt"):
			if d.Verbs != nil {
				return nil, fmt.Errorf("petrarch: %s: more than one verb dictionary", dir)
			}
			if d.Verbs, err = readFile(p, ReadVerbs); err != nil {
				return nil, err
			}
		case strings.HasSuffix(low, "discards.txt"):
			if d.Discards, err = readFile(p, ReadDiscards); err != nil {
				return nil, err
			}
		case strings.HasSuffix(low, "actors.txt"):
			actors = append(actors, p)
		case strings.HasSuffix(low, "agents.txt"):
			agents = append(agents, p)
		}
	}
	if d.Verbs == nil {
		return nil, fmt.Errorf("petrarch: %s: no *verbs.txt dictionary", dir)
	}
	for _, p := range actors {
		if err := loadInto(p, kb.LoadPetrarchActors); err != nil {
			return nil, err
		}
	}
	for _, p := range agents {
		if err := loadInto(p, kb.LoadPetrarchAgents); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func readFile[T any](path string, read func(r io.Reader, name string) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("petrarch: %w", err)
	}
	defer f.Close()
	return read(f, filepath.Base(path))
}

func loadInto(path string, load func(r io.Reader, name string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("petrarch: %w", err)
	}
	defer f.Close()
	return load(f, filepath.Base(path))
}
