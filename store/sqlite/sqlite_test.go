package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/storetest"
)

func TestSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(filepath.Join(t.TempDir(), "dyad.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddDocument(context.Background(), store.Document{ID: "a", Text: "some text here"}, nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatalf("reopening: %v", err)
	}
	defer s.Close()
	var version, app int
	s.db.QueryRow("PRAGMA user_version").Scan(&version)
	s.db.QueryRow("PRAGMA application_id").Scan(&app)
	if version != len(migrations) || app != ApplicationID {
		t.Errorf("user_version %d application_id %#x, want %d and %#x", version, app, len(migrations), ApplicationID)
	}
	var mode string
	s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal mode %q, want wal", mode)
	}
	if ok, _ := s.HasDocument(context.Background(), "a"); !ok {
		t.Error("document lost across reopen")
	}
}

// refused checks that Open fails on path with an error naming it and leaves
// the file byte for byte as it was.
func refused(t *testing.T, path, want string) {
	t.Helper()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err == nil {
		s.Close()
		t.Fatalf("Open(%s) succeeded", path)
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), want) {
		t.Errorf("error %q: want the file name and %q", err, want)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the refused file was modified")
	}
	for _, ext := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + ext); err == nil {
			t.Errorf("Open left %s%s behind", filepath.Base(path), ext)
		}
	}
}

func TestRefuseNotSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(path, []byte("these are my notes, not a database\n"), 0o644)
	refused(t, path, "not a dyad database")
}

func TestRefuseCorrupt(t *testing.T) {
	// A real dyad file with its pages after the header overwritten.
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	s.Close()
	data, _ := os.ReadFile(path)
	for i := 100; i < len(data); i++ {
		data[i] = byte(i * 7)
	}
	os.WriteFile(path, data, 0o644)
	refused(t, path, "not a readable dyad database")
}

func TestRefuseForeign(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('bibimbap')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	refused(t, path, "another program")
}

func TestRefuseNewer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.db.Exec("PRAGMA user_version = 99")
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	s.Close()
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	refused(t, path, "newer than this dyad")
}
