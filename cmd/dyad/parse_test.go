package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/nlp"
)

// captureStdout runs f with os.Stdout sent to a buffer.
func captureStdout(t *testing.T, f func() error) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); done <- b }()
	ferr := f()
	w.Close()
	os.Stdout = old
	out := <-done
	if ferr != nil {
		t.Fatal(ferr)
	}
	return string(out)
}

func TestParsePrintsCoNLLU(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	text := "Rebels seized the airport on Sunday. The army said it would respond."
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := captureStdout(t, func() error { return runParse([]string{path}) })
	sents, err := nlp.ReadCoNLLU(strings.NewReader(out))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", len(sents), out)
	}
	for _, s := range sents {
		roots := 0
		for _, tk := range s.Tokens {
			if tk.Head == -1 {
				roots++
			}
			if tk.UPOS == "" || tk.XPOS == "" || tk.Dep == "" || tk.Lemma == "" {
				t.Errorf("incomplete token %+v", tk)
			}
		}
		if roots != 1 {
			t.Errorf("sentence has %d roots", roots)
		}
	}
	if !strings.Contains(out, "# text = Rebels seized the airport on Sunday.") {
		t.Errorf("missing text comment:\n%s", out)
	}
}

func TestParseEvalPrintsScores(t *testing.T) {
	gold := "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
	path := filepath.Join(t.TempDir(), "gold.conllu")
	if err := os.WriteFile(path, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	out := captureStdout(t, func() error { return runParse([]string{"--eval", path}) })
	for _, name := range []string{"upos=", "xpos=", "uas=", "las="} {
		if !strings.Contains(out, "\n"+name) {
			t.Errorf("missing %s line in:\n%s", name, out)
		}
	}
	if err := runParse([]string{"--eval", filepath.Join(t.TempDir(), "missing.conllu")}); err == nil {
		t.Error("missing gold file gave no error")
	}
}
