package coder

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/news"
)

// sharedDir walks up from the package directory to find ../shared.
func sharedDir(t testing.TB) string {
	dir, _ := os.Getwd()
	for i := 0; i < 5; i++ {
		for _, c := range []string{filepath.Join(dir, "shared"), filepath.Join(dir, "..", "shared")} {
			if st, err := os.Stat(filepath.Join(c, "gold")); err == nil && st.IsDir() {
				return c
			}
		}
		dir = filepath.Dir(dir)
	}
	t.Skip("../shared not found")
	return ""
}

// TestCodeDevGold codes the dev gold documents into $DYAD_DEV_OUT (JSONL)
// for shared/tools/score.py. Skipped unless the variable is set.
func TestCodeDevGold(t *testing.T) {
	out := os.Getenv("DYAD_DEV_OUT")
	if out == "" {
		t.Skip("set DYAD_DEV_OUT to code the dev gold set")
	}
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(sharedDir(t), "gold", "dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct{ ID, Text, Published, Outlet string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		evs, err := c.Code(news.Document{ID: d.ID, Text: d.Text, Published: d.Published, Outlet: d.Outlet})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			if err := enc.Encode(e); err != nil {
				t.Fatal(err)
			}
		}
	}
}
