package main

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/internal/corpus"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
)

// BenchmarkCodePipeline measures dyad code end to end (reading JSONL,
// parsing, coding, writing JSONL) on 256 KB of generated news text.
func BenchmarkCodePipeline(b *testing.B) {
	docs := corpus.Generate(corpus.Options{Seed: 1, Bytes: 256 << 10})
	path := filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := corpus.WriteJSONL(f, docs); err != nil {
		b.Fatal(err)
	}
	f.Close()
	sents, size := 0, 0
	for _, d := range docs {
		sents += len(nlp.Segment(d.Text))
		size += len(d.Text)
	}
	c, err := defaultCoder()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		w := event.NewJSONLWriter(io.Discard)
		failed, err := codeStream([]string{path}, "", runtime.GOMAXPROCS(0), c.Code, func(_ *news.Document, evs []event.Event) error {
			for i := range evs {
				if err := w.Write(&evs[i]); err != nil {
					return err
				}
			}
			return nil
		}, io.Discard)
		if err != nil || failed > 0 {
			b.Fatal(err, failed)
		}
		w.Flush()
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
