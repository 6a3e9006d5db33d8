package actor

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyadproject/dyad/nlp"
)

// BenchmarkLoad measures parsing the embedded knowledge base from scratch.
func BenchmarkLoad(b *testing.B) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(sub); err != nil {
			b.Fatal(err)
		}
	}
}

// newsDocs reads the repository's example articles (../examples), segmented
// once, outside the timed loop.
func newsDocs(b *testing.B) ([][]nlp.Sentence, int) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "*.txt"))
	if len(files) == 0 {
		b.Skip("no ../examples/*.txt")
	}
	var docs [][]nlp.Sentence
	tokens := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		s := nlp.Segment(string(data))
		for _, x := range s {
			tokens += len(x.Tokens)
		}
		docs = append(docs, s)
	}
	return docs, tokens
}

// BenchmarkResolve measures resolution throughput over pre-segmented news
// text on one goroutine; tokens/s is the figure to watch (target 1e6).
func BenchmarkResolve(b *testing.B) {
	kb, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, tokens := newsDocs(b)
	date := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			kb.Resolve(d, date)
		}
		n++
	}
	b.ReportMetric(float64(tokens)*float64(n)/b.Elapsed().Seconds(), "tokens/s")
}
