package sqlite

import (
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/storetest"
)

// TestPloverIndexUpgrade opens a schema-8 file with events: schema 9 adds
// the PLOVER index and the events stay, listed and selected by type.
func TestPloverIndexUpgrade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	old := openAt(t, path, 8)
	var n int
	old.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'events_plover'`).Scan(&n)
	if n != 0 {
		t.Fatal("schema 8 already has events_plover")
	}
	s := storetest.Upgrade(t, old, func() store.Store {
		s, err := Open(path)
		if err != nil {
			t.Fatalf("upgrading a schema-8 file: %v", err)
		}
		return s
	}).(*Store)
	defer s.Close()
	var version int
	s.db.QueryRow("PRAGMA user_version").Scan(&version)
	s.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'events_plover'`).Scan(&n)
	if version != len(migrations) || version < 9 || n != 1 {
		t.Errorf("user_version %d of %d steps, events_plover %d: want 9 or more and the index", version, len(migrations), n)
	}
}
