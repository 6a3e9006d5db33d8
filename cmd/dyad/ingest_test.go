package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/news"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/sqlite"
)

// Words for generated stories: enough variety that independent stories share
// few 3-word shingles.
var genWords = strings.Fields(`minister envoy talks border missile summit trade sanctions delegation treaty
	statement visit army navy drills warning aid loan port railway election court protest strike ceasefire
	pledge letter message anniversary council parliament budget grain fuel pipeline satellite launch coast
	island fishing patrol exercise agreement dispute tariff embassy spokesman capital province village
	weekend morning officials analysts reporters residents farmers soldiers engineers diplomats leaders`)

var genActors = []string{"CHNGOV", "PRKGOV", "KORGOV", "JPNGOV", "RUSGOV", "USAGOV", "PRKMIL", "KORMIL", "CHN", "RUS"}
var genCodes = []string{"010", "036", "042", "043", "051", "057", "061", "111", "112", "138", "163", "173", "190", "195"}

// genCorpus writes n JSON Lines documents and, beside them, the schema-1
// records a coder gives for them (the recorded fixture the fake-free ingest
// test codes from). Every tenth document is an edited copy of an earlier one
// with the same records, as wire reprints are.
func genCorpus(t testing.TB, dir string, n int, seed int64) (docsPath, eventsPath string) {
	rng := rand.New(rand.NewSource(seed))
	docsPath = filepath.Join(dir, "docs.jsonl")
	eventsPath = filepath.Join(dir, "events.jsonl")
	df, err := os.Create(docsPath)
	if err != nil {
		t.Fatal(err)
	}
	ef, err := os.Create(eventsPath)
	if err != nil {
		t.Fatal(err)
	}
	dw, ew := bufio.NewWriter(df), event.NewJSONLWriter(ef)
	type gen struct {
		text string
		recs []event.Event
	}
	var made []gen
	for i := range n {
		id := fmt.Sprintf("gen-%05d", i)
		pub := fmt.Sprintf("2024-%02d-%02d", 1+rng.Intn(12), 1+rng.Intn(28))
		var g gen
		if i%10 == 9 && len(made) > 0 {
			src := made[rng.Intn(len(made))]
			g.text = src.text + fmt.Sprintf(" Officials declined to comment further (item %d).", i)
			g.recs = src.recs
		} else {
			var sb strings.Builder
			sents := 3 + rng.Intn(4)
			for s := range sents {
				fmt.Fprintf(&sb, "Sentence %d", s)
				for range 12 + rng.Intn(10) {
					sb.WriteString(" " + genWords[rng.Intn(len(genWords))])
				}
				sb.WriteString(". ")
			}
			g.text = strings.TrimSpace(sb.String())
			for k := range 1 + rng.Intn(3) {
				code := genCodes[rng.Intn(len(genCodes))]
				src, tgt := genActors[rng.Intn(len(genActors))], genActors[rng.Intn(len(genActors))]
				e := event.Event{Schema: 1, Sentence: k, Cameo: code, Date: pub[:7+3*rng.Intn(2)],
					Source: &event.Actor{Code: src, Country: src[:3], Text: src}, Target: &event.Actor{Code: tgt, Country: tgt[:3], Text: tgt},
					Modality: event.Asserted, Text: "Sentence text."}
				if inf, ok := cameo.Lookup(code); ok {
					e.Plover, e.Quad, e.Goldstein = inf.Plover, inf.Quad, inf.Goldstein
				}
				g.recs = append(g.recs, e)
			}
		}
		made = append(made, g)
		line, _ := json.Marshal(map[string]string{"id": id, "text": g.text, "published": pub, "outlet": fmt.Sprintf("outlet%d", i%7)})
		dw.Write(append(line, '\n'))
		for _, e := range g.recs {
			e.Doc, e.Published = id, pub
			e.Mention = event.MentionID(id, e.Sentence, 0, e.Cameo)
			e.SetIDs()
			if err := ew.Write(&e); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := dw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := ew.Flush(); err != nil {
		t.Fatal(err)
	}
	df.Close()
	ef.Close()
	return docsPath, eventsPath
}

// recorded codes documents from a recorded events file, by document id.
func recorded(t testing.TB, path string) codeFunc {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	evs, err := event.ReadJSONL(f)
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string][]event.Event{}
	for _, e := range evs {
		byDoc[e.Doc] = append(byDoc[e.Doc], e)
	}
	return func(d news.Document) ([]event.Event, error) { return byDoc[d.ID], nil }
}

// TestIngestChild is the child process of TestIngestKill9: it only runs
// when re-executed with DYAD_INGEST_CHILD set.
func TestIngestChild(t *testing.T) {
	args := os.Getenv("DYAD_INGEST_CHILD")
	if args == "" {
		t.Skip("child process of TestIngestKill9")
	}
	if err := runIngest(strings.Split(args, "\x1f"), os.Stderr, recorded(t, os.Getenv("DYAD_INGEST_EVENTS"))); err != nil {
		t.Fatal(err)
	}
}

func countDocs(path string) int {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(2000)")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	db.QueryRow("SELECT count(*) FROM documents").Scan(&n)
	return n
}

// snapshot is what a store holds, as comparable text.
func snapshot(t *testing.T, path string) (store.Stats, string) {
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	err = s.Events(context.Background(), store.Query{}, func(e store.Event) error {
		fmt.Fprintf(&b, "%s %s %s %s %s %d %d %d %s %s\n", e.ID, e.Source, e.Target, e.Cameo, e.Date, e.Mentions, e.Articles, e.Sources, e.FirstSeen, e.LastSeen)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return st, b.String()
}

// TestIngestKill9 kills an ingest child process with SIGKILL in the middle
// of a run, reruns it, and checks the store equals a clean run's.
func TestIngestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	dir := t.TempDir()
	docs, events := genCorpus(t, dir, 3000, 7)
	code := recorded(t, events)

	clean := filepath.Join(dir, "clean.db")
	if err := runIngest([]string{"--db", clean, "--quiet", "--workers", "2", docs}, os.Stderr, code); err != nil {
		t.Fatal(err)
	}
	wantStats, want := snapshot(t, clean)
	if wantStats.Documents != 3000 || wantStats.Stories >= 3000 || wantStats.Events >= wantStats.Mentions {
		t.Fatalf("clean run stats %+v: want 3000 documents, copies folded into stories, mentions merged", wantStats)
	}

	crash := filepath.Join(dir, "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestChild$")
	cmd.Env = append(os.Environ(), "DYAD_INGEST_CHILD="+strings.Join([]string{"--db", crash, "--quiet", "--workers", "2", docs}, "\x1f"),
		"DYAD_INGEST_EVENTS="+events)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.Now().Add(2 * time.Minute)
	var atKill int
	for {
		select {
		case err := <-exited:
			t.Fatalf("child ended before it was killed (%v); output:\n%s", err, out.String())
		case <-time.After(20 * time.Millisecond):
		}
		if atKill = countDocs(crash); atKill >= 300 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("child stored %d documents in 2 minutes; output:\n%s", atKill, out.String())
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited
	after := countDocs(crash)
	if after >= 3000 {
		t.Fatalf("child finished all documents before the kill; make the input larger")
	}
	t.Logf("killed the child with %d documents committed", after)

	if err := runIngest([]string{"--db", crash, "--quiet", docs}, os.Stderr, code); err != nil {
		t.Fatal(err)
	}
	gotStats, got := snapshot(t, crash)
	if gotStats != wantStats {
		t.Errorf("after kill and rerun: %+v, clean run %+v", gotStats, wantStats)
	}
	if got != want {
		t.Errorf("events after kill and rerun differ from a clean run's")
	}
	// A third run adds nothing.
	if err := runIngest([]string{"--db", crash, "--quiet", docs}, os.Stderr, code); err != nil {
		t.Fatal(err)
	}
	if again, _ := snapshot(t, crash); again != wantStats {
		t.Errorf("third run changed the store: %+v", again)
	}
}

// BenchmarkIngestStore measures the storing side of ingest: reading JSON
// Lines documents, deduplicating, merging and committing each document,
// with coding replaced by its recorded output (the coder has its own
// benchmarks). Reports documents/s and events/s.
func BenchmarkIngestStore(b *testing.B) {
	dir := b.TempDir()
	docs, events := genCorpus(b, dir, 2000, 11)
	code := recorded(b, events)
	var docsN, evN float64
	start := time.Now()
	i := 0
	for b.Loop() {
		db := filepath.Join(dir, fmt.Sprintf("b%d.db", i))
		i++
		if err := runIngest([]string{"--db", db, "--quiet", docs}, os.Stderr, code); err != nil {
			b.Fatal(err)
		}
		s, err := sqlite.Open(db)
		if err != nil {
			b.Fatal(err)
		}
		st, _ := s.Stats(context.Background())
		s.Close()
		docsN += float64(st.Documents)
		evN += float64(st.Mentions)
	}
	el := time.Since(start).Seconds()
	b.ReportMetric(docsN/el, "docs/s")
	b.ReportMetric(evN/el, "events/s")
}

// TestProgressLine drives the terminal status line on a buffer: it redraws
// in place and is erased before other output and at the end.
func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, true)
	n := 0
	p.start(func() string { n++; return fmt.Sprintf("%d documents", n) })
	time.Sleep(400 * time.Millisecond)
	errs := &lineCounter{w: &buf, before: p.clear}
	fmt.Fprintf(errs, "dyad code: doc.txt: bad\n")
	time.Sleep(600 * time.Millisecond)
	p.stop()
	out := buf.String()
	if !strings.Contains(out, "\r1 documents") || !strings.Contains(out, "\r2 documents") {
		t.Errorf("no redrawn status line in %q", out)
	}
	if !strings.Contains(out, "documents\r           \rdyad ingest: doc.txt: bad\n") {
		t.Errorf("error not on a cleared line: %q", out)
	}
	if !strings.HasSuffix(out, "\r") || errs.count() != 1 {
		t.Errorf("line not erased at the end (%q) or errors miscounted (%d)", out, errs.count())
	}
	var quiet bytes.Buffer
	q := newProgress(&quiet, false)
	q.start(func() string { return "x" })
	q.stop()
	if quiet.Len() != 0 || isTerminal(&quiet) {
		t.Errorf("progress written off a terminal: %q", quiet.String())
	}
}

// With --nats, ingest publishes instead of storing: an unreachable server is
// an error naming it, and no database file is created.
func TestIngestNATSUnreachable(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(doc, []byte("Japan protested to China on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	var errb strings.Builder
	err := runIngest([]string{"--db", db, "--quiet", "--nats", "nats://127.0.0.1:1", doc}, &errb, nil)
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("want an error naming the server, got %v", err)
	}
	if _, serr := os.Stat(db); serr == nil {
		t.Errorf("--nats created the database %s", db)
	}
}
