package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/internal/corpus"
)

// Sentences written for these tests; each clearly reports a dyadic act.
const (
	storyA = "South Korea and Japan signed an agreement on fishing rights in Tokyo on Monday.\n\n" +
		"Russia imposed sanctions on Japan on Friday.\n"
	storyB = "Russia imposed sanctions on three Japanese companies on Friday.\n"
)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func docsOf(t *testing.T, jsonl string) []string {
	t.Helper()
	evs, err := event.ReadJSONL(strings.NewReader(jsonl))
	if err != nil {
		t.Fatalf("output is not schema-1 JSONL: %v", err)
	}
	var docs []string
	for _, e := range evs {
		if len(docs) == 0 || docs[len(docs)-1] != e.Doc {
			docs = append(docs, e.Doc)
		}
	}
	return docs
}

func TestCodeBadInputsReportedOthersCoded(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", storyA)
	missing := filepath.Join(dir, "missing.txt")
	bad := writeFile(t, dir, "batch.jsonl",
		`{"id": "j1", "published": "2023-03-03", "text": "`+strings.TrimSpace(strings.ReplaceAll(storyB, "\n", " "))+`"}`+"\n"+
			"{\"id\": \"j2\", \"text\": broken\n"+
			`{"id": "j3", "published": "2023-03-04", "text": "Japan imposed sanctions on Russia on Tuesday."}`+"\n")
	empty := writeFile(t, dir, "empty.txt", "  \n")
	var out, errb bytes.Buffer
	err := runCode([]string{"--published", "2023-03-03", a, missing, bad, empty}, &out, &errb)
	if err == nil {
		t.Fatal("exit status zero despite bad inputs")
	}
	stderr := errb.String()
	for _, want := range []string{missing, "batch.jsonl line 2", "empty.txt"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %q:\n%s", want, stderr)
		}
	}
	if got := docsOf(t, out.String()); !reflect.DeepEqual(got, []string{"a.txt", "j1", "j3"}) {
		t.Errorf("coded documents %v, want [a.txt j1 j3]\n%s", got, out.String())
	}
}

func TestCodeKeepsInputOrderWithWorkers(t *testing.T) {
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	docs := corpus.Generate(corpus.Options{Seed: 3, Bytes: 60 << 10})
	if err := corpus.WriteJSONL(f, docs); err != nil {
		t.Fatal(err)
	}
	f.Close()
	txt := writeFile(t, dir, "z.txt", storyA)
	run := func(workers int) string {
		var out, errb bytes.Buffer
		if err := runCode([]string{"--workers", fmt.Sprint(workers), f.Name(), txt}, &out, &errb); err != nil {
			t.Fatalf("workers=%d: %v\n%s", workers, err, errb.String())
		}
		return out.String()
	}
	one, four := run(1), run(4)
	if one != four {
		t.Fatal("output with 4 workers differs from 1 worker")
	}
	got := docsOf(t, four)
	if len(got) < len(docs)/2 {
		t.Fatalf("events for only %d of %d documents", len(got), len(docs))
	}
	order := map[string]int{"z.txt": len(docs)}
	for i, d := range docs {
		order[d.ID] = i
	}
	for i := 1; i < len(got); i++ {
		if order[got[i]] <= order[got[i-1]] {
			t.Fatalf("document %s came after %s", got[i], got[i-1])
		}
	}
	if got[len(got)-1] != "z.txt" {
		t.Errorf("last document %s, want z.txt", got[len(got)-1])
	}
}

func TestCodeTSV(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", storyA)
	b := writeFile(t, dir, "b.txt", storyB)
	var js, tsv, errb bytes.Buffer
	if err := runCode([]string{"--published", "2023-03-03", a, b}, &js, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	if err := runCode([]string{"--published", "2023-03-03", "--format", "tsv", a, b}, &tsv, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	lines := strings.Split(strings.TrimSuffix(tsv.String(), "\n"), "\n")
	if !strings.HasPrefix(lines[0], "GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\tActor1Code\t") {
		t.Errorf("header: %q", lines[0])
	}
	for i, l := range lines {
		if n := strings.Count(l, "\t") + 1; n != len(event.TSVColumns) {
			t.Errorf("line %d: %d columns", i+1, n)
		}
	}
	fromTSV, err := event.ReadTSV(&tsv)
	if err != nil {
		t.Fatal(err)
	}
	fromJSON, err := event.ReadJSONL(&js)
	if err != nil {
		t.Fatal(err)
	}
	if len(fromJSON) == 0 || !reflect.DeepEqual(fromTSV, fromJSON) {
		t.Errorf("TSV and JSONL outputs disagree (%d vs %d records)", len(fromTSV), len(fromJSON))
	}
}

func TestCodeFlagErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"--format", "xml", "a.txt"}, {"--published", "yesterday", "a.txt"}} {
		var out, errb bytes.Buffer
		if err := runCode(args, &out, &errb); err == nil {
			t.Errorf("%q accepted", args)
		}
		if out.Len() > 0 {
			t.Errorf("%q wrote output", args)
		}
	}
}

// --dict petrarch:DIR codes with the PETRARCH validation dictionaries instead
// of dyad's own; a directory that is not there is a clear error.
func TestCodeWithPetrarchDict(t *testing.T) {
	dir, err := findShared("petrarch")
	if err != nil {
		t.Skip(err)
	}
	tmp := t.TempDir()
	in := writeFile(t, tmp, "a.txt", "Israel attacked Hamas on Monday.\n")
	var out, errb bytes.Buffer
	if err := runCode([]string{"--published", "2024-03-04", "--dict", "petrarch:" + dir, in}, &out, &errb); err != nil {
		t.Fatalf("runCode: %v\n%s", err, errb.String())
	}
	// The validation dictionaries use codes of their own (an attack is 223
	// there), which the schema-1 reader rightly refuses, so decode plainly.
	var e event.Event
	if lines := strings.Split(strings.TrimSpace(out.String()), "\n"); len(lines) != 1 || json.Unmarshal([]byte(lines[0]), &e) != nil {
		t.Fatalf("want one event record, got:\n%s", out.String())
	}
	if e.Source == nil || e.Source.Country != "ISR" || e.Target == nil || e.Target.Country != "PSE" {
		t.Errorf("want ISR -> PSE, got %+v -> %+v", e.Source, e.Target)
	}
	out.Reset()
	errb.Reset()
	if err := runCode([]string{"--dict", "petrarch:" + filepath.Join(tmp, "none"), in}, &out, &errb); err == nil || !strings.Contains(err.Error(), "none") {
		t.Errorf("missing dictionary directory: want an error naming it, got %v", err)
	}
}
