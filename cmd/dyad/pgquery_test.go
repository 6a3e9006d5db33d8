package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/store/postgres/pgtest"
)

// TestQueryCommandsOnPostgres ingests the same recorded history into an
// SQLite file and a PostgreSQL schema and wants every query command to
// print the same on both (--db FILE and --db postgres://...).
func TestQueryCommandsOnPostgres(t *testing.T) {
	dsn := pgtest.DSN(t)
	file := historyDB(t)
	dir := filepath.Dir(file)
	var stderr bytes.Buffer
	if err := runIngest([]string{"--db", dsn, filepath.Join(dir, "docs.jsonl")}, &stderr, recorded(t, filepath.Join(dir, "events.jsonl"))); err != nil {
		t.Fatalf("ingest into PostgreSQL: %v\n%s", err, stderr.String())
	}
	commands := []struct {
		name string
		run  func(args []string, stdout, stderr *bytes.Buffer) error
		args []string
	}{
		{"relations", func(a []string, o, e *bytes.Buffer) error { return runRelations(a, o, e) }, []string{"CHN", "PRK"}},
		{"relations", func(a []string, o, e *bytes.Buffer) error { return runRelations(a, o, e) }, []string{"--json", "PRK"}},
		{"timeline", func(a []string, o, e *bytes.Buffer) error { return runTimeline(a, o, e) }, []string{"PRK"}},
		{"top", func(a []string, o, e *bytes.Buffer) error { return runTop(a, o, e) }, nil},
		{"export", func(a []string, o, e *bytes.Buffer) error { return runExport(a, o, e) }, []string{"--format", "csv"}},
		{"export", func(a []string, o, e *bytes.Buffer) error { return runExport(a, o, e) }, []string{"--format", "gdelt", "--actor", "CHN"}},
	}
	for _, c := range commands {
		var outs [2]string
		for i, db := range []string{file, dsn} {
			var out, errb bytes.Buffer
			if err := c.run(append([]string{"--db", db}, c.args...), &out, &errb); err != nil {
				t.Fatalf("dyad %s --db %s %v: %v\n%s", c.name, db, c.args, err, errb.String())
			}
			outs[i] = out.String()
		}
		if outs[0] == "" {
			t.Errorf("dyad %s %v printed nothing", c.name, c.args)
		}
		if outs[0] != outs[1] {
			t.Errorf("dyad %s %v differs:\nSQLite:\n%s\nPostgreSQL:\n%s", c.name, c.args, outs[0], outs[1])
		}
	}
}
