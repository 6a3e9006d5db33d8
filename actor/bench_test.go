package actor

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
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
	c0 := cpuTime()
	n := 0
	for b.Loop() {
		if _, err := Load(sub); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(cpuTime()-c0)/float64(n)/1e6, "cpu-ms/op")
}

// cpuTime is the CPU time the process has used, user and system. On a
// machine shared with other jobs it measures our work where wall time
// cannot.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
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
	c0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			kb.Resolve(d, date)
		}
		n++
	}
	b.ReportMetric(float64(tokens)*float64(n)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)*float64(n)/(cpuTime()-c0).Seconds(), "tokens/cpu-s")
}
