package coder

import (
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/internal/corpus"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
)

var (
	benchOnce sync.Once
	benchDocs []corpus.Doc
)

func benchCorpus() []corpus.Doc {
	benchOnce.Do(func() { benchDocs = corpus.Generate(corpus.Options{Seed: 1, Bytes: benchBytes()}) })
	return benchDocs
}

// BenchmarkCodeEndToEnd codes 2 MB of generated news text from raw text to
// events, parsing included, on one goroutine; it reports sentences/s.
func BenchmarkCodeEndToEnd(b *testing.B) {
	c, err := New(Options{})
	if err != nil {
		b.Skip(err)
	}
	docs := benchCorpus()
	sents := 0
	for _, d := range docs {
		sents += len(nlp.Segment(d.Text))
	}
	bytes := 0
	for _, d := range docs {
		bytes += len(d.Text)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	start := time.Now()
	events := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			evs, err := c.Code(news.Document{ID: d.ID, Text: d.Text, Published: d.Published})
			if err != nil {
				b.Fatal(err)
			}
			events += len(evs)
		}
	}
	el := time.Since(start).Seconds()
	b.ReportMetric(float64(sents*b.N)/el, "sentences/s")
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
}

// BenchmarkMatchOnly measures the coder's own share: documents are parsed
// and resolved once, outside the timer.
func BenchmarkMatchOnly(b *testing.B) {
	m, err := nlp.Default()
	if err != nil {
		b.Skip(err)
	}
	kb, err := actor.Default()
	if err != nil {
		b.Skip(err)
	}
	docs := benchCorpus()
	parsed := make([][]nlp.Sentence, len(docs))
	ments := make([][][]actor.Mention, len(docs))
	sents := 0
	for k, d := range docs {
		parsed[k] = m.Annotate(d.Text)
		ments[k] = kb.Resolve(parsed[k], time.Time{})
		sents += len(parsed[k])
	}
	k := 0
	c, err := New(Options{
		Annotate: func(string) []nlp.Sentence { return parsed[k] },
		Resolve:  func([]nlp.Sentence, time.Time) [][]actor.Mention { return ments[k] },
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for k = range docs {
			if _, err := c.Code(news.Document{ID: docs[k].ID, Text: docs[k].Text, Published: docs[k].Published}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sents*b.N)/time.Since(start).Seconds(), "sentences/s")
}

// benchBytes is the corpus size: 2 MB, or $DYAD_BENCH_BYTES for a quick look.
func benchBytes() int {
	if v, err := strconv.Atoi(os.Getenv("DYAD_BENCH_BYTES")); err == nil && v > 0 {
		return v
	}
	return 2 << 20
}
