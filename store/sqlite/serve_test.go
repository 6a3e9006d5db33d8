package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store"
)

// Before schema 8, dyad serve and dyad feeds made their tables themselves
// in the store's file, with these statements.
const oldServeTables = `
CREATE TABLE IF NOT EXISTS serve_tokens (hash TEXT PRIMARY KEY, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feeds (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	title         TEXT NOT NULL DEFAULT '',
	added         TEXT NOT NULL,
	polled        TEXT NOT NULL DEFAULT '',
	error         TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS feed_items (
	feed INTEGER NOT NULL,
	guid TEXT NOT NULL,
	url  TEXT NOT NULL,
	doc  TEXT NOT NULL,
	seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS feed_items_guid ON feed_items(guid);
CREATE INDEX IF NOT EXISTS feed_items_url ON feed_items(url);
`

// openAt makes a store file at an older schema version.
func openAt(t *testing.T, path string, version int) *Store {
	t.Helper()
	all := migrations
	migrations = migrations[:version]
	defer func() { migrations = all }()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestServeTablesAdopted opens a schema-7 file in which an older dyad serve
// kept tokens and feeds: schema 8 keeps every row.
func TestServeTablesAdopted(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old := openAt(t, path, 7)
	if _, err := old.db.Exec(oldServeTables + `
INSERT INTO serve_tokens VALUES ('3f1c0d9a8e7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d', '2026-10-30T08:00:00Z');
INSERT INTO feeds(url, title, added, polled, etag) VALUES ('https://wire.example/rss', 'Wire', '2026-10-30T08:01:00Z', '2026-10-30T09:00:00Z', '"e1"');
INSERT INTO feeds(url, added) VALUES ('https://paper.example/feed', '2026-10-30T08:02:00Z');
INSERT INTO feed_items VALUES (1, 'wire-1', 'https://wire.example/a/1', 'feed-aa', '2026-10-30T09:00:00Z');
INSERT INTO feed_items VALUES (1, 'wire-2', 'https://wire.example/a/2', 'feed-bb', '2026-10-30T09:00:00Z');
`); err != nil {
		t.Fatal(err)
	}
	if _, err := old.AddDocument(ctx, store.Document{ID: "feed-aa", Text: "An article taken from the wire feed."}, nil); err != nil {
		t.Fatal(err)
	}
	old.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatalf("migrating a file with the old server tables: %v", err)
	}
	defer s.Close()
	var version int
	s.db.QueryRow("PRAGMA user_version").Scan(&version)
	if version != len(migrations) || version < 8 {
		t.Errorf("user_version %d, want %d", version, len(migrations))
	}
	toks, err := s.ListTokens(ctx)
	if err != nil || len(toks) != 1 || toks[0].Hash != "3f1c0d9a8e7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d" || toks[0].Created != "2026-10-30T08:00:00Z" {
		t.Errorf("tokens after migration: %v, %v", toks, err)
	}
	fs, err := s.ListFeeds(ctx)
	if err != nil || len(fs) != 2 {
		t.Fatalf("feeds after migration: %v, %v", fs, err)
	}
	want := store.Feed{ID: 1, URL: "https://wire.example/rss", Title: "Wire", Added: "2026-10-30T08:01:00Z", Polled: "2026-10-30T09:00:00Z", ETag: `"e1"`, Items: 2}
	if fs[0] != want || fs[1].ID != 2 || fs[1].URL != "https://paper.example/feed" {
		t.Errorf("feeds after migration: %+v, want first %+v", fs, want)
	}
	if ok, _ := s.FeedItemSeen(ctx, "other", "https://wire.example/a/2"); !ok {
		t.Error("an item taken before the migration is no longer seen")
	}
	if ok, _ := s.HasDocument(ctx, "feed-aa"); !ok {
		t.Error("the events side lost a document")
	}
	f, err := s.AddFeed(ctx, "https://third.example/atom", "2026-11-01T00:00:00Z")
	if err != nil || f.ID != 3 {
		t.Errorf("a feed added after the migration: %+v, %v", f, err)
	}
}

// TestServeTablesOtherShape: a file whose serve_tokens is not the one dyad
// serve made is not migrated, and keeps its rows.
func TestServeTablesOtherShape(t *testing.T) {
	path := filepath.Join(t.TempDir(), "odd.db")
	old := openAt(t, path, 7)
	if _, err := old.db.Exec(`CREATE TABLE serve_tokens (token TEXT); INSERT INTO serve_tokens VALUES ('kept')`); err != nil {
		t.Fatal(err)
	}
	old.Close()
	s, err := Open(path)
	if err == nil {
		s.Close()
		t.Fatal("migrated a file whose serve_tokens has other columns")
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "schema 8") || !strings.Contains(err.Error(), "serve_tokens") {
		t.Errorf("error %q: want the file, the step and the table", err)
	}
	old = openAt(t, path, 7)
	defer old.Close()
	var tok string
	var version int
	old.db.QueryRow(`SELECT token FROM serve_tokens`).Scan(&tok)
	old.db.QueryRow(`PRAGMA user_version`).Scan(&version)
	if tok != "kept" || version != 7 {
		t.Errorf("after the refused migration: token %q, version %d", tok, version)
	}
}
