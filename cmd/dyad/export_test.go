package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/dyadproject/dyad/event"
)

func TestExportFormats(t *testing.T) {
	db := historyDB(t)
	run := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if err := runExport(append([]string{"--db", db}, args...), &out, &errb); err != nil {
			t.Fatalf("export %v: %v\n%s", args, err, errb.String())
		}
		return out.String()
	}

	jl := strings.Split(strings.TrimSpace(run("--format", "jsonl")), "\n")
	if len(jl) != 7 || !strings.Contains(jl[0], `"date":"2024-09-09"`) {
		t.Errorf("jsonl: %d lines, first %s", len(jl), jl[0])
	}
	if n := len(strings.Split(strings.TrimSpace(run("--format", "jsonl", "--actor", "CHN", "--partner", "PRK", "--directed")), "\n")); n != 3 {
		t.Errorf("CHN->PRK jsonl: %d lines, want 3", n)
	}

	rows, err := csv.NewReader(strings.NewReader(run("--format", "csv", "--quad", "1"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 || rows[0][0] != "id" || rows[1][6] != "051" {
		t.Errorf("csv quad 1: %d rows (want header and 6), %v", len(rows), rows[:min(2, len(rows))])
	}

	lines := strings.Split(strings.TrimSpace(run("--format", "gdelt", "--actor", "RUS")), "\n")
	if len(lines) != 2 {
		t.Fatalf("gdelt RUS: %d lines, want header and one row", len(lines))
	}
	head, cells := strings.Split(lines[0], "\t"), strings.Split(lines[1], "\t")
	if len(head) != len(event.TSVColumns) || len(cells) != len(head) {
		t.Fatalf("gdelt: %d header cells, %d row cells, want %d", len(head), len(cells), len(event.TSVColumns))
	}
	col := map[string]string{}
	for i, h := range head {
		col[h] = cells[i]
	}
	if !strings.HasPrefix(col["GLOBALEVENTID"], "ef_") || col["SQLDATE"] != "20240619" || col["Actor1Code"] != "RUSGOV" ||
		col["EventCode"] != "057" || col["NumMentions"] != "1" || col["DocID"] != "doc-4" {
		t.Errorf("gdelt row %v", col)
	}

	path := filepath.Join(t.TempDir(), "events.parquet")
	run("--format", "parquet", "--out", path)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	got, err := parquet.Read[pqEvent](f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 7 || got[0].Date != "2024-09-09" || got[0].Source != "CHNGOV" || got[0].Mentions != 1 || got[0].Goldstein == 0 {
		t.Errorf("parquet read back %d rows, first %+v", len(got), got[0])
	}

	var errb bytes.Buffer
	if err := runExport([]string{"--db", db, "--format", "xml"}, &bytes.Buffer{}, &errb); err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("unknown format: %v", err)
	}
}
