package news

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func BenchmarkFindDateline(b *testing.B) {
	text := "GAZA CITY, Gaza Strip, May 4 (AP) — Israeli strikes hit the southern city of Rafah overnight, health officials said."
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := FindDateline(text); !ok {
			b.Fatal("no dateline")
		}
	}
}

func BenchmarkFindDatelineNone(b *testing.B) {
	text := "Israeli strikes hit the southern city of Rafah overnight, health officials said on Saturday.\n\nThe army said it targeted militants."
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := FindDateline(text); ok {
			b.Fatal("unexpected dateline")
		}
	}
}

// BenchmarkReadJSONL reads 1,000 two-paragraph stories per iteration.
func BenchmarkReadJSONL(b *testing.B) {
	dir := b.TempDir()
	line := `{"id":"x","published":"2024-09-09","text":"SEOUL, Sept. 9 (UPI) -- North Korea fired two ballistic missiles off its east coast on Monday, the South's military said.\n\nThe launches came days after Pyongyang warned of stronger measures."}` + "\n"
	p := filepath.Join(dir, "feed.jsonl")
	if err := os.WriteFile(p, []byte(strings.Repeat(line, 1000)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(line) * 1000))
	b.ReportAllocs()
	for b.Loop() {
		docs, errs := readAll(b, p)
		if len(docs) != 1000 || len(errs) != 0 {
			b.Fatal(len(docs), errs)
		}
	}
}

// BenchmarkReadHTML extracts one article page (testdata/article.html).
func BenchmarkReadHTML(b *testing.B) {
	p := filepath.Join("testdata", "article.html")
	b.ReportAllocs()
	for b.Loop() {
		docs, errs := readAll(b, p)
		if len(docs) != 1 || len(errs) != 0 {
			b.Fatal(errs)
		}
	}
}
