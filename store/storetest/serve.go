package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/dyadproject/dyad/store"
)

// server gives the server's side of a store: every backend must have it.
func server(t *testing.T, s store.Store) store.ServerStore {
	t.Helper()
	ss, ok := s.(store.ServerStore)
	if !ok {
		t.Fatalf("%T does not implement store.Tokens and store.Feeds", s)
	}
	return ss
}

func testTokens(t *testing.T, s store.Store) {
	ctx := context.Background()
	ts := server(t, s)
	if list, err := ts.ListTokens(ctx); err != nil || len(list) != 0 {
		t.Fatalf("ListTokens on a new store: %v, %v", list, err)
	}
	a := store.Token{Hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Created: "2026-11-01T10:00:00Z"}
	b := store.Token{Hash: "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", Created: "2026-11-02T09:30:00Z"}
	for _, tok := range []store.Token{b, a, a} { // a twice: no error, one row
		if err := ts.AddToken(ctx, tok); err != nil {
			t.Fatalf("AddToken(%s): %v", tok.Hash, err)
		}
	}
	list, err := ts.ListTokens(ctx)
	if err != nil || len(list) != 2 || list[0] != a || list[1] != b {
		t.Fatalf("ListTokens: %v, %v; want %v then %v", list, err, a, b)
	}
	for _, c := range []struct {
		hash string
		want bool
	}{{a.Hash, true}, {b.Hash, true}, {a.Hash[:63] + "9", false}, {"", false}} {
		if ok, err := ts.CheckToken(ctx, c.hash); err != nil || ok != c.want {
			t.Errorf("CheckToken(%q) = %v, %v; want %v", c.hash, ok, err, c.want)
		}
	}
	if err := ts.RevokeToken(ctx, a.Hash); err != nil {
		t.Fatalf("RevokeToken: %v", err)
	}
	if ok, _ := ts.CheckToken(ctx, a.Hash); ok {
		t.Error("a revoked token is still accepted")
	}
	if ok, _ := ts.CheckToken(ctx, b.Hash); !ok {
		t.Error("revoking one token revoked another")
	}
	if err := ts.RevokeToken(ctx, a.Hash); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("revoking it again: %v, want ErrNotFound", err)
	}
}

func testFeeds(t *testing.T, s store.Store) {
	ctx := context.Background()
	fs := server(t, s)
	if list, err := fs.ListFeeds(ctx); err != nil || len(list) != 0 {
		t.Fatalf("ListFeeds on a new store: %v, %v", list, err)
	}
	wire, err := fs.AddFeed(ctx, "https://wire.example/rss", "2026-11-01T10:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	if wire.ID <= 0 || wire.URL != "https://wire.example/rss" || wire.Added != "2026-11-01T10:00:00Z" || wire.Items != 0 || wire.Polled != "" {
		t.Errorf("added feed: %+v", wire)
	}
	paper, err := fs.AddFeed(ctx, "https://paper.example/atom.xml", "2026-11-01T11:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	again, err := fs.AddFeed(ctx, "https://wire.example/rss", "2026-11-05T00:00:00Z")
	if err != nil || again != wire {
		t.Errorf("adding a known URL: %+v, %v; want the known feed %+v", again, err, wire)
	}
	if paper.ID == wire.ID {
		t.Fatalf("two feeds with id %d", wire.ID)
	}

	// A poll's outcome is recorded and read back.
	wire.Title, wire.Polled, wire.ETag, wire.LastModified = "Wire service", "2026-11-01T12:00:00Z", `"v1"`, "Sun, 01 Nov 2026 11:59:00 GMT"
	if err := fs.UpdateFeed(ctx, wire); err != nil {
		t.Fatal(err)
	}
	paper.Polled, paper.Error = "2026-11-01T12:00:01Z", "fetching feed: HTTP 503"
	if err := fs.UpdateFeed(ctx, paper); err != nil {
		t.Fatal(err)
	}

	items := []store.FeedItem{
		{Feed: wire.ID, GUID: "wire-1", URL: "https://wire.example/a/1", Doc: "feed-1", Seen: "2026-11-01T12:00:00Z"},
		{Feed: wire.ID, GUID: "wire-2", URL: "", Doc: "feed-2", Seen: "2026-11-01T12:00:00Z"},
		{Feed: paper.ID, GUID: "tag:paper,2026:7", URL: "https://paper.example/7", Doc: "feed-3", Seen: "2026-11-01T12:00:02Z"},
	}
	for _, it := range items {
		if err := fs.AddFeedItem(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	list, err := fs.ListFeeds(ctx)
	if err != nil || len(list) != 2 {
		t.Fatalf("ListFeeds: %v, %v", list, err)
	}
	wire.Items, paper.Items = 2, 1
	if list[0] != wire || list[1] != paper {
		t.Errorf("ListFeeds:\n%+v\n%+v\nwant\n%+v\n%+v", list[0], list[1], wire, paper)
	}
	if got, err := fs.Feed(ctx, paper.ID); err != nil || got != paper {
		t.Errorf("Feed(%d) = %+v, %v; want %+v", paper.ID, got, err, paper)
	}

	for _, c := range []struct {
		guid, url string
		want      bool
	}{
		{"wire-1", "", true},                          // same GUID
		{"other", "https://wire.example/a/1", true},   // same URL, another GUID (a copy in another feed)
		{"other", "https://paper.example/7", true},    // across feeds
		{"wire-3", "https://wire.example/a/3", false}, // new
		{"other", "", false},                          // an item without URL matches no URL-less item
		{"tag:paper,2026:7X", "https://paper.example/8", false},
	} {
		if got, err := fs.FeedItemSeen(ctx, c.guid, c.url); err != nil || got != c.want {
			t.Errorf("FeedItemSeen(%q, %q) = %v, %v; want %v", c.guid, c.url, got, err, c.want)
		}
	}

	// Removing a feed keeps its items as seen.
	if err := fs.RemoveFeed(ctx, wire.ID); err != nil {
		t.Fatal(err)
	}
	if err := fs.RemoveFeed(ctx, wire.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("removing it again: %v, want ErrNotFound", err)
	}
	if _, err := fs.Feed(ctx, wire.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Feed of a removed feed: %v, want ErrNotFound", err)
	}
	if err := fs.UpdateFeed(ctx, wire); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("UpdateFeed of a removed feed: %v, want ErrNotFound", err)
	}
	if ok, _ := fs.FeedItemSeen(ctx, "wire-1", ""); !ok {
		t.Error("the items of a removed feed are no longer seen")
	}
	if list, _ := fs.ListFeeds(ctx); len(list) != 1 || list[0] != paper {
		t.Errorf("after removal: %+v", list)
	}
	// A subscription added after the removal of the latest one may get
	// its id back (SQLite reuses the greatest rowid), never its items.
	if err := fs.RemoveFeed(ctx, paper.ID); err != nil {
		t.Fatal(err)
	}
	back, err := fs.AddFeed(ctx, "https://paper.example/other.xml", "2026-11-06T00:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	if back.Items != 0 || back.Polled != "" || back.URL != "https://paper.example/other.xml" {
		t.Errorf("a new subscription after removals: %+v", back)
	}
	if ok, _ := fs.FeedItemSeen(ctx, "tag:paper,2026:7", ""); !ok {
		t.Error("the items of a removed feed are no longer seen")
	}
}
