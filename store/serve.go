package store

import "context"

// The server's own records live in the store too, so that `dyad serve` and
// `dyad feeds` run on every backend: the hashes of its API write tokens and
// the feeds it polls. Every backend implements Tokens and Feeds beside
// Store; callers reach them by type assertion (see ServerStore).

// Token is an API write token as stored: only its SHA-256 is kept, never
// the token itself.
type Token struct {
	Hash    string `json:"hash"`    // hex SHA-256 of the token
	Created string `json:"created"` // RFC 3339
}

// Tokens keeps the hashes of the API write tokens.
type Tokens interface {
	// AddToken stores a token hash; storing a known hash again changes
	// nothing.
	AddToken(ctx context.Context, t Token) error
	// CheckToken reports whether a hash is stored.
	CheckToken(ctx context.Context, hash string) (bool, error)
	// RevokeToken removes a hash; the error wraps ErrNotFound when it is
	// not stored.
	RevokeToken(ctx context.Context, hash string) error
	// ListTokens gives the stored hashes, oldest first.
	ListTokens(ctx context.Context) ([]Token, error)
}

// Feed is one RSS or Atom subscription.
type Feed struct {
	ID           int64  `json:"id"`
	URL          string `json:"url"`
	Title        string `json:"title"`
	Added        string `json:"added"`
	Polled       string `json:"polled,omitempty"` // RFC 3339 time of the last poll
	Error        string `json:"error,omitempty"`  // the last poll's error
	Items        int    `json:"items"`            // items taken from it so far
	ETag         string `json:"-"`
	LastModified string `json:"-"`
}

// FeedItem is an item taken from a feed and stored as document Doc.
type FeedItem struct {
	Feed int64
	GUID string
	URL  string
	Doc  string
	Seen string // RFC 3339
}

// Feeds keeps the subscriptions and the items taken from them.
type Feeds interface {
	// AddFeed subscribes to a URL (added: RFC 3339 time); a known URL
	// gives the known feed, unchanged.
	AddFeed(ctx context.Context, url, added string) (Feed, error)
	// Feed gives one subscription; the error wraps ErrNotFound for an
	// unknown id.
	Feed(ctx context.Context, id int64) (Feed, error)
	// ListFeeds gives the subscriptions in the order they were added.
	ListFeeds(ctx context.Context) ([]Feed, error)
	// RemoveFeed drops a subscription (ErrNotFound for an unknown id); the
	// items taken from it stay recorded as seen, counted in no feed.
	RemoveFeed(ctx context.Context, id int64) error
	// UpdateFeed records a poll: the Title, Polled, Error, ETag and
	// LastModified of f, by f.ID (ErrNotFound when it is gone).
	UpdateFeed(ctx context.Context, f Feed) error
	// FeedItemSeen reports whether an item was taken before from any
	// feed: the same GUID, or the same URL when url is not "".
	FeedItemSeen(ctx context.Context, guid, url string) (bool, error)
	// AddFeedItem records an item taken from a feed.
	AddFeedItem(ctx context.Context, it FeedItem) error
}

// ServerStore is a store with the server's records: what `dyad serve`
// needs. Both backends are one.
type ServerStore interface {
	Store
	Tokens
	Feeds
}
