package postgres

import (
	"context"
	"strconv"
	"testing"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
)

// TestServeTablesMigration brings a database made at schema 5 (the last
// step before the server's tables) up to date: the events stay, and the
// server's tables work.
func TestServeTablesMigration(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	all := migrations
	migrations = migrations[:5]
	s, err := Open(ctx, dsn)
	migrations = all
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddDocument(ctx, store.Document{ID: "before", Text: "A document stored at schema five."}, nil); err != nil {
		t.Fatal(err)
	}
	var tables int
	s.pool.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename IN ('serve_tokens', 'feeds', 'feed_items')`).Scan(&tables)
	s.Close()
	if tables != 0 {
		t.Fatalf("schema 5 already has %d server tables", tables)
	}

	s = open(t, dsn)
	defer s.Close()
	var v string
	s.pool.QueryRow(ctx, `SELECT value FROM dyad_meta WHERE key = 'schema_version'`).Scan(&v)
	if v != strconv.Itoa(len(migrations)) || len(migrations) < 8 {
		t.Errorf("schema version %q of %d steps, want %d", v, len(migrations), len(migrations))
	}
	if ok, _ := s.HasDocument(ctx, "before"); !ok {
		t.Error("a document stored before the migration is gone")
	}
	if err := s.AddToken(ctx, store.Token{Hash: "ab", Created: "2026-11-27T00:00:00Z"}); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.CheckToken(ctx, "ab"); !ok || err != nil {
		t.Errorf("CheckToken after the migration: %v, %v", ok, err)
	}
	if f, err := s.AddFeed(ctx, "https://wire.example/rss", "2026-11-27T00:00:00Z"); err != nil || f.ID != 1 {
		t.Errorf("AddFeed after the migration: %+v, %v", f, err)
	}
}
