package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/internal/corpus"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/nlp"
)

func init() {
	register(command{name: "bench", summary: "measure end-to-end coding throughput and peak memory",
		run: func(args []string) error { return runBench(args, os.Stdout, os.Stderr) }})
}

// parseSize reads "2MB", "500KB", "1.5MiB" or a byte count; K/M/G are
// binary multiples.
func parseSize(s string) (int, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := 1.0
	for _, suf := range []struct {
		s string
		m float64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10},
		{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, suf.s) {
			u, mult = strings.TrimSpace(strings.TrimSuffix(u, suf.s)), suf.m
			break
		}
	}
	v, err := strconv.ParseFloat(u, 64)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("size %q: want a positive number with an optional KB/MB/GB suffix", s)
	}
	return int(v * mult), nil
}

// peakRSS is the process's high-water resident set size from
// /proc/self/status, or the Go runtime's mapped memory where that file does
// not exist.
func peakRSS() (bytes uint64, source string) {
	if f, err := os.Open("/proc/self/status"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
				f := strings.Fields(v)
				if n, err := strconv.ParseUint(f[0], 10, 64); err == nil && len(f) == 2 && f[1] == "kB" {
					return n << 10, "VmHWM"
				}
			}
		}
	}
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64(), "Go runtime total (current)"
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// countingWriter counts the bytes of JSONL produced.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func runBench(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpusPath := fs.String("corpus", "", "articles to code (any input dyad code reads); default: a generated corpus")
	size := fs.String("size", "2MB", "size of the generated corpus")
	seed := fs.Uint64("seed", 1, "seed of the generated corpus")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded at once")
	keep := fs.String("keep", "", "write the generated corpus to this file (JSON Lines) and keep it")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the coding phase to this file")
	runs := fs.Int("runs", 1, "code the corpus this many times and report the median run (shared machines vary between runs)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *runs < 1 {
		return fmt.Errorf("--runs %d: want at least 1", *runs)
	}
	path := *corpusPath
	if path == "" {
		n, err := parseSize(*size)
		if err != nil {
			return err
		}
		var states []corpus.State
		if kb, err := actor.Default(); err == nil {
			states = corpus.Names(func(iso string) (string, bool) {
				name, _, ok := kb.CountryName(iso)
				return name, ok
			})
		}
		docs := corpus.Generate(corpus.Options{Seed: *seed, Bytes: n, States: states})
		var f *os.File
		if *keep != "" {
			f, err = os.Create(*keep)
		} else {
			f, err = os.CreateTemp("", "dyad-bench-*.jsonl")
		}
		if err != nil {
			return err
		}
		path = f.Name()
		if *keep == "" {
			defer os.Remove(path)
		}
		err = corpus.WriteJSONL(f, docs)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("writing the corpus: %w", err)
		}
		fmt.Fprintf(stdout, "corpus     generated, seed %d, %d documents\n", *seed, len(docs))
	}

	// Count what the run will see, outside the timed part.
	files, err := news.Expand([]string{path})
	if err != nil {
		return err
	}
	var nDocs, nSents, nToks, nBytes int
	for _, p := range files {
		r, err := news.Open(p)
		if err != nil {
			return err
		}
		for {
			d, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				continue // codeStream reports it
			}
			nDocs++
			nBytes += len(d.Text)
			for _, s := range nlp.Segment(d.Text) {
				nSents++
				nToks += len(s.Tokens)
			}
		}
		r.Close()
	}

	t0 := time.Now()
	c, err := defaultCoder()
	if err != nil {
		return fmt.Errorf("loading the coder: %w", err)
	}
	load := time.Since(t0)

	type run struct {
		wall, cpu time.Duration
		events    int
		bytes     int64
		failed    int
	}
	var done []run
	for k := 0; k < *runs; k++ {
		runtime.GC()
		cw := &countingWriter{}
		w := event.NewJSONLWriter(cw)
		nEvents := 0
		profiling := *cpuProfile != "" && k == 0
		if profiling {
			pf, err := os.Create(*cpuProfile)
			if err != nil {
				return err
			}
			defer pf.Close()
			if err := pprof.StartCPUProfile(pf); err != nil {
				return err
			}
		}
		cpu0, t1 := cpuTime(), time.Now()
		failed, err := codeStream(files, "", *workers, c.Code, func(_ *news.Document, evs []event.Event) error {
			nEvents += len(evs)
			for i := range evs {
				if err := w.Write(&evs[i]); err != nil {
					return err
				}
			}
			return nil
		}, stderr)
		if err == nil {
			err = w.Flush()
		}
		wall, cpu := time.Since(t1), cpuTime()-cpu0
		if profiling {
			pprof.StopCPUProfile()
		}
		if err != nil {
			return err
		}
		done = append(done, run{wall, cpu, nEvents, cw.n, failed})
		if *runs > 1 && cpu > 0 {
			fmt.Fprintf(stdout, "run %-6d %.0f sentences/s per CPU-second (%.2fs CPU)\n", k+1, float64(nSents)/cpu.Seconds(), cpu.Seconds())
		}
	}
	// The run of median CPU time stands for all.
	sort.Slice(done, func(i, j int) bool { return done[i].cpu < done[j].cpu })
	med := done[len(done)/2]
	wall, cpu, nEvents, failed := med.wall, med.cpu, med.events, med.failed
	cw := &countingWriter{n: med.bytes}
	rss, rssSrc := peakRSS()
	cores := min(*workers, runtime.GOMAXPROCS(0), runtime.NumCPU())
	sec, cpuSec := wall.Seconds(), cpu.Seconds()
	fmt.Fprintf(stdout, "input      %s: %d documents, %.2f MB of text, %d sentences, %d tokens\n", path, nDocs, float64(nBytes)/(1<<20), nSents, nToks)
	fmt.Fprintf(stdout, "coder load %.2fs\n", load.Seconds())
	median := ""
	if *runs > 1 {
		median = fmt.Sprintf(" (median of %d runs)", *runs)
	}
	fmt.Fprintf(stdout, "coding     %.2fs wall, %.2fs CPU, %d workers on %d cores (GOMAXPROCS %d)%s\n", sec, cpuSec, *workers, cores, runtime.GOMAXPROCS(0), median)
	fmt.Fprintf(stdout, "output     %d events, %.2f MB of JSONL, %d inputs failed\n", nEvents, float64(cw.n)/(1<<20), failed)
	fmt.Fprintf(stdout, "throughput %.0f sentences/s, %.0f tokens/s, %.1f docs/s, %.0f events/s (wall)\n",
		float64(nSents)/sec, float64(nToks)/sec, float64(nDocs)/sec, float64(nEvents)/sec)
	if cpuSec > 0 {
		fmt.Fprintf(stdout, "per core   %.0f sentences/s, %.0f tokens/s per CPU-second\n", float64(nSents)/cpuSec, float64(nToks)/cpuSec)
	}
	fmt.Fprintf(stdout, "memory     peak RSS %.1f MB (%s)\n", float64(rss)/(1<<20), rssSrc)
	return nil
}
