package nlp

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// udPath finds the shared UD treebank by walking up from the package
// directory to the folder that holds ../shared.
func udPath(t testing.TB, part string) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "..", "shared", "data", "ud-ewt", "en_ewt-ud-"+part+".conllu")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skipf("UD EWT %s file not found above %s", part, dir)
		}
		dir = up
	}
}

func readUD(t testing.TB, part string) []Sentence {
	f, err := os.Open(udPath(t, part))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestShippedModelFloor keeps a broken model from landing: the embedded
// model must still tag and parse the dev treebank well.
func TestShippedModelFloor(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dev := readUD(t, "dev")
	sc, err := Evaluate(dev, m.Reannotate(dev))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev: upos=%.4f xpos=%.4f uas=%.4f las=%.4f", sc.UPOS, sc.XPOS, sc.UAS, sc.LAS)
	if sc.UPOS < 0.94 || sc.XPOS < 0.93 || sc.UAS < 0.83 || sc.LAS < 0.79 {
		t.Errorf("shipped model below floor on dev: upos=%.4f xpos=%.4f uas=%.4f las=%.4f", sc.UPOS, sc.XPOS, sc.UAS, sc.LAS)
	}
}

// BenchmarkTagParse measures tagging plus parsing (and labelling) on one
// goroutine over the dev treebank; tokens/s is reported as a metric.
func BenchmarkTagParse(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	dev := readUD(b, "dev")
	a := m.NewAnnotator()
	n := 0
	for _, s := range dev {
		n += len(s.Tokens)
	}
	for i := range dev {
		a.TagParse(&dev[i]) // warm the buffers
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	loops := 0
	for b.Loop() {
		for i := range dev {
			a.TagParse(&dev[i])
		}
		loops++
	}
	// The machine is shared, so wall-clock rates swing with other loads; the
	// process's CPU time shows what one core of our own does.
	b.ReportMetric(float64(n)*float64(loops)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
	b.ReportMetric(float64(n)*float64(loops)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*loops), "ns/token")
}

// BenchmarkTag measures tagging alone over the dev treebank.
func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	dev := readUD(b, "dev")
	a := m.NewAnnotator()
	n := 0
	for i := range dev {
		n += len(dev[i].Tokens)
		a.Tag(&dev[i])
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	loops := 0
	for b.Loop() {
		for i := range dev {
			a.Tag(&dev[i])
		}
		loops++
	}
	b.ReportMetric(float64(n)*float64(loops)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
	b.ReportMetric(float64(n)*float64(loops)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures reading the embedded model.
func BenchmarkLoad(b *testing.B) {
	cpu0 := cpuTime()
	loops := 0
	for b.Loop() {
		if _, err := LoadModel(bytesReader(embedded)); err != nil {
			b.Fatal(err)
		}
		loops++
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(loops), "cpu-ms/load")
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// cpuTime is the user and system time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
